"""The store on a temporary database: homes, cases, actions and plans."""

from __future__ import annotations

import os
import re
from datetime import date

import pytest

from carehome_desk.process.assessment import Answer
from carehome_desk.process.i18n import DeskError
from carehome_desk.store import cases, plans, queries, settings
from carehome_desk.store.db import SCHEMA_VERSION, close_db, init_db, set_setting
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import Assessment, AssessmentAnswer, Case, CaseAction
from tests.conftest import TODAY


def _new_case(session, home, met, level, raised_on=TODAY, reason=""):
    answers = tuple(
        Answer(c.id, c.id in met, "Seen on the visit" if c.id in met else "")
        for c in session.process_map().criteria
    )
    return cases.record_new_case(
        session.process_map(),
        cases.ConcernInput(home.id, raised_on, "ciw", "Residents left without fluids"),
        cases.AssessmentInput(answers, level, TODAY, override_reason=reason),
        session.officer(),
        TODAY,
    )


def test_red_case_records_assessment_and_actions(session, home):
    case = _new_case(session, home, {"red-neglect"}, "red")
    assessment = Assessment.get(Assessment.case == case)
    assert (assessment.map_id, assessment.map_version) == ("appendix-18", "1")
    assert (assessment.recommended_level, assessment.chosen_level) == ("red", "red")
    assert assessment.officer == "Siân Ŵyn"
    assert AssessmentAnswer.select().where(AssessmentAnswer.assessment == assessment).count() == 11
    actions = queries.case_actions(case.id)
    assert {a.map_action_id for a in actions} == {
        a.id for a in session.process_map().actions_for("red")
    }
    weekly = [a for a in actions if a.map_action_id == "red-weekly-monitoring"]
    assert [a.occurrence for a in weekly] == [1, 2, 3, 4]
    assert all(a.due_on is None for a in weekly)
    jimp = next(a for a in actions if a.map_action_id == "red-jimp")
    assert jimp.due_on == TODAY
    assert jimp.teams == "Safeguarding; Contracts"


def test_reference_carries_year_and_laptop_code(session, home):
    first = _new_case(session, home, {"blue-notified"}, "blue")
    second = _new_case(session, home, {"blue-notified"}, "blue")
    assert re.fullmatch(r"CHD-2026-[0-9A-Z]{4}-0001", first.reference)
    assert second.reference.endswith("-0002")


def test_override_without_reason_saves_nothing(session, home):
    with pytest.raises(DeskError):
        _new_case(session, home, {"red-neglect"}, "amber")
    assert Case.select().count() == 0
    assert CaseAction.select().count() == 0


def test_no_escalation_records_case_without_actions(session, home):
    case = _new_case(session, home, set(), "")
    assert case.level == ""
    assert CaseAction.select().count() == 0


def test_concern_in_future_is_rejected(session, home):
    with pytest.raises(DeskError, match="Date raised 2026-12-05 is after 2026-12-04"):
        _new_case(session, home, {"blue-notified"}, "blue", raised_on=date(2026, 12, 5))


def test_blue_visit_due_in_five_working_days(session, home):
    case = _new_case(session, home, {"blue-notified"}, "blue", raised_on=date(2026, 12, 1))
    visit = next(
        a for a in queries.case_actions(case.id) if a.map_action_id == "blue-monitoring-visit"
    )
    assert visit.due_on == date(2026, 12, 8)


def test_done_urgent_visit_dates_follow_up(session, home):
    case = _new_case(session, home, {"amber-staffing"}, "amber")
    actions = {a.map_action_id: a for a in queries.case_actions(case.id)}
    assert actions["amber-follow-up-visit"].due_on is None
    cases.mark_done(actions["amber-urgent-visit"].id, date(2026, 12, 4), session.officer(), TODAY)
    follow_up = CaseAction.get_by_id(actions["amber-follow-up-visit"].id)
    assert follow_up.due_on == date(2026, 12, 14)
    done = CaseAction.get_by_id(actions["amber-urgent-visit"].id)
    assert (done.status, done.done_by) == ("done", "Siân Ŵyn")


def test_condition_not_met_closes_action(session, home):
    case = _new_case(session, home, {"red-staffing"}, "red")
    agency = next(a for a in queries.case_actions(case.id) if a.condition)
    cases.set_condition(agency.id, False, session.officer())
    agency = CaseAction.get_by_id(agency.id)
    assert agency.status == "not_applicable"
    assert agency.condition in agency.not_applicable_reason


def test_not_applicable_needs_reason(session, home):
    case = _new_case(session, home, {"red-staffing"}, "red")
    action = queries.case_actions(case.id)[0]
    with pytest.raises(DeskError, match="Reason is required"):
        cases.mark_not_applicable(action.id, "  ", session.officer())


def test_home_and_case_counts(session, home):
    _new_case(session, home, {"blue-notified"}, "blue", raised_on=date(2026, 11, 20))
    _new_case(session, home, {"red-neglect"}, "red")
    rows = queries.home_rows(TODAY, session.level_ranks())
    assert len(rows) == 1
    assert rows[0].level == "red"
    assert rows[0].open_cases == 2
    # Blue monitoring visit and individual review were due 2026-11-27.
    assert rows[0].overdue_actions == 2
    case_rows = queries.case_rows(TODAY, home.id)
    assert [row.level for row in case_rows] == ["red", "blue"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "  ", "Home name is required"),
        ("postcode", "CF10", "Postcode CF10 is not a UK postcode"),
        ("email", "manager at home", "Email manager at home is not an email address"),
        ("beds", -1, "Number of beds must be between 0 and 2000, not -1"),
        ("name", "A" * 201, "shorten it to 200"),
        ("provider", "Gofal\x07Da", "control character (U+0007) at position 6"),
        ("provider", "Gofal\tDa", "single line without tabs"),
        ("phone", "call me", "Phone call me is not a phone number"),
    ],
)
def test_invalid_home_is_rejected_with_field_named(session, field, value, message):
    values = {"name": "Bryn Ŵyn", field: value}
    with pytest.raises(DeskError, match=re.escape(message)):
        save_home(HomeInput(**values), "Siân Ŵyn")


def test_postcode_is_normalised(session):
    home = save_home(HomeInput(name="Plas-y-Coed", postcode="sa1 1aa"), "Siân Ŵyn")
    assert home.postcode == "SA1 1AA"


@pytest.mark.parametrize(
    "spelling", ["SIN-00012345", "sin-00012345", "SIN 00012345", " sin -  00012345 "]
)
def test_duplicate_ciw_number_is_rejected(session, home, spelling):
    assert home.ciw_number == "SIN-00012345"
    with pytest.raises(DeskError, match="already used by Tŷ Gwyn"):
        save_home(HomeInput(name="Bryn Ŵyn", ciw_number=spelling), "Siân Ŵyn")


def test_plan_prefilled_then_saved(session, home):
    case = _new_case(session, home, {"blue-notified"}, "blue")
    prefilled = plans.plan_items(case.id, "cap")
    assert len(prefilled) == 6
    assert prefilled[0].responsible_person == "Gwenllïan Jones"
    edited = [
        plans.ItemInput(
            "Fluids chart missing & <late>", ("Keep charts",), "Gwenllïan Jones", date(2027, 1, 8)
        )
    ]
    plans.save_plan(case.id, "CAP", edited, session.officer())
    assert plans.plan_items(case.id, "CAP") == edited
    assert len(plans.plan_items(case.id, "DAP")) == 6


def test_plan_target_before_concern_is_rejected(session, home):
    case = _new_case(session, home, {"blue-notified"}, "blue")
    item = plans.ItemInput("Finding", ("Action",), "Manager", date(2026, 1, 1))
    with pytest.raises(DeskError, match="Target date 2026-01-01 is before 2026-12-04"):
        plans.save_plan(case.id, "DAP", [item], session.officer())


def test_officer_setting_is_kept(session, data_dir):
    settings.save_officer("Rhys Ifans", "Safeguarding")
    close_db()
    init_db(data_dir)
    assert settings.officer() == settings.Officer("Rhys Ifans", "Safeguarding")


def test_newer_database_is_refused(session, data_dir):
    set_setting("schema_version", str(SCHEMA_VERSION + 1))
    close_db()
    with pytest.raises(DeskError, match="newer version of Care Home Desk"):
        init_db(data_dir)


def test_replaced_map_version_falls_back_to_newest(tmp_path, data_dir):
    from carehome_desk.store.session import open_session
    from tests.conftest import MAP_FILE

    maps = tmp_path / "maps"
    maps.mkdir()
    text = MAP_FILE.read_text(encoding="utf-8")
    (maps / "v2.toml").write_text(text.replace('version = "1"', 'version = "2"'), encoding="utf-8")
    (maps / "v10.toml").write_text(
        text.replace('version = "1"', 'version = "10"'), encoding="utf-8"
    )
    session = open_session(data_dir, maps_folder=maps)
    try:
        assert (session.process_map().id, session.process_map().version) == ("appendix-18", "10")
    finally:
        close_db()


def test_no_map_installed_is_a_clear_error(tmp_path, data_dir):
    from carehome_desk.store.session import open_session

    (tmp_path / "empty").mkdir()
    with pytest.raises(DeskError, match="No process map is installed"):
        open_session(data_dir, maps_folder=tmp_path / "empty")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_readable_by_owner_only(session, data_dir):
    from carehome_desk.store.db import database_path

    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert database_path(data_dir).stat().st_mode & 0o777 == 0o600


def test_post_exit_visit_not_done_before_exit(session, home):
    case = _new_case(session, home, {"red-neglect"}, "red")
    weekly = next(a for a in queries.case_actions(case.id) if a.occurrence == 1)

    with pytest.raises(DeskError, match="record the exit first"):
        cases.mark_done(weekly.id, TODAY, session.officer(), TODAY)

    assert CaseAction.get_by_id(weekly.id).status == "open"
