"""Due dates: working days in Wales and calendar days from each anchor."""

from __future__ import annotations

from datetime import date

import pytest

from carehome_desk.process.calendar import add_working_days, is_working_day
from carehome_desk.process.due import describe_rule, due_dates
from carehome_desk.process.processmap import DueRule


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Friday before the late-summer bank holiday Monday 2026-08-31.
        (date(2026, 8, 28), 5, date(2026, 9, 7)),
        # Thursday before Easter 2026: Good Friday 3 April and Easter Monday 6 April.
        (date(2026, 4, 2), 5, date(2026, 4, 13)),
        # Christmas 2027 falls on a Saturday: substitute days on 27 and 28 December.
        (date(2027, 12, 23), 5, date(2028, 1, 4)),
        # Platinum Jubilee: 2 and 3 June 2022 were both bank holidays.
        (date(2022, 6, 1), 5, date(2022, 6, 10)),
        # Coronation bank holiday, Monday 8 May 2023.
        (date(2023, 5, 5), 5, date(2023, 5, 15)),
        # A plain week.
        (date(2026, 12, 7), 5, date(2026, 12, 14)),
    ],
)
def test_working_days_skip_weekends_and_bank_holidays(start, days, expected):
    assert add_working_days(start, days) == expected


def test_one_off_days_are_not_working_days():
    assert not is_working_day(date(2022, 9, 19))  # State funeral of Elizabeth II
    assert not is_working_day(date(2023, 5, 8))  # Coronation of Charles III
    assert is_working_day(date(2023, 5, 9))


def test_calendar_days_cross_month_and_year_end():
    rule = DueRule("calendar_days", "action:amber-urgent-visit", days=10)
    assert due_dates(rule, {"action:amber-urgent-visit": date(2026, 12, 27)}) == [date(2027, 1, 6)]


def test_same_day_rule():
    rule = DueRule("same_day", "level_set")
    assert due_dates(rule, {"level_set": date(2026, 12, 4)}) == [date(2026, 12, 4)]


def test_anchor_still_to_come_gives_no_date():
    rule = DueRule("calendar_days", "action:amber-urgent-visit", days=10)
    assert due_dates(rule, {}) == [None]


def test_weekly_series_from_exit():
    rule = DueRule("series", "council_exit", every_days=7, occurrences=4)
    dates = due_dates(rule, {"council_exit": date(2026, 12, 28)})
    assert dates == [date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18), date(2027, 1, 25)]
    assert due_dates(rule, {"council_exit": None}) == [None] * 4


def test_open_ended_rule_has_no_date_and_keeps_its_condition(process_map):
    rule = process_map.action("red-resources-remain").due
    assert due_dates(rule, {"level_set": date(2026, 12, 4)}) == [None]
    assert "until the Council is satisfied" in describe_rule(rule, process_map)


def test_rule_description_names_anchor(process_map):
    follow_up = process_map.action("amber-follow-up-visit").due
    assert (
        describe_rule(follow_up, process_map)
        == "within 10 days of completing “Urgent care home visit”"
    )
