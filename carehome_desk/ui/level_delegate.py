"""Paints an alert level as a coloured badge with its name, also on a selected row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_INSET = 3  # pixels between the cell's edge and the badge
TEXT_INSET = 6  # pixels between the badge's edge and its text
# The width the badge adds to its text, for views that size the level column.
TEXT_PADDING = 2 * (BADGE_INSET + TEXT_INSET)


class LevelDelegate(QStyledItemDelegate):
    """Draws the cell's BackgroundRole colour as a badge inset from the cell edges.

    A plain background colour disappears under the selection highlight, and
    a level must stay visible as colour and text together.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return

        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )

        inset = BADGE_INSET
        badge = QRect(option.rect).adjusted(inset, inset, -inset, -inset)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or QColor("#000000"))
        painter.setFont(option.font)
        text_area = badge.adjusted(TEXT_INSET, 0, -TEXT_INSET, 0)
        painter.drawText(text_area, Qt.AlignmentFlag.AlignVCenter, index.data())
        painter.restore()
