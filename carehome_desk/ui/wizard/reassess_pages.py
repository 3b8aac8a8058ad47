"""The wizard's pages for reassessing a case: why reassess, and what to close on stepping down."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWizardPage

from carehome_desk.process.level_change import OpenAction
from carehome_desk.process.processmap import Level, ProcessMap
from carehome_desk.store.lifecycle import StepDown
from carehome_desk.store.models import Case, CaseAction
from carehome_desk.ui.forms import Form
from carehome_desk.ui.presentation import format_date, level_text

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CaseSnapshot:
    """The facts of the reassessed case that the wizard uses, read when it opens."""

    case: Case
    level: Level | None  # the current level, from the map of the latest assessment
    level_rank: int  # 0 for no escalation
    earliest: date  # a new assessment may not be dated before this
    previous_map: ProcessMap  # the map of the latest assessment
    open_by_purpose: dict[str, OpenAction]
    open_actions: list[CaseAction]  # open actions that apply or are undecided
    ranks: dict[str, int] = field(default_factory=dict)  # level id to rank, in the case's maps

    def open_above(self, rank: int) -> list[CaseAction]:
        """Return the open actions of levels ranked above ``rank``."""
        return [action for action in self.open_actions if self.ranks.get(action.level, 0) > rank]


class ReassessPage(QWizardPage):
    """The case being reassessed, and the officer's reason, which is required.

    The form promotes ``reassess_page`` to this class; ``set_up`` connects it to
    the form's widgets once the form is loaded.
    """

    def set_up(self, ui: Form, snapshot: CaseSnapshot) -> None:
        self.reason_edit = ui.reassess_reason_edit
        case = snapshot.case
        ui.reassess_case_label.setText(
            self.tr("{reference}, {home}").format(reference=case.reference, home=case.home.name)
        )
        current = level_text(snapshot.level)
        if snapshot.level is not None:
            current = self.tr("{level}, set on {date}").format(
                level=current, date=format_date(case.level_set_on)
            )
        ui.reassess_level_label.setText(current)
        ui.reassess_summary_label.setText(
            self.tr("Raised on {date}: {summary}").format(
                date=format_date(case.raised_on), summary=case.summary
            )
        )
        self.reason_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.reason().strip())

    def reason(self) -> str:
        return self.reason_edit.toPlainText()


class StepDownPage(QWizardPage):
    """The higher level's open actions, each ticked to close or unticked to keep open.

    A reason is required while any action is ticked. ``get_new_rank`` returns the
    rank of the level chosen on the result page.
    """

    def set_up(self, ui: Form, snapshot: CaseSnapshot, get_new_rank: Callable[[], int]) -> None:
        self.snapshot = snapshot
        self.get_new_rank = get_new_rank
        self.actions_list = ui.step_down_actions_list
        self.reason_edit = ui.step_down_reason_edit
        self.hint_label = ui.step_down_hint_label
        self.actions_list.itemChanged.connect(self._changed)
        self.reason_edit.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        self.actions_list.blockSignals(True)
        self.actions_list.clear()
        for action in self.snapshot.open_above(self.get_new_rank()):
            text = QCoreApplication.translate("StepDownPage", "{action} ({teams})").format(
                action=action.name, teams=action.teams
            )
            item = QListWidgetItem(text, self.actions_list)
            item.setData(ACTION_ID_ROLE, action.id)
            item.setToolTip(action.text)
            # Kept unless the officer ticks it: closing work is the choice to make.
            item.setCheckState(Qt.CheckState.Unchecked)
        self.actions_list.blockSignals(False)
        if self.actions_list.count():
            self.actions_list.setCurrentRow(0)
        self._changed()

    def _changed(self) -> None:
        self.hint_label.setVisible(not self.isComplete())
        self.completeChanged.emit()

    def ticked(self) -> tuple[uuid.UUID, ...]:
        ids = []
        for row in range(self.actions_list.count()):
            item = self.actions_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ACTION_ID_ROLE))
        return tuple(ids)

    def isComplete(self) -> bool:
        return not self.ticked() or bool(self.reason_edit.toPlainText().strip())

    def step_down(self) -> StepDown:
        return StepDown(self.ticked(), self.reason_edit.toPlainText())
