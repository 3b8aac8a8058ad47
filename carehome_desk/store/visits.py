"""Visits and meetings of a case, and the actions they fulfil.

Recording a visit or meeting can complete open actions of the same case: each
is marked done on the visit's or meeting's date and links to it, and the
actions that count from it are dated from that date.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import SQL

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import validation as check
from carehome_desk.store.cases import (
    DONE,
    OPEN,
    action_for_update,
    complete,
    date_dependants,
)
from carehome_desk.store.lifecycle import case_for_update
from carehome_desk.store.models import Case, CaseAction, Meeting, Visit, database
from carehome_desk.store.settings import Officer

_CTX = "Validation"

ANNOUNCED = "announced"
UNANNOUNCED = "unannounced"
VISIT_KINDS = (
    (ANNOUNCED, QT_TRANSLATE_NOOP("Visits", "Announced")),
    (UNANNOUNCED, QT_TRANSLATE_NOOP("Visits", "Unannounced")),
)

MEETING_KINDS = (
    ("JIMP", QT_TRANSLATE_NOOP("Visits", "JIMP: Joint Inter-Agency Monitoring Panel")),
    ("JQMM", QT_TRANSLATE_NOOP("Visits", "JQMM: Joint Quality Management Meeting")),
    ("QAM", QT_TRANSLATE_NOOP("Visits", "QAM: Quality Assurance Meeting")),
    ("PPM", QT_TRANSLATE_NOOP("Visits", "PPM: Provider Performance Meeting")),
)

# "Name (Team)": a name, then the team in brackets at the end of the line.
_ATTENDEE = re.compile(r"^[^()]*\S[^()]*\(\s*[^()]*\S[^()]*\)$")


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    kind: str
    purpose: str = ""
    attendees: str = ""  # one "Name (Team)" per line
    findings: str = ""
    fulfils: tuple[uuid.UUID, ...] = ()  # open actions of the case the visit completes


@dataclass(frozen=True)
class MeetingInput:
    kind: str
    held_on: date
    attendees: str = ""  # one "Name (Team)" per line
    agencies: str = ""  # one agency per line
    outcome: str = ""
    decisions: str = ""
    fulfils: tuple[uuid.UUID, ...] = ()


def list_visits(case_id: uuid.UUID) -> list[Visit]:
    """Return the case's visits, oldest first."""
    return list(
        Visit.select()
        .where(Visit.case == case_id)
        .order_by(Visit.visited_on, Visit.recorded_at, SQL("rowid"))
    )


def list_meetings(case_id: uuid.UUID) -> list[Meeting]:
    """Return the case's meetings, oldest first."""
    return list(
        Meeting.select()
        .where(Meeting.case == case_id)
        .order_by(Meeting.held_on, Meeting.recorded_at, SQL("rowid"))
    )


def completed_actions(
    visit_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
) -> list[CaseAction]:
    """Return the actions the visit or the meeting completed, in the case's order."""
    if visit_id is not None:
        link = CaseAction.visit == visit_id
    elif meeting_id is not None:
        link = CaseAction.meeting == meeting_id
    else:
        return []
    return list(CaseAction.select().where(link).order_by(CaseAction.sort_order))


def completed_by_record(case_id: uuid.UUID) -> dict[uuid.UUID, list[str]]:
    """Return the names of the actions each visit or meeting of the case completed, by its id."""
    query = (
        CaseAction.select(CaseAction.visit, CaseAction.meeting, CaseAction.name)
        .where(
            (CaseAction.case == case_id)
            & (CaseAction.visit.is_null(False) | CaseAction.meeting.is_null(False))
        )
        .order_by(CaseAction.sort_order)
    )
    names: dict[uuid.UUID, list[str]] = {}
    for visit_id, meeting_id, name in query.tuples().iterator():
        names.setdefault(visit_id or meeting_id, []).append(name)
    return names


# --- visits -------------------------------------------------------------------------


def record_visit(case_id: uuid.UUID, visit: VisitInput, officer: Officer, today: date) -> Visit:
    """Save a visit of an open case and complete the actions it fulfils."""
    fields = _visit_fields(visit)
    with database.atomic():
        case = case_for_update(case_id)
        _check_held_on(visit.visited_on, case, today, QT_TRANSLATE_NOOP("Validation", "Visit date"))
        record = Visit.create(case=case, recorded_by=officer.name, **fields)
        for action in _actions_to_fulfil(case, visit.fulfils):
            complete(action, record.visited_on, officer, today, visit=record)
    return record


def update_visit(visit_id: uuid.UUID, visit: VisitInput, officer: Officer, today: date) -> Visit:
    """Correct a recorded visit; the actions it completed move to its new date.

    ``visit.fulfils`` adds open actions to those it completed; it never undoes one.
    """
    fields = _visit_fields(visit)
    with database.atomic():
        record = Visit.get_or_none(Visit.id == visit_id)
        if record is None:
            raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That visit no longer exists."))
        case = case_for_update(record.case_id)  # type: ignore[attr-defined]
        _check_held_on(visit.visited_on, case, today, QT_TRANSLATE_NOOP("Validation", "Visit date"))
        for name, value in fields.items():
            setattr(record, name, value)
        record.save()
        _redate_fulfilled(CaseAction.visit == record.id, record.visited_on)
        for action in _actions_to_fulfil(case, visit.fulfils):
            complete(action, record.visited_on, officer, today, visit=record)
    return record


def _visit_fields(visit: VisitInput) -> dict[str, object]:
    _require_kind(visit.kind, QT_TRANSLATE_NOOP("Validation", "Kind of visit"))
    if visit.kind not in dict(VISIT_KINDS):
        raise check.invalid(
            QT_TRANSLATE_NOOP("Validation", "Kind of visit"),
            QT_TRANSLATE_NOOP(
                "Validation", "{field} {value} is not known; choose announced or unannounced."
            ),
            value=visit.kind,
        )
    return {
        "visited_on": visit.visited_on,
        "kind": visit.kind,
        "purpose": check.clean_text(visit.purpose, QT_TRANSLATE_NOOP("Validation", "Purpose")),
        "attendees": clean_attendees(visit.attendees),
        "findings": check.clean_text(visit.findings, QT_TRANSLATE_NOOP("Validation", "Findings")),
    }


# --- meetings -----------------------------------------------------------------------


def record_meeting(
    case_id: uuid.UUID, meeting: MeetingInput, officer: Officer, today: date
) -> Meeting:
    """Save a meeting about an open case and complete the actions it fulfils."""
    fields = _meeting_fields(meeting)
    with database.atomic():
        case = case_for_update(case_id)
        _check_held_on(
            meeting.held_on, case, today, QT_TRANSLATE_NOOP("Validation", "Meeting date")
        )
        record = Meeting.create(case=case, recorded_by=officer.name, **fields)
        for action in _actions_to_fulfil(case, meeting.fulfils):
            complete(action, record.held_on, officer, today, meeting=record)
    return record


def update_meeting(
    meeting_id: uuid.UUID, meeting: MeetingInput, officer: Officer, today: date
) -> Meeting:
    """Correct a recorded meeting; the actions it completed move to its new date."""
    fields = _meeting_fields(meeting)
    with database.atomic():
        record = Meeting.get_or_none(Meeting.id == meeting_id)
        if record is None:
            raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That meeting no longer exists."))
        case = case_for_update(record.case_id)  # type: ignore[attr-defined]
        _check_held_on(
            meeting.held_on, case, today, QT_TRANSLATE_NOOP("Validation", "Meeting date")
        )
        for name, value in fields.items():
            setattr(record, name, value)
        record.save()
        _redate_fulfilled(CaseAction.meeting == record.id, record.held_on)
        for action in _actions_to_fulfil(case, meeting.fulfils):
            complete(action, record.held_on, officer, today, meeting=record)
    return record


def _meeting_fields(meeting: MeetingInput) -> dict[str, object]:
    _require_kind(meeting.kind, QT_TRANSLATE_NOOP("Validation", "Kind of meeting"))
    if meeting.kind not in dict(MEETING_KINDS):
        raise check.invalid(
            QT_TRANSLATE_NOOP("Validation", "Kind of meeting"),
            QT_TRANSLATE_NOOP(
                "Validation", "{field} {value} is not known; choose JIMP, JQMM, QAM or PPM."
            ),
            value=meeting.kind,
        )
    return {
        "kind": meeting.kind,
        "held_on": meeting.held_on,
        "attendees": clean_attendees(meeting.attendees),
        "agencies": check.clean_text(meeting.agencies, QT_TRANSLATE_NOOP("Validation", "Agencies")),
        "outcome": check.clean_text(meeting.outcome, QT_TRANSLATE_NOOP("Validation", "Outcome")),
        "decisions": check.clean_text(
            meeting.decisions, QT_TRANSLATE_NOOP("Validation", "Decisions")
        ),
    }


# --- shared checks ------------------------------------------------------------------


def _require_kind(kind: str, field: str) -> None:
    if not kind:
        raise check.invalid(field, QT_TRANSLATE_NOOP("Validation", "{field} is required."))


def clean_attendees(text: str) -> str:
    """Return the attendees one per line, each checked to read "Name (Team)"."""
    text = check.clean_text(text, QT_TRANSLATE_NOOP("Validation", "Attendees"))
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    for line in lines:
        if not _ATTENDEE.match(line):
            raise check.invalid(
                QT_TRANSLATE_NOOP("Validation", "Attendees"),
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{field}: the line “{value}” needs a name and a team in brackets, "
                    "e.g. Siân Ŵyn (Contracts).",
                ),
                value=line,
            )
    return "\n".join(lines)


def _check_held_on(day: date, case: Case, today: date, field: str) -> None:
    check.check_date(day, field, not_after=today, not_before=case.raised_on)


def _actions_to_fulfil(case: Case, action_ids: tuple[uuid.UUID, ...]) -> list[CaseAction]:
    actions = []
    for action_id in dict.fromkeys(action_ids):
        action = action_for_update(action_id)
        if action.case_id != case.id or action.status != OPEN:  # type: ignore[attr-defined]
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Action {action} is not an open action of case {reference}; "
                    "choose another action.",
                ),
                action=action.name,
                reference=case.reference,
            )
        actions.append(action)
    return actions


def _redate_fulfilled(link: Any, done_on: date) -> None:
    """Move the actions linked by ``link`` to ``done_on`` and date their dependants again."""
    for action in CaseAction.select().where(link & (CaseAction.status == DONE)):
        if action.done_on == done_on:
            continue
        action.done_on = done_on
        action.save()
        date_dependants(action)
