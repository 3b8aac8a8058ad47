"""Cases: recording an assessment with its required actions, and updating actions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

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
from carehome_desk.process.processmap import DueRule, ProcessMap
from carehome_desk.store import validation as check
from carehome_desk.store.db import get_setting, set_setting
from carehome_desk.store.models import (
    Assessment,
    AssessmentAnswer,
    CareHome,
    Case,
    CaseAction,
    database,
    utc_now,
)
from carehome_desk.store.settings import Officer

_CTX = "Validation"

OPEN = "open"
DONE = "done"
NOT_APPLICABLE = "not_applicable"


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
    """Save an assessment of ``case``, set its level and add the level's actions."""
    check_answers(process_map, assessment.answers)
    recommended = recommend(process_map, assessment.answers).level_id
    reason = check.clean_text(assessment.override_reason, QT_TRANSLATE_NOOP("Validation", "Reason"))
    check_choice(process_map, recommended, assessment.chosen_level, reason)
    assessed_on = check.check_date(
        assessment.assessed_on,
        QT_TRANSLATE_NOOP("Validation", "Date of assessment"),
        not_after=today,
        not_before=case.raised_on,
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
            override_reason=reason if assessment.chosen_level != recommended else "",
            other_concern=other,
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
        case.level = assessment.chosen_level
        case.level_set_on = assessed_on if assessment.chosen_level != NO_ESCALATION else None
        case.save()
        if assessment.chosen_level != NO_ESCALATION:
            _add_level_actions(process_map, case, record)
    return record


def _add_level_actions(process_map: ProcessMap, case: Case, assessment: Assessment) -> None:
    anchors: dict[str, date | None] = {
        "concern_raised": case.raised_on,
        "level_set": case.level_set_on,
        "council_exit": None,
    }
    rows = []
    for order, action in enumerate(process_map.actions_for(case.level)):
        dates = due_dates(action.due, anchors)
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
                    "anchor": action.due.anchor or "",
                    "due_days": action.due.days,
                    "due_on": due_on,
                    "due_note": "" if due_on else describe_rule(action.due, process_map),
                    "occurrence": occurrence if series else 0,
                    "sort_order": order * 100 + occurrence,
                    "updated_by": assessment.officer,
                }
            )
    CaseAction.insert_many(rows).execute()


def _action_for_update(action_id: uuid.UUID) -> CaseAction:
    action = CaseAction.get_or_none(CaseAction.id == action_id)
    if action is None:
        raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That action no longer exists."))
    return action


def set_condition(action_id: uuid.UUID, applies: bool, officer: Officer) -> CaseAction:
    """Record whether a conditional action applies; if not, close it as not applicable."""
    with database.atomic():
        action = _action_for_update(action_id)
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
        action = _action_for_update(action_id)
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
        _touch(action, officer)
        _date_dependants(action)
    return action


def mark_not_applicable(action_id: uuid.UUID, reason: str, officer: Officer) -> CaseAction:
    reason = check.clean_text(reason, QT_TRANSLATE_NOOP("Validation", "Reason"), required=True)
    with database.atomic():
        action = _action_for_update(action_id)
        action.status = NOT_APPLICABLE
        action.not_applicable_reason = reason
        action.done_on = None
        action.done_by = ""
        _touch(action, officer)
    return action


def _touch(action: CaseAction, officer: Officer) -> None:
    action.updated_at = utc_now()
    action.updated_by = officer.name
    action.save()


def _date_dependants(done: CaseAction) -> None:
    """Date the open actions of the same case whose due rule counts from ``done``."""
    anchor = f"action:{done.map_action_id}"
    dependants = CaseAction.select().where(
        (CaseAction.case == done.case_id)  # type: ignore[attr-defined]
        & (CaseAction.anchor == anchor)
        & (CaseAction.status == OPEN)
    )
    for action in dependants:
        rule = DueRule(action.due_rule, anchor, days=action.due_days)
        action.due_on = due_dates(rule, {anchor: done.done_on})[0]
        action.due_note = ""
        action.save()
