"""Exporting plans: an issued version prints as issued, and the command line picks versions."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from plan_samples import make_case, page_texts, ready_item

from carehome_desk import cli
from carehome_desk.documents.plan_data import export_data, snapshot_maker
from carehome_desk.documents.plan_pdf import render_plan_pdf
from carehome_desk.store import plans, settings
from carehome_desk.store.db import close_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.plans import PlanDetails

DETAILS = PlanDetails(follows="Visit on 3 December 2026", trigger="Whistleblowing")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Undo the log file set-up that each command line run makes in this process."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def run_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str):
    code = cli.main(list(argv), log_dir=tmp_path / "log")
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def issued_plan(session, home, items=None):
    """Create a case with a DAP and issue its version 1; return the case and the version."""
    case = make_case(session, home)
    version = plans.create_plan(
        case.id, "DAP", DETAILS, items or [ready_item(1), ready_item(2)], session.officer(), TODAY
    )
    plans.issue_version(version.id, session.officer(), TODAY, snapshot_maker(session))
    return case, version


def change_everything(session, home, case) -> None:
    """Change the home, the settings, the officer and the case after the plan was issued."""
    save_home(
        HomeInput(name="Plas Newydd", provider="New Provider Ltd", registered_manager="Someone"),
        "Siân Ŵyn",
        home_id=home.id,
    )
    settings.save_settings({"council_name": "Another Council", "protective_marking": "OFFICIAL"})
    settings.save_officer("Rhys Ifans", "Safeguarding")
    case.level = "amber"
    case.summary = "Changed summary"
    case.save()


def test_issued_version_exports_same_text(session, home, tmp_path):
    case, version = issued_plan(session, home)
    first = tmp_path / "first.pdf"
    render_plan_pdf(export_data(session, version.id), first)

    change_everything(session, home, case)
    plans.save_draft(
        plans.version_content(version.id).plan_id,
        DETAILS,
        [ready_item(7)],
        session.officer(),
        TODAY,
    )
    again = tmp_path / "again.pdf"
    render_plan_pdf(export_data(session, version.id), again)

    assert page_texts(again) == page_texts(first)
    text = "\n".join(page_texts(first))
    assert "Tŷ Gwyn" in text
    assert "OFFICIAL-SENSITIVE" in text
    assert "Version 1, issued 4 December 2026" in text
    assert "Another Council" not in text
    assert "Finding 7" not in text


def test_draft_exports_current_facts(session, home, tmp_path):
    case = make_case(session, home)
    version = plans.create_plan(case.id, "CAP", DETAILS, [ready_item(1)], session.officer(), TODAY)
    settings.save_settings({"council_name": "Cyngor Gwynedd"})

    out = tmp_path / "draft.pdf"
    render_plan_pdf(export_data(session, version.id), out)

    text = " ".join("\n".join(page_texts(out)).split())
    assert "Cyngor Gwynedd" in text
    assert "Version 1, draft, not issued" in text
    assert "DRAFT" in text


def test_cli_exports_issued_version(session, home, tmp_path, capsys):
    case, version = issued_plan(session, home)
    reference = plans.version_content(version.id).reference
    plans.save_draft(
        plans.version_content(version.id).plan_id,
        DETAILS,
        [ready_item(9)],
        session.officer(),
        TODAY,
    )
    data_dir = str(session.data_dir)
    close_db()
    latest = tmp_path / "latest.pdf"
    first = tmp_path / "first.pdf"

    by_case = run_cli(
        tmp_path, capsys, "export-plan", case.reference, "--type", "dap", "--out", str(latest),
        "--data-dir", data_dir,
    )  # fmt: skip
    by_plan = run_cli(
        tmp_path, capsys, "export-plan", reference, "--plan-version", "1", "--out", str(first),
        "--data-dir", data_dir,
    )  # fmt: skip

    assert by_case[0] == 0, by_case[2]
    assert f"{reference} version 2" in by_case[1]
    assert "Finding 9" in " ".join(page_texts(latest))
    assert by_plan[0] == 0, by_plan[2]
    assert f"{reference} version 1" in by_plan[1]
    first_text = " ".join(page_texts(first))
    assert "Version 1, issued 4 December 2026" in first_text
    assert "Finding 9" not in first_text


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--plan-version", "5"), "has no version 5; its versions are 1 to 1"),
        (("--plan-version", "1", "--officer", "Rhys"), "leave out --officer"),
        (("--type", "cap"), "is a DAP, not a CAP"),
    ],
)
def test_cli_version_errors(session, home, tmp_path, capsys, options, expected):
    _, version = issued_plan(session, home)
    reference = plans.version_content(version.id).reference
    data_dir = str(session.data_dir)
    close_db()
    out = tmp_path / "plan.pdf"

    code, _, errors = run_cli(
        tmp_path, capsys, "export-plan", reference, "--out", str(out), "--data-dir", data_dir,
        *options,
    )  # fmt: skip

    assert code == 1
    assert expected in errors
    assert not out.exists()


def test_cli_case_without_type(session, home, tmp_path, capsys):
    case = make_case(session, home)
    data_dir = str(session.data_dir)
    close_db()

    code, _, errors = run_cli(
        tmp_path, capsys, "export-plan", case.reference, "--out", str(tmp_path / "x.pdf"),
        "--data-dir", data_dir,
    )  # fmt: skip

    assert code == 1
    assert "--type dap or --type cap" in errors


def test_cli_bad_version_number(tmp_path, capsys):
    code, _, errors = run_cli(
        tmp_path, capsys, "export-plan", "DAP-2026-ABCD-0001", "--plan-version", "0",
        "--out", str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path),
    )  # fmt: skip

    assert code == 2
    assert "not a version number" in errors
