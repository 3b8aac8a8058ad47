"""Gather a plan from the store into the renderer's plain data.

A draft prints what the store holds now. An issued version prints the data stored
when it was issued, so later changes to the home, the case or the settings never
change it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from carehome_desk.documents.plan_document import (
    PlanData,
    PlanItemData,
    ProgressData,
    plan_from_json,
    plan_to_json,
)
from carehome_desk.store import plans, settings
from carehome_desk.store.models import Case
from carehome_desk.store.plans import ISSUED, ItemInput, PlanDetails
from carehome_desk.store.session import Session


def plan_data(
    session: Session,
    case_id: uuid.UUID,
    plan_type: str,
    prepared_on: date | None = None,
    officer: settings.Officer | None = None,
) -> PlanData:
    """Return the case's plan of ``plan_type`` ready to render.

    That is the latest version of the plan :func:`plans.saved_plan` picks, or a plan
    of items pre-filled from the case's actions when the case has none. ``officer``,
    who leads a draft, defaults to the officer set in settings.
    """
    plan_type = plans.check_plan_type(plan_type)
    plan = plans.saved_plan(case_id, plan_type)
    if plan is not None:
        return export_data(session, plans.latest_version(plan.id).id, officer, prepared_on)
    return content_data(
        session,
        case_id,
        plan_type,
        plans.default_details(case_id),
        plans.prefilled_items(case_id),
        officer=officer,
        prepared_on=prepared_on,
    )


def export_data(
    session: Session,
    version_id: uuid.UUID,
    officer: settings.Officer | None = None,
    prepared_on: date | None = None,
) -> PlanData:
    """Return the version as issued when it was issued, else the draft as it is now."""
    content = plans.version_content(version_id)
    if content.status == ISSUED:
        return issued_data(version_id)
    return content_data(
        session,
        content.case_id,
        content.plan_type,
        content.details,
        content.items,
        officer=officer,
        prepared_on=prepared_on,
        plan_reference=content.reference,
        version=content.number,
    )


def issued_data(version_id: uuid.UUID) -> PlanData:
    """Return the document data stored when the version was issued."""
    return plan_from_json(plans.issued_snapshot(version_id))


def snapshot_maker(session: Session) -> Callable[[uuid.UUID], str]:
    """Return the function :func:`plans.issue_version` calls to freeze a version's document."""

    def snapshot(version_id: uuid.UUID) -> str:
        content = plans.version_content(version_id)
        data = content_data(
            session,
            content.case_id,
            content.plan_type,
            content.details,
            content.items,
            officer=session.officer(),
            prepared_on=content.issued_on,
            plan_reference=content.reference,
            version=content.number,
            issued_on=content.issued_on,
        )
        return plan_to_json(data)

    return snapshot


def content_data(
    session: Session,
    case_id: uuid.UUID,
    plan_type: str,
    details: PlanDetails,
    items: Sequence[ItemInput],
    officer: settings.Officer | None = None,
    prepared_on: date | None = None,
    plan_reference: str = "",
    version: int | None = None,
    issued_on: date | None = None,
) -> PlanData:
    """Return a plan with ``details`` and ``items`` and the case's current facts.

    ``officer`` leads the plan and defaults to the officer set in settings. The contact
    in settings prints beside the name when it is that officer's.
    """
    case = Case.get_by_id(case_id)
    home = case.home
    officer = officer or session.officer()
    contact = ""
    if officer.name == settings.setting("officer_name"):
        contact = settings.setting("officer_contact")
    level = session.level(case.level)
    return PlanData(
        plan_type=plans.check_plan_type(plan_type),
        case_reference=case.reference,
        council_name=settings.setting("council_name"),
        home_name=home.name,
        home_address=home.address,
        home_postcode=home.postcode,
        ciw_number=home.ciw_number,
        provider=home.provider,
        responsible_individual=home.responsible_individual,
        registered_manager=home.registered_manager,
        level_name=level.name if level else None,
        level_set_on=case.level_set_on,
        lead_officer=officer.name,
        lead_officer_team=officer.team,
        prepared_on=prepared_on or session.today(),
        protective_marking=settings.setting("protective_marking"),
        items=tuple(_item_data(number, item) for number, item in enumerate(items, start=1)),
        plan_reference=plan_reference,
        version=version,
        issued_on=issued_on,
        officer_contact=contact,
        follows=details.follows,
        embargo=details.embargo,
        embargo_terms=details.embargo_terms,
        agencies=details.agencies,
        trigger=details.trigger,
        respond_by=details.respond_by,
        next_visit_on=details.next_visit_on,
        review_on=details.review_on,
        escalation=details.escalation,
    )


def _item_data(number: int, item: ItemInput) -> PlanItemData:
    return PlanItemData(
        number=number,
        finding=item.finding,
        actions=tuple(item.actions),
        responsible_person=item.responsible_person,
        target_date=item.target_date,
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
        progress=tuple(
            ProgressData(entry.entry_on, entry.author, entry.text) for entry in item.progress
        ),
    )
