"""Dialogs that change a whole case: the Council's exit, closing and reopening it."""

from __future__ import annotations

import logging
import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import lifecycle
from carehome_desk.store.cases import OPEN, due_from
from carehome_desk.store.models import Case, CaseAction
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import format_date, translate_error

log = logging.getLogger(__name__)


class _CaseDialog(QDialog):
    """Base of the case dialogs: OK saves through the store; a rejected save keeps it open."""

    saved = Signal(object)  # the case's id

    form_name = ""

    def __init__(self, context: UiContext, case: Case, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.case_id: uuid.UUID = case.id
        self.ui = load_form(self.form_name, self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            self.save()
        except DeskError as error:
            self.context.prompts.error(self, self.error_title(), translate_error(error))
            return
        log.info("%s saved for case %s", type(self).__name__, self.case_id)
        self.saved.emit(self.case_id)
        super().accept()

    def save(self) -> None:
        raise NotImplementedError

    def error_title(self) -> str:
        raise NotImplementedError


class CouncilExitDialog(_CaseDialog):
    """The date of the Council's exit, showing the dates it gives the actions that follow it."""

    form_name = "council_exit_dialog.ui"

    def __init__(self, context: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(context, case, parent)
        today = context.session.today()
        self.following: list[CaseAction] = lifecycle.exit_actions(case.id)
        earliest = min((action.assessment.assessed_on for action in self.following), default=today)

        edit = self.ui.exit_on_edit
        edit.setDateRange(QDate(earliest), QDate(today))
        edit.setDate(QDate(case.council_exit_on or today))
        edit.dateChanged.connect(self._show_schedule)
        self._show_schedule()

    def exit_on(self) -> date:
        return self.ui.exit_on_edit.date().toPython()

    def _show_schedule(self) -> None:
        lines = []
        for action in self.following:
            if action.status != OPEN:
                continue
            due = format_date(due_from(action, self.exit_on()))
            lines.append(self.tr("• {action}: due {date}").format(action=action.name, date=due))
        if lines:
            text = self.tr("These actions will be due:\n{lines}").format(lines="\n".join(lines))
        else:
            text = self.tr("No open action follows the exit.")
        self.ui.schedule_label.setText(text)

    def save(self) -> None:
        session = self.context.session
        lifecycle.record_council_exit(
            self.case_id, self.exit_on(), session.officer(), session.today()
        )

    def error_title(self) -> str:
        return self.tr("Exit not recorded")


class CloseCaseDialog(_CaseDialog):
    """The date and reason for closing a case; its open actions stay open but leave the lists."""

    form_name = "close_case_dialog.ui"

    def __init__(
        self, context: UiContext, case: Case, open_actions: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, case, parent)
        today = context.session.today()
        self.ui.closed_on_edit.setDateRange(QDate(case.raised_on), QDate(today))
        self.ui.closed_on_edit.setDate(QDate(today))

        if open_actions == 1:
            note = self.tr(
                "1 action is still open. It stays open in the case but leaves the deadlines "
                "list and the counts while the case is closed."
            )
        else:
            note = self.tr(
                "{count} actions are still open. They stay open in the case but leave the "
                "deadlines list and the counts while the case is closed."
            ).format(count=open_actions)
        self.ui.open_actions_label.setText(note)
        self.ui.open_actions_label.setVisible(open_actions > 0)

    def save(self) -> None:
        session = self.context.session
        lifecycle.close_case(
            self.case_id,
            self.ui.closed_on_edit.date().toPython(),
            self.ui.reason_edit.toPlainText(),
            session.officer(),
            session.today(),
        )

    def error_title(self) -> str:
        return self.tr("Case not closed")


class ReopenCaseDialog(_CaseDialog):
    """The reason for reopening a closed case; today is recorded as the day it reopened."""

    form_name = "reopen_case_dialog.ui"

    def __init__(self, context: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(context, case, parent)
        self.ui.closed_label.setText(
            self.tr("Closed on {date} by {officer}: {reason}").format(
                date=format_date(case.closed_on), officer=case.closed_by, reason=case.closed_reason
            )
        )

    def save(self) -> None:
        session = self.context.session
        lifecycle.reopen_case(
            self.case_id, self.ui.reason_edit.toPlainText(), session.officer(), session.today()
        )

    def error_title(self) -> str:
        return self.tr("Case not reopened")
