"""Action plans (DAP and CAP) of a case: items pre-filled from actions, edited and saved."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import validation as check
from carehome_desk.store.cases import NOT_APPLICABLE
from carehome_desk.store.models import Case, CaseAction, Plan, PlanItem, database, utc_now
from carehome_desk.store.settings import Officer

_CTX = "Validation"

PLAN_TYPES = ("DAP", "CAP")


@dataclass(frozen=True)
class ItemInput:
    finding: str
    action_required: str
    responsible_person: str
    target_date: date | None
    source_action_id: uuid.UUID | None = None


def check_plan_type(plan_type: str) -> str:
    normalised = plan_type.strip().upper()
    if normalised not in PLAN_TYPES:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "Plan type {value} is not DAP or CAP."),
            value=plan_type,
        )
    return normalised


def saved_plan(case_id: uuid.UUID, plan_type: str) -> Plan | None:
    return Plan.get_or_none((Plan.case == case_id) & (Plan.plan_type == check_plan_type(plan_type)))


def plan_items(case_id: uuid.UUID, plan_type: str) -> list[ItemInput]:
    """Return the saved items of the case's plan, or items pre-filled from its actions."""
    plan = saved_plan(case_id, plan_type)
    if plan is not None:
        items = PlanItem.select().where(PlanItem.plan == plan).order_by(PlanItem.number)
        return [
            ItemInput(
                item.finding,
                item.action_required,
                item.responsible_person,
                item.target_date,
                item.source_action_id,  # type: ignore[attr-defined]
            )
            for item in items
        ]
    return prefilled_items(case_id)


def prefilled_items(case_id: uuid.UUID) -> list[ItemInput]:
    """Return one item per action of the case that applies, in the process map's order."""
    case = Case.get_by_id(case_id)
    responsible = case.home.registered_manager or case.home.provider
    actions = (
        CaseAction.select()
        .where((CaseAction.case == case_id) & (CaseAction.status != NOT_APPLICABLE))
        .order_by(CaseAction.sort_order)
    )
    items = []
    for action in actions:
        required = action.text
        if action.due_on is None and action.due_note:
            required = f"{required}\nTimescale: {action.due_note}"
        items.append(ItemInput(case.summary, required, responsible, action.due_on, action.id))
    return items


def save_plan(case_id: uuid.UUID, plan_type: str, items: list[ItemInput], officer: Officer) -> Plan:
    """Replace the items of the case's plan of ``plan_type`` with ``items``, checked first."""
    plan_type = check_plan_type(plan_type)
    case = Case.get_by_id(case_id)
    rows = [_checked_item(number, item, case) for number, item in enumerate(items, start=1)]
    with database.atomic():
        plan = saved_plan(case_id, plan_type)
        if plan is None:
            plan = Plan.create(case=case_id, plan_type=plan_type, updated_by=officer.name)
        else:
            plan.updated_at = utc_now()
            plan.updated_by = officer.name
            plan.save()
            PlanItem.delete().where(PlanItem.plan == plan).execute()
        for row in rows:
            PlanItem.create(plan=plan, **row)
    return plan


def _checked_item(number: int, item: ItemInput, case: Case) -> dict[str, object]:
    finding = check.clean_text(item.finding, QT_TRANSLATE_NOOP("Validation", "Finding"))
    action = check.clean_text(
        item.action_required, QT_TRANSLATE_NOOP("Validation", "Action required")
    )
    if not finding and not action:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "Item {number} is empty; fill in a finding or remove the item."
            ),
            number=number,
        )
    target = item.target_date
    if target is not None:
        check.check_date(
            target, QT_TRANSLATE_NOOP("Validation", "Target date"), not_before=case.raised_on
        )
    return {
        "number": number,
        "finding": finding,
        "action_required": action,
        "responsible_person": check.clean_line(
            item.responsible_person, QT_TRANSLATE_NOOP("Validation", "Responsible person")
        ),
        "target_date": target,
        "source_action": item.source_action_id,
    }
