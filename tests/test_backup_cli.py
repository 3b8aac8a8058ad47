"""The backup and restore commands."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carehome_desk import cli
from carehome_desk.instance import InstanceLock
from carehome_desk.store import backup
from carehome_desk.store.db import close_db, database_path, init_db
from carehome_desk.store.homes import HomeInput, save_home
from tests.test_backup import digest, home_names


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
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "Siân Ŵyn" / "Data"
    init_db(data)
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    close_db()
    return data


@pytest.fixture
def copy(folder: Path, tmp_path: Path, run) -> Path:
    """A backup of ``folder`` made by the backup command, before Bryn Ŵyn was added."""
    out = tmp_path / "cefn ŵ.sqlite3"
    code, _out, err = run("backup", "--data-dir", str(folder), "--out", str(out))
    assert code == 0, err
    init_db(folder)
    save_home(HomeInput(name="Bryn Ŵyn"), "Siân Ŵyn")
    close_db()
    return out


class Terminal(io.StringIO):
    """Standard input that claims to be a terminal, with the answer already typed."""

    def isatty(self) -> bool:
        return True


def test_backup_command_writes_checked_copy(folder: Path, tmp_path: Path, run) -> None:
    out = tmp_path / "copi.sqlite3"

    code, printed, err = run("backup", "--data-dir", str(folder), "--out", str(out))

    assert (code, err) == (0, "")
    assert printed.strip() == (f"Backed up 1 care homes and 0 cases from {folder} to {out}.")
    assert home_names(out) == ["Tŷ Gwyn"]


def test_backup_command_without_database(tmp_path: Path, run) -> None:
    code, _printed, err = run(
        "backup", "--data-dir", str(tmp_path), "--out", str(tmp_path / "x.sqlite3")
    )

    assert code == 1
    assert "contains no Care Home Desk database" in err


def test_restore_without_terminal_refused(folder: Path, copy: Path, run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    before = digest(database_path(folder))

    code, _printed, err = run("restore", "--data-dir", str(folder), str(copy))

    assert code == 1
    assert "add --yes to restore without asking" in err
    assert len(err.splitlines()) == 1
    assert digest(database_path(folder)) == before
    assert backup.list_backups(folder) == []


def test_restore_answer_no_changes_nothing(folder: Path, copy: Path, run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    before = digest(database_path(folder))

    code, printed, err = run("restore", "--data-dir", str(folder), str(copy))

    assert code == 1
    assert "Replace every record in" in printed
    assert "Nothing was restored." in err
    assert digest(database_path(folder)) == before


def test_restore_answer_yes(folder: Path, copy: Path, run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))

    code, printed, err = run("restore", "--data-dir", str(folder), str(copy))

    assert (code, err) == (0, "")
    assert home_names(database_path(folder)) == ["Tŷ Gwyn"]
    assert "1 care homes and 0 cases" in printed


def test_restore_yes_keeps_replaced(folder: Path, copy: Path, run) -> None:
    code, printed, err = run("restore", "--yes", "--data-dir", str(folder), str(copy))

    replaced = backup.list_backups(folder)[0]
    assert (code, err) == (0, "")
    assert home_names(database_path(folder)) == ["Tŷ Gwyn"]
    assert replaced.kind == backup.REPLACED
    assert home_names(replaced.path) == ["Bryn Ŵyn", "Tŷ Gwyn"]
    assert str(replaced.path) in printed


def test_restore_damaged_file_one_line(folder: Path, tmp_path: Path, run) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00" * 100 + b"nonsense")

    code, _printed, err = run("restore", "--yes", "--data-dir", str(folder), str(bad))

    assert code == 1
    assert len(err.splitlines()) == 1
    assert "is not a Care Home Desk database or is damaged" in err


def test_restore_refused_while_window_open(folder: Path, copy: Path, run) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from carehome_desk.instance import InstanceLock; "
            "lock = InstanceLock(sys.argv[1]); assert lock.acquire(); "
            "print('locked', flush=True); sys.stdin.read()",
            str(folder),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = digest(database_path(folder))

        code, _printed, err = run("restore", "--yes", "--data-dir", str(folder), str(copy))
    finally:
        holder.communicate("", timeout=30)

    assert code == 1
    assert f"Care Home Desk is open on {folder} (process {holder.pid})" in err
    assert digest(database_path(folder)) == before


def test_restore_releases_lock(folder: Path, copy: Path, run) -> None:
    run("restore", "--yes", "--data-dir", str(folder), str(copy))

    lock = InstanceLock(folder)
    assert lock.acquire()
    lock.release()
