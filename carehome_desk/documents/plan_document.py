"""The data an action plan document prints, and its JSON form kept with an issued version.

Everything a plan prints is in :class:`PlanData`, copied from the store when the plan is
exported or issued, so the renderer reads no database and an issued version prints from
its stored JSON exactly as it was issued.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class ProgressData:
    entry_on: date
    author: str
    text: str


@dataclass(frozen=True)
class PlanItemData:
    number: int
    finding: str
    actions: tuple[str, ...] = ()
    responsible_person: str = ""
    target_date: date | None = None
    evidence: str = ""
    area: str = ""
    priority: str = ""  # "", "high", "medium" or "low"
    accountable_person: str = ""
    completion_evidence: str = ""
    council_support: str = ""
    status: str = "not_started"
    completed_on: date | None = None
    verified_by: str = ""
    verified_on: date | None = None
    progress: tuple[ProgressData, ...] = ()


@dataclass(frozen=True)
class PlanData:
    plan_type: str  # "DAP" or "CAP"
    case_reference: str  # e.g. "CHD-2026-K7QF-0003"
    council_name: str
    home_name: str
    home_address: str  # may contain line breaks
    home_postcode: str
    ciw_number: str
    provider: str
    responsible_individual: str
    registered_manager: str
    level_name: str | None  # "Red", "Amber", "Blue" or None
    level_set_on: date | None
    lead_officer: str
    lead_officer_team: str
    prepared_on: date  # the day the document was made; the issue date for an issued version
    protective_marking: str = "OFFICIAL-SENSITIVE"
    items: tuple[PlanItemData, ...] = ()
    plan_reference: str = ""  # "" for a plan not yet saved
    version: int | None = None  # None for a plan not yet saved
    issued_on: date | None = None  # None for a draft
    officer_contact: str = ""
    follows: str = ""  # the visit or meeting the plan follows
    embargo: str = "none"  # admissions embargo: "none", "full" or "conditional"
    embargo_terms: str = ""
    agencies: str = ""
    trigger: str = ""  # what triggered the concern
    respond_by: date | None = None
    next_visit_on: date | None = None
    review_on: date | None = None
    escalation: str = ""  # what would trigger escalation


def plan_to_json(plan: PlanData) -> str:
    """Return ``plan`` as JSON, with dates as ISO 8601 strings."""
    document = {"format": SNAPSHOT_FORMAT, "plan": dataclasses.asdict(plan)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, default=_iso_date)


def plan_from_json(text: str) -> PlanData:
    """Return the PlanData that :func:`plan_to_json` wrote.

    Raises ValueError for JSON of another format or with missing fields.
    """
    document = json.loads(text)
    if document.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"unknown plan snapshot format {document.get('format')!r}")
    values = dict(document["plan"])
    values["items"] = tuple(_item_from_json(item) for item in values["items"])
    return PlanData(**_with_dates(PlanData, values))


def _item_from_json(values: dict[str, Any]) -> PlanItemData:
    values = dict(values)
    values["actions"] = tuple(values["actions"])
    values["progress"] = tuple(
        ProgressData(**_with_dates(ProgressData, entry)) for entry in values["progress"]
    )
    return PlanItemData(**_with_dates(PlanItemData, values))


def _with_dates(data_class: type, values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` with the ISO strings of ``data_class``'s date fields as dates."""
    converted = dict(values)
    for data_field in dataclasses.fields(data_class):
        value = converted.get(data_field.name)
        if "date" in str(data_field.type) and isinstance(value, str):
            converted[data_field.name] = date.fromisoformat(value)
    return converted


def _iso_date(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
