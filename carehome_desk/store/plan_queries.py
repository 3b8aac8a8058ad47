"""Reading plans: a case's plans and versions, a version's content, and candidate items."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from peewee import fn

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store.cases import CLOSED as ACTION_CLOSED
from carehome_desk.store.cases import NOT_APPLICABLE
from carehome_desk.store.models import Case, CaseAction
from carehome_desk.store.plan_models import (
    Plan,
    PlanItem,
    PlanItemAction,
    PlanProgressEntry,
    PlanVersion,
)
from carehome_desk.store.plan_types import (
    ISSUED,
    ItemInput,
    PlanDetails,
    PlanRow,
    ProgressInput,
    VersionContent,
    VersionRow,
)
from carehome_desk.store.visits import list_visits

# --- reading ------------------------------------------------------------------

_CTX = "Validation"


def plan_rows(case_id: uuid.UUID) -> list[PlanRow]:
    """Return the case's plans, oldest first, each with its latest and latest issued version."""
    plans = Plan.select().where(Plan.case == case_id).order_by(Plan.created_at, Plan.reference)
    return [_plan_row(plan) for plan in plans]


def _plan_row(plan: Plan) -> PlanRow:
    latest = latest_version(plan.id)
    issued = (
        PlanVersion.select()
        .where((PlanVersion.plan == plan.id) & (PlanVersion.status == ISSUED))
        .order_by(PlanVersion.number.desc())
        .first()
    )
    return PlanRow(
        id=plan.id,
        plan_type=plan.plan_type,
        reference=plan.reference,
        status=plan.status,
        version=latest.number,
        version_status=latest.status,
        issued_version=issued.number if issued else None,
        issued_on=issued.issued_on if issued else None,
        closed_on=plan.closed_on,
        closed_by=plan.closed_by,
        closure_reason=plan.closure_reason,
        closure_told=plan.closure_told,
    )


def plan_versions(plan_id: uuid.UUID) -> list[VersionRow]:
    """Return the plan's versions, newest first."""
    versions = (
        PlanVersion.select().where(PlanVersion.plan == plan_id).order_by(PlanVersion.number.desc())
    )
    return [VersionRow(v.id, v.number, v.status, v.issued_on, v.issued_by) for v in versions]


def latest_version(plan_id: uuid.UUID) -> PlanVersion:
    return (
        PlanVersion.select()
        .where(PlanVersion.plan == plan_id)
        .order_by(PlanVersion.number.desc())
        .get()
    )


def plan_by_reference(reference: str) -> Plan | None:
    return Plan.get_or_none(fn.UPPER(Plan.reference) == reference.strip().upper())


def version_by_number(plan_id: uuid.UUID, number: int) -> PlanVersion | None:
    return PlanVersion.get_or_none((PlanVersion.plan == plan_id) & (PlanVersion.number == number))


def version_content(version_id: uuid.UUID) -> VersionContent:
    """Return the saved version with its details and items."""
    version = PlanVersion.get_by_id(version_id)
    plan = version.plan
    return VersionContent(
        plan_id=plan.id,
        version_id=version.id,
        case_id=plan.case_id,  # type: ignore[attr-defined]
        plan_type=plan.plan_type,
        reference=plan.reference,
        number=version.number,
        status=version.status,
        plan_status=plan.status,
        issued_on=version.issued_on,
        issued_by=version.issued_by,
        details=details_of(version),
        items=tuple(version_items(version.id)),
    )


def issued_snapshot(version_id: uuid.UUID) -> str:
    """Return the document data stored when the version was issued, as JSON."""
    version = PlanVersion.get_by_id(version_id)
    if version.status != ISSUED or not version.snapshot:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Version {number} of {reference} is a draft, so it has no issued copy; "
                "issue it first or export the draft.",
            ),
            number=version.number,
            reference=version.plan.reference,
        )
    return version.snapshot


def details_of(version: PlanVersion) -> PlanDetails:
    return PlanDetails(
        follows=version.follows,
        embargo=version.embargo,
        embargo_terms=version.embargo_terms,
        agencies=version.agencies,
        trigger=version.trigger,
        respond_by=version.respond_by,
        next_visit_on=version.next_visit_on,
        review_on=version.review_on,
        escalation=version.escalation,
    )


def version_items(version_id: uuid.UUID) -> list[ItemInput]:
    items = list(PlanItem.select().where(PlanItem.version == version_id).order_by(PlanItem.number))
    item_ids = [item.id for item in items]
    actions: dict[uuid.UUID, list[str]] = {item_id: [] for item_id in item_ids}
    progress: dict[uuid.UUID, list[ProgressInput]] = {item_id: [] for item_id in item_ids}
    if item_ids:
        for action in (
            PlanItemAction.select()
            .where(PlanItemAction.item.in_(item_ids))
            .order_by(PlanItemAction.number)
        ):
            actions[action.item_id].append(action.text)  # type: ignore[attr-defined]
        for entry in (
            PlanProgressEntry.select()
            .where(PlanProgressEntry.item.in_(item_ids))
            .order_by(PlanProgressEntry.number)
        ):
            progress[entry.item_id].append(  # type: ignore[attr-defined]
                ProgressInput(entry.entry_on, entry.author, entry.text, entry.id)
            )
    return [_item_input(item, actions[item.id], progress[item.id]) for item in items]


def _item_input(item: PlanItem, actions: list[str], progress: list[ProgressInput]) -> ItemInput:
    return ItemInput(
        finding=item.finding,
        actions=tuple(actions),
        responsible_person=item.responsible_person,
        target_date=item.target_date,
        source_action_id=item.source_action_id,  # type: ignore[attr-defined]
        evidence=item.evidence,
        area=item.area,
        priority=item.priority,
        accountable_person=item.accountable_person,
        completion_evidence=item.completion_evidence,
        council_support=item.council_support,
        status=item.status,
        completed_on=item.completed_on,
        verified_by=item.verified_by,
        verified_on=item.verified_on,
        progress=tuple(progress),
        source_visit_id=item.source_visit_id,
        id=item.id,
    )


# --- candidate items ----------------------------------------------------------


def default_details(case_id: uuid.UUID) -> PlanDetails:
    """Return the details a new plan starts with: the concern as its trigger."""
    case = Case.get_by_id(case_id)
    return PlanDetails(trigger=case.summary)


def prefilled_items(case_id: uuid.UUID) -> list[ItemInput]:
    """Return one item per action of the case that applies, in the case's order."""
    case = Case.get_by_id(case_id)
    responsible = case.home.registered_manager or case.home.provider
    actions = (
        CaseAction.select()
        .where(
            (CaseAction.case == case_id)
            & CaseAction.status.not_in((NOT_APPLICABLE, ACTION_CLOSED))
            & (fn.COALESCE(CaseAction.applies, 1) == 1)
        )
        .order_by(CaseAction.sort_order)
    )
    items = []
    for action in actions:
        required = action.text
        if action.due_on is None and action.due_note:
            required = f"{required}\nTimescale: {action.due_note}"
        items.append(
            ItemInput(
                finding=case.summary,
                actions=(required,),
                responsible_person=responsible,
                target_date=action.due_on,
                source_action_id=action.id,
            )
        )
    return items


# --- visit findings -----------------------------------------------------------


@dataclass(frozen=True)
class VisitFinding:
    """One finding recorded at a visit of the case, which may become a plan item."""

    visit_id: uuid.UUID
    visited_on: date
    visit_kind: str
    text: str


_BULLET = re.compile(r"^\s*(?:[-*•‣◦]|\d+[.)])\s+")


def visit_findings(case_id: uuid.UUID) -> list[VisitFinding]:
    """Return the findings of the case's visits, oldest visit first.

    A visit's findings text holds one finding per paragraph, or one per line when every
    line of a paragraph starts with a bullet or a number, as in a typed list.
    """
    findings: list[VisitFinding] = []
    for visit in list_visits(case_id):
        for text in split_findings(visit.findings):
            findings.append(VisitFinding(visit.id, visit.visited_on, visit.kind, text))
    return findings


def split_findings(text: str) -> list[str]:
    """Split a visit's findings into single findings, without list bullets or numbers."""
    findings: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if len(lines) > 1 and all(_BULLET.match(line) for line in lines):
            findings.extend(_BULLET.sub("", line).strip() for line in lines)
        elif lines:
            findings.append(_BULLET.sub("", "\n".join(line.rstrip() for line in lines)).strip())
    return [finding for finding in findings if finding]
