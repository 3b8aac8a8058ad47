"""A case over time in the store: reassessment, escalation, stepping down, exit, closing."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from lifecycle_cases import action, map_ids, new_case, reassess

from carehome_desk.process.i18n import DeskError
from carehome_desk.process.level_change import OpenAction, change_kind, new_actions
from carehome_desk.store import cases, lifecycle, queries
from carehome_desk.store.models import ActionReschedule, Assessment, Case, CaseAction, CaseEvent

RAISED = date(2026, 11, 20)
BLUE_ON = date(2026, 11, 23)
AMBER_ON = date(2026, 11, 25)
RED_ON = date(2026, 11, 27)


@pytest.fixture
def blue_case(session, home) -> Case:
    return new_case(session, home, "blue", RAISED, BLUE_ON)


@pytest.fixture
def red_case(session, blue_case) -> Case:
    """The blue case escalated to Amber and then to Red."""
    reassess(session, blue_case, "amber", AMBER_ON)
    return reassess(session, blue_case, "red", RED_ON)


def test_change_kind_by_rank():
    assert change_kind(None, 2) == "first"
    assert change_kind(1, 3) == "escalation"
    assert change_kind(3, 2) == "step_down"
    assert change_kind(2, 2) == "same_level"
    assert change_kind(1, 0) == "step_down"


def test_new_actions_skip_open_purposes(process_map):
    planned = new_actions(process_map, "amber", {"jqmm-review": OpenAction("blue-jqmm", "JQMM")})

    assert "amber-jqmm" not in [a.id for a in planned.added]
    assert [(a.id, o.map_action_id) for a, o in planned.already_open] == [
        ("amber-jqmm", "blue-jqmm")
    ]
    assert new_actions(process_map, "", {}).added == ()


def test_escalation_keeps_every_assessment(session, red_case):
    history = queries.level_history(red_case.id)

    assert [a.chosen_level for a in history] == ["blue", "amber", "red"]
    assert [a.assessed_on for a in history] == [BLUE_ON, AMBER_ON, RED_ON]
    assert [a.reason for a in history] == ["", "Worse at the visit.", "Worse at the visit."]
    assert red_case.level == "red"
    assert red_case.level_set_on == RED_ON


def test_escalation_adds_level_actions_first(session, red_case):
    ids = map_ids(red_case)

    assert ids[0] == "red-jimp"
    assert ids.index("red-weekly-monitoring") < ids.index("amber-urgent-visit")
    assert ids.index("amber-urgent-visit") < ids.index("blue-monitoring-visit")
    assert action(red_case, "red-jimp").due_on == RED_ON
    assert action(red_case, "amber-urgent-visit").due_on == AMBER_ON


def test_escalation_skips_purposes_still_open(session, red_case):
    ids = map_ids(red_case)

    # Blue's JQMM review is still open, so Amber's is not added again.
    assert "blue-jqmm" in ids
    assert "amber-jqmm" not in ids
    # Amber's urgent visit is open, so Red's immediate visit (same purpose) is not added.
    assert "amber-urgent-visit" in ids
    assert "red-immediate-visit" not in ids
    singles = [i for i in ids if i != "red-weekly-monitoring"]
    assert len(singles) == len(set(singles))


def test_escalation_adds_purpose_done_earlier(session, blue_case):
    amber = reassess(session, blue_case, "amber", AMBER_ON)
    cases.mark_done(action(amber, "amber-urgent-visit").id, AMBER_ON, session.officer(), TODAY)

    red = reassess(session, amber, "red", RED_ON)

    assert action(red, "red-immediate-visit").due_on == RED_ON


def test_conditional_open_action_does_not_block(session, blue_case):
    # Blue's CAP is conditional and undecided, so Amber's DAP/CAP is still added.
    amber = reassess(session, blue_case, "amber", AMBER_ON)

    assert action(amber, "blue-cap").applies is None
    assert "amber-action-plan" in map_ids(amber)


def test_same_level_adds_nothing(session, blue_case):
    before = map_ids(blue_case)

    again = reassess(session, blue_case, "blue", AMBER_ON, reason="New referral, same level.")

    assert map_ids(again) == before
    assert again.level_set_on == BLUE_ON
    assert Assessment.select().where(Assessment.case == blue_case.id).count() == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reason", "   ", "Reason for reassessment is required."),
        ("on", date(2026, 11, 22), "before 2026-11-23"),
        ("on", date(2026, 12, 5), "after 2026-12-04"),
    ],
)
def test_reassessment_rejected(session, blue_case, field, value, message):
    args = {"reason": "Worse.", "on": AMBER_ON}
    args[field] = value

    with pytest.raises(DeskError, match=message):
        reassess(session, blue_case, "amber", args["on"], reason=args["reason"])

    assert Assessment.select().count() == 1
    assert Case.get_by_id(blue_case.id).level == "blue"


def test_step_down_closes_chosen_actions(session, red_case):
    jimp = action(red_case, "red-jimp")
    team = action(red_case, "red-resilience-team")
    cases.mark_done(jimp.id, RED_ON, session.officer(), TODAY)
    remain = action(red_case, "red-resources-remain")
    step = lifecycle.StepDown((team.id,), "Resilience team withdrawn at the exit.")

    amber = reassess(session, red_case, "amber", TODAY, reason="Improving.", step_down=step)

    assert amber.level == "amber"
    assert amber.level_set_on == TODAY
    closed = CaseAction.get_by_id(team.id)
    assert closed.status == "closed"
    assert closed.closed_reason == "Resilience team withdrawn at the exit."
    assert closed.closed_on == TODAY
    assert closed.closed_by == "Siân Ŵyn"
    assert CaseAction.get_by_id(jimp.id).status == "done"
    assert CaseAction.get_by_id(remain.id).status == "open"


def test_step_down_needs_reason_to_close(session, red_case):
    team = action(red_case, "red-resilience-team")

    with pytest.raises(DeskError, match="Reason for closing the higher level's actions"):
        reassess(session, red_case, "amber", TODAY, step_down=lifecycle.StepDown((team.id,)))

    assert CaseAction.get_by_id(team.id).status == "open"
    assert Case.get_by_id(red_case.id).level == "red"


def test_step_down_counts_from_open_equivalent(session, home):
    # Red first: its immediate visit is open when the case steps down to Amber,
    # so Amber's follow-up visit counts from that visit once it is done.
    red = new_case(session, home, "red", RED_ON)
    amber = reassess(session, red, "amber", date(2026, 11, 30))
    follow_up = action(amber, "amber-follow-up-visit")
    assert "amber-urgent-visit" not in map_ids(amber)
    assert follow_up.anchor == "action:red-immediate-visit"
    assert follow_up.due_on is None

    visit = action(amber, "red-immediate-visit")
    cases.mark_done(visit.id, date(2026, 12, 1), session.officer(), TODAY)

    assert CaseAction.get_by_id(follow_up.id).due_on == date(2026, 12, 11)


# --- the Council's exit -----------------------------------------------------------------


def weekly(case: Case) -> list[CaseAction]:
    return lifecycle.exit_actions(case.id)


def test_weekly_visits_undated_until_exit(session, red_case):
    visits = weekly(red_case)

    assert [v.occurrence for v in visits] == [1, 2, 3, 4]
    assert [v.due_on for v in visits] == [None] * 4
    assert all("4 times, after the Council's exit" in v.due_note for v in visits)


def test_exit_dates_four_weekly_visits(session, red_case):
    dated = lifecycle.record_council_exit(red_case.id, date(2026, 12, 1), session.officer(), TODAY)

    expected = [date(2026, 12, 8), date(2026, 12, 15), date(2026, 12, 22), date(2026, 12, 29)]
    assert [a.due_on for a in dated] == expected
    assert [a.due_on for a in weekly(red_case)] == expected
    assert all(a.due_note == "" for a in weekly(red_case))
    assert Case.get_by_id(red_case.id).council_exit_on == date(2026, 12, 1)
    event = CaseEvent.get(CaseEvent.case == red_case.id)
    assert (event.kind, event.happened_on, event.recorded_by) == (
        "council_exit",
        date(2026, 12, 1),
        "Siân Ŵyn",
    )


def test_exit_across_year_end(session, home):
    case = new_case(session, home, "red", date(2026, 12, 1))
    # Today is fixed to 4 December 2026, so move it on for an exit on 30 December.
    session.clock = lambda: date(2027, 1, 5)

    lifecycle.record_council_exit(case.id, date(2026, 12, 30), session.officer(), session.today())

    assert [a.due_on for a in weekly(case)] == [
        date(2027, 1, 6),
        date(2027, 1, 13),
        date(2027, 1, 20),
        date(2027, 1, 27),
    ]


@pytest.mark.parametrize(
    ("exit_on", "message"),
    [
        (date(2026, 11, 26), "before 2026-11-27"),
        (date(2026, 12, 5), "after 2026-12-04"),
    ],
)
def test_exit_date_rejected(session, red_case, exit_on, message):
    with pytest.raises(DeskError, match=message):
        lifecycle.record_council_exit(red_case.id, exit_on, session.officer(), TODAY)

    assert Case.get_by_id(red_case.id).council_exit_on is None
    assert all(a.due_on is None for a in weekly(red_case))


def test_exit_needs_exit_actions(session, blue_case):
    with pytest.raises(DeskError, match="no actions that follow the Council's exit"):
        lifecycle.record_council_exit(blue_case.id, TODAY, session.officer(), TODAY)


def test_exit_corrected_keeps_rescheduled_and_done(session, red_case):
    officer = session.officer()
    lifecycle.record_council_exit(red_case.id, date(2026, 11, 30), officer, TODAY)
    first, second, third, _fourth = weekly(red_case)
    cases.mark_done(first.id, date(2026, 12, 4), officer, TODAY)
    cases.reschedule_action(third.id, date(2026, 12, 23), "Manager on leave.", officer, TODAY)

    lifecycle.record_council_exit(red_case.id, date(2026, 12, 2), officer, TODAY)

    dates = [a.due_on for a in weekly(red_case)]
    assert dates == [date(2026, 12, 7), date(2026, 12, 16), date(2026, 12, 23), date(2026, 12, 30)]
    assert CaseAction.get_by_id(first.id).status == "done"
    assert CaseEvent.select().where(CaseEvent.kind == "council_exit").count() == 2
    assert second.id != third.id


# --- rescheduling and closing actions ---------------------------------------------------


def test_reschedule_records_old_date_and_reason(session, red_case):
    jimp = action(red_case, "red-jimp")

    cases.reschedule_action(
        jimp.id, date(2026, 12, 8), "Police unavailable.", session.officer(), TODAY
    )

    assert CaseAction.get_by_id(jimp.id).due_on == date(2026, 12, 8)
    change = ActionReschedule.get(ActionReschedule.action == jimp.id)
    assert (change.old_due_on, change.new_due_on) == (RED_ON, date(2026, 12, 8))
    assert change.reason == "Police unavailable."
    assert change.recorded_by == "Siân Ŵyn"
    assert queries.rescheduled_action_ids(red_case.id) == {jimp.id}
    assert queries.case_events(red_case.id)[-1].kind == "action_rescheduled"


@pytest.mark.parametrize(
    ("map_action_id", "due_on", "reason", "message"),
    [
        ("red-jimp", date(2026, 12, 8), "", "Reason is required."),
        ("red-jimp", date(2026, 12, 3), "Late.", "before 2026-12-04"),
        ("red-resources-remain", date(2026, 12, 8), "Later.", "has no due date to move"),
        ("red-weekly-monitoring", date(2026, 12, 8), "Later.", "has no due date to move"),
    ],
)
def test_reschedule_rejected(session, red_case, map_action_id, due_on, reason, message):
    occurrence = 1 if map_action_id == "red-weekly-monitoring" else 0
    chosen = action(red_case, map_action_id, occurrence)

    with pytest.raises(DeskError, match=message):
        cases.reschedule_action(chosen.id, due_on, reason, session.officer(), TODAY)

    assert ActionReschedule.select().count() == 0


def test_open_ended_action_closed_with_reason(session, red_case):
    remain = action(red_case, "red-resources-remain")

    cases.close_action(remain.id, "JIMP agreed residents are safe.", session.officer(), TODAY)

    closed = CaseAction.get_by_id(remain.id)
    assert closed.status == "closed"
    assert closed.closed_reason == "JIMP agreed residents are safe."
    assert not queries.is_overdue(closed, date(2030, 1, 1))
    assert remain.id not in {row.action_id for row in queries.deadline_rows()}
    with pytest.raises(DeskError, match="Reason is required"):
        cases.close_action(action(red_case, "red-jimp").id, " ", session.officer(), TODAY)


def test_open_ended_action_never_overdue(session, red_case):
    remain = action(red_case, "red-resources-remain")

    assert remain.due_on is None
    assert not queries.is_overdue(remain, date(2030, 1, 1))


# --- closing and reopening the case --------------------------------------------------


def test_close_case_drops_out_of_counts(session, red_case):
    before = queries.deadline_counts(TODAY, date(2026, 12, 10))
    assert before.overdue > 0

    lifecycle.close_case(red_case.id, TODAY, "Home closed by provider.", session.officer(), TODAY)

    closed = Case.get_by_id(red_case.id)
    assert (closed.status, closed.closed_on, closed.closed_by) == ("closed", TODAY, "Siân Ŵyn")
    assert closed.closed_reason == "Home closed by provider."
    assert queries.deadline_counts(TODAY, date(2026, 12, 10)) == queries.DeadlineCounts(0, 0)
    assert queries.deadline_rows() == []
    assert queries.case_rows(TODAY)[0].open_actions == 0


def test_closed_case_is_read_only(session, red_case):
    officer = session.officer()
    lifecycle.close_case(red_case.id, TODAY, "Resolved.", officer, TODAY)
    jimp = action(red_case, "red-jimp")

    with pytest.raises(DeskError, match="is closed; reopen it"):
        cases.mark_done(jimp.id, TODAY, officer, TODAY)
    with pytest.raises(DeskError, match="is closed; reopen it"):
        reassess(session, red_case, "amber", TODAY)
    with pytest.raises(DeskError, match="is closed; reopen it"):
        lifecycle.close_case(red_case.id, TODAY, "Again.", officer, TODAY)


def test_reopen_is_recorded(session, red_case):
    officer = session.officer()
    lifecycle.close_case(red_case.id, date(2026, 12, 2), "Resolved.", officer, TODAY)

    lifecycle.reopen_case(red_case.id, "New referral from the police.", officer, TODAY)

    case = Case.get_by_id(red_case.id)
    assert (case.status, case.closed_on, case.closed_reason) == ("open", None, "")
    events = [(e.kind, e.happened_on, e.reason) for e in queries.case_events(red_case.id)]
    assert events == [
        ("closed", date(2026, 12, 2), "Resolved."),
        ("reopened", TODAY, "New referral from the police."),
    ]
    with pytest.raises(DeskError, match="is already open"):
        lifecycle.reopen_case(red_case.id, "Again.", officer, TODAY)


@pytest.mark.parametrize(
    ("closed_on", "reason", "message"),
    [
        (TODAY, "", "Reason for closing is required."),
        (date(2026, 11, 19), "Done.", "before 2026-11-20"),
        (date(2026, 12, 5), "Done.", "after 2026-12-04"),
    ],
)
def test_close_case_rejected(session, red_case, closed_on, reason, message):
    with pytest.raises(DeskError, match=message):
        lifecycle.close_case(red_case.id, closed_on, reason, session.officer(), TODAY)

    assert Case.get_by_id(red_case.id).status == "open"
