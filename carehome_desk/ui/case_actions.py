"""The case window's required actions: the table and the buttons that update one action."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import cases
from carehome_desk.store.models import CaseAction
from carehome_desk.ui.action_dialogs import (
    CloseActionDialog,
    MarkDoneDialog,
    NotApplicableDialog,
    RescheduleDialog,
)
from carehome_desk.ui.case_models import ActionsModel
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import Form
from carehome_desk.ui.presentation import translate_error

log = logging.getLogger(__name__)


class CaseActions(QObject):
    """Shows a case's actions in ``ui.actions_table`` and runs the action buttons.

    Emits ``changed`` with the action's id after each saved update. Dialogs open
    on ``owner``, the case window.
    """

    changed = Signal(object)

    def __init__(
        self, context: UiContext, ui: Form, level_name: Callable[[str], str], owner: QWidget
    ) -> None:
        super().__init__(owner)
        self.context = context
        self.ui = ui
        self.owner = owner
        self.model = ActionsModel(owner, level_name)
        self.raised_on: date | None = None
        self.read_only = False
        self._set_up_table()
        self._connect()

    def _set_up_table(self) -> None:
        table = self.ui.actions_table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionsModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.STATUS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ActionsModel.TEAMS, 170)
        header.resizeSection(ActionsModel.CONDITION, 210)

    def _connect(self) -> None:
        ui = self.ui
        ui.actions_table.selectionModel().currentRowChanged.connect(self.update_buttons)
        ui.applies_button.clicked.connect(lambda: self.set_applies(True))
        ui.does_not_apply_button.clicked.connect(lambda: self.set_applies(False))
        ui.mark_done_button.clicked.connect(self.mark_done)
        ui.not_applicable_button.clicked.connect(self.mark_not_applicable)
        ui.reschedule_button.clicked.connect(self.reschedule)
        ui.close_action_button.clicked.connect(self.close_action)

    # --- showing ---------------------------------------------------------------

    def show_actions(
        self,
        actions: Sequence[CaseAction],
        rescheduled: frozenset[uuid.UUID],
        raised_on: date | None,
        select: uuid.UUID | None,
        case_closed: bool = False,
    ) -> None:
        """Show ``actions``, selecting ``select`` or else the first row."""
        self.raised_on = raised_on
        today = self.context.session.today()
        self.model.set_actions(actions, today, rescheduled, case_closed)
        row = self.model.row_of(select)
        if row < 0 and actions:
            row = 0
        if row >= 0:
            self.ui.actions_table.setCurrentIndex(self.model.index(row, 0))
        self.update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_buttons()

    def selected_action(self) -> CaseAction | None:
        index = self.ui.actions_table.currentIndex()
        return self.model.action_at(index.row()) if index.isValid() else None

    def update_buttons(self, *_: QModelIndex) -> None:
        action = None if self.read_only else self.selected_action()
        status = action.status if action is not None else None
        is_open = status == cases.OPEN
        conditional = action is not None and bool(action.condition)
        ui = self.ui

        undecided = conditional and action.applies is not True
        ui.applies_button.setEnabled(undecided and status in (cases.OPEN, cases.NOT_APPLICABLE))
        ui.does_not_apply_button.setEnabled(conditional and action.applies is not False and is_open)
        ui.mark_done_button.setEnabled(status in (cases.OPEN, cases.NOT_APPLICABLE))
        # A done action keeps who did it and when; it is not overwritten as not applicable.
        ui.not_applicable_button.setEnabled(
            action is not None and status not in (cases.NOT_APPLICABLE, cases.CLOSED, cases.DONE)
        )
        ui.reschedule_button.setEnabled(is_open and action.due_on is not None)
        ui.close_action_button.setEnabled(is_open and action.due_rule == "open_ended")

    # --- updating --------------------------------------------------------------

    def set_applies(self, applies: bool) -> None:
        """Record whether the selected action's condition is met."""
        action = self.selected_action()
        if action is None or not action.condition:
            return
        try:
            cases.set_condition(action.id, applies, self.context.session.officer())
        except DeskError as error:
            self.context.prompts.error(
                self.owner, self.tr("Action not updated"), translate_error(error)
            )
            return
        log.info("Condition of action %s set to %s", action.id, applies)
        self.changed.emit(action.id)

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None or self.raised_on is None:
            return
        self._open(MarkDoneDialog(self.context, action, self.raised_on, self.owner))

    def mark_not_applicable(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._open(NotApplicableDialog(self.context, action, self.owner))

    def reschedule(self) -> None:
        action = self.selected_action()
        if action is not None and action.due_on is not None:
            self._open(RescheduleDialog(self.context, action, self.owner))

    def close_action(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._open(CloseActionDialog(self.context, action, self.owner))

    def _open(self, dialog: MarkDoneDialog | NotApplicableDialog) -> None:
        dialog.saved.connect(self.changed)
        dialog.open()
