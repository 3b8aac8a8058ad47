"""The bad-input catalogue: every store function rejects bad values, names them, saves nothing.

Each row gives a save with one bad value and a part of the message the officer
must see. The test checks the message, and that no table gained, lost or
changed a row. Rows with Welsh and other non-ASCII text check they are saved
as typed.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.process.assessment import Answer
from carehome_desk.process.i18n import DeskError
from carehome_desk.store import cases, settings
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import ALL_MODELS, CareHome, Case, CaseAction, database
from carehome_desk.ui.action_dialogs import NotApplicableDialog
from carehome_desk.ui.home_dialog import HomeDialog
from tests.conftest import TODAY

HUGE = ("Pryder ŵ " * 11_112)[:99_999] + "."  # 100,000 characters, no space at either end
RAISED_ON = date(2026, 11, 20)


def database_digest() -> str:
    """Return a digest of every row of every table, to prove a failed save changed nothing."""
    digest = hashlib.sha256()
    for model in ALL_MODELS:
        table = model._meta.table_name
        for row in database.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall():
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()


@dataclass
class World:
    session: Any
    home: CareHome
    case: Case
    action: CaseAction

    def answers(self, evidence: str = "Gwelwyd ar yr ymweliad") -> tuple[Answer, ...]:
        criteria = self.session.process_map().criteria
        return tuple(Answer(c.id, c.id == "amber-staffing", evidence) for c in criteria)

    def assessment(self, **changes: Any) -> cases.AssessmentInput:
        values = {"answers": self.answers(), "chosen_level": "amber", "assessed_on": TODAY}
        return cases.AssessmentInput(**{**values, **changes})

    def concern(self, **changes: Any) -> cases.ConcernInput:
        values = {"home_id": self.home.id, "raised_on": RAISED_ON, "source": "ciw"}
        values["summary"] = "Staff shortages at night"
        return cases.ConcernInput(**{**values, **changes})

    def new_case(self, concern=None, assessment=None) -> Case:
        return cases.record_new_case(
            self.session.process_map(),
            concern or self.concern(),
            assessment or self.assessment(),
            self.session.officer(),
            TODAY,
        )


@pytest.fixture
def world(session, home) -> World:
    case = World(session, home, None, None).new_case()  # type: ignore[arg-type]
    action = (
        CaseAction.select()
        .where((CaseAction.case == case.id) & (CaseAction.status == "open"))
        .first()
    )
    return World(session, home, case, action)


HOME = HomeInput(name="Plas Gwyn", postcode="LL55 1AA", beds=20)


def home_with(**changes: Any) -> Callable[[World], object]:
    return lambda w: save_home(replace(HOME, **changes), "Siân Ŵyn")


def case_with(**changes: Any) -> Callable[[World], object]:
    return lambda w: w.new_case(concern=w.concern(**changes))


def assessment_with(**changes: Any) -> Callable[[World], object]:
    return lambda w: w.new_case(assessment=w.assessment(**changes))


CONTROL = ("Home name", "control character")


def plan_with(**changes: Any) -> Callable[[World], object]:
    def save(w: World) -> object:
        from carehome_desk.store import plans

        item = plans.ItemInput(
            finding="Dim siart hylif", actions=("Cadw siartiau",), target_date=TODAY
        )
        details = plans.default_details(w.case.id)
        officer = w.session.officer()
        return plans.create_plan(
            w.case.id, "DAP", details, [replace(item, **changes)], officer, TODAY
        )

    return save


CATALOGUE: list[tuple[str, Callable[[World], object], str | tuple[str, ...]]] = [
    # care homes
    ("home name empty", home_with(name="  "), "Home name is required."),
    ("home name 100,000 characters", home_with(name=HUGE), "Home name is 100000 characters"),
    ("home name bell character", home_with(name="Tŷ\x07Gwyn"), CONTROL),
    ("home name NUL", home_with(name="Tŷ\x00Gwyn"), CONTROL),
    ("home name escape code", home_with(name="\x1b[31mTŷ"), CONTROL),
    ("home name two lines", home_with(name="Tŷ\nGwyn"), "Home name must be a single line"),
    ("home name C1 control", home_with(name="Tŷ\x85Gwyn"), CONTROL),
    ("address 100,000 characters", home_with(address=HUGE), "shorten it to 500 or fewer"),
    ("postcode invalid", home_with(postcode="CF10 4U"), "Postcode CF10 4U is not a UK"),
    ("postcode Welsh letters", home_with(postcode="CŴ1 1AA"), "is not a UK postcode"),
    ("beds negative", home_with(beds=-1), "Number of beds must be between 0 and 2000, not -1"),
    ("beds too many", home_with(beds=100_000), "between 0 and 2000, not 100000"),
    ("email no domain", home_with(email="siân@"), "Email siân@ is not an email address"),
    ("phone letters", home_with(phone="029 ABC"), "Phone 029 ABC is not a phone number"),
    ("CIW number taken", home_with(ciw_number="SIN-00012345"), "is already used by Tŷ Gwyn"),
    ("provider vertical tab", home_with(provider="Gofal\x0bDa"), ("Provider", "control")),
    # cases
    ("concern in the future", case_with(raised_on=TODAY + timedelta(days=1)), "is after"),
    ("concern before 2000", case_with(raised_on=date(1999, 12, 31)), "is before 2000-01-01"),
    ("summary empty", case_with(summary="\n \n"), "Summary is required."),
    ("summary 100,000 characters", case_with(summary=HUGE), "shorten it to 20000 or fewer"),
    ("summary control character", case_with(summary="Ar y\x1a noson"), ("Summary", "control")),
    ("source unknown", case_with(source="gossip"), "Source gossip is not a known source"),
    ("home deleted", case_with(home_id=uuid.uuid4()), "The chosen care home no longer"),
    (
        "assessed before the concern",
        assessment_with(assessed_on=RAISED_ON - timedelta(days=1)),
        "Date of assessment 2026-11-19 is before 2026-11-20",
    ),
    (
        "assessed in the future",
        assessment_with(assessed_on=TODAY + timedelta(days=1)),
        "Date of assessment 2026-12-05 is after 2026-12-04",
    ),
    (
        "level changed without reason",
        assessment_with(chosen_level="red"),
        "give a reason for the change",
    ),
    ("level unknown", assessment_with(chosen_level="purple"), "Unknown alert level purple"),
    (
        "evidence 100,000 characters",
        lambda w: w.new_case(assessment=w.assessment(answers=w.answers(HUGE))),
        "Evidence is 100000 characters",
    ),
    (
        "reason 100,000 characters",
        assessment_with(chosen_level="red", override_reason=HUGE),
        "Reason is 100000 characters",
    ),
    # actions
    (
        "done before the concern",
        lambda w: cases.mark_done(
            w.action.id, RAISED_ON - timedelta(days=1), w.session.officer(), TODAY
        ),
        "Date done 2026-11-19 is before 2026-11-20",
    ),
    (
        "done in the future",
        lambda w: cases.mark_done(
            w.action.id, TODAY + timedelta(days=3), w.session.officer(), TODAY
        ),
        "Date done 2026-12-07 is after 2026-12-04",
    ),
    (
        "not applicable without reason",
        lambda w: cases.mark_not_applicable(w.action.id, "   ", w.session.officer()),
        "Reason is required.",
    ),
    (
        "not applicable reason 100,000",
        lambda w: cases.mark_not_applicable(w.action.id, HUGE, w.session.officer()),
        "Reason is 100000 characters",
    ),
    (
        "action deleted",
        lambda w: cases.mark_not_applicable(uuid.uuid4(), "Dim angen", w.session.officer()),
        "That action no longer exists.",
    ),
    # action plans
    (
        "target date before the concern",
        plan_with(target_date=RAISED_ON - timedelta(days=1)),
        ("Target date", "2026-11-19 is before 2026-11-20"),
    ),
    (
        "responsible person 100,000",
        plan_with(responsible_person=HUGE),
        ("Responsible person", "100000 characters"),
    ),
    ("plan action control", plan_with(actions=("Cadw\x07siartiau",)), "control character"),
    # settings
    (
        "officer name 100,000",
        lambda w: settings.save_officer(HUGE, "Contracts"),
        "Officer name is 100000 characters",
    ),
    (
        "officer name control",
        lambda w: settings.save_officer("Siân\x08", "Contracts"),
        ("Officer name", "control character"),
    ),
    ("team empty", lambda w: settings.save_officer("Siân", ""), "Team is required."),
    (
        "council name empty",
        lambda w: settings.save_settings({"laptop_name": "Gliniadur", "council_name": " "}),
        "Council name is required.",
    ),
    (
        "shared folder two lines",
        lambda w: settings.save_settings({"shared_folder": "\\\\server\\share\nX"}),
        "Shared folder must be a single line",
    ),
]


@pytest.mark.parametrize(
    ("save", "message"),
    [pytest.param(save, message, id=name) for name, save, message in CATALOGUE],
)
def test_bad_value_rejected_and_nothing_saved(world: World, save, message) -> None:
    before = database_digest()

    with pytest.raises(DeskError) as raised:
        save(world)

    for part in (message,) if isinstance(message, str) else message:
        assert part in str(raised.value)
    assert database_digest() == before


def test_settings_rejected_all_or_none(world: World) -> None:
    """A bad value among good ones saves none of them."""
    with pytest.raises(DeskError):
        settings.save_settings({"laptop_name": "Gliniadur Siân", "council_name": ""})

    assert settings.setting("laptop_name") == ""


NON_ASCII_NAMES = [
    "Tŷ Gwyn",
    "Bryn Ŵyn",
    "Gwenllïan ap Siôn",
    "Ysbyty'r Môr",
    "Zoë Ní Bhriain",
    "Łucja Żółć",
    "Ærø Omsorg",
    "Фёдор",
    "老人院",
    "דוד",
]


@pytest.mark.parametrize("name", NON_ASCII_NAMES)
def test_non_ascii_names_saved_as_typed(world: World, name: str) -> None:
    saved = save_home(
        HomeInput(name=name, registered_manager=name, responsible_individual=name), name
    )

    stored = CareHome.get_by_id(saved.id)
    assert (stored.name, stored.registered_manager, stored.updated_by) == (name, name, name)


def test_longest_allowed_text_saved(world: World) -> None:
    summary = ("Pryder ŵ " * 2223)[:20_000]

    case = world.new_case(concern=world.concern(summary=summary))

    assert Case.get_by_id(case.id).summary == summary.strip()


# --- through the dialogs -----------------------------------------------------------


@pytest.fixture
def home_dialog(qtbot, ui_context) -> HomeDialog:
    dialog = HomeDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_save(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dialog_keeps_text_after_bad_address(qtbot, home_dialog, prompts) -> None:
    home_dialog.ui.name_edit.setText("Bryn Ŵyn")
    home_dialog.ui.address_edit.setPlainText(HUGE)

    press_save(qtbot, home_dialog)

    assert prompts.errors == [
        ("Care home not saved", "Address is 100000 characters long; shorten it to 500 or fewer.")
    ]
    assert home_dialog.isVisible()
    assert home_dialog.ui.name_edit.text() == "Bryn Ŵyn"
    assert home_dialog.ui.address_edit.toPlainText() == HUGE
    assert CareHome.select().where(CareHome.name == "Bryn Ŵyn").count() == 0


def test_dialog_rejects_control_character(qtbot, home_dialog, prompts) -> None:
    home_dialog.ui.name_edit.setText("Bryn\x1bŴyn")

    press_save(qtbot, home_dialog)

    assert prompts.errors[0][1].startswith("Home name contains")
    assert "control character" in prompts.errors[0][1]
    assert home_dialog.isVisible()


def test_dialog_name_field_stops_at_limit(qtbot, home_dialog) -> None:
    home_dialog.ui.name_edit.setText(HUGE)

    assert len(home_dialog.ui.name_edit.text()) == 200


def test_dialog_beds_cannot_go_negative(qtbot, home_dialog) -> None:
    spin = home_dialog.ui.beds_spin
    spin.setValue(-50)

    assert spin.value() == spin.minimum()
    assert home_dialog.entered().beds is None


def test_dialog_saves_welsh_name(qtbot, home_dialog, prompts) -> None:
    home_dialog.ui.name_edit.setText("Hafan Ŷd")
    home_dialog.ui.postcode_edit.setText("sa1 1aa")

    with qtbot.waitSignal(home_dialog.home_saved):
        press_save(qtbot, home_dialog)

    saved = CareHome.get(CareHome.name == "Hafan Ŷd")
    assert saved.postcode == "SA1 1AA"
    assert prompts.errors == []


def test_reason_dialog_keeps_huge_reason(qtbot, ui_context, world: World, prompts) -> None:
    dialog = NotApplicableDialog(ui_context, world.action, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.reason_edit.setPlainText(HUGE)

    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert prompts.errors == [
        ("Action not updated", "Reason is 100000 characters long; shorten it to 20000 or fewer.")
    ]
    assert dialog.isVisible()
    assert dialog.ui.reason_edit.toPlainText() == HUGE
    assert CaseAction.get_by_id(world.action.id).status == "open"
