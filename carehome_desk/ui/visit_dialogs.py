"""Dialogs that record or correct a visit or a meeting, and the actions it completes."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import queries, settings, visits
from carehome_desk.store.cases import OPEN, awaits_council_exit
from carehome_desk.store.models import Case, CaseAction, Meeting, Visit
from carehome_desk.ui.case_models import due_text
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error

log = logging.getLogger(__name__)

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_attendee() -> str:
    """Return "Name (Team)" for the officer using this laptop, or "" when none is set."""
    officer = settings.officer()
    return f"{officer.name} ({officer.team})" if officer else ""


class _RecordDialog(QDialog):
    """Base of the visit and meeting dialogs: the date, the actions to complete and saving.

    Emits ``saved`` with the case's id after a save; a rejected save shows the
    error and keeps what was typed.
    """

    saved = Signal(object)

    form_name = ""
    date_edit_name = ""

    def __init__(self, context: UiContext, case: Case, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.case_id: uuid.UUID = case.id
        self.ui = load_form(self.form_name, self)
        today = context.session.today()

        edit = getattr(self.ui, self.date_edit_name)
        edit.setDateRange(QDate(case.raised_on), QDate(today))
        edit.setDate(QDate(today))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _fill_actions(self, completed: list[CaseAction], tick: uuid.UUID | None) -> None:
        """List the case's open actions to tick, after those this record already completed."""
        for action in completed:
            item = self._action_item(action)
            item.setCheckState(Qt.CheckState.Checked)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        for action in queries.case_actions(self.case_id):
            if action.status != OPEN or action.applies is False:
                continue
            if awaits_council_exit(action):
                continue  # store.cases.complete rejects it until the exit is recorded
            item = self._action_item(action)
            checked = action.id == tick
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.ui.fulfils_list.count():
            self.ui.fulfils_list.setCurrentRow(0)

    def _action_item(self, action: CaseAction) -> QListWidgetItem:
        text = QCoreApplication.translate("VisitDialogs", "{action} — due: {due}").format(
            action=action.name, due=due_text(action)
        )
        item = QListWidgetItem(text, self.ui.fulfils_list)
        item.setData(ACTION_ID_ROLE, action.id)
        item.setToolTip(action.text)
        return item

    def ticked_actions(self) -> tuple[uuid.UUID, ...]:
        """Return the open actions ticked, leaving out those already completed."""
        ids = []
        for row in range(self.ui.fulfils_list.count()):
            item = self.ui.fulfils_list.item(row)
            enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            if enabled and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ACTION_ID_ROLE))
        return tuple(ids)

    def accept(self) -> None:
        try:
            self.save()
        except DeskError as error:
            self.context.prompts.error(self, self.error_title(), translate_error(error))
            return
        self.saved.emit(self.case_id)
        super().accept()

    def save(self) -> None:
        raise NotImplementedError

    def error_title(self) -> str:
        raise NotImplementedError


class VisitDialog(_RecordDialog):
    """Records a new visit, or corrects ``visit``; ``tick`` pre-ticks the action it completes."""

    form_name = "visit_dialog.ui"
    date_edit_name = "visited_on_edit"

    def __init__(
        self,
        context: UiContext,
        case: Case,
        visit: Visit | None = None,
        tick: CaseAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, case, parent)
        self.visit_id = visit.id if visit is not None else None
        for kind, label in visits.VISIT_KINDS:
            self.ui.kind_combo.addItem(QCoreApplication.translate("Visits", label), kind)
        self.ui.kind_combo.setCurrentIndex(-1)

        if visit is None:
            self.ui.attendees_edit.setPlainText(default_attendee())
            self.ui.purpose_edit.setText(tick.name if tick is not None else "")
            self._fill_actions([], tick.id if tick is not None else None)
        else:
            self.setWindowTitle(self.tr("Edit visit"))
            self._show(visit)
            self._fill_actions(visits.completed_actions(visit_id=visit.id), None)

    def _show(self, visit: Visit) -> None:
        ui = self.ui
        ui.visited_on_edit.setDate(QDate(visit.visited_on))
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(visit.kind))
        ui.purpose_edit.setText(visit.purpose)
        ui.attendees_edit.setPlainText(visit.attendees)
        ui.findings_edit.setPlainText(visit.findings)

    def visit_input(self) -> visits.VisitInput:
        ui = self.ui
        return visits.VisitInput(
            visited_on=ui.visited_on_edit.date().toPython(),
            kind=ui.kind_combo.currentData() or "",
            purpose=ui.purpose_edit.text(),
            attendees=ui.attendees_edit.toPlainText(),
            findings=ui.findings_edit.toPlainText(),
            fulfils=self.ticked_actions(),
        )

    def save(self) -> None:
        session = self.context.session
        if self.visit_id is None:
            record = visits.record_visit(
                self.case_id, self.visit_input(), session.officer(), session.today()
            )
            log.info("Recorded visit %s of case %s", record.id, self.case_id)
        else:
            visits.update_visit(
                self.visit_id, self.visit_input(), session.officer(), session.today()
            )
            log.info("Updated visit %s of case %s", self.visit_id, self.case_id)

    def error_title(self) -> str:
        return self.tr("Visit not saved")


class MeetingDialog(_RecordDialog):
    """Records a new meeting, or corrects ``meeting``; ``tick`` pre-ticks an action it completes."""

    form_name = "meeting_dialog.ui"
    date_edit_name = "held_on_edit"

    def __init__(
        self,
        context: UiContext,
        case: Case,
        meeting: Meeting | None = None,
        tick: CaseAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, case, parent)
        self.meeting_id = meeting.id if meeting is not None else None
        for kind, label in visits.MEETING_KINDS:
            self.ui.kind_combo.addItem(QCoreApplication.translate("Visits", label), kind)
        self.ui.kind_combo.setCurrentIndex(-1)

        if meeting is None:
            self.ui.attendees_edit.setPlainText(default_attendee())
            self._fill_actions([], tick.id if tick is not None else None)
        else:
            self.setWindowTitle(self.tr("Edit meeting"))
            self._show(meeting)
            self._fill_actions(visits.completed_actions(meeting_id=meeting.id), None)

    def _show(self, meeting: Meeting) -> None:
        ui = self.ui
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(meeting.kind))
        ui.held_on_edit.setDate(QDate(meeting.held_on))
        ui.attendees_edit.setPlainText(meeting.attendees)
        ui.agencies_edit.setPlainText(meeting.agencies)
        ui.outcome_edit.setPlainText(meeting.outcome)
        ui.decisions_edit.setPlainText(meeting.decisions)

    def meeting_input(self) -> visits.MeetingInput:
        ui = self.ui
        return visits.MeetingInput(
            kind=ui.kind_combo.currentData() or "",
            held_on=ui.held_on_edit.date().toPython(),
            attendees=ui.attendees_edit.toPlainText(),
            agencies=ui.agencies_edit.toPlainText(),
            outcome=ui.outcome_edit.toPlainText(),
            decisions=ui.decisions_edit.toPlainText(),
            fulfils=self.ticked_actions(),
        )

    def save(self) -> None:
        session = self.context.session
        if self.meeting_id is None:
            record = visits.record_meeting(
                self.case_id, self.meeting_input(), session.officer(), session.today()
            )
            log.info("Recorded meeting %s of case %s", record.id, self.case_id)
        else:
            visits.update_meeting(
                self.meeting_id, self.meeting_input(), session.officer(), session.today()
            )
            log.info("Updated meeting %s of case %s", self.meeting_id, self.case_id)

    def error_title(self) -> str:
        return self.tr("Meeting not saved")
