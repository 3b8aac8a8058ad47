"""When an open action is due, relative to today: overdue, today, this week, later or undated.

"This week" is today and the six days after it, so a list printed on any
weekday covers the next seven days. The deadlines view, the ``deadlines``
command and the main window's counts all use these buckets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP

WEEK_LENGTH_DAYS = 7

OVERDUE = "overdue"
DUE_TODAY = "today"
DUE_THIS_WEEK = "this_week"  # after today, up to and including week_end(today)
DUE_LATER = "later"
NO_DATE = "no_date"  # open-ended, or counting from an event still to come

BUCKETS = (OVERDUE, DUE_TODAY, DUE_THIS_WEEK, DUE_LATER, NO_DATE)

BUCKET_LABELS = {
    OVERDUE: QT_TRANSLATE_NOOP("Deadlines", "Overdue"),
    DUE_TODAY: QT_TRANSLATE_NOOP("Deadlines", "Due today"),
    DUE_THIS_WEEK: QT_TRANSLATE_NOOP("Deadlines", "Due this week"),
    DUE_LATER: QT_TRANSLATE_NOOP("Deadlines", "Later"),
    NO_DATE: QT_TRANSLATE_NOOP("Deadlines", "No date"),
}


def week_end(today: date) -> date:
    """Return the last day of the week that starts today."""
    return today + timedelta(days=WEEK_LENGTH_DAYS - 1)


def bucket(due_on: date | None, today: date) -> str:
    """Return the bucket of an open action due on ``due_on``."""
    if due_on is None:
        return NO_DATE
    if due_on < today:
        return OVERDUE
    if due_on == today:
        return DUE_TODAY
    if due_on <= week_end(today):
        return DUE_THIS_WEEK
    return DUE_LATER


def is_due_this_week(due_on: date | None, today: date) -> bool:
    """Return True for a due date from today to the week's end: the main window's count."""
    return due_on is not None and today <= due_on <= week_end(today)


# The deadlines view's choices of what to show, as (choice, label); due_range() gives their dates.
ALL = "all"
OVERDUE_OR_THIS_WEEK = "overdue_or_this_week"
WEEK = "week"  # due today or later this week

CHOICES = (
    (ALL, QT_TRANSLATE_NOOP("Deadlines", "All open actions")),
    (OVERDUE, QT_TRANSLATE_NOOP("Deadlines", "Overdue")),
    (DUE_TODAY, QT_TRANSLATE_NOOP("Deadlines", "Due today")),
    (WEEK, QT_TRANSLATE_NOOP("Deadlines", "Due this week")),
    (OVERDUE_OR_THIS_WEEK, QT_TRANSLATE_NOOP("Deadlines", "Overdue or due this week")),
    (DUE_LATER, QT_TRANSLATE_NOOP("Deadlines", "Due later")),
    (NO_DATE, QT_TRANSLATE_NOOP("Deadlines", "No date")),
)


@dataclass(frozen=True)
class DueRange:
    """Inclusive due-date bounds, None for no bound, and whether dated and undated actions count."""

    due_from: date | None
    due_to: date | None
    dated: bool = True
    undated: bool = False


def due_range(choice: str, today: date) -> DueRange:
    """Return the due dates a choice of ``CHOICES`` covers on ``today``."""
    end = week_end(today)
    ranges = {
        ALL: DueRange(None, None, undated=True),
        OVERDUE: DueRange(None, today - timedelta(days=1)),
        DUE_TODAY: DueRange(today, today),
        WEEK: DueRange(today, end),
        OVERDUE_OR_THIS_WEEK: DueRange(None, end),
        DUE_LATER: DueRange(end + timedelta(days=1), None),
        NO_DATE: DueRange(None, None, dated=False, undated=True),
    }
    return ranges[choice]
