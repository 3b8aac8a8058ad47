"""Settings kept in the database, with their defaults declared once."""

from __future__ import annotations

from dataclasses import dataclass

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP
from carehome_desk.store.db import get_setting, set_setting
from carehome_desk.store.models import database
from carehome_desk.store.validation import clean_line

_CTX = "Validation"

DEFAULTS: dict[str, str] = {
    "officer_name": "",
    "officer_team": "",
    "officer_contact": "",  # phone or email printed beside the lead officer on plans
    "council_name": "The Council",
    "process_map": "appendix-18:1",  # "<map id>:<version>" used for new assessments
    "protective_marking": "OFFICIAL-SENSITIVE",
    "shared_folder": "",  # folder on the shared drive used to exchange records
    "laptop_name": "",  # a label for this laptop in sync reports; the id is device_id
}

_LABELS: dict[str, str] = {
    "officer_contact": QT_TRANSLATE_NOOP("Validation", "Contact"),
    "council_name": QT_TRANSLATE_NOOP("Validation", "Council name"),
    "process_map": QT_TRANSLATE_NOOP("Validation", "Process map"),
    "protective_marking": QT_TRANSLATE_NOOP("Validation", "Protective marking"),
    "shared_folder": QT_TRANSLATE_NOOP("Validation", "Shared folder"),
    "laptop_name": QT_TRANSLATE_NOOP("Validation", "Laptop name"),
}

OFFICER_TEAMS = ("Contracts", "Safeguarding", "Case Management")
"""Teams offered at first start; an officer may type another."""

# The number of successful save_settings calls in this process. Session compares it to
# know when the process map it caches may have changed.
_saves = 0


@dataclass(frozen=True)
class Officer:
    name: str
    team: str


def setting(key: str) -> str:
    value = get_setting(key)
    return DEFAULTS[key] if value is None else value


def officer() -> Officer | None:
    """Return the officer using this data folder, or None before first start is complete."""
    name = setting("officer_name")
    if not name:
        return None
    return Officer(name, setting("officer_team"))


def save_officer(name: str, team: str) -> Officer:
    name = clean_line(
        name, QT_TRANSLATE_NOOP("Validation", "Officer name"), required=True, max_length=100
    )
    team = clean_line(team, QT_TRANSLATE_NOOP("Validation", "Team"), required=True, max_length=100)
    with database.atomic():
        set_setting("officer_name", name)
        set_setting("officer_team", team)
    return Officer(name, team)


def save_settings(values: dict[str, str]) -> None:
    """Check and save general settings (not the officer), all or none.

    ``council_name`` and ``protective_marking`` may not be blank; the others may.
    """
    global _saves
    required = {"council_name", "protective_marking", "process_map"}
    cleaned = {}
    for key, value in values.items():
        if key not in _LABELS:
            raise KeyError(key)
        max_length = 1000 if key == "shared_folder" else 200
        cleaned[key] = clean_line(
            value, _LABELS[key], required=key in required, max_length=max_length
        )
    with database.atomic():
        for key, value in cleaned.items():
            set_setting(key, value)
    _saves += 1


def saves() -> int:
    """Return how many times ``save_settings`` has saved in this process."""
    return _saves


def process_map_key() -> tuple[str, str]:
    map_id, _, version = setting("process_map").partition(":")
    return map_id, version
