"""Read-only queries for the screens and the command line.

Each returns plain dataclasses, so views and Qt item models never build SQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, SQL, fn

from carehome_desk.store.cases import OPEN
from carehome_desk.store.models import Assessment, AssessmentAnswer, CareHome, Case, CaseAction


@dataclass(frozen=True)
class HomeRow:
    id: uuid.UUID
    name: str
    postcode: str
    ciw_number: str
    provider: str
    level: str  # most severe level among open cases, "" when none
    open_cases: int
    open_actions: int
    overdue_actions: int


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    reference: str
    home_id: uuid.UUID
    home_name: str
    level: str
    raised_on: date
    status: str
    open_actions: int
    overdue_actions: int
    next_due: date | None


def _tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """Iterate ``query`` as tuples; peewee's stubs type a query's rows as model instances."""
    return iter(query.tuples())


def _open_action() -> Any:
    """SQL condition: an open action that applies, or whose condition is undecided."""
    return (CaseAction.status == OPEN) & (fn.COALESCE(CaseAction.applies, 1) == 1)


def _action_counts(today: date, group_field: Any) -> dict[Any, tuple[int, int, date | None]]:
    """Return {group value: (open actions, overdue actions, earliest open due date)}."""
    is_open = _open_action()
    overdue = is_open & (CaseAction.due_on < today)
    query = (
        CaseAction.select(
            group_field,
            fn.SUM(is_open.cast("integer")),
            fn.SUM(overdue.cast("integer")),
            fn.MIN(fn.IIF(is_open, CaseAction.due_on, None)),
        )
        .join(Case)
        .where(Case.status == OPEN)
        .group_by(group_field)
    )
    return {
        key: (opened or 0, late or 0, _as_date(next_due))
        for key, opened, late, next_due in _tuples(query)
    }


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def home_rows(today: date, level_ranks: Mapping[str, int]) -> list[HomeRow]:
    """Return every home with its current level and open and overdue action counts."""
    levels: dict[uuid.UUID, str] = {}
    case_counts: dict[uuid.UUID, int] = {}
    open_cases = Case.select(Case.home, Case.level).where(Case.status == OPEN)
    for home_id, level in _tuples(open_cases):
        case_counts[home_id] = case_counts.get(home_id, 0) + 1
        if level_ranks.get(level, 0) > level_ranks.get(levels.get(home_id, ""), 0):
            levels[home_id] = level
    counts = _action_counts(today, Case.home)
    rows = []
    homes = CareHome.select(
        CareHome.id, CareHome.name, CareHome.postcode, CareHome.ciw_number, CareHome.provider
    )
    for home_id, name, postcode, ciw_number, provider in _tuples(homes):
        opened, late, _ = counts.get(home_id, (0, 0, None))
        rows.append(
            HomeRow(
                home_id,
                name,
                postcode,
                ciw_number,
                provider,
                levels.get(home_id, ""),
                case_counts.get(home_id, 0),
                opened,
                late,
            )
        )
    return rows


def case_rows(today: date, home_id: uuid.UUID | None = None) -> list[CaseRow]:
    """Return the cases of one home, or of all homes, newest first."""
    counts = _action_counts(today, Case.id)
    query = (
        Case.select(
            Case.id,
            Case.reference,
            Case.home,
            CareHome.name,
            Case.level,
            Case.raised_on,
            Case.status,
        )
        .join(CareHome, JOIN.INNER)
        .order_by(Case.raised_on.desc(), Case.reference.desc())
    )
    if home_id is not None:
        query = query.where(Case.home == home_id)
    rows = []
    for case_id, reference, home, home_name, level, raised_on, status in _tuples(query):
        opened, late, next_due = counts.get(case_id, (0, 0, None))
        rows.append(
            CaseRow(
                case_id,
                reference,
                home,
                home_name,
                level,
                raised_on,
                status,
                opened,
                late,
                next_due,
            )
        )
    return rows


def case_by_reference(reference: str) -> Case | None:
    return Case.get_or_none(fn.UPPER(Case.reference) == reference.strip().upper())


def case_actions(case_id: uuid.UUID) -> list[CaseAction]:
    return list(
        CaseAction.select().where(CaseAction.case == case_id).order_by(CaseAction.sort_order)
    )


def is_overdue(action: CaseAction, today: date) -> bool:
    return (
        action.status == OPEN
        and action.applies is not False
        and action.due_on is not None
        and action.due_on < today
    )


def case_with_home(case_id: uuid.UUID) -> Case | None:
    """Return the case with its care home loaded, or None when it no longer exists."""
    return Case.select(Case, CareHome).join(CareHome).where(Case.id == case_id).get_or_none()


def latest_assessment(case_id: uuid.UUID) -> Assessment | None:
    """Return the case's most recent assessment: latest date, then latest recorded."""
    return (
        Assessment.select()
        .where(Assessment.case == case_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.recorded_at.desc())
        .first()
    )


def met_answers(assessment_id: uuid.UUID) -> list[AssessmentAnswer]:
    """Return the criteria the assessment found met, in the order they were recorded."""
    return list(
        AssessmentAnswer.select()
        .where((AssessmentAnswer.assessment == assessment_id) & AssessmentAnswer.met)
        .order_by(SQL("rowid"))
    )
