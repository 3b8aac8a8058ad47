"""Display formats for alert levels (colour and text), dates and statuses."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from carehome_desk.process.processmap import Level

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox


def level_text(level: Level | None) -> str:
    """Return e.g. "Red alert", or "No alert" when no level is set."""
    if level is None:
        return QCoreApplication.translate("Presentation", "No alert")
    return QCoreApplication.translate("Presentation", "{level} alert").format(level=level.name)


def fill_level_combo(
    combo: QComboBox, levels: Iterable[Level], all_text: str, all_value: object
) -> None:
    """List "all levels", each of ``levels`` and "No alert" in ``combo``, keeping its choice.

    The choice is kept by level id when the list is filled again, as after Settings choose
    another process map.
    """
    entries = [(all_text, all_value)]
    entries += [(level_text(level), level.id) for level in levels]
    entries.append((level_text(None), ""))
    refill_combo(combo, entries)


def refill_combo(combo: QComboBox, entries: Iterable[tuple[str, object]]) -> None:
    """Replace ``combo``'s items with (text, data) ``entries``, keeping the choice by data.

    When the chosen data is no longer listed, the first entry is chosen. No signal is
    emitted, so the caller reloads what depends on the choice.
    """
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def level_colour(level: Level | None) -> QColor | None:
    return QColor(level.colour) if level is not None else None


def text_colour_on(background: QColor) -> QColor:
    """Return black or white, whichever reads better on ``background``."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 150 else QColor("#FFFFFF")


def format_date(value: date | None) -> str:
    """Return e.g. "4 Dec 2026", or "Not set" for no date."""
    if value is None:
        return QCoreApplication.translate("Presentation", "Not set")
    return f"{value.day} {value:%b %Y}"


def status_text(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Presentation", "Open"),
        "done": QCoreApplication.translate("Presentation", "Done"),
        "not_applicable": QCoreApplication.translate("Presentation", "Not applicable"),
        "closed": QCoreApplication.translate("Presentation", "Closed"),
    }
    return labels.get(status, status)


def translate_error(error: Exception) -> str:
    """Return the user-facing message of ``error``, translated when it carries a template."""
    message = getattr(error, "message", None)
    if callable(message):
        return message(QCoreApplication.translate)
    return str(error)
