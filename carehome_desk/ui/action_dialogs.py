"""Dialogs that update one required action: done, not applicable, rescheduled or closed."""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import cases, settings
from carehome_desk.store.models import CaseAction
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import format_date, translate_error

log = logging.getLogger(__name__)


class _ActionDialog(QDialog):
    """Base of the action dialogs: OK saves through the store, and a rejected save keeps it open."""

    saved = Signal(object)  # the action's id

    form_name = ""

    def __init__(self, context: UiContext, action: CaseAction, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.action_id: uuid.UUID = action.id
        self.ui = load_form(self.form_name, self)
        self.ui.action_name_label.setText(action.name)
        self.ui.action_name_label.setToolTip(action.text)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        """Save the update. On a DeskError, show its message and keep what was typed."""
        try:
            self.save()
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Action not updated"), translate_error(error))
            return
        log.info("Updated action %s", self.action_id)
        self.saved.emit(self.action_id)
        super().accept()

    def save(self) -> None:
        raise NotImplementedError


class MarkDoneDialog(_ActionDialog):
    """Dialog for the date an action was done, recording the officer set for this laptop."""

    form_name = "action_done_dialog.ui"

    def __init__(
        self,
        context: UiContext,
        action: CaseAction,
        raised_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, action, parent)
        today = context.session.today()
        officer = settings.officer()

        edit = self.ui.done_on_edit
        edit.setDateRange(QDate(raised_on), QDate(today))
        edit.setDate(QDate(today))
        self.ui.done_by_edit.setText(officer.name if officer else "")

    def done_on(self) -> date:
        return self.ui.done_on_edit.date().toPython()

    def save(self) -> None:
        session = self.context.session
        cases.mark_done(self.action_id, self.done_on(), session.officer(), session.today())


class NotApplicableDialog(_ActionDialog):
    """Dialog for the reason an action does not apply, which is required."""

    form_name = "action_not_applicable_dialog.ui"

    def save(self) -> None:
        reason = self.ui.reason_edit.toPlainText()
        cases.mark_not_applicable(self.action_id, reason, self.context.session.officer())


class RescheduleDialog(_ActionDialog):
    """Dialog for a new due date of an open, dated action, with the reason, both required."""

    form_name = "action_reschedule_dialog.ui"

    def __init__(self, context: UiContext, action: CaseAction, parent: QWidget | None = None):
        super().__init__(context, action, parent)
        today = context.session.today()
        self.ui.current_due_label.setText(format_date(action.due_on))

        edit = self.ui.due_on_edit
        edit.setMinimumDate(QDate(today))
        start = max(action.due_on or today, today)
        edit.setDate(QDate(start + timedelta(days=7)))

    def due_on(self) -> date:
        return self.ui.due_on_edit.date().toPython()

    def save(self) -> None:
        session = self.context.session
        reason = self.ui.reason_edit.toPlainText()
        cases.reschedule_action(
            self.action_id, self.due_on(), reason, session.officer(), session.today()
        )


class CloseActionDialog(_ActionDialog):
    """Dialog for closing an open action, such as one that lasts "until further notice"."""

    form_name = "action_close_dialog.ui"

    def __init__(self, context: UiContext, action: CaseAction, parent: QWidget | None = None):
        super().__init__(context, action, parent)
        until = action.due_note if action.due_on is None else ""
        self.ui.until_label.setText(
            self.tr("Open until: {condition}").format(condition=until) if until else ""
        )
        self.ui.until_label.setVisible(bool(until))

    def save(self) -> None:
        session = self.context.session
        reason = self.ui.reason_edit.toPlainText()
        cases.close_action(self.action_id, reason, session.officer(), session.today())
