"""Cases at each level, built through the store as the wizard would, for the lifecycle tests."""

from __future__ import annotations

from datetime import date

from carehome_desk.process.assessment import Answer
from carehome_desk.store import lifecycle, queries
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case, CaseAction

ANSWERS = {
    "red": (Answer("red-staffing", True, "Two carers on nights for 28 residents."),),
    "amber": (Answer("amber-infection-control", True, "PPE not worn in the lounge."),),
    "blue": (Answer("blue-notified", True, "Ambulance crew reported a fall."),),
    "": (),
}


def new_case(session, home, level: str, raised_on: date, assessed_on: date | None = None) -> Case:
    """Record a case raised on ``raised_on`` and assessed at ``level``."""
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, raised_on, "ambulance", "Resident found on the floor, not checked."),
        AssessmentInput(ANSWERS[level], level, assessed_on or raised_on),
        session.officer(),
        session.today(),
    )


def reassess(session, case: Case, level: str, on: date, reason: str = "Worse at the visit.", **kw):
    """Reassess ``case`` at ``level`` on ``on`` and return the case as stored."""
    lifecycle.reassess_case(
        session.process_map(),
        case.id,
        AssessmentInput(ANSWERS[level], level, on),
        reason,
        session.officer(),
        session.today(),
        **kw,
    )
    return Case.get_by_id(case.id)


def action(case: Case, map_action_id: str, occurrence: int = 0) -> CaseAction:
    """Return the newest action of ``case`` made from ``map_action_id``."""
    return (
        CaseAction.select()
        .where(
            (CaseAction.case == case.id)
            & (CaseAction.map_action_id == map_action_id)
            & (CaseAction.occurrence == occurrence)
        )
        .order_by(CaseAction.sort_order)
        .get()
    )


def map_ids(case: Case) -> list[str]:
    return [a.map_action_id for a in queries.case_actions(case.id)]
