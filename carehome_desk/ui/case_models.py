"""Qt item models for the case window: required actions, visits, meetings, history, plan items."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from carehome_desk.store import queries
from carehome_desk.store.cases import CLOSED, DONE, NOT_APPLICABLE
from carehome_desk.store.models import CaseAction
from carehome_desk.ui.presentation import format_date, status_text

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Overdue cells: dark red text on a pale red background (contrast ratio above 7:1),
# always together with the word "Overdue".
OVERDUE_TEXT = QColor("#8B0000")
OVERDUE_BACKGROUND = QColor("#FDE2E1")
_NO_SIZE = QSize(0, 0)


def condition_text(action: CaseAction) -> str:
    """Return the action's condition with the officer's decision, or "—" without one."""
    if not action.condition:
        return "—"
    if action.applies is None:
        return QCoreApplication.translate("CaseModels", "{condition} — applies?").format(
            condition=action.condition
        )
    if action.applies:
        return QCoreApplication.translate("CaseModels", "{condition} — applies").format(
            condition=action.condition
        )
    return QCoreApplication.translate("CaseModels", "{condition} — does not apply").format(
        condition=action.condition
    )


def due_text(action: CaseAction, rescheduled: bool = False) -> str:
    """Return the due date, or the note standing in for one, e.g. "until the Council is …"."""
    if action.due_on is not None and rescheduled:
        return QCoreApplication.translate("CaseModels", "{date} (rescheduled)").format(
            date=format_date(action.due_on)
        )
    if action.due_on is not None:
        return format_date(action.due_on)
    return action.due_note or format_date(None)


def _fulfilled_by(action: CaseAction) -> str:
    """Return " at a visit" or " at a JIMP meeting" for an action a record completed."""
    if action.visit_id is not None:  # type: ignore[attr-defined]
        return QCoreApplication.translate("CaseModels", " at a visit")
    if action.meeting_id is not None:  # type: ignore[attr-defined]
        return QCoreApplication.translate("CaseModels", " at a {kind} meeting").format(
            kind=action.meeting.kind
        )
    return ""


def action_status_text(action: CaseAction, overdue: bool) -> str:
    """Return e.g. "Open", "Overdue", "Done on 4 Dec 2026 by Siân Ŵyn", "Not applicable: …"."""
    if action.status == DONE:
        done = QCoreApplication.translate("CaseModels", "Done on {date} by {officer}").format(
            date=format_date(action.done_on), officer=action.done_by
        )
        return done + _fulfilled_by(action)
    if action.status == CLOSED:
        return QCoreApplication.translate(
            "CaseModels", "Closed on {date} by {officer}: {reason}"
        ).format(
            date=format_date(action.closed_on),
            officer=action.closed_by,
            reason=action.closed_reason,
        )
    if action.status == NOT_APPLICABLE:
        return QCoreApplication.translate("CaseModels", "Not applicable: {reason}").format(
            reason=action.not_applicable_reason
        )
    if overdue:
        return QCoreApplication.translate("CaseModels", "Overdue")
    return status_text(action.status)


_ACTION_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


class ActionsModel(QAbstractTableModel):
    """The required actions of one case, read-only: the latest level's first, each in map order.

    ``level_name`` turns an action's stored level id into the name to show.
    """

    NAME, LEVEL, TEAMS, DUE, CONDITION, STATUS = range(6)

    def __init__(self, parent: Any = None, level_name: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.actions: Sequence[CaseAction] = ()
        self.overdue: frozenset[uuid.UUID] = frozenset()
        self._overdue_rows: frozenset[int] = frozenset()
        self.rescheduled: frozenset[uuid.UUID] = frozenset()
        self.level_name = level_name or str
        # Each row's text per column, made once per set_actions: sizing the rows to
        # their contents requests every cell's text several times.
        self._texts: tuple[tuple[str, ...], ...] = ()
        self._late_font = QFont()
        self._late_font.setBold(True)
        self.titles = (
            QCoreApplication.translate("CaseModels", "Action"),
            QCoreApplication.translate("CaseModels", "Level"),
            QCoreApplication.translate("CaseModels", "Responsible teams"),
            QCoreApplication.translate("CaseModels", "Due"),
            QCoreApplication.translate("CaseModels", "Condition"),
            QCoreApplication.translate("CaseModels", "Status"),
        )

    def set_actions(
        self,
        actions: Sequence[CaseAction],
        today: date,
        rescheduled: frozenset[uuid.UUID] = frozenset(),
        case_closed: bool = False,
    ) -> None:
        """Show ``actions``; none is marked overdue while the case is closed."""
        self.beginResetModel()
        self.actions = tuple(actions)
        late = () if case_closed else (a.id for a in actions if queries.is_overdue(a, today))
        self.overdue = frozenset(late)
        self._overdue_rows = frozenset(
            row for row, action in enumerate(self.actions) if action.id in self.overdue
        )
        self.rescheduled = rescheduled
        columns = range(len(self.titles))
        self._texts = tuple(
            tuple(self._text(action, column) for column in columns) for action in self.actions
        )
        self.endResetModel()

    def action_at(self, row: int) -> CaseAction | None:
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def row_of(self, action_id: uuid.UUID | None) -> int:
        """Return the row of the action with ``action_id``, or -1 when it is not shown."""
        for row, action in enumerate(self.actions):
            if action.id == action_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.SizeHintRole:
            # The case window hides the row numbers. With this hint their header skips
            # measuring each number, which takes four more calls per row whenever the
            # rows are fitted to their contents.
            return _NO_SIZE
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sizing 200 rows to their contents requests about a dozen roles per cell,
        # so roles this model leaves empty return before any other work.
        if role not in _ACTION_ROLES:
            return None
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._texts):
            return None

        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.actions[row].text if column == self.NAME else self._texts[row][column]
        if role == ID_ROLE:
            return self.actions[row].id

        late = row in self._overdue_rows and column in (self.DUE, self.STATUS)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and late:
            return self._late_font
        return None

    def _text(self, action: CaseAction, column: int) -> str:
        if column == self.NAME:
            return action.name
        if column == self.LEVEL:
            return self.level_name(action.level)
        if column == self.TEAMS:
            return action.teams
        if column == self.DUE:
            return due_text(action, action.id in self.rescheduled)
        if column == self.CONDITION:
            return condition_text(action)
        return action_status_text(action, action.id in self.overdue)


class RecordsModel(QAbstractTableModel):
    """A read-only table of records with an ``id``, one column per (title, text function)."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: Sequence[Any] = ()

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = tuple(records)
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, record_id: Any) -> int:
        """Return the row of the record with ``record_id``, or -1 when it is not shown."""
        for row, record in enumerate(self.records):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.columns[index.column()][1](record)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None
