"""Gather a case's plan from the store into the renderer's plain data."""

from __future__ import annotations

import uuid
from datetime import date

from carehome_desk.documents.plan_pdf import PlanData, PlanItemData
from carehome_desk.store import settings
from carehome_desk.store.models import Case
from carehome_desk.store.plans import ItemInput, check_plan_type, plan_items
from carehome_desk.store.session import Session


def plan_data(
    session: Session,
    case_id: uuid.UUID,
    plan_type: str,
    items: list[ItemInput] | None = None,
    prepared_on: date | None = None,
    officer: settings.Officer | None = None,
) -> PlanData:
    """Return the plan of ``case_id`` ready to render.

    ``items`` default to the saved items, or items pre-filled from the actions,
    and ``officer``, who signs the plan, to the officer set in settings.
    """
    case = Case.get_by_id(case_id)
    home = case.home
    officer = officer or session.officer()
    level = session.level(case.level)
    if items is None:
        items = plan_items(case_id, plan_type)
    return PlanData(
        plan_type=check_plan_type(plan_type),
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
        prepared_by=officer.name,
        prepared_by_team=officer.team,
        prepared_on=prepared_on or session.today(),
        protective_marking=settings.setting("protective_marking"),
        items=tuple(
            PlanItemData(
                number=number,
                finding=item.finding,
                action_required=item.action_required,
                responsible_person=item.responsible_person,
                target_date=item.target_date,
            )
            for number, item in enumerate(items, start=1)
        ),
    )
