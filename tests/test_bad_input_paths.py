"""Non-ASCII folders and file names work end to end; impossible dates and paths are named.

A Windows user folder is often named after its owner, so the data folder may
be ``C:\\Users\\Siân Ŵyn\\AppData\\Local\\CareHomeDesk``. These tests use such a
folder for the command line, a plan export, a backup and restore, and a start
of the app window in its own process.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from carehome_desk import cli
from carehome_desk.store import backup

pytestmark = pytest.mark.slow

START_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from carehome_desk.app import run_gui

def report():
    titles = [w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()]
    print("windows:", titles, flush=True)
    app.exit(0)

QTimer.singleShot(1500, report)
sys.exit(run_gui(Path(sys.argv[1]), Path(sys.argv[2])))
"""


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
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
    def run_cli(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), log_dir=tmp_path / "log")
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run_cli


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "Users" / "Siân Ŵyn"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sample data made once for this module; tests work on copies of it."""
    folder = tmp_path_factory.mktemp("demo") / "Gofal Cartref Ŷ"
    argv = ["demo", "--data-dir", str(folder), "--today", "2026-12-04"]
    root = logging.getLogger()
    handlers = list(root.handlers)
    assert cli.main(argv, log_dir=folder.parent / "log") == 0
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    return folder


@pytest.fixture
def data_dir(demo_folder: Path, profile: Path) -> Path:
    folder = profile / "AppData" / "Local" / demo_folder.name
    shutil.copytree(demo_folder, folder)
    return folder


def test_commands_in_welsh_named_folder(data_dir: Path, profile: Path, run) -> None:
    code, listed, err = run("list-cases", "--data-dir", str(data_dir))
    reference = listed.splitlines()[0].split("\t")[0]
    out = profile / "Dogfennau" / "Cynllun Tŷ Gwyn – ŵ ŷ.pdf"
    out.parent.mkdir(parents=True)

    code, printed, err = run(
        "export-plan", reference, "--type", "dap", "--out", str(out), "--data-dir", str(data_dir)
    )

    assert (code, err) == (0, "")
    assert str(out) in printed
    assert reference in " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)


def test_backup_and_restore_in_welsh_folder(data_dir: Path, profile: Path, run) -> None:
    copy = profile / "Copïau wrth gefn" / "cefn ŵ.sqlite3"
    copy.parent.mkdir(parents=True)

    backed_up = run("backup", "--data-dir", str(data_dir), "--out", str(copy))
    restored = run("restore", "--yes", "--data-dir", str(data_dir), str(copy))

    assert backed_up[0] == 0, backed_up[2]
    assert restored[0] == 0, restored[2]
    assert "13 care homes and 12 cases" in restored[1]
    assert [b.kind for b in backup.list_backups(data_dir)] == [backup.REPLACED]


def test_window_starts_on_welsh_folder(data_dir: Path, profile: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    log_dir = profile / "Logs Ŵ"

    result = subprocess.run(
        [sys.executable, "-c", START_WINDOW, str(data_dir), str(log_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "Care Home Desk — Demo Officer, Contracts" in result.stdout
    assert backup.list_backups(data_dir)[0].kind == backup.DAILY
    log_text = (log_dir / "carehome_desk.log").read_text(encoding="utf-8")
    assert "Main window shown" in log_text


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--today", "2026-02-30"],
        ["demo", "--today", "2026-13-01"],
        ["deadlines", "--from", "2026-02-29"],
        ["deadlines", "--to", "31/12/2026"],
    ],
    ids=["30 February", "month 13", "29 February 2026", "day first"],
)
def test_impossible_dates_named(argv: list[str], tmp_path: Path, run) -> None:
    code, printed, err = run(*argv, "--data-dir", str(tmp_path / "data"))

    assert code == 2
    assert printed == ""
    assert f"'{argv[-1]}' is not a date; use YYYY-MM-DD" in err
    assert len(err.splitlines()) == 1


def test_export_file_name_too_long(data_dir: Path, profile: Path, run) -> None:
    _code, listed, _err = run("list-cases", "--data-dir", str(data_dir))
    reference = listed.splitlines()[0].split("\t")[0]
    out = profile / ("ŵ" * 300 + ".pdf")  # longer than the 255 characters or bytes allowed

    code, _printed, err = run(
        "export-plan", reference, "--type", "cap", "--out", str(out), "--data-dir", str(data_dir)
    )

    assert code == 1
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert "Choose another folder" in err


def test_data_dir_is_a_file(tmp_path: Path, run) -> None:
    not_a_folder = tmp_path / "nodiadau ŵ.txt"
    not_a_folder.write_text("nodyn", encoding="utf-8")

    code, _printed, err = run("backup", "--data-dir", str(not_a_folder / "data"), "--out", "x")

    assert code == 1
    assert "contains no Care Home Desk database" in err
