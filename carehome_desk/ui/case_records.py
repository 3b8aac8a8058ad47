"""The case window's visits, meetings and history tabs."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP
from carehome_desk.store import queries, visits
from carehome_desk.store.models import Assessment, Case, CaseAction, Meeting, Visit
from carehome_desk.ui.case_models import ID_ROLE, RecordsModel
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import Form
from carehome_desk.ui.presentation import format_date
from carehome_desk.ui.visit_dialogs import MeetingDialog, VisitDialog

log = logging.getLogger(__name__)

_EVENT_TITLES = {
    "council_exit": QT_TRANSLATE_NOOP("CaseRecords", "Council's exit"),
    "closed": QT_TRANSLATE_NOOP("CaseRecords", "Case closed"),
    "reopened": QT_TRANSLATE_NOOP("CaseRecords", "Case reopened"),
    "action_rescheduled": QT_TRANSLATE_NOOP("CaseRecords", "Action rescheduled"),
    "action_closed": QT_TRANSLATE_NOOP("CaseRecords", "Action closed"),
}


def event_title(event: queries.CaseEventRow) -> str:
    title = _EVENT_TITLES.get(event.kind)
    return QCoreApplication.translate("CaseRecords", title) if title else event.kind


def event_details(event: queries.CaseEventRow) -> str:
    """Return what an event changed, e.g. "Weekly visit (1 of 4): 11 Dec → 14 Dec 2026. Why"."""
    if event.kind == "action_rescheduled":
        return QCoreApplication.translate(
            "CaseRecords", "{action}: from {old} to {new}. {reason}"
        ).format(
            action=event.action_name,
            old=format_date(event.old_due_on),
            new=format_date(event.new_due_on),
            reason=event.reason,
        )
    if event.kind == "action_closed":
        return f"{event.action_name}: {event.reason}"
    return event.reason


class CaseRecords(QObject):
    """Shows a case's visits, meetings, level history and events, and opens the record dialogs.

    Emits ``changed`` with the case's id after a visit or meeting is saved.
    ``level_name`` returns the name of a level id in the map an assessment used.
    """

    changed = Signal(object)

    def __init__(
        self,
        context: UiContext,
        ui: Form,
        level_name: Callable[[str, Assessment | None], str],
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.context = context
        self.ui = ui
        self.owner = owner
        self.level_name = level_name
        self.case: Case | None = None
        self.read_only = False
        self.completed: dict[uuid.UUID, list[str]] = {}

        self.visits_model = RecordsModel(self._visit_columns(), owner)
        self.meetings_model = RecordsModel(self._meeting_columns(), owner)
        self.history_model = RecordsModel(self._history_columns(), owner)
        self.events_model = RecordsModel(self._event_columns(), owner)
        self._set_up_table(ui.visits_table, self.visits_model, stretch=4)
        self._set_up_table(ui.meetings_table, self.meetings_model, stretch=4)
        self._set_up_table(ui.level_history_table, self.history_model, stretch=4)
        self._set_up_table(ui.events_table, self.events_model, stretch=3)
        self._connect()

    def _set_up_table(self, table: QTableView, model: RecordsModel, stretch: int) -> None:
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.edit_visit_button.clicked.connect(self.edit_visit)
        ui.edit_meeting_button.clicked.connect(self.edit_meeting)
        ui.visits_table.activated.connect(self.edit_visit)
        ui.meetings_table.activated.connect(self.edit_meeting)
        ui.visits_table.selectionModel().currentRowChanged.connect(self.update_buttons)
        ui.meetings_table.selectionModel().currentRowChanged.connect(self.update_buttons)

    # --- columns -----------------------------------------------------------------

    def _visit_columns(self) -> list[tuple[str, Callable[[Visit], str]]]:
        return [
            (
                QCoreApplication.translate("CaseRecords", "Date"),
                lambda visit: format_date(visit.visited_on),
            ),
            (
                QCoreApplication.translate("CaseRecords", "Kind"),
                lambda visit: _kind_label(visit.kind),
            ),
            (QCoreApplication.translate("CaseRecords", "Purpose"), lambda visit: visit.purpose),
            (QCoreApplication.translate("CaseRecords", "Attended"), lambda visit: visit.attendees),
            (QCoreApplication.translate("CaseRecords", "Findings"), lambda visit: visit.findings),
            (
                QCoreApplication.translate("CaseRecords", "Completed"),
                lambda visit: "\n".join(self.completed.get(visit.id, [])),
            ),
            (
                QCoreApplication.translate("CaseRecords", "Recorded by"),
                lambda visit: visit.recorded_by,
            ),
        ]

    def _meeting_columns(self) -> list[tuple[str, Callable[[Meeting], str]]]:
        return [
            (
                QCoreApplication.translate("CaseRecords", "Date"),
                lambda meeting: format_date(meeting.held_on),
            ),
            (QCoreApplication.translate("CaseRecords", "Meeting"), lambda meeting: meeting.kind),
            (
                QCoreApplication.translate("CaseRecords", "Attended"),
                lambda meeting: meeting.attendees,
            ),
            (
                QCoreApplication.translate("CaseRecords", "Agencies"),
                lambda meeting: meeting.agencies,
            ),
            (QCoreApplication.translate("CaseRecords", "Outcome and decisions"), _outcome_text),
            (
                QCoreApplication.translate("CaseRecords", "Completed"),
                lambda meeting: "\n".join(self.completed.get(meeting.id, [])),
            ),
            (
                QCoreApplication.translate("CaseRecords", "Recorded by"),
                lambda meeting: meeting.recorded_by,
            ),
        ]

    def _history_columns(self) -> list[tuple[str, Callable[[Assessment], str]]]:
        return [
            (
                QCoreApplication.translate("CaseRecords", "Date"),
                lambda record: format_date(record.assessed_on),
            ),
            (
                QCoreApplication.translate("CaseRecords", "Level"),
                lambda record: self.level_name(record.chosen_level, record),
            ),
            (
                QCoreApplication.translate("CaseRecords", "Officer"),
                lambda record: f"{record.officer} ({record.officer_team})",
            ),
            (
                QCoreApplication.translate("CaseRecords", "Process map"),
                lambda record: f"{record.map_id} v{record.map_version}",
            ),
            (QCoreApplication.translate("CaseRecords", "Reason"), self._history_reason),
        ]

    def _event_columns(self) -> list[tuple[str, Callable[[queries.CaseEventRow], str]]]:
        return [
            (
                QCoreApplication.translate("CaseRecords", "Date"),
                lambda event: format_date(event.happened_on),
            ),
            (QCoreApplication.translate("CaseRecords", "Event"), event_title),
            (QCoreApplication.translate("CaseRecords", "Officer"), lambda event: event.officer),
            (QCoreApplication.translate("CaseRecords", "Details"), event_details),
        ]

    def _history_reason(self, record: Assessment) -> str:
        lines = [record.reason or QCoreApplication.translate("CaseRecords", "First assessment")]
        if record.override_reason:
            recommended = self.level_name(record.recommended_level, record)
            lines.append(
                QCoreApplication.translate(
                    "CaseRecords", "Chosen instead of {recommended}: {reason}"
                ).format(recommended=recommended, reason=record.override_reason)
            )
        return "\n".join(lines)

    # --- showing -----------------------------------------------------------------

    def show_case(self, case: Case | None, history: list[Assessment] | None = None) -> None:
        """Show the records of ``case``, with ``history``, its level history, if already read."""
        self.case = case
        if case is None:
            for model in (
                self.visits_model,
                self.meetings_model,
                self.history_model,
                self.events_model,
            ):
                model.set_records(())
            self.update_buttons()
            return

        self.completed = visits.completed_by_record(case.id)
        _set_keeping_selection(self.ui.visits_table, self.visits_model, visits.list_visits(case.id))
        _set_keeping_selection(
            self.ui.meetings_table, self.meetings_model, visits.list_meetings(case.id)
        )
        self.history_model.set_records(
            queries.level_history(case.id) if history is None else history
        )
        self.events_model.set_records(queries.case_events(case.id))
        self.update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_buttons()

    def update_buttons(self, *_: object) -> None:
        writable = self.case is not None and not self.read_only
        has_visit = self._selected(self.ui.visits_table) is not None
        has_meeting = self._selected(self.ui.meetings_table) is not None
        self.ui.edit_visit_button.setEnabled(writable and has_visit)
        self.ui.edit_meeting_button.setEnabled(writable and has_meeting)

    def _selected(self, table: QTableView) -> Any:
        index = table.currentIndex()
        model = table.model()
        if not index.isValid() or not isinstance(model, RecordsModel):
            return None
        return model.record_at(index.row())

    # --- recording -----------------------------------------------------------------

    def record_visit(self, tick: CaseAction | None = None) -> None:
        if self.case is not None and not self.read_only:
            self._open(VisitDialog(self.context, self.case, tick=tick, parent=self.owner))

    def record_meeting(self, tick: CaseAction | None = None) -> None:
        if self.case is not None and not self.read_only:
            self._open(MeetingDialog(self.context, self.case, tick=tick, parent=self.owner))

    def edit_visit(self) -> None:
        visit = self._selected(self.ui.visits_table)
        if visit is not None and self.case is not None and not self.read_only:
            self._open(VisitDialog(self.context, self.case, visit=visit, parent=self.owner))

    def edit_meeting(self) -> None:
        meeting = self._selected(self.ui.meetings_table)
        if meeting is not None and self.case is not None and not self.read_only:
            self._open(MeetingDialog(self.context, self.case, meeting=meeting, parent=self.owner))

    def _open(self, dialog: VisitDialog | MeetingDialog) -> None:
        dialog.saved.connect(self.changed)
        dialog.open()


def _kind_label(kind: str) -> str:
    label = dict(visits.VISIT_KINDS).get(kind, kind)
    return QCoreApplication.translate("Visits", label)


def _outcome_text(meeting: Meeting) -> str:
    parts = [meeting.outcome]
    if meeting.decisions:
        decisions = QCoreApplication.translate("CaseRecords", "Decisions: {decisions}")
        parts.append(decisions.format(decisions=meeting.decisions))
    return "\n".join(part for part in parts if part)


def _set_keeping_selection(table: QTableView, model: RecordsModel, records: list) -> None:
    index = table.currentIndex()
    selected = index.data(ID_ROLE) if index.isValid() else None
    model.set_records(records)
    row = model.row_of(selected)
    if row < 0 and records:
        row = len(records) - 1  # the latest record
    if row >= 0:
        table.setCurrentIndex(model.index(row, 0))
