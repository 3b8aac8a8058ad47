"""Working days in Wales: Monday to Friday, less bank holidays."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# One-off bank holidays proclaimed for England and Wales. The ``holidays``
# package knows these from 0.14 on; the table keeps them for a pinned release
# that predates a new proclamation. Add a new one-off day here as soon as it is
# announced, with its name.
ONE_OFF_BANK_HOLIDAYS: dict[date, str] = {
    date(2011, 4, 29): "Wedding of Prince William and Catherine Middleton",
    date(2012, 6, 5): "Diamond Jubilee of Elizabeth II",
    date(2022, 6, 3): "Platinum Jubilee of Elizabeth II",
    date(2022, 9, 19): "State Funeral of Queen Elizabeth II",
    date(2023, 5, 8): "Coronation of Charles III",
}


@lru_cache(maxsize=64)
def _wales_holidays(year: int) -> frozenset[date]:
    import holidays  # imported on first use: it takes a noticeable time to load

    days = set(holidays.country_holidays("GB", subdiv="WLS", years=year))
    days.update(day for day in ONE_OFF_BANK_HOLIDAYS if day.year == year)
    return frozenset(days)


def is_bank_holiday(day: date) -> bool:
    return day in _wales_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def add_working_days(start: date, days: int) -> date:
    """Return the date ``days`` working days after ``start``; ``start`` itself never counts."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
