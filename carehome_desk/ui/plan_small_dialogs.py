"""Small plan dialogs: choose actions or visit findings to add as items, and close a plan."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans, queries
from carehome_desk.store.models import Case
from carehome_desk.store.plans import ItemInput
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import format_date, translate_error

log = logging.getLogger(__name__)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanSourceDialog(QDialog):
    """Dialog listing candidate items, each with a label and whether it starts ticked.

    Emits ``items_chosen`` with the ticked items, in the listed order, on OK.
    """

    items_chosen = Signal(object)  # list[ItemInput]

    def __init__(
        self,
        title: str,
        choices: Sequence[tuple[str, ItemInput, bool]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = load_form("plan_source_dialog.ui", self)
        self.setWindowTitle(title)

        for text, item, ticked in choices:
            entry = QListWidgetItem(text, self.ui.sources_list)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            entry.setData(ITEM_ROLE, item)
            entry.setToolTip(text)
        if choices:
            self.ui.sources_list.setCurrentRow(0)

        self.ui.select_all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.ui.select_none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.ui.sources_list.count()):
            self.ui.sources_list.item(row).setCheckState(state)

    def chosen_items(self) -> list[ItemInput]:
        sources = self.ui.sources_list
        return [
            sources.item(row).data(ITEM_ROLE)
            for row in range(sources.count())
            if sources.item(row).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        self.items_chosen.emit(self.chosen_items())
        super().accept()


def action_choices(
    case_id: uuid.UUID, items: Sequence[ItemInput]
) -> list[tuple[str, ItemInput, bool]]:
    """Return the case's actions as items to choose; those already in ``items`` start unticked."""
    actions = {action.id: action for action in queries.case_actions(case_id)}
    used = {item.source_action_id for item in items}
    choices = []
    for item in plans.prefilled_items(case_id):
        action = actions[item.source_action_id]
        if action.due_on is None:
            text = QCoreApplication.translate("PlanSourceDialog", "{name} (no due date)")
        else:
            text = QCoreApplication.translate("PlanSourceDialog", "{name} (due {date})")
        text = text.format(name=action.name, date=format_date(action.due_on))
        choices.append((text, item, item.source_action_id not in used))
    return choices


def visit_choices(case: Case, items: Sequence[ItemInput]) -> list[tuple[str, ItemInput, bool]]:
    """Return the findings of the case's visits as items; those already used start unticked."""
    home = case.home
    used = {(item.source_visit_id, item.finding) for item in items}
    choices = []
    for finding in plans.visit_findings(case.id):
        seen = QCoreApplication.translate("PlanSourceDialog", "Seen at the visit on {date}.")
        item = ItemInput(
            finding.text,
            responsible_person=home.registered_manager or home.provider,
            evidence=seen.format(date=format_date(finding.visited_on)),
            source_visit_id=finding.visit_id,
        )
        text = f"{format_date(finding.visited_on)}: {finding.text}"
        choices.append((text, item, (finding.visit_id, finding.text) not in used))
    return choices


class ClosePlanDialog(QDialog):
    """Dialog for closing a plan: why, who was told and when. Emits ``closed`` with its id."""

    closed = Signal(object)

    def __init__(
        self,
        context: UiContext,
        plan_id: uuid.UUID,
        reference: str,
        raised_on: QDate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.plan_id = plan_id
        self.ui = load_form("close_plan_dialog.ui", self)
        self.ui.plan_label.setText(self.tr("Close plan {reference}").format(reference=reference))

        today = QDate(context.session.today())
        self.ui.closed_on_edit.setDateRange(raised_on, today)
        self.ui.closed_on_edit.setDate(today)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.reason_edit.setFocus()

    def accept(self) -> None:
        """Close the plan. On a DeskError, show its message and keep what was typed."""
        session = self.context.session
        try:
            plans.close_plan(
                self.plan_id,
                self.ui.reason_edit.toPlainText(),
                self.ui.told_edit.toPlainText(),
                self.ui.closed_on_edit.date().toPython(),
                session.officer(),
                session.today(),
            )
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Plan not closed"), translate_error(error))
            return
        log.info("Closed plan %s", self.plan_id)
        self.closed.emit(self.plan_id)
        super().accept()
