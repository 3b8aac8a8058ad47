"""Care homes: checked input and saving."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import validation as check
from carehome_desk.store.models import CareHome, database, utc_now

_CTX = "Validation"


@dataclass(frozen=True)
class HomeInput:
    name: str
    address: str = ""
    postcode: str = ""
    ciw_number: str = ""
    provider: str = ""
    responsible_individual: str = ""
    registered_manager: str = ""
    phone: str = ""
    email: str = ""
    beds: int | None = None


def _cleaned(home: HomeInput) -> dict[str, object]:
    return {
        "name": check.clean_line(
            home.name, QT_TRANSLATE_NOOP("Validation", "Home name"), required=True
        ),
        "address": check.clean_text(
            home.address, QT_TRANSLATE_NOOP("Validation", "Address"), max_length=500
        ),
        "postcode": check.clean_postcode(
            home.postcode, QT_TRANSLATE_NOOP("Validation", "Postcode")
        ),
        "ciw_number": check.clean_registration_number(
            home.ciw_number,
            QT_TRANSLATE_NOOP("Validation", "CIW registration number"),
            max_length=40,
        ),
        "provider": check.clean_line(home.provider, QT_TRANSLATE_NOOP("Validation", "Provider")),
        "responsible_individual": check.clean_line(
            home.responsible_individual, QT_TRANSLATE_NOOP("Validation", "Responsible Individual")
        ),
        "registered_manager": check.clean_line(
            home.registered_manager, QT_TRANSLATE_NOOP("Validation", "Registered Manager")
        ),
        "phone": check.clean_phone(home.phone, QT_TRANSLATE_NOOP("Validation", "Phone")),
        "email": check.clean_email(home.email, QT_TRANSLATE_NOOP("Validation", "Email")),
        "beds": check.clean_beds(home.beds, QT_TRANSLATE_NOOP("Validation", "Number of beds")),
    }


def save_home(home: HomeInput, officer_name: str, home_id: uuid.UUID | None = None) -> CareHome:
    """Create a home, or update the home ``home_id``; raise DeskError on invalid input."""
    values = _cleaned(home)
    with database.atomic():
        _check_ciw_number_free(str(values["ciw_number"]), home_id)
        if home_id is None:
            return CareHome.create(updated_by=officer_name, **values)
        record = CareHome.get_by_id(home_id)
        for key, value in values.items():
            setattr(record, key, value)
        record.updated_at = utc_now()
        record.updated_by = officer_name
        record.save()
        return record


def _check_ciw_number_free(ciw_number: str, home_id: uuid.UUID | None) -> None:
    if not ciw_number:
        return
    clash = CareHome.select().where(CareHome.ciw_number == ciw_number)
    if home_id is not None:
        clash = clash.where(CareHome.id != home_id)
    other = clash.first()
    if other is not None:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Validation",
                "CIW registration number {number} is already used by {home}; check the number.",
            ),
            number=ciw_number,
            home=other.name,
        )


def home_input(record: CareHome) -> HomeInput:
    """Return the editable fields of ``record``."""
    return HomeInput(
        name=record.name,
        address=record.address,
        postcode=record.postcode,
        ciw_number=record.ciw_number,
        provider=record.provider,
        responsible_individual=record.responsible_individual,
        registered_manager=record.registered_manager,
        phone=record.phone,
        email=record.email,
        beds=record.beds,
    )
