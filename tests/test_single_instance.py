"""One window per data folder: a second start brings the first forward and writes nothing."""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carehome_desk import app as app_module
from carehome_desk.app import run_gui
from carehome_desk.instance import RAISE_FILE_NAME, InstanceLock, request_raise
from carehome_desk.store import settings
from carehome_desk.store.db import close_db, init_db

pytestmark = pytest.mark.slow

FIRST_WINDOW = """
import sys
from pathlib import Path
from carehome_desk.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), Path(sys.argv[2])))
"""

HOLDER = """
import sys
from carehome_desk.instance import InstanceLock
lock = InstanceLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()
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
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "Siân Ŵyn" / "Data"
    init_db(folder)
    settings.save_officer("Siân Ŵyn", "Contracts")
    close_db()
    return folder


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name.startswith("carehome_desk.sqlite3")
    }


def start(script: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def first_window(qtbot, data_dir: Path, tmp_path: Path) -> Iterator[Path]:
    """The app running on ``data_dir`` in another process; yields that process's log file."""
    log_file = tmp_path / "first-log" / "carehome_desk.log"
    process = start(FIRST_WINDOW, str(data_dir), str(log_file.parent))

    def shown() -> bool:
        assert process.poll() is None, process.stderr.read()
        return log_file.exists() and "Main window shown" in log_file.read_text("utf-8")

    qtbot.waitUntil(shown, timeout=30_000)
    qtbot.waitUntil(lambda: "Backed up the database" in log_file.read_text("utf-8"))
    yield log_file
    process.kill()
    process.communicate(timeout=30)


def test_second_start_brings_first_forward(
    qtbot, first_window: Path, data_dir: Path, tmp_path: Path, desk_prompts, capsys
) -> None:
    before = folder_digest(data_dir)
    backups_before = sorted((data_dir / "backups").iterdir())

    code = run_gui(data_dir, tmp_path / "second-log", prompts=desk_prompts)

    qtbot.waitUntil(lambda: "Window brought forward" in first_window.read_text("utf-8"))
    assert code == 0
    assert desk_prompts.fatals == []
    assert "already open on" in capsys.readouterr().err
    assert folder_digest(data_dir) == before
    assert sorted((data_dir / "backups").iterdir()) == backups_before
    assert not (data_dir / RAISE_FILE_NAME).exists()


def test_second_start_logs_and_exits(
    qtbot, first_window: Path, data_dir: Path, tmp_path: Path, desk_prompts
) -> None:
    run_gui(data_dir, tmp_path / "second-log", prompts=desk_prompts)

    text = (tmp_path / "second-log" / "carehome_desk.log").read_text("utf-8")
    assert "has the data folder open and came forward; exiting" in text
    assert "Opened the database" not in text


def test_unanswered_start_names_process(
    data_dir: Path, tmp_path: Path, desk_prompts, monkeypatch
) -> None:
    holder = start(HOLDER, str(data_dir))
    monkeypatch.setattr(app_module, "request_raise", lambda folder: request_raise(folder, 0.2))
    try:
        assert holder.stdout.readline().strip() == "locked"
        code = run_gui(data_dir, tmp_path / "log", prompts=desk_prompts)
    finally:
        holder.communicate("", timeout=30)

    title, text = desk_prompts.fatals[0]
    assert code == 1
    assert title == "Care Home Desk cannot start"
    assert f"(process {holder.pid})" in text
    assert not (data_dir / RAISE_FILE_NAME).exists()


def test_lock_of_killed_process_is_stale(data_dir: Path) -> None:
    holder = start(HOLDER, str(data_dir))
    assert holder.stdout.readline().strip() == "locked"
    assert not InstanceLock(data_dir).acquire()

    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)

    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_lock_released_after_quit(qtbot, qapp, data_dir: Path, tmp_path: Path, desk_prompts):
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: qapp.exit(0))
    run_gui(data_dir, tmp_path / "log", prompts=desk_prompts)

    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()
