"""The real Prompts class: every dialog shows and stays until closed, even with no parent.

The other tests replace Prompts with a fake that replies at once, so these check the
dialogs themselves. A dialog without a parent must not be deleted before it is seen.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from carehome_desk.app import EXIT_FAILED, run_gui
from carehome_desk.ui import prompts as prompts_module
from carehome_desk.ui.crash_dialog import CrashDialog
from carehome_desk.ui.prompts import Prompts

Button = QMessageBox.StandardButton


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


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def only_shown(kind: type[QWidget]) -> QWidget:
    widgets = shown(kind)
    assert len(widgets) == 1, widgets
    return widgets[0]


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button_named(dialog: QDialog, text: str) -> QWidget:
    buttons = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
    return next(b for b in buttons if b.text().replace("&", "") == text)


def wait_until_gone(qtbot) -> None:
    """Wait until each dialog the prompts showed has closed and Qt has deleted it."""
    qtbot.waitUntil(lambda: not prompts_module._open_dialogs)
    assert shown(QDialog) == []


# --- message boxes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "icon"),
    [("error", QMessageBox.Icon.Warning), ("info", QMessageBox.Icon.Information)],
)
def test_message_without_parent_shows(qtbot, method: str, icon: QMessageBox.Icon) -> None:
    getattr(Prompts(), method)(None, "Plan not printed", "The printer is <b>out</b> of paper.")

    box = only_shown(QMessageBox)
    assert box.windowTitle() == "Plan not printed"
    assert box.text() == "The printer is <b>out</b> of paper."
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.icon() == icon
    click(qtbot, box.button(Button.Ok))
    wait_until_gone(qtbot)


def test_fatal_without_parent_shows_until_closed(qtbot) -> None:
    closed = []

    Prompts().fatal(None, "Care Home Desk cannot start", "No folder.", lambda: closed.append(1))

    box = only_shown(QMessageBox)
    assert box.windowTitle() == "Care Home Desk cannot start"
    assert box.text() == "No folder."
    assert box.icon() == QMessageBox.Icon.Critical
    assert closed == []
    click(qtbot, box.button(Button.Close))
    assert closed == [1]
    wait_until_gone(qtbot)


@pytest.mark.parametrize(
    ("answer", "expected"), [(Button.Yes, [1]), (Button.No, [])], ids=["yes", "no"]
)
def test_confirm_without_parent_answers(qtbot, answer: Button, expected: list[int]) -> None:
    answered = []

    Prompts().confirm(None, "Discard changes?", "Close it?", lambda: answered.append(1))

    box = only_shown(QMessageBox)
    assert box.windowTitle() == "Discard changes?"
    assert box.text() == "Close it?"
    click(qtbot, box.button(answer))
    assert answered == expected
    wait_until_gone(qtbot)


def test_message_with_parent_shows(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    Prompts().error(window, "PDF not made", "The disk is full.")

    box = only_shown(QMessageBox)
    assert box.parent() is window
    assert box.text() == "The disk is full."
    click(qtbot, box.button(Button.Ok))
    wait_until_gone(qtbot)


# --- other dialogs --------------------------------------------------------------------


def test_save_file_without_parent_shows(qtbot, tmp_path: Path) -> None:
    chosen = []

    Prompts().save_file(None, "Export as PDF", tmp_path / "plan.pdf", "PDF (*.pdf)", chosen.append)

    dialog = only_shown(QDialog)
    assert dialog.windowTitle() == "Export as PDF"
    click(qtbot, button_named(dialog, "Cancel"))
    assert chosen == []
    wait_until_gone(qtbot)


def test_choose_file_without_parent_shows(qtbot, tmp_path: Path) -> None:
    chosen = []

    Prompts().choose_file(None, "Choose a backup", tmp_path, "Backups (*.zip)", chosen.append)

    dialog = only_shown(QDialog)
    assert dialog.windowTitle() == "Choose a backup"
    click(qtbot, button_named(dialog, "Cancel"))
    assert chosen == []
    wait_until_gone(qtbot)


def test_print_dialog_without_parent_shows(qtbot) -> None:
    printer = QPrinter()
    accepted = []

    Prompts().print_dialog(None, printer, lambda: accepted.append(1))

    dialog = only_shown(QPrintDialog)
    assert dialog.isModal()
    click(qtbot, button_named(dialog, "Cancel"))
    assert accepted == []
    wait_until_gone(qtbot)


def test_crash_without_parent_shows_until_closed(qtbot) -> None:
    closed = []

    Prompts().crash(None, "Something went wrong", "Traceback: details", lambda: closed.append(1))

    dialog = only_shown(CrashDialog)
    assert not dialog.isModal()
    assert dialog.ui.summary_label.text() == "Something went wrong"
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close))
    assert closed == [1]
    wait_until_gone(qtbot)


# --- the app cannot start ------------------------------------------------------------


def answer_fatal_box(qtbot, seen: list[tuple[str, str]]) -> QTimer:
    """Click Close on the start-up message once it shows; quit with 99 if it never does."""
    app = QApplication.instance()
    timer = QTimer()
    timer.setInterval(50)
    attempts = [0]

    def look() -> None:
        attempts[0] += 1
        boxes = shown(QMessageBox)
        if boxes:
            timer.stop()
            seen.append((boxes[0].windowTitle(), boxes[0].text()))
            click(qtbot, boxes[0].button(Button.Close))
        elif attempts[0] > 200:  # 10 s
            timer.stop()
            app.exit(99)

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_cannot_start_shows_message_then_exits(qtbot, qapp, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("not a folder", encoding="utf-8")
    seen: list[tuple[str, str]] = []

    timer = answer_fatal_box(qtbot, seen)
    code = run_gui(not_a_folder, tmp_path / "log", prompts=Prompts())
    timer.stop()

    assert code == EXIT_FAILED
    title, text = seen[0]
    assert title == "Care Home Desk cannot start"
    assert str(not_a_folder) in text
    assert "is a file, not a folder" in text
    log_text = (tmp_path / "log" / "carehome_desk.log").read_text(encoding="utf-8")
    assert "Fatal error shown: Care Home Desk cannot start" in log_text
    assert "Care Home Desk stopped with code 1" in log_text
    wait_until_gone(qtbot)
