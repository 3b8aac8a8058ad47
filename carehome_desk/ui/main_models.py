"""Qt item models for the main window: care homes and their cases."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from carehome_desk.process.processmap import Level
from carehome_desk.store.queries import CaseRow, HomeRow
from carehome_desk.ui import level_delegate
from carehome_desk.ui.presentation import (
    format_date,
    level_colour,
    level_text,
    status_text,
    text_colour_on,
)
from carehome_desk.ui.table_columns import MEASURED_ROWS, ColumnFitter

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
# Views request a dozen roles per cell when they fit columns to their contents. data()
# returns None for the other roles at once, because that step runs for every row shown.
_HANDLED_ROLES = _DISPLAY_ROLES | {
    ID_ROLE,
    _ALIGNMENT_ROLE,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
}

Row = TypeVar("Row", HomeRow, CaseRow)
AnyIndex = QModelIndex | QPersistentModelIndex


class _Column(Generic[Row]):
    def __init__(
        self,
        title: str,
        text: Callable[[Row], str],
        sort_key: Callable[[Row], Any] | None = None,
        align_right: bool = False,
    ) -> None:
        self.title = title
        self.text = text
        self.sort_key = sort_key or text
        self.align_right = align_right


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of dataclass rows with an ``id``; the level column is coloured."""

    stretch_column = -1  # the column that takes the table's spare width
    level_column = -1
    overdue_column = -1

    def __init__(self, level_of: Callable[[str], Level | None], parent: Any = None) -> None:
        super().__init__(parent)
        self.level_of = level_of
        self.rows: Sequence[Row] = ()
        self.columns: list[_Column[Row]] = self.build_columns()
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def build_columns(self) -> list[_Column[Row]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` in Python, keeping selections on their records.

        A sorting proxy would call data() from C++ for every comparison; with 500 homes
        that was about 9,000 calls at each reload.
        """
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(row): number for number, row in enumerate(self.rows)}
        self.rows = self._sorted(self.rows)
        new_numbers = {old_rows[id(row)]: number for number, row in enumerate(self.rows)}
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(new_numbers[index.row()], index.column()) if index.isValid() else index
            for index in moved_from
        ]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[Row]) -> Sequence[Row]:
        if not 0 <= self.sort_column < len(self.columns):
            return rows
        key = self.columns[self.sort_column].sort_key
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=key, reverse=descending)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _HANDLED_ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in _DISPLAY_ROLES:
            return column.text(row)
        if role == ID_ROLE:
            return row.id
        if role == _ALIGNMENT_ROLE and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.column() == self.level_column:
            return self._level_role(row.level, role)
        if index.column() == self.overdue_column and row.overdue_actions:
            return self._overdue_role(role)
        return None

    def _overdue_role(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#8B0000")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#FDE0E0")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _level_role(self, level_id: str, role: int) -> Any:
        colour = level_colour(self.level_of(level_id))
        if colour is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_colour_on(colour)
        return None

    def fit_columns(self, fitter: ColumnFitter) -> None:
        """Fit the table's columns but the stretching one to this model's rows."""
        fitter.fit(
            self.column_texts(skip=self.stretch_column, limit=MEASURED_ROWS),
            bold_columns=[self.overdue_column],
            extra_width={self.level_column: level_delegate.TEXT_PADDING},
        )

    def column_texts(self, skip: int, limit: int) -> dict[int, list[str]]:
        """Return the texts of the first ``limit`` rows of every column but ``skip``."""
        rows = self.rows[:limit]
        return {
            number: [column.text(row) for row in rows]
            for number, column in enumerate(self.columns)
            if number != skip
        }

    def row_of(self, record_id: uuid.UUID) -> int:
        """Return the row of ``record_id``, or -1."""
        for number, row in enumerate(self.rows):
            if row.id == record_id:
                return number
        return -1

    def level_label(self, level_id: str) -> str:
        return level_text(self.level_of(level_id))

    def level_rank(self, level_id: str) -> int:
        level = self.level_of(level_id)
        return level.rank if level else 0


class HomesModel(_RowsModel[HomeRow]):
    stretch_column = 0
    level_column = 1
    count_columns = (2, 3, 4)  # open cases, open actions, overdue actions
    overdue_column = 4

    def build_columns(self) -> list[_Column[HomeRow]]:
        return [
            _Column(
                QCoreApplication.translate("MainModels", "Care home"),
                lambda r: r.name,
                lambda r: r.name.casefold(),
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Alert level"),
                lambda r: self.level_label(r.level),
                lambda r: self.level_rank(r.level),
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Open cases"),
                lambda r: str(r.open_cases),
                lambda r: r.open_cases,
                True,
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Open actions"),
                lambda r: str(r.open_actions),
                lambda r: r.open_actions,
                True,
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Overdue"),
                lambda r: str(r.overdue_actions),
                lambda r: r.overdue_actions,
                True,
            ),
            _Column(QCoreApplication.translate("MainModels", "Postcode"), lambda r: r.postcode),
            _Column(QCoreApplication.translate("MainModels", "CIW number"), lambda r: r.ciw_number),
            _Column(
                QCoreApplication.translate("MainModels", "Provider"),
                lambda r: r.provider,
                lambda r: r.provider.casefold(),
            ),
        ]


class CasesModel(_RowsModel[CaseRow]):
    stretch_column = 1
    level_column = 2
    overdue_column = 6

    def build_columns(self) -> list[_Column[CaseRow]]:
        return [
            _Column(QCoreApplication.translate("MainModels", "Reference"), lambda r: r.reference),
            _Column(
                QCoreApplication.translate("MainModels", "Care home"),
                lambda r: r.home_name,
                lambda r: r.home_name.casefold(),
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Alert level"),
                lambda r: self.level_label(r.level),
                lambda r: self.level_rank(r.level),
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Raised"),
                lambda r: format_date(r.raised_on),
                lambda r: r.raised_on,
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Status"), lambda r: status_text(r.status)
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Open actions"),
                lambda r: str(r.open_actions),
                lambda r: r.open_actions,
                True,
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Overdue"),
                lambda r: str(r.overdue_actions),
                lambda r: r.overdue_actions,
                True,
            ),
            _Column(
                QCoreApplication.translate("MainModels", "Next due"),
                lambda r: format_date(r.next_due),
                lambda r: r.next_due or date.max,
            ),
        ]


ANY_LEVEL = "*"


def fold_for_search(text: str) -> str:
    """Return ``text`` case-folded without accents, so "ty" finds "Tŷ" and "gwyr" finds "Gŵyr"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class SourceSortProxy(QSortFilterProxyModel):
    """A filter proxy that leaves sorting to its ``_RowsModel``, which sorts in Python."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class HomeFilterProxy(SourceSortProxy):
    """Filters homes by typed text (name, postcode, CIW number, provider) and by level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.level = ANY_LEVEL
        self._haystacks: dict[uuid.UUID, tuple[HomeRow, str]] = {}

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = fold_for_search(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_level(self, level: str) -> None:
        self.beginFilterChange()
        self.level = level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row: HomeRow = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if self.level != ANY_LEVEL and row.level != self.level:
            return False
        if not self.text:
            return True
        return self.text in self._haystack(row)

    def _haystack(self, row: HomeRow) -> str:
        key = row.id
        cached = self._haystacks.get(key)
        if cached is None or cached[0] is not row:
            text = fold_for_search(f"{row.name}\n{row.postcode}\n{row.ciw_number}\n{row.provider}")
            cached = (row, text)
            self._haystacks[key] = cached
        return cached[1]
