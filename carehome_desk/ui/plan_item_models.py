"""Qt item models for plans: a case's plans, a plan's items and an item's progress log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from carehome_desk.store import plans
from carehome_desk.store.plans import ItemInput, ItemProblem, PlanRow, ProgressInput
from carehome_desk.ui.presentation import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Text of an item that cannot be issued yet: dark red, always with words saying why.
PROBLEM_TEXT = QColor("#8B0000")


def item_status_text(status: str) -> str:
    labels = {
        plans.NOT_STARTED: QCoreApplication.translate("PlanModels", "Not started"),
        plans.IN_PROGRESS: QCoreApplication.translate("PlanModels", "In progress"),
        plans.COMPLETED: QCoreApplication.translate("PlanModels", "Completed"),
        plans.POSTPONED: QCoreApplication.translate("PlanModels", "Postponed"),
        plans.CANCELLED: QCoreApplication.translate("PlanModels", "Cancelled"),
    }
    return labels.get(status, status)


def priority_text(priority: str) -> str:
    labels = {
        "": QCoreApplication.translate("PlanModels", "None set"),
        "high": QCoreApplication.translate("PlanModels", "High"),
        "medium": QCoreApplication.translate("PlanModels", "Medium"),
        "low": QCoreApplication.translate("PlanModels", "Low"),
    }
    return labels.get(priority, priority)


def plan_status_text(row: PlanRow) -> str:
    """Return e.g. "Draft", "Issued", "Issued; version 3 is a draft" or "Closed on 4 Dec 2026"."""
    if row.status == plans.CLOSED:
        return QCoreApplication.translate("PlanModels", "Closed on {date}").format(
            date=format_date(row.closed_on)
        )
    if row.issued_version is None:
        return QCoreApplication.translate("PlanModels", "Draft")
    if row.version_status == plans.DRAFT:
        return QCoreApplication.translate(
            "PlanModels", "Issued; version {number} is a draft"
        ).format(number=row.version)
    return QCoreApplication.translate("PlanModels", "Issued")


def problem_text(problem: ItemProblem | None) -> str:
    if problem is None:
        return ""
    if problem.no_action and problem.no_target_date:
        return QCoreApplication.translate("PlanModels", "Needs a required action and a target date")
    if problem.no_action:
        return QCoreApplication.translate("PlanModels", "Needs a required action")
    return QCoreApplication.translate("PlanModels", "Needs a target date")


class _ReadOnlyTable(QAbstractTableModel):
    titles: tuple[str, ...] = ()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None


class PlansModel(_ReadOnlyTable):
    """The plans of one case, one row per plan, oldest first."""

    TYPE, REFERENCE, VERSION, STATUS, ISSUED_ON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow] = []
        self.titles = (
            QCoreApplication.translate("PlanModels", "Type"),
            QCoreApplication.translate("PlanModels", "Reference"),
            QCoreApplication.translate("PlanModels", "Version"),
            QCoreApplication.translate("PlanModels", "Status"),
            QCoreApplication.translate("PlanModels", "Issued"),
        )

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PlanRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, plan_id: uuid.UUID | None) -> int:
        for row, plan in enumerate(self.rows):
            if plan.id == plan_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.row_at(index.row()) if index.isValid() else None
        if plan is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(plan, index.column())
        if role == ID_ROLE:
            return plan.id
        if role == Qt.ItemDataRole.ToolTipRole and plan.status == plans.CLOSED:
            return QCoreApplication.translate(
                "PlanModels", "Closed because: {reason}\nTold: {told}"
            ).format(reason=plan.closure_reason, told=plan.closure_told)
        return None

    def _text(self, plan: PlanRow, column: int) -> str:
        if column == self.TYPE:
            return plan.plan_type
        if column == self.REFERENCE:
            return plan.reference
        if column == self.VERSION:
            if plan.version_status == plans.DRAFT:
                return QCoreApplication.translate("PlanModels", "{number} (draft)").format(
                    number=plan.version
                )
            return str(plan.version)
        if column == self.STATUS:
            return plan_status_text(plan)
        if plan.issued_on is None:
            return QCoreApplication.translate("PlanModels", "Not issued")
        return QCoreApplication.translate("PlanModels", "{date} (version {number})").format(
            date=format_date(plan.issued_on), number=plan.issued_version
        )


class ItemsModel(_ReadOnlyTable):
    """The items of a plan being edited; a row's number is its position."""

    NUMBER, AREA, FINDING, ACTIONS, RESPONSIBLE, TARGET, STATUS, READY = range(8)

    def __init__(self, items: Sequence[ItemInput], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ItemInput] = list(items)
        self.titles = (
            QCoreApplication.translate("PlanModels", "No."),
            QCoreApplication.translate("PlanModels", "Area"),
            QCoreApplication.translate("PlanModels", "Finding"),
            QCoreApplication.translate("PlanModels", "Required actions"),
            QCoreApplication.translate("PlanModels", "Responsible"),
            QCoreApplication.translate("PlanModels", "Target date"),
            QCoreApplication.translate("PlanModels", "Status"),
            QCoreApplication.translate("PlanModels", "Ready to issue"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def problem(self, row: int) -> ItemProblem | None:
        problems = plans.issue_problems([self.items[row]])
        if not problems:
            return None
        return ItemProblem(row + 1, problems[0].no_action, problems[0].no_target_date)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        row, column = index.row(), index.column()
        item = self.items[row]

        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.FINDING, self.ACTIONS):
            text = item.finding if column == self.FINDING else "\n".join(item.actions)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.READY and self.problem(row):
            return PROBLEM_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _text(self, row: int, item: ItemInput, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.AREA:
            return item.area
        if column == self.FINDING:
            return _first_line(item.finding)
        if column == self.ACTIONS:
            return "\n".join(
                f"{number}. {_first_line(text)}"
                for number, text in enumerate(item.actions, start=1)
            )
        if column == self.RESPONSIBLE:
            return item.responsible_person
        if column == self.TARGET:
            return format_date(item.target_date)
        if column == self.STATUS:
            return item_status_text(item.status)
        return problem_text(self.problem(row)) or QCoreApplication.translate("PlanModels", "Ready")

    # --- changes --------------------------------------------------------------

    def replace_item(self, row: int, item: ItemInput) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def insert_items(self, row: int, items: Sequence[ItemInput]) -> None:
        if not items:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self.items[row:row] = list(items)
        self.endInsertRows()
        self._renumber(row)

    def remove_item(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()
        self._renumber(row)

    def move_item(self, row: int, offset: int) -> int:
        """Move the item at ``row`` by ``offset`` places (-1 or 1) and return its new row."""
        target = row + offset
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row

        # beginMoveRows takes the row the item goes before, counted before the move.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        self._renumber(min(row, target))
        return target

    def _renumber(self, first_row: int) -> None:
        if first_row < len(self.items):
            last = len(self.items) - 1
            self.dataChanged.emit(self.index(first_row, self.NUMBER), self.index(last, self.NUMBER))


class ProgressModel(_ReadOnlyTable):
    """An item's progress log, oldest entry first."""

    DATE, AUTHOR, NOTE = range(3)

    def __init__(self, entries: Sequence[ProgressInput], parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[ProgressInput] = list(entries)
        self.titles = (
            QCoreApplication.translate("PlanModels", "Date"),
            QCoreApplication.translate("PlanModels", "Author"),
            QCoreApplication.translate("PlanModels", "Note"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return (format_date(entry.entry_on), entry.author, entry.text)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def add_entry(self, entry: ProgressInput) -> None:
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()

    def remove_entry(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self.endRemoveRows()


def _first_line(text: str) -> str:
    """Return the first line of ``text``, with "…" when more follows."""
    lines = text.strip().splitlines()
    if not lines:
        return ""
    return lines[0] + ("…" if len(lines) > 1 else "")
