"""A case over time: reassessment, the Council's exit, closing and reopening.

Each function checks its input, then writes in one transaction, and records
who did it and when.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from carehome_desk.process.assessment import NO_ESCALATION
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.level_change import SAME_LEVEL, change_kind, level_rank
from carehome_desk.process.processmap import ProcessMap
from carehome_desk.store import validation as check
from carehome_desk.store.cases import (
    CASE_CLOSED,
    CASE_OPEN,
    OPEN,
    AssessmentInput,
    action_for_update,
    add_level_actions,
    close,
    due_from,
    save_assessment,
    was_rescheduled,
)
from carehome_desk.store.models import Assessment, Case, CaseAction, CaseEvent, database
from carehome_desk.store.settings import Officer

_CTX = "Validation"

COUNCIL_EXIT = "council_exit"
CLOSED = "closed"
REOPENED = "reopened"

EVENT_ANCHOR = "council_exit"  # the due-rule anchor of actions that follow the exit


@dataclass(frozen=True)
class StepDown:
    """The higher level's open actions to close when a case steps down, and why."""

    close_action_ids: tuple[uuid.UUID, ...] = ()
    reason: str = ""


def case_for_update(case_id: uuid.UUID) -> Case:
    """Return the open case, raising DeskError when it is gone or closed."""
    case = _existing_case(case_id)
    if case.status == CASE_CLOSED:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "Case {reference} is closed; reopen it before changing it."
            ),
            reference=case.reference,
        )
    return case


def _existing_case(case_id: uuid.UUID) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That case no longer exists."))
    return case


def latest_assessment(case_id: uuid.UUID) -> Assessment | None:
    return (
        Assessment.select()
        .where(Assessment.case == case_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.recorded_at.desc())
        .first()
    )


# --- reassessment ---------------------------------------------------------------


def reassess_case(
    process_map: ProcessMap,
    case_id: uuid.UUID,
    assessment: AssessmentInput,
    reason: str,
    officer: Officer,
    today: date,
    previous_map: ProcessMap | None = None,
    step_down: StepDown = StepDown(),
) -> Assessment:
    """Save a new assessment of an open case and apply its level, in one transaction.

    A new level adds its actions, skipping purposes open at that moment; the
    same level adds nothing. Then ``step_down`` closes the chosen open actions
    with its reason, so an action kept open until then still counts as open:
    this is what the wizard shows before Finish. ``previous_map`` is the map of
    the case's latest assessment, used to rank the current level (default:
    ``process_map``).
    """
    reason = check.clean_text(
        reason, QT_TRANSLATE_NOOP("Validation", "Reason for reassessment"), required=True
    )
    close_reason = check.clean_text(
        step_down.reason,
        QT_TRANSLATE_NOOP("Validation", "Reason for closing the higher level's actions"),
        required=bool(step_down.close_action_ids),
    )
    with database.atomic():
        case = case_for_update(case_id)
        latest = latest_assessment(case_id)
        not_before = max(case.raised_on, latest.assessed_on) if latest else case.raised_on
        record = save_assessment(
            process_map, case, assessment, officer, today, not_before, reason=reason
        )
        _apply_level(process_map, previous_map or process_map, case, record)
        for action_id in step_down.close_action_ids:
            action = action_for_update(action_id)
            _check_same_case(action, case)
            close(action, close_reason, officer, record.assessed_on)
    return record


def _apply_level(
    process_map: ProcessMap, previous_map: ProcessMap, case: Case, record: Assessment
) -> None:
    old_rank = level_rank(previous_map, case.level)
    new_rank = level_rank(process_map, record.chosen_level)
    if change_kind(old_rank, new_rank) == SAME_LEVEL and case.level == record.chosen_level:
        return

    case.level = record.chosen_level
    case.level_set_on = record.assessed_on if case.level != NO_ESCALATION else None
    case.save()
    add_level_actions(process_map, case, record)


def _check_same_case(action: CaseAction, case: Case) -> None:
    if action.case_id != case.id:  # type: ignore[attr-defined]
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "Action {action} belongs to another case."),
            action=action.name,
        )


# --- the Council's exit -----------------------------------------------------------


def exit_actions(case_id: uuid.UUID) -> list[CaseAction]:
    """Return the case's actions that count from the Council's exit, in series order."""
    return list(
        CaseAction.select()
        .where((CaseAction.case == case_id) & (CaseAction.anchor == EVENT_ANCHOR))
        .order_by(CaseAction.sort_order)
    )


def record_council_exit(
    case_id: uuid.UUID, exit_on: date, officer: Officer, today: date
) -> list[CaseAction]:
    """Record the day the Council withdrew from the case and date the actions that follow it.

    The exit may be recorded on the day or later, never ahead, and not before
    the level with those actions was set. Recording it again corrects the date:
    open actions are dated again, except those an officer rescheduled.
    Returns the actions dated.
    """
    with database.atomic():
        case = case_for_update(case_id)
        following = exit_actions(case_id)
        if not following:
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Case {reference} has no actions that follow the Council's exit; "
                    "reassess it at the level that has them (Red in the council's map) first.",
                ),
                reference=case.reference,
            )
        earliest = max(action.assessment.assessed_on for action in following)
        check.check_date(
            exit_on,
            QT_TRANSLATE_NOOP("Validation", "Date of the Council's exit"),
            not_after=today,
            not_before=earliest,
        )
        case.council_exit_on = exit_on
        case.save()
        CaseEvent.create(
            case=case, kind=COUNCIL_EXIT, happened_on=exit_on, recorded_by=officer.name
        )
        return _date_exit_actions(following, exit_on)


def _date_exit_actions(actions: list[CaseAction], exit_on: date) -> list[CaseAction]:
    dated = []
    for action in actions:
        if action.status != OPEN or was_rescheduled(action.id):
            continue
        action.due_on = due_from(action, exit_on)
        action.due_note = ""
        action.save()
        dated.append(action)
    return dated


# --- closing and reopening -----------------------------------------------------------


def close_case(
    case_id: uuid.UUID, closed_on: date, reason: str, officer: Officer, today: date
) -> Case:
    """Close an open case with a reason. Its open actions stay as they are, but leave every list."""
    reason = check.clean_text(
        reason, QT_TRANSLATE_NOOP("Validation", "Reason for closing"), required=True
    )
    with database.atomic():
        case = case_for_update(case_id)
        check.check_date(
            closed_on,
            QT_TRANSLATE_NOOP("Validation", "Date closed"),
            not_after=today,
            not_before=case.raised_on,
        )
        case.status = CASE_CLOSED
        case.closed_on = closed_on
        case.closed_by = officer.name
        case.closed_reason = reason
        case.save()
        CaseEvent.create(
            case=case, kind=CLOSED, happened_on=closed_on, reason=reason, recorded_by=officer.name
        )
    return case


def reopen_case(case_id: uuid.UUID, reason: str, officer: Officer, today: date) -> Case:
    """Reopen a closed case today, recording who reopened it and why."""
    reason = check.clean_text(
        reason, QT_TRANSLATE_NOOP("Validation", "Reason for reopening"), required=True
    )
    with database.atomic():
        case = _existing_case(case_id)
        if case.status != CASE_CLOSED:
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP("Validation", "Case {reference} is already open."),
                reference=case.reference,
            )
        case.status = CASE_OPEN
        case.closed_on = None
        case.closed_by = ""
        case.closed_reason = ""
        case.save()
        CaseEvent.create(
            case=case, kind=REOPENED, happened_on=today, reason=reason, recorded_by=officer.name
        )
    return case
