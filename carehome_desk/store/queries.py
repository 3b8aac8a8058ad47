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

from carehome_desk.process import deadlines
from carehome_desk.store.models import (
    OPEN,
    ActionReschedule,
    Assessment,
    AssessmentAnswer,
    CareHome,
    Case,
    CaseAction,
    CaseEvent,
    database,
)


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
    due_this_week: int = 0  # open actions due from today to deadlines.week_end(today)


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


def _overdue(today: date) -> Any:
    """SQL condition: an open action due before ``today``."""
    return _open_action() & (CaseAction.due_on < today)


def _due_between(first: date, last: date) -> Any:
    """SQL condition: an open action due from ``first`` to ``last``, both included."""
    return _open_action() & (CaseAction.due_on >= first) & (CaseAction.due_on <= last)


def _action_counts(
    today: date, group_field: Any, home_id: uuid.UUID | None = None
) -> dict[Any, tuple[int, int, date | None]]:
    """Return {group value: (open actions, overdue actions, earliest open due date)}.

    With ``home_id``, only the actions of that home's cases are counted.
    """
    earliest_due = fn.MIN(fn.IIF(_open_action(), CaseAction.due_on, None))
    query = _action_counts_query(today, group_field, earliest_due, home_id)
    return {
        key: (opened or 0, late or 0, _as_date(next_due))
        for key, opened, late, next_due in _tuples(query)
    }


def _home_action_counts(today: date) -> dict[str, tuple[int, int, int]]:
    """Return {stored home id: (open actions, overdue actions, due this week)}.

    "This week" is the deadlines view's: from today to ``deadlines.week_end(today)``.
    """
    this_week = fn.SUM(_due_between(today, deadlines.week_end(today)).cast("integer"))
    query = _action_counts_query(today, Case.home, this_week)
    return {
        key: (opened or 0, late or 0, week or 0)
        for key, opened, late, week in database.execute(query)
    }


def _action_counts_query(
    today: date, group_field: Any, last_column: Any, home_id: uuid.UUID | None = None
) -> Any:
    """Select, per ``group_field``, open actions, overdue actions and ``last_column``.

    Only the actions of open cases are counted, and with ``home_id`` only that home's.
    """
    query = (
        CaseAction.select(
            group_field,
            fn.SUM(_open_action().cast("integer")),
            fn.SUM(_overdue(today).cast("integer")),
            last_column,
        )
        .join(Case)
        .where(Case.status == OPEN)
        .group_by(group_field)
    )
    if home_id is not None:
        query = query.where(Case.home == home_id)
    return query


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def home_rows(today: date, level_ranks: Mapping[str, int]) -> list[HomeRow]:
    """Return every home with its current level and open, overdue and due-this-week counts.

    The rows are read raw, keyed by the stored id text: converting every id of every
    open case to a UUID through the models took longer than the queries at 500 homes.
    """
    levels: dict[str, str] = {}
    case_counts: dict[str, int] = {}
    open_cases = Case.select(Case.home, Case.level).where(Case.status == OPEN)
    for home_id, level in database.execute(open_cases):
        case_counts[home_id] = case_counts.get(home_id, 0) + 1
        if level_ranks.get(level, 0) > level_ranks.get(levels.get(home_id, ""), 0):
            levels[home_id] = level
    counts = _home_action_counts(today)
    homes = CareHome.select(
        CareHome.id, CareHome.name, CareHome.postcode, CareHome.ciw_number, CareHome.provider
    )
    rows = []
    for home_id, name, postcode, ciw_number, provider in database.execute(homes):
        opened, late, week = counts.get(home_id, (0, 0, 0))
        rows.append(
            HomeRow(
                uuid.UUID(home_id),
                name,
                postcode,
                ciw_number,
                provider,
                levels.get(home_id, ""),
                case_counts.get(home_id, 0),
                opened,
                late,
                week,
            )
        )
    return rows


def case_rows(today: date, home_id: uuid.UUID | None = None) -> list[CaseRow]:
    """Return the cases of one home, or of all homes, newest first."""
    counts = _action_counts(today, Case.id, home_id)
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


# --- deadlines across all homes ---------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRow:
    """An open action of an open case, with what the deadlines list shows of its case.

    The action's id stays in its stored text form, ``action_key``, because
    making 100,000 UUID objects takes longer than the query itself.
    """

    action_key: str
    case_id: uuid.UUID
    reference: str
    home_id: uuid.UUID
    home_name: str
    level: str  # the case's current level
    action_name: str
    teams: str  # display names joined with "; "
    due_on: date | None
    due_note: str

    @property
    def action_id(self) -> uuid.UUID:
        return uuid.UUID(self.action_key)


@dataclass(frozen=True)
class DeadlineFilter:
    """A selection of open actions to list.

    Date bounds are inclusive, and None leaves that side open.
    """

    due_from: date | None = None
    due_to: date | None = None
    dated: bool = True
    undated: bool = True  # actions with no due date: open-ended, or awaiting their anchor
    team: str = ""  # one team's display name; "" for every team
    level: str | None = None  # a case level id, "" for no alert, None for every level
    home_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DeadlineCounts:
    overdue: int
    due_this_week: int  # due from today to deadlines.week_end(today)


def deadline_rows(selection: DeadlineFilter = DeadlineFilter()) -> list[DeadlineRow]:
    """Return the open actions of open cases that match ``selection``.

    Dated actions come first by due date, then undated ones; ties go by case
    reference and the case's action order. The rows are read from the cursor
    without peewee's per-value conversion, which would triple the time for a
    long list; a home's id is converted once for all its cases.
    """
    condition = _deadline_condition(selection)
    case_query = (
        Case.select(Case.id, Case.reference, CareHome.id, CareHome.name, Case.level)
        .join(CareHome)
        .where(Case.id.in_(CaseAction.select(CaseAction.case).join(Case).where(condition)))
    )
    home_ids: dict[str, uuid.UUID] = {}  # each home's UUID, made once for all its cases
    case_info = {}
    for case_key, reference, home_key, home_name, level in database.execute(case_query):
        home_id = home_ids.get(home_key)
        if home_id is None:
            home_id = home_ids[home_key] = uuid.UUID(home_key)
        case_info[case_key] = (uuid.UUID(case_key), reference, home_id, home_name, level)

    action_query = (
        CaseAction.select(
            CaseAction.id,
            CaseAction.case,
            CaseAction.name,
            CaseAction.teams,
            CaseAction.due_on,
            CaseAction.due_note,
        )
        .join(Case)
        .where(condition)
        .order_by(
            CaseAction.due_on.is_null(),
            CaseAction.due_on,
            Case.reference,
            CaseAction.sort_order,
        )
    )
    rows = []
    for action_key, case_key, name, teams, due_on, due_note in database.execute(action_query):
        case_id, reference, home_id, home_name, level = case_info[case_key]
        due = date.fromisoformat(due_on) if due_on else None
        rows.append(
            DeadlineRow(
                action_key,
                case_id,
                reference,
                home_id,
                home_name,
                level,
                name,
                teams,
                due,
                due_note,
            )
        )
    return rows


def _deadline_condition(selection: DeadlineFilter) -> Any:
    condition = _open_action() & (Case.status == OPEN)

    dated = CaseAction.due_on.is_null(False)
    bounded = selection.due_from is not None or selection.due_to is not None
    if selection.due_from is not None:
        dated &= CaseAction.due_on >= selection.due_from
    if selection.due_to is not None:
        dated &= CaseAction.due_on <= selection.due_to
    if selection.dated and selection.undated:
        if bounded:
            condition &= dated | CaseAction.due_on.is_null()
    elif selection.dated:
        condition &= dated
    elif selection.undated:
        condition &= CaseAction.due_on.is_null()
    else:
        condition &= SQL("0")

    if selection.team:
        # Teams are stored as "A; B": match whole names, so "Care" never matches "Case Care".
        condition &= fn.instr(fn.printf("; %s;", CaseAction.teams), f"; {selection.team};") > 0
    if selection.level is not None:
        condition &= Case.level == selection.level
    if selection.home_id is not None:
        condition &= Case.home == selection.home_id
    return condition


def deadline_counts(today: date, week_end: date) -> DeadlineCounts:
    """Count the open actions of open cases overdue, and due from ``today`` to ``week_end``."""
    overdue = _overdue(today)
    this_week = _due_between(today, week_end)
    query = (
        CaseAction.select(fn.SUM(overdue.cast("integer")), fn.SUM(this_week.cast("integer")))
        .join(Case)
        .where(Case.status == OPEN)
    )
    late, week = next(_tuples(query))
    return DeadlineCounts(late or 0, week or 0)


def deadline_teams() -> list[str]:
    """Return every team named on an open action of an open case, sorted."""
    query = (
        CaseAction.select(CaseAction.teams)
        .distinct()
        .join(Case)
        .where(_open_action() & (Case.status == OPEN))
    )
    teams = {team.strip() for (joined,) in _tuples(query) for team in joined.split(";")}
    return sorted(team for team in teams if team)


def home_choices() -> list[tuple[uuid.UUID, str]]:
    """Return (id, name) of every care home, by name."""
    query = CareHome.select(CareHome.id, CareHome.name).order_by(CareHome.name)
    return list(_tuples(query))


# --- a case's history -------------------------------------------------------------------


def level_history(case_id: uuid.UUID) -> list[Assessment]:
    """Return the case's assessments, oldest first: each one set or confirmed its level."""
    return list(
        Assessment.select()
        .where(Assessment.case == case_id)
        .order_by(Assessment.assessed_on, Assessment.recorded_at)
    )


@dataclass(frozen=True)
class CaseEventRow:
    """One dated event of a case, for its history."""

    happened_on: date
    kind: str  # council_exit, closed, reopened, action_rescheduled or action_closed
    officer: str
    reason: str
    action_name: str = ""
    old_due_on: date | None = None
    new_due_on: date | None = None


def case_events(case_id: uuid.UUID) -> list[CaseEventRow]:
    """Return the case's exit, closing and reopening, rescheduled and closed actions, by date."""
    rows = [
        CaseEventRow(event.happened_on, event.kind, event.recorded_by, event.reason)
        for event in CaseEvent.select().where(CaseEvent.case == case_id)
    ]
    reschedules = (
        ActionReschedule.select(ActionReschedule, CaseAction)
        .join(CaseAction)
        .where(CaseAction.case == case_id)
    )
    for change in reschedules:
        rows.append(
            CaseEventRow(
                change.recorded_at.date(),
                "action_rescheduled",
                change.recorded_by,
                change.reason,
                change.action.name,
                change.old_due_on,
                change.new_due_on,
            )
        )
    closed = CaseAction.select().where(
        (CaseAction.case == case_id) & (CaseAction.status == "closed")
    )
    for action in closed:
        rows.append(
            CaseEventRow(
                action.closed_on or action.updated_at.date(),
                "action_closed",
                action.closed_by,
                action.closed_reason,
                action.name,
            )
        )
    return sorted(rows, key=lambda row: row.happened_on)


def rescheduled_action_ids(case_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """Return the ids of the case's actions an officer gave a new due date."""
    query = (
        ActionReschedule.select(ActionReschedule.action)
        .join(CaseAction)
        .where(CaseAction.case == case_id)
    )
    return frozenset(action_id for (action_id,) in _tuples(query))
