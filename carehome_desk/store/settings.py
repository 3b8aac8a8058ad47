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
    "council_name": "The Council",
    "process_map": "appendix-18:1",
    "protective_marking": "OFFICIAL-SENSITIVE",
}

OFFICER_TEAMS = ("Contracts", "Safeguarding", "Case Management")
"""Teams offered at first start; an officer may type another."""


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


def process_map_key() -> tuple[str, str]:
    map_id, _, version = setting("process_map").partition(":")
    return map_id, version
