"""The Qt item model of the deadlines view: light rows of open actions, sorted in Python."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from carehome_desk.process import deadlines
from carehome_desk.process.processmap import Level
from carehome_desk.store.queries import DeadlineRow
from carehome_desk.ui.case_models import OVERDUE_BACKGROUND, OVERDUE_TEXT
from carehome_desk.ui.presentation import format_date, level_colour, level_text, text_colour_on

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the action's id as stored text


class DeadlinesModel(QAbstractTableModel):
    """Open actions across all homes, one row each, read-only.

    Rows come from one query; text is made only for the rows on screen, so the
    model stays fast with many thousands of rows. ``sort`` reorders in Python.
    """

    WHEN, DUE, REFERENCE, HOME, LEVEL, ACTION, TEAMS = range(7)

    def __init__(self, level_of: Callable[[str], Level | None], parent: Any = None) -> None:
        super().__init__(parent)
        self.level_of = level_of
        self.rows: list[DeadlineRow] = []
        self.today = date.today()
        self.titles = (
            QCoreApplication.translate("Deadlines", "When"),
            QCoreApplication.translate("Deadlines", "Due"),
            QCoreApplication.translate("Deadlines", "Reference"),
            QCoreApplication.translate("Deadlines", "Care home"),
            QCoreApplication.translate("Deadlines", "Level"),
            QCoreApplication.translate("Deadlines", "Action"),
            QCoreApplication.translate("Deadlines", "Teams"),
        )
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[DeadlineRow], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today
        if self._sort is not None:
            column, order = self._sort
            descending = order == Qt.SortOrder.DescendingOrder
            self.rows.sort(key=self._sort_key(column), reverse=descending)
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, action_key: str | None) -> int:
        """Return the row of the action with the stored id ``action_key``, or -1."""
        for row, deadline in enumerate(self.rows):
            if deadline.action_key == action_key:
                return row
        return -1

    def bucket_of(self, deadline: DeadlineRow) -> str:
        return deadlines.bucket(deadline.due_on, self.today)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        deadline = self.row_at(index.row()) if index.isValid() else None
        if deadline is None:
            return None
        column = index.column()

        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(deadline, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(deadline, column)
        if role == CASE_ID_ROLE:
            return deadline.case_id
        if role == ACTION_KEY_ROLE:
            return deadline.action_key
        if column == self.LEVEL:
            return self._level_colours(deadline, role)
        late = column in (self.WHEN, self.DUE) and self.bucket_of(deadline) == deadlines.OVERDUE
        if late:
            return self._overdue_style(role)
        return None

    def text(self, deadline: DeadlineRow, column: int) -> str:
        if column == self.WHEN:
            label = deadlines.BUCKET_LABELS[self.bucket_of(deadline)]
            return QCoreApplication.translate("Deadlines", label)
        if column == self.DUE:
            return format_date(deadline.due_on) if deadline.due_on else deadline.due_note
        if column == self.REFERENCE:
            return deadline.reference
        if column == self.HOME:
            return deadline.home_name
        if column == self.LEVEL:
            return level_text(self.level_of(deadline.level))
        if column == self.ACTION:
            return deadline.action_name
        return deadline.teams

    def _level_colours(self, deadline: DeadlineRow, role: int) -> Any:
        colour = level_colour(self.level_of(deadline.level))
        if colour is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_colour_on(colour)
        return None

    def _overdue_style(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- sorting ---------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[DeadlineRow], Any]:
        """Return a key that sorts by ``column``, then by due date and reference."""

        def by_due(deadline: DeadlineRow) -> tuple[bool, date, str]:
            return (deadline.due_on is None, deadline.due_on or date.max, deadline.reference)

        if column in (self.WHEN, self.DUE):
            return by_due
        if column == self.LEVEL:
            ranks: dict[str, int] = {}

            def by_level(deadline: DeadlineRow) -> tuple[int, tuple[bool, date, str]]:
                if deadline.level not in ranks:
                    level = self.level_of(deadline.level)
                    ranks[deadline.level] = -(level.rank if level else 0)
                return (ranks[deadline.level], by_due(deadline))

            return by_level
        fields = {
            self.REFERENCE: "reference",
            self.HOME: "home_name",
            self.ACTION: "action_name",
            self.TEAMS: "teams",
        }
        field = fields[column]
        return lambda deadline: (getattr(deadline, field).casefold(), by_due(deadline))
