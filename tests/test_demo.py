"""Tests for the sample data: homes across Wales and cases at every level, built around a date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from carehome_desk.demo import DEMO_OFFICER, create_demo_data
from carehome_desk.process.i18n import DeskError
from carehome_desk.store import settings
from carehome_desk.store.cases import DONE, NOT_APPLICABLE, OPEN
from carehome_desk.store.db import close_db
from carehome_desk.store.models import CareHome, Case, CaseAction, Plan
from carehome_desk.store.queries import is_overdue

TODAY = date(2026, 12, 4)


@pytest.fixture
def demo_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "demo"
    create_demo_data(folder, TODAY)
    yield folder
    close_db()


def snapshot() -> list[tuple[object, ...]]:
    """Return the open database's homes, cases and actions without ids or references."""
    homes = sorted(CareHome.select().tuples().iterator(), key=lambda row: row[1])
    homes_without_ids = [row[1:-3] for row in homes]  # drop the id, times and updated_by
    cases = [
        (case.home.name, case.level, case.raised_on, case.source, case.summary)
        for case in Case.select().order_by(Case.reference)
    ]
    actions = sorted(
        (action.case.summary, action.sort_order, action.status, action.due_on, action.done_on)
        for action in CaseAction.select()
    )
    return [tuple(homes_without_ids), tuple(cases), tuple(actions)]


def test_demo_makes_about_a_dozen_homes(demo_dir: Path) -> None:
    assert 10 <= CareHome.select().count() <= 15


def test_demo_homes_have_welsh_names(demo_dir: Path) -> None:
    names = [home.name.casefold() for home in CareHome.select()]

    assert any("ŵ" in name for name in names), names
    assert any("ŷ" in name for name in names), names
    assert "tŷ gwyn" in names
    assert "bryn ŵyn" in names
    assert "plas-y-coed" in names


def test_demo_homes_span_welsh_postcodes(demo_dir: Path) -> None:
    outward_codes = [home.postcode.split()[0] for home in CareHome.select()]
    areas = {"".join(c for c in code if c.isalpha()) for code in outward_codes}

    assert areas == {"CF", "SA", "LL", "NP", "SY"}


def test_demo_homes_are_complete(demo_dir: Path) -> None:
    for home in CareHome.select():
        assert home.ciw_number.startswith("SIN-"), home.name
        assert home.address, home.name
        assert home.provider, home.name
        assert home.responsible_individual, home.name
        assert home.registered_manager, home.name

    ciw_numbers = [home.ciw_number for home in CareHome.select()]
    assert len(set(ciw_numbers)) == len(ciw_numbers)


def test_demo_cases_cover_every_level(demo_dir: Path) -> None:
    levels = {case.level for case in Case.select()}

    assert {"red", "amber", "blue"} <= levels


def test_demo_actions_overdue_done_and_due_later(demo_dir: Path) -> None:
    actions = list(CaseAction.select())

    assert any(is_overdue(action, TODAY) for action in actions)
    assert any(action.status == DONE for action in actions)
    assert any(action.status == NOT_APPLICABLE for action in actions)
    assert any(
        action.status == OPEN and action.due_on is not None and action.due_on > TODAY
        for action in actions
    )


def test_demo_dates_lie_before_today(demo_dir: Path) -> None:
    raised = [case.raised_on for case in Case.select()]
    done = [action.done_on for action in CaseAction.select() if action.done_on is not None]

    assert max(raised) == TODAY
    assert min(raised) >= TODAY - timedelta(days=60)
    assert all(day <= TODAY for day in done)


def test_demo_sets_officer_and_saved_plan(demo_dir: Path) -> None:
    assert settings.officer() == DEMO_OFFICER
    assert Plan.select().count() == 1


def test_demo_rejects_folder_with_database(demo_dir: Path) -> None:
    cases_before = Case.select().count()
    close_db()

    with pytest.raises(DeskError) as raised:
        create_demo_data(demo_dir, TODAY)

    assert str(demo_dir) in raised.value.message()
    assert "already contains" in raised.value.message()

    from carehome_desk.store.db import init_db

    init_db(demo_dir)
    assert Case.select().count() == cases_before


def test_demo_same_seed_same_data(tmp_path: Path) -> None:
    create_demo_data(tmp_path / "first", TODAY, seed=7)
    first = snapshot()
    close_db()
    create_demo_data(tmp_path / "second", TODAY, seed=7)
    second = snapshot()
    close_db()

    assert first == second


def test_demo_other_seed_other_data(tmp_path: Path) -> None:
    create_demo_data(tmp_path / "first", TODAY, seed=7)
    first = snapshot()
    close_db()
    create_demo_data(tmp_path / "second", TODAY, seed=8)
    second = snapshot()
    close_db()

    assert first != second


@pytest.mark.parametrize(
    "today",
    [
        date(2026, 12, 25),  # Christmas Day, a bank holiday
        date(2027, 1, 4),  # a Monday after the New Year bank holiday
        date(2026, 6, 6),  # a Saturday
    ],
)
def test_demo_any_today_has_overdue_and_future(tmp_path: Path, today: date) -> None:
    create_demo_data(tmp_path / "demo", today)
    try:
        actions = list(CaseAction.select())
        assert any(is_overdue(action, today) for action in actions)
        assert any(
            action.status == OPEN and action.due_on is not None and action.due_on > today
            for action in actions
        )
    finally:
        close_db()
