"""Action plans (DAP and CAP) of a case: drafts, versions, issuing and closing.

A plan starts as draft version 1. Saving a draft replaces its content; saving after the
latest version was issued makes the next version, so an issued version never changes.
Issuing checks that every item has a required action and a target date, and stores the
document's data, as the caller renders it, with the version.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import validation as check
from carehome_desk.store.db import get_setting, set_setting
from carehome_desk.store.lifecycle import case_for_update
from carehome_desk.store.models import database, utc_now
from carehome_desk.store.plan_checks import check_item, checked_details, checked_items
from carehome_desk.store.plan_models import (
    Plan,
    PlanVersion,
)
from carehome_desk.store.plan_queries import (
    VisitFinding,
    default_details,
    details_of,
    issued_snapshot,
    latest_version,
    plan_by_reference,
    plan_rows,
    plan_versions,
    prefilled_items,
    split_findings,
    version_by_number,
    version_content,
    version_items,
    visit_findings,
)
from carehome_desk.store.plan_types import (
    CANCELLED,
    CLOSED,
    COMPLETED,
    DRAFT,
    EMBARGO_CONDITIONAL,
    EMBARGO_FULL,
    EMBARGO_NONE,
    EMBARGOES,
    FINDING_MAX,
    IN_PROGRESS,
    ISSUED,
    ITEM_STATUSES,
    NOT_STARTED,
    PLAN_TYPES,
    POSTPONED,
    PRIORITIES,
    ItemError,
    ItemInput,
    ItemProblem,
    PlanDetails,
    PlanNotReady,
    PlanRow,
    ProgressInput,
    VersionContent,
    VersionRow,
    check_plan_type,
    check_ready,
    issue_problems,
)
from carehome_desk.store.plan_writes import update_row, write_items
from carehome_desk.store.settings import Officer

# The plan types and checks are re-exported, so callers need only this module.
__all__ = [
    "CANCELLED",
    "CLOSED",
    "COMPLETED",
    "DRAFT",
    "EMBARGOES",
    "EMBARGO_CONDITIONAL",
    "EMBARGO_FULL",
    "EMBARGO_NONE",
    "FINDING_MAX",
    "IN_PROGRESS",
    "ISSUED",
    "ITEM_STATUSES",
    "NOT_STARTED",
    "PLAN_TYPES",
    "POSTPONED",
    "PRIORITIES",
    "ItemError",
    "ItemInput",
    "ItemProblem",
    "PlanDetails",
    "PlanNotReady",
    "PlanRow",
    "ProgressInput",
    "VersionContent",
    "VersionRow",
    "VisitFinding",
    "check_item",
    "check_plan_type",
    "check_ready",
    "close_plan",
    "create_plan",
    "default_details",
    "issue_problems",
    "issue_version",
    "issued_snapshot",
    "latest_version",
    "plan_by_reference",
    "plan_items",
    "plan_rows",
    "plan_versions",
    "prefilled_items",
    "save_draft",
    "save_plan",
    "saved_plan",
    "split_findings",
    "version_by_number",
    "version_content",
    "visit_findings",
]

_CTX = "Validation"


# --- new plans ----------------------------------------------------------------


def create_plan(
    case_id: uuid.UUID,
    plan_type: str,
    details: PlanDetails,
    items: Sequence[ItemInput],
    officer: Officer,
    today: date,
) -> PlanVersion:
    """Save a new plan of the case with ``details`` and ``items`` as its draft version 1."""
    plan_type = check_plan_type(plan_type)
    with database.atomic():
        case = case_for_update(case_id)
        fields = checked_details(details, case)
        rows = checked_items(items, case, today)
        plan = Plan.create(
            case=case,
            plan_type=plan_type,
            reference=_next_reference(plan_type, today.year),
            created_by=officer.name,
            updated_by=officer.name,
        )
        version = PlanVersion.create(plan=plan, number=1, updated_by=officer.name, **fields)
        write_items(version, rows)
    return version


def _next_reference(plan_type: str, year: int) -> str:
    """Return e.g. DAP-2026-K7QF-0001, unique without coordination between laptops.

    As in case references, the laptop's random code keeps references from different
    laptops apart, and a counter shared by DAPs and CAPs keeps this laptop's apart.
    """
    number = int(get_setting("next_plan_number", "1") or "1")
    set_setting("next_plan_number", str(number + 1))
    return f"{plan_type}-{year}-{get_setting('device_code')}-{number:04d}"


# --- saving drafts ------------------------------------------------------------


def save_draft(
    plan_id: uuid.UUID,
    details: PlanDetails,
    items: Sequence[ItemInput],
    officer: Officer,
    today: date,
) -> PlanVersion:
    """Save the plan's content as its draft version and return that version.

    The latest version is replaced while it is a draft. After it was issued, the
    content becomes the next version, a draft.
    """
    with database.atomic():
        plan = _open_plan(plan_id)
        case = case_for_update(plan.case_id)  # type: ignore[attr-defined]
        fields = checked_details(details, case)
        rows = checked_items(items, case, today)

        version = latest_version(plan.id)
        if version.status == DRAFT:
            update_row(version, {**fields, "updated_at": utc_now(), "updated_by": officer.name})
        else:
            version = PlanVersion.create(
                plan=plan, number=version.number + 1, updated_by=officer.name, **fields
            )
        write_items(version, rows)

        plan.updated_at = utc_now()
        plan.updated_by = officer.name
        plan.save()
    return version


def _open_plan(plan_id: uuid.UUID) -> Plan:
    plan = Plan.get_or_none(Plan.id == plan_id)
    if plan is None:
        raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That plan no longer exists."))
    if plan.status == CLOSED:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Plan {reference} is closed, so it cannot change; start a new plan instead.",
            ),
            reference=plan.reference,
        )
    return plan


# --- issuing and closing ------------------------------------------------------


def issue_version(
    version_id: uuid.UUID,
    officer: Officer,
    issued_on: date,
    snapshot: Callable[[uuid.UUID], str],
) -> PlanVersion:
    """Issue the draft version and store ``snapshot(version_id)`` as its printed data.

    ``snapshot`` runs inside the transaction, after the version is marked issued, so the
    data it reads includes the date issued. Raises PlanNotReady when an item lacks a
    required action or a target date.
    """
    with database.atomic():
        version = PlanVersion.get_or_none(PlanVersion.id == version_id)
        if version is None:
            raise DeskError(_CTX, QT_TRANSLATE_NOOP("Validation", "That plan no longer exists."))
        plan = _open_plan(version.plan_id)  # type: ignore[attr-defined]
        case = case_for_update(plan.case_id)  # type: ignore[attr-defined]
        _check_draft(version, plan)
        check_ready(version_items(version.id))
        check.check_date(
            issued_on, QT_TRANSLATE_NOOP("Validation", "Date issued"), not_before=case.raised_on
        )

        version.status = ISSUED
        version.issued_on = issued_on
        version.issued_by = officer.name
        version.issued_at = utc_now()
        version.save()
        version.snapshot = snapshot(version.id)
        version.save()

        plan.status = ISSUED
        plan.updated_at = utc_now()
        plan.updated_by = officer.name
        plan.save()
    return version


def _check_draft(version: PlanVersion, plan: Plan) -> None:
    if version.status != DRAFT:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Version {number} of {reference} was issued on {date}; edit the plan "
                "to make the next version, then issue that.",
            ),
            number=version.number,
            reference=plan.reference,
            date=version.issued_on.isoformat() if version.issued_on else "",
        )
    if latest_version(plan.id).id != version.id:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "Version {number} of {reference} is not its latest version."
            ),
            number=version.number,
            reference=plan.reference,
        )


def close_plan(
    plan_id: uuid.UUID,
    reason: str,
    told: str,
    closed_on: date,
    officer: Officer,
    today: date,
) -> Plan:
    """Close the plan, recording why and who was told. A closed plan cannot change."""
    reason = check.clean_text(
        reason, QT_TRANSLATE_NOOP("Validation", "Reason for closing"), required=True
    )
    told = check.clean_text(told, QT_TRANSLATE_NOOP("Validation", "Who was told"), required=True)
    with database.atomic():
        plan = _open_plan(plan_id)
        check.check_date(
            closed_on,
            QT_TRANSLATE_NOOP("Validation", "Date closed"),
            not_before=plan.case.raised_on,
            not_after=today,
        )
        plan.status = CLOSED
        plan.closed_on = closed_on
        plan.closed_by = officer.name
        plan.closure_reason = reason
        plan.closure_told = told
        plan.updated_at = utc_now()
        plan.updated_by = officer.name
        plan.save()
    return plan


# --- one plan per type, as the command line and the sample data use them -------


def saved_plan(case_id: uuid.UUID, plan_type: str) -> Plan | None:
    """Return the case's newest open plan of ``plan_type``, else its newest closed one."""
    plans = (
        Plan.select()
        .where((Plan.case == case_id) & (Plan.plan_type == check_plan_type(plan_type)))
        .order_by(Plan.created_at.desc(), Plan.reference.desc())
    )
    newest = None
    for plan in plans:
        if plan.status != CLOSED:
            return plan
        newest = newest or plan
    return newest


def plan_items(case_id: uuid.UUID, plan_type: str) -> list[ItemInput]:
    """Return the items of the latest version of :func:`saved_plan`, else items from actions."""
    plan = saved_plan(case_id, plan_type)
    if plan is None:
        return prefilled_items(case_id)
    return version_items(latest_version(plan.id).id)


def save_plan(
    case_id: uuid.UUID,
    plan_type: str,
    items: Sequence[ItemInput],
    officer: Officer,
    today: date | None = None,
) -> Plan:
    """Save ``items`` as the draft of the case's open plan of ``plan_type``, made if needed."""
    today = today or date.today()
    plan = saved_plan(case_id, plan_type)
    if plan is None or plan.status == CLOSED:
        version = create_plan(case_id, plan_type, default_details(case_id), items, officer, today)
    else:
        details = details_of(latest_version(plan.id))
        version = save_draft(plan.id, details, items, officer, today)
    return version.plan
