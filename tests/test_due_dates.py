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


# --- table-driven cases across the calendar's awkward weeks ------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected", "why"),
    [
        # 2021: Christmas and Boxing Day on a weekend, substitutes Mon 27 and Tue 28;
        # New Year's Day 2022 on a Saturday, substitute Mon 3 January.
        (date(2021, 12, 23), 5, date(2022, 1, 4), "Christmas 2021 and New Year 2022"),
        (date(2021, 12, 24), 1, date(2021, 12, 29), "Christmas 2021 substitute days"),
        (date(2021, 12, 31), 1, date(2022, 1, 4), "New Year 2022 substitute day"),
        # 2022: Christmas on a Sunday, Boxing Day Mon 26, substitute Tue 27; New Year's Day
        # 2023 on a Sunday, substitute Mon 2 January.
        (date(2022, 12, 23), 1, date(2022, 12, 28), "Christmas 2022 substitute day"),
        (date(2022, 12, 30), 1, date(2023, 1, 3), "New Year 2023 substitute day"),
        (date(2022, 12, 22), 5, date(2023, 1, 3), "Christmas 2022 to New Year 2023"),
        # 2026: Boxing Day on a Saturday, substitute Mon 28; New Year's Day 2027 a Friday.
        (date(2026, 12, 24), 5, date(2027, 1, 5), "Christmas 2026 and New Year 2027"),
        # 2027: Christmas on a Saturday, substitutes Mon 27 and Tue 28; New Year's Day
        # 2028 on a Saturday, substitute Mon 3 January.
        (date(2027, 12, 24), 1, date(2027, 12, 29), "Christmas 2027 substitute days"),
        (date(2027, 12, 31), 1, date(2028, 1, 4), "New Year 2028 substitute day"),
        # Easter: Good Friday and Easter Monday.
        (date(2024, 3, 28), 2, date(2024, 4, 3), "Easter 2024"),
        (date(2025, 4, 17), 1, date(2025, 4, 22), "Easter 2025"),
        (date(2026, 4, 2), 1, date(2026, 4, 7), "Easter 2026"),
        # The one-off days of 2022 and 2023.
        (date(2022, 6, 1), 1, date(2022, 6, 6), "spring bank holiday moved, Platinum Jubilee"),
        (date(2022, 9, 16), 1, date(2022, 9, 20), "State Funeral of Queen Elizabeth II"),
        (date(2023, 5, 5), 1, date(2023, 5, 9), "Coronation of Charles III"),
        (date(2023, 4, 28), 5, date(2023, 5, 9), "early May bank holiday and the Coronation"),
        # A working day after a weekend only.
        (date(2026, 12, 4), 1, date(2026, 12, 7), "an ordinary weekend"),
        (date(2026, 12, 5), 1, date(2026, 12, 7), "starting on a Saturday"),
        (date(2026, 12, 7), 0, date(2026, 12, 7), "zero days"),
    ],
)
def test_working_days_table(start, days, expected, why):
    rule = DueRule("working_days", "concern_raised", days=days)

    assert due_dates(rule, {"concern_raised": start}) == [expected], why


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 12, 27), 10, date(2027, 1, 6)),  # year end
        (date(2026, 1, 31), 10, date(2026, 2, 10)),  # month end
        (date(2027, 2, 20), 10, date(2027, 3, 2)),  # February, 28 days
        (date(2028, 2, 20), 10, date(2028, 3, 1)),  # February, leap year
        (date(2026, 12, 25), 10, date(2027, 1, 4)),  # calendar days count bank holidays
        (date(2026, 6, 30), 0, date(2026, 6, 30)),
    ],
)
def test_calendar_days_table(start, days, expected):
    rule = DueRule("calendar_days", "action:amber-urgent-visit", days=days)

    assert due_dates(rule, {"action:amber-urgent-visit": start}) == [expected]


@pytest.mark.parametrize(
    ("exit_on", "expected"),
    [
        (
            date(2026, 12, 30),
            [date(2027, 1, 6), date(2027, 1, 13), date(2027, 1, 20), date(2027, 1, 27)],
        ),
        (
            date(2028, 2, 15),
            [date(2028, 2, 22), date(2028, 2, 29), date(2028, 3, 7), date(2028, 3, 14)],
        ),
        # Weekly visits fall on bank holidays too: the series counts calendar days.
        (
            date(2026, 12, 18),
            [date(2026, 12, 25), date(2027, 1, 1), date(2027, 1, 8), date(2027, 1, 15)],
        ),
    ],
)
def test_weekly_series_table(exit_on, expected):
    rule = DueRule("series", "council_exit", every_days=7, occurrences=4)

    assert due_dates(rule, {"council_exit": exit_on}) == expected


def test_bank_holidays_in_wales_known():
    # Substitute days and one-off days from the holidays package and the local table.
    for day in (
        date(2021, 12, 27),
        date(2021, 12, 28),
        date(2022, 1, 3),
        date(2022, 6, 2),
        date(2022, 6, 3),
        date(2022, 9, 19),
        date(2022, 12, 27),
        date(2023, 1, 2),
        date(2023, 5, 8),
        date(2026, 12, 28),
        date(2027, 12, 27),
        date(2027, 12, 28),
        date(2028, 1, 3),
    ):
        assert not is_working_day(day), day
