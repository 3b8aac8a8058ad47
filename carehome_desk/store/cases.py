"""Cases: recording an assessment with its required actions, and updating actions.

Every update of an action checks that its case is open: a closed case is read-only
until it is reopened.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from peewee import fn

from carehome_desk.process.assessment import (
    CONCERN_SOURCES,
    NO_ESCALATION,
    Answer,
    check_answers,
    check_choice,
    recommend,
)
from carehome_desk.process.due import describe_rule, due_dates
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.level_change import OpenAction, new_actions
from carehome_desk.process.processmap import (
    ACTION_ANCHOR_PREFIX,
    DueRule,
    MapAction,
    ProcessMap,
)
from carehome_desk.store import validation as check
from carehome_desk.store.db import get_setting, set_setting
from carehome_desk.store.models import (  # noqa: F401 (the statuses are used as cases.OPEN)
    CASE_CLOSED,
    CASE_OPEN,
    CLOSED,
    DONE,
    NOT_APPLICABLE,
    OPEN,
    ActionReschedule,
    Assessment,
    AssessmentAnswer,
    CareHome,
    Case,
    CaseAction,
    Meeting,
    Visit,
    database,
    utc_now,
)
from carehome_desk.store.settings import Officer

_CTX = "Validation"


# Each batch of actions gets a block of sort orders before the earlier ones,
# so the latest level's actions come first.
_SORT_BLOCK = 100_000


@dataclass(frozen=True)
class ConcernInput:
    home_id: uuid.UUID
    raised_on: date
    source: str
    summary: str


@dataclass(frozen=True)
class AssessmentInput:
    answers: tuple[Answer, ...]
    chosen_level: str
    assessed_on: date
    override_reason: str = ""
    other_concern: str = ""


def next_reference(year: int) -> str:
    """Return a new case reference, unique without coordination between laptops.

    The laptop's random four-character code keeps references from different
    laptops apart, and a per-laptop counter keeps this laptop's apart.
    """
    number = int(get_setting("next_case_number", "1") or "1")
    set_setting("next_case_number", str(number + 1))
    return f"CHD-{year}-{get_setting('device_code')}-{number:04d}"


def record_new_case(
    process_map: ProcessMap,
    concern: ConcernInput,
    assessment: AssessmentInput,
    officer: Officer,
    today: date,
) -> Case:
    """Save a new case, its first assessment and the chosen level's actions, in one transaction."""
    raised_on = check.check_date(
        concern.raised_on, QT_TRANSLATE_NOOP("Validation", "Date raised"), not_after=today
    )
    summary = check.clean_text(
        concern.summary, QT_TRANSLATE_NOOP("Validation", "Summary"), required=True
    )
    if concern.source not in dict(CONCERN_SOURCES):
        raise check.invalid(
            QT_TRANSLATE_NOOP("Validation", "Source"),
            QT_TRANSLATE_NOOP("Validation", "{field} {value} is not a known source of concerns."),
            value=concern.source,
        )
    with database.atomic():
        home = CareHome.get_or_none(CareHome.id == concern.home_id)
        if home is None:
            raise DeskError(
                _CTX, QT_TRANSLATE_NOOP("Validation", "The chosen care home no longer exists.")
            )
        case = Case.create(
            reference=next_reference(today.year),
            home=home,
            raised_on=raised_on,
            source=concern.source,
            summary=summary,
            created_by=officer.name,
        )
        record_assessment(process_map, case, assessment, officer, today)
    return case


def record_assessment(
    process_map: ProcessMap,
    case: Case,
    assessment: AssessmentInput,
    officer: Officer,
    today: date,
) -> Assessment:
    """Save the first assessment of ``case``, set its level and add the level's actions."""
    with database.atomic():
        record = save_assessment(process_map, case, assessment, officer, today, case.raised_on)
        case.level = assessment.chosen_level
        case.level_set_on = record.assessed_on if case.level != NO_ESCALATION else None
        case.save()
        add_level_actions(process_map, case, record)
    return record


def save_assessment(
    process_map: ProcessMap,
    case: Case,
    assessment: AssessmentInput,
    officer: Officer,
    today: date,
    not_before: date,
    reason: str = "",
) -> Assessment:
    """Check ``assessment`` and save it with its answers; the caller sets the case's level."""
    check_answers(process_map, assessment.answers)
    recommended = recommend(process_map, assessment.answers).level_id
    override = check.clean_text(
        assessment.override_reason, QT_TRANSLATE_NOOP("Validation", "Reason")
    )
    check_choice(process_map, recommended, assessment.chosen_level, override)
    assessed_on = check.check_date(
        assessment.assessed_on,
        QT_TRANSLATE_NOOP("Validation", "Date of assessment"),
        not_after=today,
        not_before=not_before,
    )
    other = check.clean_text(
        assessment.other_concern, QT_TRANSLATE_NOOP("Validation", "Other concern")
    )
    criteria = {c.id: c for c in process_map.criteria}

    with database.atomic():
        record = Assessment.create(
            case=case,
            assessed_on=assessed_on,
            officer=officer.name,
            officer_team=officer.team,
            map_id=process_map.id,
            map_version=process_map.version,
            recommended_level=recommended,
            chosen_level=assessment.chosen_level,
            override_reason=override if assessment.chosen_level != recommended else "",
            other_concern=other,
            reason=reason,
        )
        for answer in assessment.answers:
            criterion = criteria[answer.criterion_id]
            AssessmentAnswer.create(
                assessment=record,
                criterion_id=criterion.id,
                criterion_text=criterion.text,
                level=criterion.level,
                met=answer.met,
                evidence=check.clean_text(
                    answer.evidence, QT_TRANSLATE_NOOP("Validation", "Evidence")
                )
                if answer.met
                else "",
            )
    return record


def open_by_purpose(case_id: uuid.UUID) -> dict[str, OpenAction]:
    """Return the case's open actions by purpose, for skipping duplicates on a level change.

    A conditional action counts only once the officer has decided it applies.
    """
    query = CaseAction.select(CaseAction.purpose, CaseAction.map_action_id, CaseAction.name).where(
        (CaseAction.case == case_id)
        & (CaseAction.status == OPEN)
        & (fn.COALESCE(CaseAction.applies, 0) == 1)
        & (CaseAction.purpose != "")
    )
    return {
        purpose: OpenAction(map_action_id, name)
        for purpose, map_action_id, name in query.tuples().iterator()
    }


def add_level_actions(process_map: ProcessMap, case: Case, assessment: Assessment) -> int:
    """Add the actions of the case's level, skipping purposes already open; return the count.

    An added action that counts from a map action skipped as already open
    counts from the open action instead, so completing that one dates it.
    """
    planned = new_actions(process_map, case.level, open_by_purpose(case.id))
    created = {action.id for action in planned.added}
    counted_from = {skipped.id: open.map_action_id for skipped, open in planned.already_open}
    done_dates = _done_dates(case.id)
    base = _next_sort_block(case.id)

    rows = []
    for order, action in enumerate(planned.added):
        anchor, anchor_date = _anchor(action, case, created, counted_from, done_dates)
        dates = due_dates(action.due, {anchor: anchor_date})
        series = len(dates) > 1
        for occurrence, due_on in enumerate(dates, start=1):
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "case": case.id,
                    "assessment": assessment.id,
                    "map_action_id": action.id,
                    "level": action.level,
                    "name": f"{action.name} ({occurrence} of {len(dates)})"
                    if series
                    else action.name,
                    "text": action.text,
                    "teams": "; ".join(process_map.team_names(action.teams)),
                    "condition": action.condition,
                    "applies": None if action.condition else True,
                    "due_rule": action.due.rule,
                    "anchor": anchor,
                    "due_days": action.due.days,
                    "every_days": action.due.every_days,
                    "due_on": due_on,
                    "due_note": "" if due_on else describe_rule(action.due, process_map),
                    "occurrence": occurrence if series else 0,
                    "sort_order": base + order * 100 + occurrence,
                    "purpose": action.purpose,
                    "updated_by": assessment.officer,
                }
            )
    if rows:
        CaseAction.insert_many(rows).execute()
    return len(rows)


def _anchor(
    action: MapAction,
    case: Case,
    created: set[str],
    counted_from: dict[str, str],
    done_dates: dict[str, date],
) -> tuple[str, date | None]:
    """Return the anchor the new action counts from, and its date when already known.

    The Council's exit is always still to come for a newly added action.
    """
    anchor = action.due.anchor or ""
    target = action.due.anchor_action
    if target is None:
        events = {"concern_raised": case.raised_on, "level_set": case.level_set_on}
        return anchor, events.get(anchor)
    if target in created:
        return anchor, None
    if target in counted_from:
        return f"{ACTION_ANCHOR_PREFIX}{counted_from[target]}", None
    return anchor, done_dates.get(target)


def _done_dates(case_id: uuid.UUID) -> dict[str, date]:
    """Return the latest date each map action of the case was done."""
    query = (
        CaseAction.select(CaseAction.map_action_id, CaseAction.done_on)
        .where((CaseAction.case == case_id) & (CaseAction.status == DONE))
        .order_by(CaseAction.done_on)
    )
    return {map_action_id: done_on for map_action_id, done_on in query.tuples().iterator()}


def _next_sort_block(case_id: uuid.UUID) -> int:
    first = (
        CaseAction.select(CaseAction.sort_order)
        .where(CaseAction.case == case_id)
        .order_by(CaseAction.sort_order)
        .first()
    )
    if first is None:
        return 0
    return (first.sort_order // _SORT_BLOCK - 1) * _SORT_BLOCK


# --- updating one action ------------------------------------------------------


def action_for_update(action_id: uuid.UUID) -> CaseAction:
    """Return the action, raising DeskError when it is gone or its case is closed."""
    action = CaseAction.get_or_none(CaseAction.id == action_id)
    if action is None:
        raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That action no longer exists."))
    if action.case.status == CASE_CLOSED:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "Case {reference} is closed; reopen it to change its actions."
            ),
            reference=action.case.reference,
        )
    return action


def set_condition(action_id: uuid.UUID, applies: bool, officer: Officer) -> CaseAction:
    """Record whether a conditional action applies; if not, close it as not applicable."""
    with database.atomic():
        action = action_for_update(action_id)
        action.applies = applies
        if not applies and action.status == OPEN:
            action.status = NOT_APPLICABLE
            action.not_applicable_reason = f"Condition not met: {action.condition}"
        elif applies and action.status == NOT_APPLICABLE:
            action.status = OPEN
            action.not_applicable_reason = ""
        _touch(action, officer)
    return action


def mark_done(action_id: uuid.UUID, done_on: date, officer: Officer, today: date) -> CaseAction:
    """Mark an action done on ``done_on`` and date the actions that count from it."""
    with database.atomic():
        action = action_for_update(action_id)
        complete(action, done_on, officer, today)
    return action


def awaits_council_exit(action: CaseAction) -> bool:
    """Return True for an action counted from the Council's exit while no exit is recorded."""
    return action.anchor == "council_exit" and action.due_on is None


def complete(
    action: CaseAction,
    done_on: date,
    officer: Officer,
    today: date,
    visit: Visit | None = None,
    meeting: Meeting | None = None,
) -> None:
    """Mark ``action`` done, linked to the visit or meeting that fulfilled it, if any.

    Call inside a transaction, with an action from ``action_for_update``.
    """
    if awaits_council_exit(action):
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{action} follows the Council's exit, which is not recorded yet; "
                "record the exit first.",
            ),
            action=action.name,
        )
    check.check_date(
        done_on,
        QT_TRANSLATE_NOOP("Validation", "Date done"),
        not_after=today,
        not_before=action.case.raised_on,
    )
    action.status = DONE
    action.applies = True
    action.done_on = done_on
    action.done_by = officer.name
    action.not_applicable_reason = ""
    action.visit = visit
    action.meeting = meeting
    _touch(action, officer)
    date_dependants(action)


def mark_not_applicable(action_id: uuid.UUID, reason: str, officer: Officer) -> CaseAction:
    reason = check.clean_text(reason, QT_TRANSLATE_NOOP("Validation", "Reason"), required=True)
    with database.atomic():
        action = action_for_update(action_id)
        action.status = NOT_APPLICABLE
        action.not_applicable_reason = reason
        action.done_on = None
        action.done_by = ""
        action.visit = None
        action.meeting = None
        _touch(action, officer)
    return action


def close_action(action_id: uuid.UUID, reason: str, officer: Officer, today: date) -> CaseAction:
    """Close an open action with a reason, e.g. "until the Council is satisfied" once it is."""
    reason = check.clean_text(reason, QT_TRANSLATE_NOOP("Validation", "Reason"), required=True)
    with database.atomic():
        action = action_for_update(action_id)
        close(action, reason, officer, today)
    return action


def close(action: CaseAction, reason: str, officer: Officer, today: date) -> None:
    """Close the open ``action``; call inside a transaction with a checked reason."""
    if action.status != OPEN:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "Action {action} is not open, so it cannot be closed."),
            action=action.name,
        )
    action.status = CLOSED
    action.closed_on = today
    action.closed_by = officer.name
    action.closed_reason = reason
    _touch(action, officer)


def reschedule_action(
    action_id: uuid.UUID, due_on: date, reason: str, officer: Officer, today: date
) -> CaseAction:
    """Give an open, dated action a new due date, recording the old date and the reason."""
    reason = check.clean_text(reason, QT_TRANSLATE_NOOP("Validation", "Reason"), required=True)
    check.check_date(due_on, QT_TRANSLATE_NOOP("Validation", "New due date"), not_before=today)
    with database.atomic():
        action = action_for_update(action_id)
        _check_reschedulable(action, due_on)
        ActionReschedule.create(
            action=action,
            old_due_on=action.due_on,
            new_due_on=due_on,
            reason=reason,
            recorded_by=officer.name,
        )
        action.due_on = due_on
        _touch(action, officer)
    return action


def _check_reschedulable(action: CaseAction, due_on: date) -> None:
    if action.status != OPEN or action.due_on is None:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Action {action} has no due date to move; only an open, dated action "
                "can be rescheduled.",
            ),
            action=action.name,
        )
    if due_on == action.due_on:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "Action {action} is already due on {date}; choose another date."
            ),
            action=action.name,
            date=due_on.isoformat(),
        )


def _touch(action: CaseAction, officer: Officer) -> None:
    action.updated_at = utc_now()
    action.updated_by = officer.name
    action.save()


def due_from(action: CaseAction, anchor_date: date) -> date | None:
    """Return the due date of ``action`` counted from its anchor's date."""
    rule = DueRule(
        action.due_rule,
        action.anchor,
        days=action.due_days,
        every_days=action.every_days,
        occurrences=max(action.occurrence, 1),
    )
    dates = due_dates(rule, {action.anchor: anchor_date})
    return dates[max(action.occurrence, 1) - 1]


def date_dependants(done: CaseAction) -> None:
    """Date the open actions of the same case whose due rule counts from ``done``.

    An action already given a new date by an officer keeps it.
    """
    if done.done_on is None:
        return
    dependants = CaseAction.select().where(
        (CaseAction.case == done.case_id)  # type: ignore[attr-defined]
        & (CaseAction.anchor == f"{ACTION_ANCHOR_PREFIX}{done.map_action_id}")
        & (CaseAction.status == OPEN)
    )
    for action in dependants:
        if was_rescheduled(action.id):
            continue
        action.due_on = due_from(action, done.done_on)
        action.due_note = ""
        action.save()


def was_rescheduled(action_id: uuid.UUID) -> bool:
    return ActionReschedule.select().where(ActionReschedule.action == action_id).exists()
