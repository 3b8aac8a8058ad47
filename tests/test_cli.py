"""Tests for the command line: help, sample data, the case list, plan exports and errors."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdf
import pytest

from carehome_desk import __version__, cli
from carehome_desk.store import lifecycle, plans
from carehome_desk.store.cases import NOT_APPLICABLE
from carehome_desk.store.db import close_db, init_db, set_setting
from carehome_desk.store.models import Case, CaseAction, Plan
from carehome_desk.store.queries import case_by_reference
from carehome_desk.store.settings import Officer

TODAY = date(2026, 12, 4)
REFERENCE = re.compile(r"^CHD-\d{4}-[0-9A-Z]{4}-\d{4}$")
LEVELS = {"Red", "Amber", "Blue", "No alert"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


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


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Return a function that runs the command line in this process and returns its Result."""

    def run_cli(*argv: str) -> Result:
        code = cli.main(list(argv), log_dir=tmp_path / "log")
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run_cli


@pytest.fixture
def demo_dir(tmp_path: Path, run) -> Path:
    folder = tmp_path / "demo data"  # a space, as in many Windows profile paths
    result = run("demo", "--data-dir", str(folder), "--today", TODAY.isoformat())
    assert result.code == 0, result.err
    return folder


def references(result: Result) -> list[str]:
    return [line.split("\t")[0] for line in result.lines]


def first_reference(run, data_dir: Path) -> str:
    return references(run("list-cases", "--data-dir", str(data_dir)))[0]


def pdf_text(path: Path) -> str:
    """Return the PDF's text with line breaks and runs of spaces as single spaces."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(text.split())


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def assert_one_line(result: Result) -> None:
    assert result.out == ""
    assert len(result.err.splitlines()) == 1, result.err
    assert "Traceback" not in result.err


# --- help and usage -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["demo", "--help"], ["list-cases", "--help"], ["export-plan", "--help"]],
)
def test_help_exits_zero(run, argv: list[str]) -> None:
    result = run(*argv)

    assert result.code == 0
    assert result.out.startswith("usage: carehome-desk")


def test_help_names_data_dir_default(run) -> None:
    from carehome_desk.paths import default_data_dir

    result = run("--help")

    assert str(default_data_dir()) in " ".join(result.out.split())


def test_version_prints_version(run) -> None:
    result = run("--version")

    assert result.code == 0
    assert result.out.strip() == f"carehome-desk {__version__}"


def test_parse_args_without_command(tmp_path: Path) -> None:
    args = cli.parse_args(["--data-dir", str(tmp_path)])

    assert args.command is None
    assert args.data_dir == tmp_path


def test_parse_args_data_dir_after_command(tmp_path: Path) -> None:
    args = cli.parse_args(["list-cases", "--data-dir", str(tmp_path)])

    assert args.command == "list-cases"
    assert args.data_dir == tmp_path


def test_main_without_command_is_usage_error(run) -> None:
    result = run()

    assert result.code == 2
    assert result.err.startswith("usage: carehome-desk")


def test_unknown_command_one_line(run) -> None:
    result = run("frobnicate")

    assert result.code == 2
    assert_one_line(result)
    assert "frobnicate" in result.err


# --- demo ---------------------------------------------------------------------


def test_demo_reports_what_it_made(tmp_path: Path, run) -> None:
    folder = tmp_path / "data"

    result = run("demo", "--data-dir", str(folder), "--today", TODAY.isoformat())

    assert result.code == 0
    assert str(folder) in result.out
    assert "13 sample care homes" in result.out


def test_demo_rejects_existing_database(demo_dir: Path, run) -> None:
    result = run("demo", "--data-dir", str(demo_dir))

    assert result.code == 1
    assert_one_line(result)
    assert str(demo_dir) in result.err
    assert "already contains" in result.err


@pytest.mark.parametrize("bad_day", ["2026-13-01", "04/12/2026", "yesterday", "1999-12-31"])
def test_demo_bad_today_one_line(tmp_path: Path, run, bad_day: str) -> None:
    folder = tmp_path / "data"

    result = run("demo", "--data-dir", str(folder), "--today", bad_day)

    assert result.code == 2
    assert_one_line(result)
    assert bad_day in result.err
    assert "--today" in result.err
    assert not folder.exists()


def test_demo_bad_seed_one_line(tmp_path: Path, run) -> None:
    result = run("demo", "--data-dir", str(tmp_path / "data"), "--seed", "many")

    assert result.code == 2
    assert_one_line(result)
    assert "many" in result.err


# --- list-cases ---------------------------------------------------------------


def test_list_cases_one_line_per_case(demo_dir: Path, run) -> None:
    result = run("list-cases", "--data-dir", str(demo_dir))

    init_db(demo_dir)
    case_count = Case.select().count()
    close_db()
    assert result.code == 0
    assert len(result.lines) == case_count
    for line in result.lines:
        reference, home, level, open_actions, next_due, status = line.split("\t")
        assert REFERENCE.match(reference), line
        assert status in {"Open", "Closed"}, line
        assert home, line
        assert level in LEVELS, line
        assert open_actions.isdigit(), line
        assert next_due == "-" or date.fromisoformat(next_due), line


def test_list_cases_shows_every_level(demo_dir: Path, run) -> None:
    result = run("list-cases", "--data-dir", str(demo_dir))

    levels = {line.split("\t")[2] for line in result.lines}
    assert levels == LEVELS


def test_list_cases_data_dir_before_command(demo_dir: Path, run) -> None:
    after = run("list-cases", "--data-dir", str(demo_dir))
    before = run("--data-dir", str(demo_dir), "list-cases")

    assert before.code == 0
    assert before.out == after.out


def test_list_cases_keeps_welsh_letters(demo_dir: Path, run) -> None:
    result = run("list-cases", "--data-dir", str(demo_dir))

    homes = {line.split("\t")[1] for line in result.lines}
    assert any("ŵ" in home.casefold() or "ŷ" in home.casefold() for home in homes), homes


def test_list_cases_tab_in_home_name(demo_dir: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    init_db(demo_dir)
    home = case_by_reference(reference).home
    home.name = "Tŷ\tGwyn"  # the store accepts tabs in a one-line field
    home.save()
    close_db()

    result = run("list-cases", "--data-dir", str(demo_dir))

    first_line = result.lines[0].split("\t")
    assert len(first_line) == 6
    assert first_line[1] == "Tŷ Gwyn"


def test_list_cases_marks_closed_case(demo_dir: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    init_db(demo_dir)
    case = case_by_reference(reference)
    officer = Officer("Siân Ŵyn", "Contracts")
    lifecycle.close_case(
        case.id, case.raised_on, "Resolved & closed <today>", officer, date.today()
    )
    close_db()

    result = run("list-cases", "--data-dir", str(demo_dir))

    statuses = {line.split("\t")[0]: line.split("\t")[5] for line in result.lines}
    assert statuses[reference] == "Closed"
    assert "Open" in statuses.values()


def test_list_cases_missing_folder(tmp_path: Path, run) -> None:
    folder = tmp_path / "nowhere"

    result = run("list-cases", "--data-dir", str(folder))

    assert result.code == 1
    assert_one_line(result)
    assert str(folder) in result.err
    assert "does not exist" in result.err
    assert not folder.exists()


def test_list_cases_empty_folder(tmp_path: Path, run) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()

    result = run("list-cases", "--data-dir", str(folder))

    assert result.code == 1
    assert_one_line(result)
    assert str(folder) in result.err
    assert "no Care Home Desk database" in result.err
    assert list(folder.iterdir()) == []


def test_list_cases_no_cases(tmp_path: Path, run) -> None:
    folder = tmp_path / "data"
    init_db(folder)
    close_db()

    result = run("list-cases", "--data-dir", str(folder))

    assert result.code == 0
    assert result.out == ""
    assert "No cases" in result.err


def test_list_cases_newer_database(demo_dir: Path, run) -> None:
    init_db(demo_dir)
    set_setting("schema_version", "999")
    close_db()

    result = run("list-cases", "--data-dir", str(demo_dir))

    assert result.code == 1
    assert_one_line(result)
    assert "newer version" in result.err
    assert str(demo_dir) in result.err


# --- export-plan --------------------------------------------------------------


def export(run, data_dir: Path, reference: str, out: Path, *options: str, plan_type: str = "dap"):
    return run(
        "export-plan", reference, "--type", plan_type, "--out", str(out),
        "--data-dir", str(data_dir), *options,
    )  # fmt: skip


def case_without_saved_plan(data_dir: Path, level: str) -> tuple[str, str, list[CaseAction]]:
    """Return the reference, home name and plan actions of a demo case at ``level``."""
    init_db(data_dir)
    try:
        planned = Plan.select(Plan.case)
        case = Case.select().where((Case.level == level) & Case.id.not_in(planned)).first()
        actions = list(
            CaseAction.select()
            .where((CaseAction.case == case.id) & (CaseAction.status != NOT_APPLICABLE))
            .order_by(CaseAction.sort_order)
        )
        return case.reference, case.home.name, actions
    finally:
        close_db()


@pytest.mark.parametrize("level", ["red", "amber", "blue"])
def test_export_plan_lists_actions(demo_dir: Path, tmp_path: Path, run, level: str) -> None:
    reference, home_name, actions = case_without_saved_plan(demo_dir, level)
    out = tmp_path / "plan.pdf"

    result = export(run, demo_dir, reference, out)

    assert result.code == 0, result.err
    assert str(out) in result.out
    text = pdf_text(out)
    assert reference in text
    assert home_name in text
    assert "Developmental Action Plan" in text
    for action in actions:
        assert " ".join(action.text.split())[:40] in text, action.name
        if action.due_on is not None:
            assert long_date(action.due_on) in text, action.name


def test_export_plan_saved_items(demo_dir: Path, tmp_path: Path, run) -> None:
    init_db(demo_dir)
    plan = Plan.select().first()
    reference = plan.case.reference
    findings = [item.finding for item in plans.plan_items(plan.case.id, plan.plan_type)]
    close_db()
    out = tmp_path / "saved.pdf"

    result = run(
        "--data-dir", str(demo_dir), "export-plan", reference, "--type", "DAP", "--out", str(out)
    )

    assert result.code == 0, result.err
    text = pdf_text(out)
    for finding in findings:
        assert finding in text


def test_export_plan_warns_unprintable_text(demo_dir: Path, tmp_path: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    init_db(demo_dir)
    home = case_by_reference(reference).home
    home.name = f"{home.name} \U0001f3e0"  # a house emoji, which DejaVu Sans lacks
    home.save()
    close_db()
    out = tmp_path / "plan.pdf"

    result = export(run, demo_dir, reference, out)

    assert result.code == 0, result.err
    assert str(out) in result.out
    assert result.err.startswith("Warning: ")
    assert "U+1F3E0" in result.err


def test_export_plan_lower_case_reference(demo_dir: Path, tmp_path: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    out = tmp_path / "plan.pdf"

    result = export(run, demo_dir, reference.lower(), out, plan_type="cap")

    assert result.code == 0, result.err
    assert "Corrective Action Plan" in pdf_text(out)


def test_export_plan_unknown_reference(demo_dir: Path, tmp_path: Path, run) -> None:
    out = tmp_path / "plan.pdf"

    result = export(run, demo_dir, "CHD-2026-ZZZZ-9999", out)

    assert result.code == 1
    assert_one_line(result)
    assert "CHD-2026-ZZZZ-9999" in result.err
    assert "list-cases" in result.err
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing folder", "under a file", "a folder"])
def test_export_plan_unwritable_path(demo_dir: Path, tmp_path: Path, run, where: str) -> None:
    reference = first_reference(run, demo_dir)
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("x")
    (tmp_path / "existing").mkdir()
    out = {
        "missing folder": tmp_path / "no such folder" / "plan.pdf",
        "under a file": blocker / "plan.pdf",
        "a folder": tmp_path / "existing",
    }[where]

    result = export(run, demo_dir, reference, out)

    assert result.code == 1
    assert_one_line(result)
    assert str(out) in result.err


def test_export_plan_without_officer(demo_dir: Path, tmp_path: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    init_db(demo_dir)
    set_setting("officer_name", "")
    close_db()
    out = tmp_path / "plan.pdf"

    refused = export(run, demo_dir, reference, out)
    named = export(run, demo_dir, reference, out, "--officer", "Gwenno Ŵyn")

    assert refused.code == 1
    assert_one_line(refused)
    assert "--officer NAME" in refused.err
    assert named.code == 0, named.err
    assert "Gwenno Ŵyn" in pdf_text(out)


def test_export_plan_officer_overrides_setting(demo_dir: Path, tmp_path: Path, run) -> None:
    reference = first_reference(run, demo_dir)
    out = tmp_path / "plan.pdf"

    result = export(run, demo_dir, reference, out, "--officer", "Rhys Morgan")

    assert result.code == 0, result.err
    text = pdf_text(out)
    assert "Rhys Morgan" in text
    assert "Demo Officer" not in text


def test_export_plan_blank_officer(demo_dir: Path, tmp_path: Path, run) -> None:
    reference = first_reference(run, demo_dir)

    result = export(run, demo_dir, reference, tmp_path / "plan.pdf", "--officer", "  ")

    assert result.code == 2
    assert_one_line(result)
    assert "--officer" in result.err


def test_export_plan_missing_folder(tmp_path: Path, run) -> None:
    folder = tmp_path / "nowhere"

    result = export(run, folder, "CHD-2026-ZZZZ-0001", tmp_path / "plan.pdf")

    assert result.code == 1
    assert_one_line(result)
    assert str(folder) in result.err
    assert not folder.exists()


def test_export_plan_bad_type_one_line(demo_dir: Path, tmp_path: Path, run) -> None:
    result = export(run, demo_dir, "CHD-2026-ZZZZ-0001", tmp_path / "plan.pdf", plan_type="plan")

    assert result.code == 2
    assert_one_line(result)
    assert "'plan'" in result.err


# --- end to end through python -m carehome_desk -------------------------------


def run_module(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m carehome_desk`` with the log folder and data inside ``tmp_path``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # where platformdirs puts the log on Linux
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "carehome_desk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_module_help_exits_zero(tmp_path: Path) -> None:
    for argv in (
        ["--help"],
        ["demo", "--help"],
        ["list-cases", "--help"],
        ["export-plan", "--help"],
    ):
        result = run_module(tmp_path, *argv)
        assert result.returncode == 0, (argv, result.stderr)
        assert result.stdout.startswith("usage: carehome-desk"), argv


@pytest.mark.slow
def test_module_demo_list_export(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    out = tmp_path / "plan.pdf"

    demo = run_module(tmp_path, "demo", "--data-dir", str(folder), "--today", TODAY.isoformat())
    listed = run_module(tmp_path, "--data-dir", str(folder), "list-cases")
    reference, home_name = listed.stdout.splitlines()[0].split("\t")[:2]
    export_argv = ["export-plan", reference, "--type", "dap", "--out", str(out)]
    export = run_module(tmp_path, *export_argv, "--data-dir", str(folder))

    assert demo.returncode == 0, demo.stderr
    assert listed.returncode == 0, listed.stderr
    assert all(REFERENCE.match(line.split("\t")[0]) for line in listed.stdout.splitlines())
    assert export.returncode == 0, export.stderr
    assert home_name in pdf_text(out)


@pytest.mark.slow
def test_module_error_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"

    result = run_module(tmp_path, "list-cases", "--data-dir", str(folder))

    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert str(folder) in result.stderr


@pytest.mark.slow
def test_module_closed_pipe_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    run_module(tmp_path, "demo", "--data-dir", str(folder), "--today", TODAY.isoformat())
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write fails, as after `| head -1` has exited

    try:
        result = subprocess.run(
            [sys.executable, "-m", "carehome_desk", "list-cases", "--data-dir", str(folder)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)

    assert result.returncode == 0
    assert result.stderr == ""
