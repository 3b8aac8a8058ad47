"""Plans in the store: references, drafts and versions, issuing, closing and checks."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import TODAY
from plan_samples import RAISED_ON, make_case, ready_item

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans, settings
from carehome_desk.store.db import set_setting
from carehome_desk.store.plan_models import PlanItem, PlanVersion
from carehome_desk.store.plans import (
    EMBARGO_CONDITIONAL,
    ItemInput,
    PlanDetails,
    PlanNotReady,
    ProgressInput,
)
from carehome_desk.store.visits import VisitInput, record_visit

DETAILS = PlanDetails(
    follows="Unannounced visit on 3 December 2026",
    agencies="CIW; UHB",
    trigger="Whistleblowing",
    respond_by=date(2026, 12, 18),
    next_visit_on=date(2027, 1, 6),
    review_on=date(2027, 2, 3),
    escalation="Any new concern.",
)


def new_plan(session, case, items, plan_type="DAP", details=DETAILS):
    return plans.create_plan(case.id, plan_type, details, items, session.officer(), TODAY)


def fake_snapshot(version_id) -> str:
    return f"snapshot of {version_id}"


def issue(session, version):
    return plans.issue_version(version.id, session.officer(), TODAY, fake_snapshot)


def test_create_plan_reference_and_content(session, home):
    case = make_case(session, home)
    items = [
        ready_item(1),
        ready_item(
            2, status="completed", completed_on=TODAY, verified_by="Siân Ŵyn", verified_on=TODAY
        ),
    ]

    version = new_plan(session, case, items)

    content = plans.version_content(version.id)
    code = settings.setting("device_code")
    assert content.reference == f"DAP-2026-{code}-0001"
    assert content.number == 1
    assert content.status == plans.DRAFT
    assert content.plan_status == plans.DRAFT
    assert content.details == DETAILS
    assert list(content.items) == items


def test_references_count_per_laptop(session, home):
    case = make_case(session, home)
    first = new_plan(session, case, [ready_item(1)])
    second = new_plan(session, case, [ready_item(1)], plan_type="CAP")
    set_setting("device_code", "ZZ99")
    third = new_plan(session, case, [ready_item(1)])

    references = [plans.version_content(v.id).reference for v in (first, second, third)]
    assert references[0].endswith("-0001")
    assert references[1].startswith("CAP-2026-")
    assert references[1].endswith("-0002")
    assert references[2] == "DAP-2026-ZZ99-0003"


def test_save_draft_replaces_draft(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1), ready_item(2)])
    plan_id = plans.version_content(version.id).plan_id

    saved = plans.save_draft(plan_id, DETAILS, [ready_item(3)], session.officer(), TODAY)

    assert saved.id == version.id
    assert [item.finding for item in plans.version_content(saved.id).items] == [
        ready_item(3).finding
    ]
    assert PlanItem.select().count() == 1


def test_edit_after_issue_makes_new_version(session, home):
    case = make_case(session, home)
    first = new_plan(session, case, [ready_item(1)])
    plan_id = plans.version_content(first.id).plan_id
    issue(session, first)

    second = plans.save_draft(
        plan_id, DETAILS, [ready_item(1), ready_item(2)], session.officer(), TODAY
    )

    assert second.number == 2
    assert second.status == plans.DRAFT
    issued = plans.version_content(first.id)
    assert issued.status == plans.ISSUED
    assert len(issued.items) == 1
    assert PlanVersion.get_by_id(first.id).snapshot == fake_snapshot(first.id)
    row = plans.plan_rows(case.id)[0]
    assert (row.version, row.version_status, row.issued_version) == (2, plans.DRAFT, 1)
    assert row.status == plans.ISSUED
    assert row.issued_on == TODAY
    assert [v.number for v in plans.plan_versions(plan_id)] == [2, 1]


def test_issue_names_items_missing_action_or_date(session, home):
    case = make_case(session, home)
    items = [
        ready_item(1),
        ready_item(2, actions=()),
        ready_item(3, target_date=None),
        ready_item(4, actions=("  ",), target_date=None),
    ]
    version = new_plan(session, case, items)

    with pytest.raises(PlanNotReady) as raised:
        issue(session, version)

    message = raised.value.message()
    assert "Item 1" not in message
    assert "Item 2 has no required action." in message
    assert "Item 3 has no target date." in message
    assert "Item 4 has no required action and no target date." in message
    assert [p.number for p in raised.value.problems] == [2, 3, 4]
    assert PlanVersion.get_by_id(version.id).status == plans.DRAFT


def test_issue_empty_plan_rejected(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [])

    with pytest.raises(PlanNotReady, match="It has no items"):
        issue(session, version)


def test_issue_stores_snapshot_once(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])

    issue(session, version)

    stored = PlanVersion.get_by_id(version.id)
    assert stored.issued_on == TODAY
    assert stored.issued_by == "Siân Ŵyn"
    assert plans.issued_snapshot(version.id) == fake_snapshot(version.id)
    with pytest.raises(DeskError, match="was issued on 2026-12-04"):
        issue(session, version)


def test_snapshot_reads_issued_version(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])
    seen = []

    def snapshot(version_id):
        content = plans.version_content(version_id)
        seen.append((content.status, content.issued_on))
        return "{}"

    plans.issue_version(version.id, session.officer(), TODAY, snapshot)

    assert seen == [(plans.ISSUED, TODAY)]


def test_draft_has_no_snapshot(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])

    with pytest.raises(DeskError, match="is a draft"):
        plans.issued_snapshot(version.id)


def test_close_plan_records_why_and_who(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])
    plan_id = plans.version_content(version.id).plan_id

    plans.close_plan(
        plan_id, "All actions done.", "Gwenllïan Jones (RM)", TODAY, session.officer(), TODAY
    )

    row = plans.plan_rows(case.id)[0]
    assert row.status == plans.CLOSED
    assert row.closed_on == TODAY
    assert row.closure_reason == "All actions done."
    assert row.closure_told == "Gwenllïan Jones (RM)"
    with pytest.raises(DeskError, match="is closed"):
        plans.save_draft(plan_id, DETAILS, [ready_item(1)], session.officer(), TODAY)
    with pytest.raises(DeskError, match="is closed"):
        issue(session, version)


@pytest.mark.parametrize(("reason", "told"), [("", "RM"), ("Done", " ")])
def test_close_plan_needs_reason_and_told(session, home, reason, told):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])
    plan_id = plans.version_content(version.id).plan_id

    with pytest.raises(DeskError, match="is required"):
        plans.close_plan(plan_id, reason, told, TODAY, session.officer(), TODAY)


def test_close_plan_date_not_in_future(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])
    plan_id = plans.version_content(version.id).plan_id

    with pytest.raises(DeskError, match="Date closed 2026-12-05 is after 2026-12-04"):
        plans.close_plan(plan_id, "Done", "RM", date(2026, 12, 5), session.officer(), TODAY)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"status": "completed"}, "Item 1: it is completed; enter the date"),
        ({"completed_on": TODAY}, "Item 1: only a completed item"),
        (
            {"status": "completed", "completed_on": TODAY, "verified_by": "Siân Ŵyn"},
            "Item 1: a verification needs both",
        ),
        ({"status": "finished"}, "Item 1: Status finished is not one of"),
        ({"priority": "urgent"}, "Item 1: Priority urgent is not one of"),
        ({"target_date": date(2026, 1, 1)}, "Item 1: Target date 2026-01-01 is before"),
        (
            {"progress": (ProgressInput(date(2026, 12, 5), "Siân", "Later"),)},
            "Item 1: Progress date 2026-12-05 is after 2026-12-04",
        ),
        ({"progress": (ProgressInput(TODAY, "", "Note"),)}, "Item 1: Progress author is required"),
        ({"responsible_person": "Two\nlines"}, "Item 1: Responsible person must be a single line"),
    ],
)
def test_item_checks_name_item(session, home, changes, expected):
    case = make_case(session, home)

    with pytest.raises(DeskError) as raised:
        new_plan(session, case, [dataclasses.replace(ready_item(1), **changes)])

    assert raised.value.message().startswith(expected)


def test_empty_item_rejected(session, home):
    case = make_case(session, home)
    items = [ready_item(1), ItemInput("", ("  ",))]

    with pytest.raises(DeskError, match="Item 2: it is empty"):
        new_plan(session, case, items)


def test_conditional_embargo_needs_conditions(session, home):
    case = make_case(session, home)
    details = dataclasses.replace(DETAILS, embargo=EMBARGO_CONDITIONAL)

    with pytest.raises(DeskError, match="Embargo conditions is required"):
        new_plan(session, case, [ready_item(1)], details=details)


def test_long_finding_saved(session, home):
    case = make_case(session, home)
    finding = " ".join(f"word{index}" for index in range(8000))

    version = new_plan(session, case, [ready_item(1, finding=finding)])

    assert plans.version_content(version.id).items[0].finding == finding


def test_actions_as_string_rejected():
    with pytest.raises(TypeError, match="tuple of strings"):
        ItemInput("Finding", "Action")  # type: ignore[arg-type]


def test_visit_findings_split(session, home):
    case = make_case(session, home)
    findings = (
        "- Call bells not answered\n- Fluids chart missing\n\n"
        "Medicines trolley left open\nin the lounge."
    )
    record_visit(
        case.id, VisitInput(RAISED_ON, "unannounced", findings=findings), session.officer(), TODAY
    )

    found = plans.visit_findings(case.id)

    assert [finding.text for finding in found] == [
        "Call bells not answered",
        "Fluids chart missing",
        "Medicines trolley left open\nin the lounge.",
    ]
    assert {finding.visited_on for finding in found} == {RAISED_ON}


def test_prefilled_items_skip_unneeded_actions(session, home):
    case = make_case(session, home)

    items = plans.prefilled_items(case.id)

    assert items
    assert all(len(item.actions) == 1 for item in items)
    assert all(item.responsible_person == "Gwenllïan Jones" for item in items)
    assert all(item.finding == "Night staffing below safe levels." for item in items)


def test_draft_save_keeps_row_ids(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1), ready_item(2), ready_item(3)])
    saved = plans.version_content(version.id).items
    first, second, third = saved
    new_entry = ProgressInput(TODAY, "Siân Ŵyn", "Second visit")
    edited = [
        third,
        dataclasses.replace(first, finding="Changed", progress=(*first.progress, new_entry)),
    ]

    plans.save_draft(version.plan_id, DETAILS, edited, session.officer(), TODAY)

    items = plans.version_content(version.id).items
    assert [item.id for item in items] == [third.id, first.id]
    assert [item.finding for item in items] == [third.finding, "Changed"]
    assert items[1].progress[0].id == first.progress[0].id
    assert items[1].progress[1] == new_entry
    assert PlanItem.get_or_none(PlanItem.id == second.id) is None


def test_new_version_copies_rows(session, home):
    case = make_case(session, home)
    version = new_plan(session, case, [ready_item(1)])
    issue(session, version)
    issued = plans.version_content(version.id).items

    second = plans.save_draft(version.plan_id, DETAILS, issued, session.officer(), TODAY)

    copied = plans.version_content(second.id).items
    assert copied == issued
    assert copied[0].id != issued[0].id
    assert copied[0].progress[0].id != issued[0].progress[0].id
    assert plans.version_content(version.id).items[0].id == issued[0].id
