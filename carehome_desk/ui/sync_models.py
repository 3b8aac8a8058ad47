"""Qt item models for the sync windows: conflicts, their versions, and a record's history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from carehome_desk.sync.queries import Conflict, HistoryEntry, Version, humanized, table_label
from carehome_desk.sync.report import laptop_name
from carehome_desk.sync.tables import ROW_FIELD

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

# A value longer than this is cut short in a table cell; its tooltip contains all of it.
CELL_CHARS = 120


def table_text(table: str) -> str:
    return QCoreApplication.translate("SyncLabels", table_label(table))


def field_text(column: str) -> str:
    """Return a column's name as words, e.g. "Due on"; the record itself for a delete."""
    if column == ROW_FIELD:
        return QCoreApplication.translate("SyncModels", "The record itself")
    return QCoreApplication.translate("SyncLabels", humanized(column))


def value_text(value: Any) -> str:
    """Return a stored value as shown: "(empty)" for nothing, text on one line."""
    if value is None or value == "":
        return QCoreApplication.translate("SyncModels", "(empty)")
    return " ".join(str(value).split())


def short_text(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def time_text(moment: datetime) -> str:
    """Return a UTC time in this computer's time zone, e.g. "4 Dec 2026 14:05"."""
    local = moment.replace(tzinfo=UTC).astimezone()
    return f"{local.day} {local:%b %Y %H:%M}"


def change_text(op: str, value: Any) -> str:
    """Return what a change did, e.g. "Deleted the record" or "Set to CF10 4UW"."""
    if op == "delete":
        return QCoreApplication.translate("SyncModels", "Deleted the record")
    if op == "keep":
        return QCoreApplication.translate("SyncModels", "Kept the record")
    if op == "insert":
        return QCoreApplication.translate("SyncModels", "Created with {value}").format(
            value=value_text(value)
        )
    return QCoreApplication.translate("SyncModels", "Set to {value}").format(
        value=value_text(value)
    )


class _Column(Generic[Row]):
    def __init__(self, title: str, text: Callable[[Row], str]) -> None:
        self.title = title
        self.text = text


class _ListModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of rows; long cells are cut short and carry the whole text as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[Row] = ()
        self.columns: list[_Column[Row]] = self.build_columns()

    def build_columns(self) -> list[_Column[Row]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, index: AnyIndex) -> Row | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

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
        row = self.row(index)
        if row is None:
            return None
        text = self.columns[index.column()].text(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return short_text(text)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        return None


class ConflictsModel(_ListModel[Conflict]):
    def build_columns(self) -> list[_Column[Conflict]]:
        return [
            _Column(QCoreApplication.translate("SyncModels", "Record"), lambda c: c.record_label),
            _Column(
                QCoreApplication.translate("SyncModels", "Field"), lambda c: field_text(c.column)
            ),
            _Column(QCoreApplication.translate("SyncModels", "Shown meanwhile"), _shown_text),
            _Column(
                QCoreApplication.translate("SyncModels", "Versions"), lambda c: str(len(c.versions))
            ),
        ]


def _shown_text(conflict: Conflict) -> str:
    if conflict.is_delete:
        return QCoreApplication.translate("SyncModels", "Kept until you decide")
    return value_text(conflict.shown)


class VersionsModel(_ListModel[Version]):
    def build_columns(self) -> list[_Column[Version]]:
        return [
            _Column(
                QCoreApplication.translate("SyncModels", "Laptop"),
                lambda v: laptop_name(v.laptop, v.device_id),
            ),
            _Column(QCoreApplication.translate("SyncModels", "Officer"), lambda v: v.officer),
            _Column(QCoreApplication.translate("SyncModels", "Time"), lambda v: time_text(v.time)),
            _Column(
                QCoreApplication.translate("SyncModels", "Field"), lambda v: field_text(v.column)
            ),
            _Column(
                QCoreApplication.translate("SyncModels", "Change"),
                lambda v: change_text(v.op, v.value),
            ),
        ]


class HistoryModel(_ListModel[HistoryEntry]):
    def build_columns(self) -> list[_Column[HistoryEntry]]:
        return [
            _Column(QCoreApplication.translate("SyncModels", "Time"), lambda e: time_text(e.time)),
            _Column(
                QCoreApplication.translate("SyncModels", "Laptop"),
                lambda e: laptop_name(e.laptop, e.device_id),
            ),
            _Column(QCoreApplication.translate("SyncModels", "Officer"), lambda e: e.officer),
            _Column(QCoreApplication.translate("SyncModels", "Change"), _history_kind),
            _Column(
                QCoreApplication.translate("SyncModels", "Field"), lambda e: field_text(e.column)
            ),
            _Column(QCoreApplication.translate("SyncModels", "Old value"), lambda e: _old_text(e)),
            _Column(QCoreApplication.translate("SyncModels", "New value"), lambda e: _new_text(e)),
        ]


def _history_kind(entry: HistoryEntry) -> str:
    kinds = {
        "insert": QCoreApplication.translate("SyncModels", "Created"),
        "update": QCoreApplication.translate("SyncModels", "Changed"),
        "delete": QCoreApplication.translate("SyncModels", "Deleted"),
        "keep": QCoreApplication.translate("SyncModels", "Kept after a delete"),
    }
    return kinds.get(entry.op, entry.op)


def _old_text(entry: HistoryEntry) -> str:
    if entry.op in ("insert", "delete", "keep"):
        return ""
    return entry.old_label or value_text(entry.old)


def _new_text(entry: HistoryEntry) -> str:
    if entry.op in ("delete", "keep"):
        return ""
    return entry.new_label or value_text(entry.new)
