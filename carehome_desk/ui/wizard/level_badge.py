"""Alert levels drawn as colour and text together, for the wizard's pages."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel

from carehome_desk.process.processmap import Level
from carehome_desk.ui.presentation import level_colour, text_colour_on

_SWATCH_SIZE = 14


def show_level_badge(label: QLabel, level: Level | None, text: str) -> None:
    """Show ``text`` on ``label``, on the level's colour when there is a level."""
    label.setText(text)

    colour = level_colour(level)
    if colour is None:
        label.setStyleSheet("font-weight: bold;")
        return

    foreground = text_colour_on(colour)
    label.setStyleSheet(
        f"background-color: {colour.name()}; color: {foreground.name()};"
        " font-weight: bold; padding: 3px 10px; border-radius: 3px;"
    )


def level_icon(level: Level | None) -> QIcon:
    """Return a square swatch of the level's colour, or an empty icon for no level."""
    colour = level_colour(level)
    if colour is None:
        return QIcon()

    pixmap = QPixmap(_SWATCH_SIZE, _SWATCH_SIZE)
    pixmap.fill(colour)
    return QIcon(pixmap)
