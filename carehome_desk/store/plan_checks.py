"""Checks on a plan's details and items before they are saved, with messages naming the item."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import validation as check
from carehome_desk.store.models import Case
from carehome_desk.store.plan_types import (
    COMPLETED,
    EMBARGO_CONDITIONAL,
    EMBARGOES,
    FINDING_MAX,
    ITEM_STATUSES,
    PRIORITIES,
    ItemError,
    ItemInput,
    PlanDetails,
    ProgressInput,
)

_CTX = "Validation"


def checked_details(details: PlanDetails, case: Case) -> dict[str, object]:
    if details.embargo not in EMBARGOES:
        raise check.invalid(
            QT_TRANSLATE_NOOP("Validation", "Admissions embargo"),
            QT_TRANSLATE_NOOP("Validation", "{field} {value} is not none, full or conditional."),
            value=details.embargo,
        )
    terms = check.clean_text(
        details.embargo_terms,
        QT_TRANSLATE_NOOP("Validation", "Embargo conditions"),
        required=details.embargo == EMBARGO_CONDITIONAL,
    )
    return {
        "follows": check.clean_text(
            details.follows, QT_TRANSLATE_NOOP("Validation", "Visit or meeting the plan follows")
        ),
        "embargo": details.embargo,
        "embargo_terms": terms if details.embargo == EMBARGO_CONDITIONAL else "",
        "agencies": check.clean_text(
            details.agencies, QT_TRANSLATE_NOOP("Validation", "Agencies involved")
        ),
        "trigger": check.clean_text(
            details.trigger, QT_TRANSLATE_NOOP("Validation", "What triggered the concern")
        ),
        "respond_by": _optional_date(
            details.respond_by, QT_TRANSLATE_NOOP("Validation", "Respond by"), case
        ),
        "next_visit_on": _optional_date(
            details.next_visit_on, QT_TRANSLATE_NOOP("Validation", "Next visit"), case
        ),
        "review_on": _optional_date(
            details.review_on, QT_TRANSLATE_NOOP("Validation", "Review date"), case
        ),
        "escalation": check.clean_text(
            details.escalation, QT_TRANSLATE_NOOP("Validation", "What would trigger escalation")
        ),
    }


def _optional_date(value: date | None, field_name: str, case: Case) -> date | None:
    if value is None:
        return None
    return check.check_date(value, field_name, not_before=case.raised_on)


def check_item(number: int, item: ItemInput, case_id: uuid.UUID, today: date) -> None:
    """Raise ItemError when ``item`` would not save as item ``number`` of a plan of the case."""
    checked_items_from(number, [item], Case.get_by_id(case_id), today)


@dataclass
class CheckedItem:
    """An item's checked values, ready to write: its row's fields, actions and progress log."""

    id: uuid.UUID | None
    fields: dict[str, object]
    actions: list[str]
    progress: list[ProgressInput]


def checked_items(items: Sequence[ItemInput], case: Case, today: date) -> list[CheckedItem]:
    return checked_items_from(1, items, case, today)


def checked_items_from(
    first_number: int, items: Sequence[ItemInput], case: Case, today: date
) -> list[CheckedItem]:
    rows = []
    for number, item in enumerate(items, start=first_number):
        try:
            rows.append(_checked_item(number, item, case, today))
        except ItemError:
            raise
        except DeskError as error:
            raise ItemError(number, error) from error
    return rows


def _checked_item(number: int, item: ItemInput, case: Case, today: date) -> CheckedItem:
    finding = check.clean_text(
        item.finding, QT_TRANSLATE_NOOP("Validation", "Finding"), max_length=FINDING_MAX
    )
    actions = [
        text
        for text in (
            check.clean_text(action, QT_TRANSLATE_NOOP("Validation", "Required action"))
            for action in item.actions
        )
        if text
    ]
    if not finding and not actions:
        raise ItemError(
            number,
            DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "it is empty; fill in a finding or remove the item."
                ),
            ),
        )
    fields = {
        "number": number,
        "finding": finding,
        "evidence": check.clean_text(
            item.evidence, QT_TRANSLATE_NOOP("Validation", "Evidence"), max_length=FINDING_MAX
        ),
        "area": check.clean_line(item.area, QT_TRANSLATE_NOOP("Validation", "Area")),
        "priority": _checked_choice(
            item.priority, PRIORITIES, QT_TRANSLATE_NOOP("Validation", "Priority")
        ),
        "responsible_person": check.clean_line(
            item.responsible_person, QT_TRANSLATE_NOOP("Validation", "Responsible person")
        ),
        "accountable_person": check.clean_line(
            item.accountable_person, QT_TRANSLATE_NOOP("Validation", "Accountable person")
        ),
        "target_date": _optional_date(
            item.target_date, QT_TRANSLATE_NOOP("Validation", "Target date"), case
        ),
        "completion_evidence": check.clean_text(
            item.completion_evidence, QT_TRANSLATE_NOOP("Validation", "Evidence of completion")
        ),
        "council_support": check.clean_text(
            item.council_support, QT_TRANSLATE_NOOP("Validation", "Support from the council")
        ),
        "source_action": item.source_action_id,
        "source_visit_id": item.source_visit_id,
    }
    fields.update(_checked_status(item, case, today))
    progress = [_checked_progress(entry, case, today) for entry in item.progress]
    return CheckedItem(item.id, fields, actions, progress)


def _checked_choice(value: str, choices: Sequence[str], field_name: str) -> str:
    if value not in choices:
        raise check.invalid(
            field_name,
            QT_TRANSLATE_NOOP("Validation", "{field} {value} is not one of {choices}."),
            value=value,
            choices=", ".join(choice for choice in choices if choice),
        )
    return value


def _checked_status(item: ItemInput, case: Case, today: date) -> dict[str, object]:
    """Check the status with its completion date and verification, which need "completed"."""
    status = _checked_choice(item.status, ITEM_STATUSES, QT_TRANSLATE_NOOP("Validation", "Status"))
    completed = status == COMPLETED
    verified_by = check.clean_line(item.verified_by, QT_TRANSLATE_NOOP("Validation", "Verified by"))
    if completed and item.completed_on is None:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "it is completed; enter the date it was completed."),
        )
    if not completed and (item.completed_on or verified_by or item.verified_on):
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "only a completed item has a completion date or a verification; "
                "set the status to Completed or clear them.",
            ),
        )
    if bool(verified_by) != (item.verified_on is not None):
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "a verification needs both who verified it and the date."
            ),
        )

    completed_on = item.completed_on
    if completed_on is not None:
        check.check_date(
            completed_on,
            QT_TRANSLATE_NOOP("Validation", "Date completed"),
            not_before=case.raised_on,
            not_after=today,
        )
    if item.verified_on is not None:
        check.check_date(
            item.verified_on,
            QT_TRANSLATE_NOOP("Validation", "Date verified"),
            not_before=completed_on,
            not_after=today,
        )
    return {
        "status": status,
        "completed_on": completed_on,
        "verified_by": verified_by,
        "verified_on": item.verified_on,
    }


def _checked_progress(entry: ProgressInput, case: Case, today: date) -> ProgressInput:
    check.check_date(
        entry.entry_on,
        QT_TRANSLATE_NOOP("Validation", "Progress date"),
        not_before=case.raised_on,
        not_after=today,
    )
    return ProgressInput(
        entry.entry_on,
        check.clean_line(
            entry.author, QT_TRANSLATE_NOOP("Validation", "Progress author"), required=True
        ),
        check.clean_text(
            entry.text, QT_TRANSLATE_NOOP("Validation", "Progress note"), required=True
        ),
        entry.id,
    )
