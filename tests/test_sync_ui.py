"""The sync windows: Sync now with its report, the conflict list, and a record's history.

Two data folders share one shared folder. peewee's database is one global
object, so one laptop's main window is open at a time. Each step closes it
and opens the other laptop's, as an officer would on the other laptop.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from carehome_desk.process.assessment import Answer
from carehome_desk.startup import open_data_folder
from carehome_desk.store import cases, settings
from carehome_desk.store.db import close_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CaseAction
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.main_window import MainWindow
from carehome_desk.ui.sync_conflicts import ConflictsDialog
from carehome_desk.ui.sync_history import RecordHistoryDialog
from carehome_desk.ui.tasks import TaskRunner
from tests.sync_support import Laptop

TODAY = date(2026, 12, 4)


@pytest.fixture
def laptops(tmp_path):
    pair = [Laptop(tmp_path, "a"), Laptop(tmp_path, "b")]
    for laptop in pair:
        with laptop.use():
            settings.save_settings({"shared_folder": str(laptop.share)})
    yield pair
    close_db()


@pytest.fixture
def open_window(qtbot, prompts):
    """Return a function that opens a laptop's main window, closing the one open before."""
    opened: list[tuple[MainWindow, TaskRunner]] = []

    def open_laptop(laptop: Laptop) -> MainWindow:
        for window, tasks in opened:
            tasks.wait()
            window.close()
        opened.clear()
        close_db()
        session = open_data_folder(laptop.data_dir)
        session.clock = lambda: TODAY
        tasks = TaskRunner()
        window = MainWindow(UiContext(session, prompts, tasks))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        opened.append((window, tasks))
        return window

    yield open_laptop
    for _window, tasks in opened:
        tasks.wait()


def _sync(qtbot, window: MainWindow) -> str:
    """Press Sync now, wait for the report, close the dialog and return the report's text."""
    window.ui.action_sync_now.trigger()
    dialog = window.sync_actions.sync_dialog
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    text = dialog.ui.report_edit.toPlainText()
    qtbot.mouseClick(dialog._close_button(), Qt.MouseButton.LeftButton)
    return text


def _new_case(process_map) -> None:
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Officer a")
    answers = tuple(Answer(c.id, c.id == "amber-staffing", "Seen") for c in process_map.criteria)
    cases.record_new_case(
        process_map,
        cases.ConcernInput(home.id, date(2026, 11, 30), "police", "Staffing"),
        cases.AssessmentInput(answers, "amber", TODAY),
        settings.officer(),
        TODAY,
    )


def _first_action() -> CaseAction:
    return CaseAction.select().order_by(CaseAction.sort_order).first()


def _open_conflicts(qtbot, window: MainWindow) -> ConflictsDialog:
    window.ui.sync_menu.aboutToShow.emit()
    window.ui.action_conflicts.trigger()
    # The dialog deletes itself when closed; the main window, its parent, is tracked.
    return window.sync_actions.conflicts_dialog


def _cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def test_same_action_edited_on_two_laptops(qtbot, laptops, open_window, process_map):
    a, b = laptops
    with a.use():
        _new_case(process_map)
    window = open_window(a)
    assert "Changes sent:" in _sync(qtbot, window)
    window = open_window(b)
    report = _sync(qtbot, window)
    assert "from Laptop a (" in report

    # Each officer, offline, gives the same action a different reason.
    with b.use():
        cases.mark_not_applicable(
            _first_action().id, "Covered by the UHB visit", settings.officer()
        )
    window = open_window(a)
    cases.mark_not_applicable(_first_action().id, "Home closed its unit", settings.officer())
    _sync(qtbot, window)

    window = open_window(b)
    report = _sync(qtbot, window)
    assert "Conflicts waiting for an officer: 1" in report
    assert window.ui.action_conflicts.text() == "&Conflicts (1)…"
    shown_on_b = _first_action().not_applicable_reason

    window = open_window(a)
    _sync(qtbot, window)
    dialog = _open_conflicts(qtbot, window)
    table = dialog.ui.conflicts_table
    assert table.model().rowCount() == 1
    assert _cell(table, 0, 1) == "Not applicable reason"
    assert _cell(table, 0, 2) == shown_on_b
    versions = dialog.ui.versions_table
    officers = {_cell(versions, row, 1) for row in range(versions.model().rowCount())}
    assert officers == {"Officer a", "Officer b"}

    # The officer on laptop a chooses laptop b's reason.
    row_of_b = next(r for r in range(2) if _cell(versions, r, 1) == "Officer b")
    versions.selectRow(row_of_b)
    qtbot.mouseClick(dialog.ui.use_button, Qt.MouseButton.LeftButton)
    assert table.model().rowCount() == 0
    assert "No conflicts are waiting" in dialog.ui.explanation_label.text()
    assert _first_action().not_applicable_reason == "Covered by the UHB visit"
    dialog.close()
    _sync(qtbot, window)

    window = open_window(b)
    report = _sync(qtbot, window)
    assert "Conflicts waiting for an officer: 0" in report
    assert _first_action().not_applicable_reason == "Covered by the UHB visit"
    window.close()
    close_db()
    assert a.dump() == b.dump()


def test_history_of_home_shows_every_change(qtbot, laptops, open_window):
    a, _b = laptops
    with a.use():
        home = save_home(HomeInput(name="Tŷ Gwyn"), "Officer a")
        save_home(HomeInput(name="Tŷ Gwyn", phone="029 2018 0114"), "Officer a", home_id=home.id)
    window = open_window(a)
    window.ui.homes_table.selectRow(0)
    assert window.ui.action_home_history.isEnabled()
    window.ui.action_home_history.trigger()
    dialog = window.sync_actions.history_dialog
    assert isinstance(dialog, RecordHistoryDialog)
    assert dialog.windowTitle() == "History of Care home Tŷ Gwyn"
    table = dialog.ui.history_table
    rows = [
        [_cell(table, row, column) for column in range(table.model().columnCount())]
        for row in range(table.model().rowCount())
    ]
    phone = [row for row in rows if row[4] == "Phone"]
    assert [row[3] for row in phone] == ["Created", "Changed"]
    assert phone[1][5:] == ["(empty)", "029 2018 0114"]
    assert {row[2] for row in rows} == {"Officer a"}
    assert all(row[1].startswith("Laptop a (") for row in rows)
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_sync_now_without_share_errors(qtbot, laptops, open_window, prompts):
    a, _b = laptops
    window = open_window(a)
    settings.save_settings({"shared_folder": ""})
    window.ui.action_sync_now.trigger()
    assert prompts.errors[-1][0] == "No shared folder"
    assert "File > Settings" in prompts.errors[-1][1]


def test_unreachable_share_reported_in_dialog(qtbot, laptops, open_window, tmp_path):
    a, _b = laptops
    window = open_window(a)
    settings.save_settings({"shared_folder": str(tmp_path / "unplugged")})
    report = _sync(qtbot, window)
    assert "cannot be reached" in report
