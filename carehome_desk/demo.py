"""Fictitious sample data for trying the app: care homes across Wales and cases at every level.

Every home, company and person here is invented. Phone numbers come from
Ofcom's ranges reserved for drama (029 2018 0xxx and 01632 960xxx) and email
addresses use the reserved ``.example`` domain, so none reaches a real home.

The data is built around a given ``today``: concerns are dated a set number of
days before it, so some actions are overdue, some due later and some done,
whatever the date. The seed decides which homes the cases belong to and the
homes' CIW numbers, so one seed and one ``today`` always give the same data.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from carehome_desk.process.assessment import NO_ESCALATION, Answer, recommend
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.processmap import ProcessMap
from carehome_desk.startup import open_data_folder
from carehome_desk.store import cases, plans, settings
from carehome_desk.store.db import has_data, set_setting
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome, Case, CaseAction

_CTX = "Demo"

DEFAULT_SEED = 2026
DEMO_OFFICER = settings.Officer("Demo Officer", "Contracts")
DEMO_COUNCIL_NAME = "Sample Council (demo data)"

# Officers who recorded the sample assessments, besides the demo officer.
_ASSESSING_OFFICERS = (
    DEMO_OFFICER,
    settings.Officer("Rhys Morgan", "Safeguarding"),
    settings.Officer("Ffion Ŵyn Parry", "Case Management"),
)

HOMES: tuple[HomeInput, ...] = (
    HomeInput(
        name="Tŷ Gwyn",
        address="14 Heol Llandaf\nLlandaf\nCardiff",
        postcode="CF5 2QX",
        provider="Gofal Cymru Cyf",
        responsible_individual="Dafydd Prys",
        registered_manager="Catrin Ellis",
        phone="029 2018 0114",
        email="manager@ty-gwyn.example",
        beds=32,
    ),
    HomeInput(
        name="Bryn Ŵyn",
        address="Ffordd y Bryn\nLlandudno",
        postcode="LL30 2YH",
        provider="Cartrefi Glannau Cyf",
        responsible_individual="Gwenllian Rowlands",
        registered_manager="Owain Pritchard",
        phone="01632 960211",
        email="office@bryn-wyn.example",
        beds=41,
    ),
    HomeInput(
        name="Plas-y-Coed",
        address="Plas-y-Coed Lane\nMalpas\nNewport",
        postcode="NP20 6WJ",
        provider="Valleys Healthcare Ltd",
        responsible_individual="Sarah Mitchell",
        registered_manager="Rhiannon Hughes",
        phone="01632 960345",
        email="manager@plas-y-coed.example",
        beds=56,
    ),
    HomeInput(
        name="Golygfa Gŵyr",
        address="27 Mumbles Road\nWest Cross\nSwansea",
        postcode="SA3 5AB",
        provider="Harbourside Care Ltd",
        responsible_individual="James O'Connor",
        registered_manager="Eleri Davies",
        phone="01632 960178",
        email="care@golygfa-gwyr.example",
        beds=28,
    ),
    HomeInput(
        name="Tŷ Celyn",
        address="Heol y Dŵr\nCarmarthen",
        postcode="SA31 1PG",
        provider="Gofal Cymru Cyf",
        responsible_individual="Dafydd Prys",
        registered_manager="Mared Thomas",
        phone="01632 960402",
        email="manager@ty-celyn.example",
        beds=24,
    ),
    HomeInput(
        name="Hafan y Môr",
        address="3 The Norton\nTenby",
        postcode="SA70 8AB",
        provider="Coastal Living Care Ltd",
        responsible_individual="Priya Sharma",
        registered_manager="Gareth Lewis",
        phone="01632 960530",
        email="office@hafan-y-mor.example",
        beds=35,
    ),
    HomeInput(
        name="Glan yr Afon",
        address="Canal Road\nNewtown",
        postcode="SY16 2JP",
        provider="Marches Care Group Ltd",
        responsible_individual="Helen Brooks",
        registered_manager="Siôn Edwards",
        phone="01632 960617",
        email="manager@glan-yr-afon.example",
        beds=30,
    ),
    HomeInput(
        name="Llys Elen",
        address="Ffordd Caergybi\nBangor",
        postcode="LL57 2EU",
        provider="Cartrefi Glannau Cyf",
        responsible_individual="Gwenllian Rowlands",
        registered_manager="Nia Roberts",
        phone="01632 960733",
        email="office@llys-elen.example",
        beds=38,
    ),
    HomeInput(
        name="Maes-y-Dre",
        address="Salop Road\nWelshpool",
        postcode="SY21 7DX",
        provider="Marches Care Group Ltd",
        responsible_individual="Helen Brooks",
        registered_manager="Tomos Jenkins",
        phone="01632 960819",
        email="manager@maes-y-dre.example",
        beds=22,
    ),
    HomeInput(
        name="The Beeches",
        address="19 Victoria Road\nPenarth",
        postcode="CF64 3EG",
        provider="Harbourside Care Ltd",
        responsible_individual="James O'Connor",
        registered_manager="Michelle Baker",
        phone="029 2018 0462",
        email="manager@the-beeches.example",
        beds=45,
    ),
    HomeInput(
        name="Ashgrove House",
        address="Pen-y-Pound\nAbergavenny",
        postcode="NP7 5UD",
        provider="Valleys Healthcare Ltd",
        responsible_individual="Sarah Mitchell",
        registered_manager="Bethan Lloyd",
        phone="01632 960954",
        email="office@ashgrove-house.example",
        beds=50,
    ),
    HomeInput(
        name="Pen-y-Bryn Lodge",
        address="Ffordd Rhuthun\nWrexham",
        postcode="LL11 2RB",
        provider="North Wales Care Homes Ltd",
        responsible_individual="Iwan Griffiths",
        registered_manager="Karen Hughes",
        phone="01632 960088",
        email="manager@pen-y-bryn.example",
        beds=33,
    ),
    HomeInput(
        name="Riverside Court",
        address="Taff Street\nPontypridd",
        postcode="CF37 4TS",
        provider="Valleys Healthcare Ltd",
        responsible_individual="Sarah Mitchell",
        registered_manager="Lowri Evans",
        phone="029 2018 0739",
        email="manager@riverside-court.example",
        beds=40,
    ),
)
"""The sample homes, without CIW numbers: the seed picks those."""


@dataclass(frozen=True)
class Step:
    """Something an officer did to one action of a sample case."""

    action_id: str  # map action id, e.g. "amber-urgent-visit"
    kind: str  # "done", "applies", "does_not_apply" or "not_applicable"
    days_after_raised: int = 0  # for "done": when it was done
    reason: str = ""  # for "not_applicable"


@dataclass(frozen=True)
class Scenario:
    """One sample case: the concern, the criteria met with evidence, and the work since."""

    level: str  # the chosen level id, or NO_ESCALATION
    source: str
    summary: str
    raised_days_ago: int
    met: tuple[tuple[str, str], ...]  # (criterion id, evidence)
    steps: tuple[Step, ...] = ()
    assessed_days_after_raised: int = 0
    override_reason: str = ""


def _done(action_id: str, days_after_raised: int) -> Step:
    return Step(action_id, "done", days_after_raised)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        level="blue",
        source="other_la",
        summary=(
            "A neighbouring local authority reports its placed resident twice missed "
            "evening medication last month."
        ),
        raised_days_ago=34,
        met=(
            ("blue-notified", "Email from the placing authority's reviewing officer."),
            ("blue-not-significant-risk", "GP review found no harm; the resident is well."),
        ),
        steps=(
            _done("blue-jqmm", 6),
            _done("blue-monitoring-visit", 3),
            Step("blue-individual-review", "applies"),
            _done("blue-individual-review", 4),
            Step("blue-safeguarding-reporting", "does_not_apply"),
            Step("blue-cap", "does_not_apply"),
        ),
    ),
    Scenario(
        level="amber",
        source="complaint",
        summary=(
            "Third complaint in six months from families about call bells left unanswered at night."
        ),
        raised_days_ago=24,
        assessed_days_after_raised=1,
        met=(
            ("blue-notified", "Complaints passed on by the Contracts duty line."),
            (
                "blue-not-significant-risk",
                "No resident harmed; night staffing meets the registered numbers.",
            ),
        ),
        override_reason=(
            "A pattern of repeated complaints suggests wider problems than the Blue "
            "criteria describe; an urgent joint visit is needed."
        ),
        steps=(
            _done("amber-urgent-visit", 2),
            _done("amber-action-plan", 4),
            _done("amber-follow-up-visit", 11),
            _done("amber-jqmm", 9),
            Step(
                "amber-interim-manager",
                "not_applicable",
                reason="The Registered Manager is in post and leading the improvements.",
            ),
            Step("amber-ppm-jimp", "applies"),
        ),
    ),
    Scenario(
        level="blue",
        source="ambulance",
        summary="Ambulance crew reported a resident with an unexplained bruise to the forearm.",
        raised_days_ago=16,
        met=(
            ("blue-notified", "Ambulance service safeguarding referral."),
            (
                "blue-not-significant-risk",
                "Bruise explained by a recorded transfer; body map completed.",
            ),
        ),
        steps=(
            _done("blue-monitoring-visit", 2),
            Step("blue-individual-review", "applies"),
            _done("blue-individual-review", 5),
            Step("blue-safeguarding-reporting", "applies"),
            _done("blue-safeguarding-reporting", 1),
        ),
    ),
    Scenario(
        level="amber",
        source="health_board",
        summary=(
            "Norovirus outbreak: health board infection control nurse saw staff "
            "without aprons or gloves in the lounge."
        ),
        raised_days_ago=12,
        met=(
            (
                "amber-infection-control",
                "Infection control nurse's visit note; the home has ordered PPE stations.",
            ),
        ),
        steps=(
            _done("amber-urgent-visit", 1),
            Step("amber-interim-manager", "does_not_apply"),
        ),
    ),
    Scenario(
        level="blue",
        source="police",
        summary=(
            "Police attended after a resident left the home unnoticed; found safe two hours later."
        ),
        raised_days_ago=10,
        met=(
            ("blue-notified", "South Wales Police notification."),
            ("blue-not-significant-risk", "Door alarm repaired the same day; resident unhurt."),
        ),
        steps=(Step("blue-individual-review", "applies"),),
    ),
    Scenario(
        level="blue",
        source="ciw",
        summary="CIW notification: kitchen food hygiene rating dropped from 5 to 2.",
        raised_days_ago=7,
        met=(
            ("blue-notified", "CIW notification and the food hygiene inspection report."),
            ("blue-not-significant-risk", "No illness reported among residents."),
        ),
        steps=(
            _done("blue-monitoring-visit", 4),
            Step("blue-individual-review", "does_not_apply"),
        ),
    ),
    Scenario(
        level="red",
        source="complaint",
        summary=(
            "Whistleblower: two night shifts covered by one carer for 24 residents; "
            "the manager is on long-term sick leave and nobody is in charge."
        ),
        raised_days_ago=6,
        met=(
            ("red-staffing", "Rotas for the last two weeks show single staffing at night."),
            (
                "red-management",
                "No deputy; the provider cannot name an acting manager before next month.",
            ),
        ),
        steps=(
            _done("red-jimp", 0),
            _done("red-immediate-visit", 0),
            _done("red-resilience-team", 1),
            Step("red-additional-staff", "applies"),
            Step("red-agency-staffing", "applies"),
            _done("red-agency-staffing", 2),
            _done("red-assessments", 3),
            Step("red-alternative-placements", "does_not_apply"),
        ),
    ),
    Scenario(
        level="amber",
        source="ciw",
        summary=(
            "CIW inspection found medication administration records incomplete on two "
            "floors; the provider has sent an improvement plan."
        ),
        raised_days_ago=4,
        met=(
            (
                "amber-agency-concerns",
                "CIW inspection letter; the provider's improvement plan dated this week.",
            ),
        ),
        steps=(_done("amber-urgent-visit", 1),),
    ),
    Scenario(
        level="no_alert",
        source="complaint",
        summary=(
            "A family complained that laundry goes missing; the manager has a new labelling system."
        ),
        raised_days_ago=3,
        met=(),
    ),
    Scenario(
        level="blue",
        source="hse",
        summary="HSE notified of a resident slipping from a hoist sling; no injury.",
        raised_days_ago=2,
        met=(
            ("blue-notified", "RIDDOR report forwarded by the HSE."),
            ("blue-not-significant-risk", "Sling withdrawn; all slings checked the same day."),
        ),
    ),
    Scenario(
        level="amber",
        source="case_management",
        summary=(
            "Review visit found agency staff covering 40% of shifts and care plans "
            "not updated; the home is recruiting."
        ),
        raised_days_ago=2,
        assessed_days_after_raised=1,
        met=(
            (
                "amber-staffing",
                "Rota shows 40% agency cover; three carers start next month.",
            ),
            (
                "amber-case-management",
                "Four care plans reviewed were more than three months out of date.",
            ),
        ),
    ),
    Scenario(
        level="red",
        source="health_board",
        summary=(
            "Heating and hot water failed in the east wing; district nurses found "
            "residents cold, with dry mouths and new pressure damage."
        ),
        raised_days_ago=0,
        met=(
            ("red-environment", "Boiler failed overnight; engineer cannot attend for three days."),
            ("red-neglect", "District nurse notes: three new grade 2 pressure sores."),
            (
                "red-deteriorating-health",
                "Five residents referred to the GP this week with chest infections.",
            ),
        ),
        steps=(_done("red-jimp", 0),),
    ),
)
"""The sample cases, oldest first, so case references rise with the date raised."""

# Homes that get the cases; the rest of the homes have none, as most homes do.
_HOMES_WITH_CASES = 9

# The DAP saved for the first Red case, so the sample contains an edited plan beside
# the plans pre-filled from actions: map action id -> the officer's finding.
_SAVED_PLAN_FINDINGS = {
    "red-immediate-visit": "Night rotas show one carer for 24 residents on two nights.",
    "red-resilience-team": "Staff unsure who is in charge at night or how to escalate.",
    "red-interim-manager": "No manager or deputy in post; the provider has no cover arranged.",
}
_SAVED_PLAN_EXTRA_ITEM = (
    "Fire door to the first-floor lounge found wedged open during the visit.",
    "Remove all door wedges and fit hold-open devices linked to the fire alarm.",
    14,  # target date: days after the plan is saved
)


@dataclass(frozen=True)
class DemoSummary:
    homes: int
    cases: int
    actions: int


def create_demo_data(data_dir: Path, today: date, seed: int = DEFAULT_SEED) -> DemoSummary:
    """Create a database in ``data_dir`` and fill it with the sample homes and cases.

    Raises DeskError when ``data_dir`` already contains a database, so sample data
    never mixes with real records. The database is left open, as
    ``open_data_folder`` leaves it.
    """
    if has_data(data_dir):
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Demo",
                "{path} already contains a Care Home Desk database; "
                "choose an empty folder for the sample data.",
            ),
            path=str(data_dir),
        )

    session = open_data_folder(data_dir)
    session.clock = lambda: today
    _set_up_settings()

    rng = random.Random(seed)
    homes = _save_homes(rng)
    _save_cases(session.process_map(), homes, rng, today)

    return DemoSummary(
        homes=CareHome.select().count(),
        cases=Case.select().count(),
        actions=CaseAction.select().count(),
    )


def _set_up_settings() -> None:
    if settings.officer() is None:
        settings.save_officer(DEMO_OFFICER.name, DEMO_OFFICER.team)
    set_setting("council_name", DEMO_COUNCIL_NAME)


def _save_homes(rng: random.Random) -> list[CareHome]:
    """Save the sample homes with CIW numbers drawn from ``rng``, shaped like SIN-00012345."""
    numbers = rng.sample(range(10_000, 99_999), len(HOMES))
    saved = []
    for home, number in zip(HOMES, numbers, strict=True):
        numbered = dataclasses.replace(home, ciw_number=f"SIN-000{number}")
        saved.append(save_home(numbered, DEMO_OFFICER.name))
    return saved


def _save_cases(
    process_map: ProcessMap, homes: list[CareHome], rng: random.Random, today: date
) -> None:
    homes_with_cases = rng.sample(homes, _HOMES_WITH_CASES)
    first_red: Case | None = None
    for number, scenario in enumerate(SCENARIOS):
        home = homes_with_cases[number % len(homes_with_cases)]
        officer = _ASSESSING_OFFICERS[number % len(_ASSESSING_OFFICERS)]
        case = _save_case(process_map, scenario, home, officer, today)
        _apply_steps(case, scenario, officer, today)
        if first_red is None and scenario.level == "red":
            first_red = case

    if first_red is not None:
        _save_edited_plan(first_red, today)


def _save_case(
    process_map: ProcessMap,
    scenario: Scenario,
    home: CareHome,
    officer: settings.Officer,
    today: date,
) -> Case:
    raised_on = today - timedelta(days=scenario.raised_days_ago)
    evidence = dict(scenario.met)
    answers = tuple(
        Answer(criterion.id, criterion.id in evidence, evidence.get(criterion.id, ""))
        for criterion in process_map.criteria
    )
    chosen = NO_ESCALATION if scenario.level == "no_alert" else scenario.level
    recommended = recommend(process_map, answers).level_id
    concern = cases.ConcernInput(home.id, raised_on, scenario.source, scenario.summary)
    assessment = cases.AssessmentInput(
        answers=answers,
        chosen_level=chosen,
        assessed_on=raised_on + timedelta(days=scenario.assessed_days_after_raised),
        override_reason=scenario.override_reason if chosen != recommended else "",
    )
    return cases.record_new_case(process_map, concern, assessment, officer, today)


def _apply_steps(case: Case, scenario: Scenario, officer: settings.Officer, today: date) -> None:
    for step in scenario.steps:
        action = CaseAction.get(
            (CaseAction.case == case.id) & (CaseAction.map_action_id == step.action_id)
        )
        if step.kind == "done":
            done_on = case.raised_on + timedelta(days=step.days_after_raised)
            cases.mark_done(action.id, done_on, officer, today)
        elif step.kind in ("applies", "does_not_apply"):
            cases.set_condition(action.id, step.kind == "applies", officer)
        elif step.kind == "not_applicable":
            cases.mark_not_applicable(action.id, step.reason, officer)
        else:
            raise ValueError(f"unknown step kind {step.kind!r} for {step.action_id}")


def _save_edited_plan(case: Case, today: date) -> None:
    """Save the case's DAP: its plan actions with the officer's findings, and one item more."""
    items = []
    for item in plans.prefilled_items(case.id):
        action = CaseAction.get_by_id(item.source_action_id)
        finding = _SAVED_PLAN_FINDINGS.get(action.map_action_id)
        if finding is not None:
            items.append(dataclasses.replace(item, finding=finding))

    finding, required, target_days = _SAVED_PLAN_EXTRA_ITEM
    responsible = case.home.registered_manager
    items.append(
        plans.ItemInput(finding, (required,), responsible, today + timedelta(days=target_days))
    )
    plans.save_plan(case.id, "DAP", items, DEMO_OFFICER)
