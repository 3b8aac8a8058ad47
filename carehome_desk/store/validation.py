"""Checks applied to every value before it is saved, with messages that name the field."""

from __future__ import annotations

import re
from datetime import date

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError

_CTX = "Validation"

LINE_MAX = 200
TEXT_MAX = 20_000

# C0 and C1 control characters other than tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+() \-]{6,20}$")
_EARLIEST_DATE = date(2000, 1, 1)


def invalid(field: str, template: str, **params: object) -> DeskError:
    return DeskError(_CTX, template, field=field, **params)


def clean_line(value: str, field: str, required: bool = False, max_length: int = LINE_MAX) -> str:
    """Return ``value`` stripped, after checking it is one line of allowed length."""
    value = (value or "").strip()
    if "\n" in value or "\r" in value or "\t" in value:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{field} must be a single line without tabs or line breaks."
            ),
        )
    return _check_text(value, field, required, max_length)


def clean_text(value: str, field: str, required: bool = False, max_length: int = TEXT_MAX) -> str:
    """Return multi-line ``value`` stripped, with line endings normalised to ``\\n``."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return _check_text(value, field, required, max_length)


def _check_text(value: str, field: str, required: bool, max_length: int) -> str:
    if required and not value:
        raise invalid(field, QT_TRANSLATE_NOOP("Validation", "{field} is required."))
    control = _CONTROL.search(value)
    if control:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field} contains an invisible control character ({code}) at position "
                "{position}, often pasted from another program; delete it and retype.",
            ),
            code=f"U+{ord(control.group()):04X}",
            position=control.start() + 1,
        )
    if len(value) > max_length:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field} is {length} characters long; shorten it to {maximum} or fewer.",
            ),
            length=len(value),
            maximum=max_length,
        )
    return value


def clean_postcode(value: str, field: str) -> str:
    """Return a UK postcode in capitals with one space before the inward code."""
    compact = re.sub(r"\s+", "", (value or "").upper())
    if not compact:
        return ""
    if not _POSTCODE.match(compact):
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("Validation", "{field} {value} is not a UK postcode, e.g. CF10 4UW."),
            value=value.strip(),
        )
    return f"{compact[:-3]} {compact[-3:]}"


def clean_registration_number(value: str, field: str, max_length: int = 40) -> str:
    """Return a registration number in capitals with runs of spaces and hyphens as one hyphen.

    "sin 00012345" and "SIN-00012345" are the same number, so both are stored
    the second way and a duplicate cannot hide behind case or spacing.
    """
    value = clean_line(value, field, max_length=max_length)
    return re.sub(r"[\s\-]+", "-", value.upper()).strip("-")


def clean_email(value: str, field: str) -> str:
    value = clean_line(value, field)
    if value and not _EMAIL.match(value):
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{field} {value} is not an email address, e.g. name@example.org."
            ),
            value=value,
        )
    return value


def clean_phone(value: str, field: str) -> str:
    value = clean_line(value, field)
    if value and not _PHONE.match(value):
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{field} {value} is not a phone number; use digits, spaces, + ( ) and -.",
            ),
            value=value,
        )
    return value


def clean_beds(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if value < 0 or value > 2000:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("Validation", "{field} must be between 0 and 2000, not {value}."),
            value=value,
        )
    return value


def check_date(
    value: date, field: str, not_after: date | None = None, not_before: date | None = None
) -> date:
    """Check ``value`` lies between ``not_before`` (default 2000-01-01) and ``not_after``."""
    earliest = not_before or _EARLIEST_DATE
    if value < earliest:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{field} {value} is before {earliest}; check the date."
            ),
            value=value.isoformat(),
            earliest=earliest.isoformat(),
        )
    if not_after is not None and value > not_after:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("Validation", "{field} {value} is after {latest}; check the date."),
            value=value.isoformat(),
            latest=not_after.isoformat(),
        )
    return value
