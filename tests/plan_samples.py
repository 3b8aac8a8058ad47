"""Sample action plans and PDF readers shared by the plan tests."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pypdf

from carehome_desk.documents.plan_pdf import PlanData, PlanItemData, ProgressData

# Every Welsh letter with a diacritic, in both cases, in words short enough for a column.
WELSH_LETTERS = "âêîôû ŵŷäëï öüÿáé íóúẃý àèìòù ẁỳ ÂÊÎÔÛ ŴŶÄËÏ ÖÜŸÁÉ ÍÓÚẂÝ ÀÈÌÒÙ ẀỲ"


def make_item(number: int, **changes: object) -> PlanItemData:
    item = PlanItemData(
        number=number,
        finding="Night staff could not describe the safeguarding procedure.",
        actions=("Train all night staff in safeguarding.", "Display the escalation chart."),
        responsible_person="Siân Ŵyn",
        target_date=date(2027, 1, 15),
        evidence="Interviews with three night carers at Bryn Ŵyn.",
        area="Safeguarding",
        priority="high",
        accountable_person="Dafydd ap Gwilym",
        completion_evidence="Training certificates for every night carer.",
        council_support="A session with the council's safeguarding trainer.",
        status="in_progress",
        progress=(ProgressData(date(2026, 12, 4), "Gwenllïan Jones", "Half the staff booked."),),
    )
    return dataclasses.replace(item, **changes)


def make_plan(**changes: object) -> PlanData:
    plan = PlanData(
        plan_type="DAP",
        case_reference="CHD-2026-K7QF-0003",
        council_name="Isle of Anglesey County Council",
        home_name="Tŷ Gwyn",
        home_address="Ffordd yr Orsaf\nLlangefni",
        home_postcode="LL77 7AA",
        ciw_number="SIN-00012345-ABCD",
        provider="Gofal Cymru Cyf.",
        responsible_individual="Dafydd Jones",
        registered_manager="Siân Ŵyn",
        level_name="Amber",
        level_set_on=date(2026, 12, 4),
        lead_officer="Gwenllian Huws",
        lead_officer_team="Adult Safeguarding",
        prepared_on=date(2026, 12, 7),
        items=(
            make_item(1, target_date=date(2027, 1, 15)),
            make_item(
                2,
                finding="Falls risk assessments were out of date in two care files.",
                actions=("Review every falls risk assessment.",),
                responsible_person="Bryn Ŵyn",
                accountable_person="",
                target_date=None,
                status="completed",
                completed_on=date(2026, 12, 5),
                verified_by="Gwenllian Huws",
                verified_on=date(2026, 12, 6),
            ),
        ),
        plan_reference="DAP-2026-K7QF-0001",
        version=2,
        issued_on=date(2026, 12, 7),
        officer_contact="01248 750057",
        follows="Unannounced visit on 3 December 2026",
        embargo="conditional",
        embargo_terms="No admissions with nursing needs.",
        agencies="CIW; Betsi Cadwaladr UHB",
        trigger="Whistleblowing about night staffing.",
        respond_by=date(2026, 12, 18),
        next_visit_on=date(2027, 1, 6),
        review_on=date(2027, 2, 3),
        escalation="Any new safeguarding concern.",
    )
    return dataclasses.replace(plan, **changes)


def sized_items(count: int, words: int = 60) -> tuple[PlanItemData, ...]:
    """Return ``count`` plain items, each with a finding of about ``words`` words."""
    text = " ".join(f"word{index % 37}" for index in range(words))
    return tuple(
        PlanItemData(
            number=number,
            finding=f"Finding {number}: {text}",
            actions=(f"Act on finding {number}.",),
            responsible_person="Siân Ŵyn",
            target_date=date(2027, 1, 15),
        )
        for number in range(1, count + 1)
    )


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def full_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def long_date(value: date) -> str:
    return f"{value.day} {value:%B} {value.year}"


RAISED_ON = date(2026, 12, 3)


def make_case(session, home, level: str = "red"):
    """Record a case at ``level`` for ``home``, raised the day before the fixed today."""
    from carehome_desk.process.assessment import Answer
    from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case

    criterion = {"red": "red-staffing", "amber": "amber-staffing", "blue": "blue-notified"}[level]
    answers = (Answer(criterion, True, "Two carers on nights for 28 residents."),)
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, RAISED_ON, "ciw", "Night staffing below safe levels."),
        AssessmentInput(answers, level, session.today()),
        session.officer(),
        session.today(),
    )


def ready_item(number: int, **changes: object):
    """Return a store item with everything issuing needs."""
    from carehome_desk.store.plans import ItemInput, ProgressInput

    item = ItemInput(
        finding=f"Finding {number} at Tŷ Gwyn & <Bryn Ŵyn>",
        actions=(f"Action {number}a", f"Action {number}b"),
        responsible_person="Gwenllïan Jones",
        target_date=date(2027, 1, number),
        evidence=f"Evidence {number}",
        area="Staffing",
        priority="high",
        accountable_person="Dafydd ap Gwilym",
        completion_evidence="Rotas for four weeks.",
        council_support="Matrix agency staff.",
        status="in_progress",
        progress=(ProgressInput(date(2026, 12, 4), "Siân Ŵyn", f"Progress on {number}"),),
    )
    return dataclasses.replace(item, **changes)
