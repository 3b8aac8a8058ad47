"""Unexpected errors: logged with their traceback and shown with the version and the log file."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from carehome_desk import __version__
from carehome_desk.app import run_gui
from carehome_desk.logs import set_up_logging
from carehome_desk.store import settings
from carehome_desk.store.db import close_db, init_db
from carehome_desk.ui.crash_dialog import CrashDialog, CrashHandler
from carehome_desk.ui.prompts import Prompts

pytestmark = pytest.mark.qt_no_exception_capture


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
def log_path(tmp_path: Path) -> Path:
    return set_up_logging(tmp_path / "log")


@pytest.fixture
def handler(desk_prompts, log_path: Path) -> Iterator[CrashHandler]:
    installed = CrashHandler(desk_prompts, log_path)
    installed.install()
    yield installed
    installed.uninstall()


def failing_button(qtbot, error: Exception) -> QPushButton:
    button = QPushButton("Methu")
    qtbot.addWidget(button)

    def fail() -> None:
        raise error

    button.clicked.connect(fail)
    return button


def click(qtbot, button: QPushButton) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_error_in_slot_shows_report(qtbot, handler, desk_prompts, log_path: Path) -> None:
    click(qtbot, failing_button(qtbot, ZeroDivisionError("division by zero")))

    summary, details = desk_prompts.crashes[0]
    assert "ZeroDivisionError: division by zero" in summary
    assert f"Care Home Desk {__version__}" in summary
    assert str(log_path) in summary
    assert "Traceback (most recent call last)" in details
    assert "in fail" in details


def test_error_in_slot_logged_with_traceback(qtbot, handler, log_path: Path) -> None:
    click(qtbot, failing_button(qtbot, KeyError("case 42")))

    text = log_path.read_text(encoding="utf-8")
    assert "CRITICAL carehome_desk.ui.crash_dialog" in text
    assert "Unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'case 42'" in text


def test_second_error_waits_for_first_report(qtbot, handler, desk_prompts) -> None:
    first = failing_button(qtbot, ValueError("un"))
    second = failing_button(qtbot, RuntimeError("dau"))

    click(qtbot, first)
    click(qtbot, second)
    assert len(desk_prompts.crashes) == 1

    desk_prompts.crash_closers[0]()
    click(qtbot, second)
    assert len(desk_prompts.crashes) == 2


def test_repeated_error_logged_once_in_full(qtbot, handler, desk_prompts, log_path) -> None:
    button = failing_button(qtbot, ValueError("eto"))

    for _ in range(12):
        click(qtbot, button)
        desk_prompts.crash_closers[-1]()

    text = log_path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 1
    assert "happened again (2 times)" in text
    assert "happened again (10 times)" in text
    assert "happened again (3 times)" not in text


def test_thread_error_logged(handler, desk_prompts, log_path: Path) -> None:
    def fail() -> None:
        raise OSError("disg")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()

    assert "OSError: disg" in log_path.read_text(encoding="utf-8")
    assert desk_prompts.crashes == []


def test_crash_dialog_does_not_block(qtbot) -> None:
    closed = []

    Prompts().crash(None, "Rhywbeth aeth o'i le", "Traceback: manylion", lambda: closed.append(1))

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog))
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.ui.summary_label.text() == "Rhywbeth aeth o'i le"
    dialog.ui.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Traceback: manylion"
    dialog.ui.button_box.rejected.emit()
    assert closed == [1]


def test_run_gui_reports_error(qtbot, qapp, tmp_path: Path, desk_prompts) -> None:
    """The running app installs the handler: an error inside its event loop is reported."""
    data_dir = tmp_path / "data"
    init_db(data_dir)
    settings.save_officer("Siân Ŵyn", "Contracts")
    close_db()

    def fail_then_quit() -> None:
        QTimer.singleShot(0, lambda: qapp.exit(7))
        raise LookupError("in the event loop")

    QTimer.singleShot(0, fail_then_quit)
    code = run_gui(data_dir, tmp_path / "log", prompts=desk_prompts)

    log_text = (tmp_path / "log" / "carehome_desk.log").read_text(encoding="utf-8")
    assert code == 7
    assert "LookupError: in the event loop" in desk_prompts.crashes[0][0]
    assert "Care Home Desk stopped with code 7" in log_text
