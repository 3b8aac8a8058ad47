"""Backups in the app: the day's backup, Back up now, File > Restore, and a damaged database."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carehome_desk.store import backup, settings
from carehome_desk.store.db import close_db, database_path, init_db, set_setting
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome
from carehome_desk.ui.recovery import DeskController
from carehome_desk.ui.recovery_dialog import PATH_ROLE, RecoveryDialog
from tests.test_backup import digest, home_names

YESTERDAY = datetime.now(UTC) - timedelta(days=1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder with an officer, Tŷ Gwyn in yesterday's backup, and Bryn Ŵyn added since."""
    data = tmp_path / "Siân Ŵyn" / "Data"
    init_db(data)
    settings.save_officer("Siân Ŵyn", "Contracts")
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    close_db()
    backup.make_backup(data, backup.DAILY, YESTERDAY)
    init_db(data)
    save_home(HomeInput(name="Bryn Ŵyn"), "Siân Ŵyn")
    close_db()
    return data


@pytest.fixture
def controller(qtbot, qapp, folder: Path, tmp_path: Path, desk_prompts):
    exits: list[int] = []
    desk = DeskController(qapp, folder, desk_prompts, tmp_path / "log.txt", exit_app=exits.append)
    desk.exits = exits
    yield desk
    desk.tasks.wait()
    if desk.window is not None:
        desk.generation += 1
        desk.window.close()
    if desk.dialog is not None and desk.dialog.isVisible():
        desk.dialog.close()
    close_db()
    desk.setParent(None)


def started(qtbot, desk: DeskController):
    desk.start()
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    desk.tasks.wait()
    qtbot.waitUntil(lambda: desk.tasks.pool.activeThreadCount() == 0)
    return desk.window


def click_row_of(qtbot, dialog: RecoveryDialog, path: Path) -> None:
    table = dialog.ui.backups_table
    for row in range(dialog.model.rowCount()):
        if dialog.model.item(row, 0).data(PATH_ROLE) == str(path):
            index = table.model().index(row, 1)
            rect = table.visualRect(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{path.name} is not listed")


def home_names_in_app() -> list[str]:
    return sorted(home.name for home in CareHome.select())


def test_daily_backup_made_at_start(qtbot, controller: DeskController, folder: Path) -> None:
    started(qtbot, controller)

    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 2)
    newest = backup.list_backups(folder)[0]
    assert newest.kind == backup.DAILY
    assert newest.local_day == datetime.now(UTC).astimezone().date()
    assert home_names(newest.path) == ["Bryn Ŵyn", "Tŷ Gwyn"]


def test_daily_backup_failure_told(qtbot, controller: DeskController, folder: Path) -> None:
    for made in backup.list_backups(folder):
        made.path.unlink()
    (folder / "backups").rmdir()
    (folder / "backups").write_text("a file where the backups folder should be")

    started(qtbot, controller)

    qtbot.waitUntil(lambda: bool(controller.prompts.errors))
    title, text = controller.prompts.errors[0]
    assert title == "Backup not made"
    assert "File > Back up now" in text


def test_back_up_now(qtbot, controller: DeskController, tmp_path: Path) -> None:
    window = started(qtbot, controller)
    out = tmp_path / "USB" / "cefn Ŵ.sqlite3"
    out.parent.mkdir()
    controller.prompts.save_answer = out

    window.ui.action_back_up_now.trigger()

    qtbot.waitUntil(lambda: bool(controller.prompts.infos))
    assert controller.prompts.infos[-1][0] == "Backup made"
    assert "2 care homes and 0 cases" in controller.prompts.infos[-1][1]
    assert home_names(out) == ["Bryn Ŵyn", "Tŷ Gwyn"]


def test_restore_from_menu(qtbot, controller: DeskController, folder: Path) -> None:
    old_window = started(qtbot, controller)
    yesterday = next(b for b in backup.list_backups(folder) if b.made_at == YESTERDAY)

    old_window.ui.action_restore_backup.trigger()
    dialog = controller.dialog
    assert dialog.isVisible()
    click_row_of(qtbot, dialog, yesterday.path)
    qtbot.mouseClick(dialog.ui.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.window not in (None, old_window))
    assert home_names_in_app() == ["Tŷ Gwyn"]
    assert controller.window.homes_model.rowCount() == 1
    assert (
        controller.prompts.confirms and "1 care homes and 0 cases" in controller.prompts.confirms[0]
    )
    assert controller.prompts.infos[-1][0] == "Backup restored"
    assert controller.exits == []


def test_restore_keeps_replaced_copy(qtbot, controller: DeskController, folder: Path) -> None:
    window = started(qtbot, controller)
    yesterday = next(b for b in backup.list_backups(folder) if b.made_at == YESTERDAY)
    window.ui.action_restore_backup.trigger()
    click_row_of(qtbot, controller.dialog, yesterday.path)
    qtbot.mouseClick(controller.dialog.ui.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window not in (None, window))

    replaced = [b for b in backup.list_backups(folder) if b.kind == backup.REPLACED]

    assert len(replaced) == 1
    assert home_names(replaced[0].path) == ["Bryn Ŵyn", "Tŷ Gwyn"]
    assert str(replaced[0].path) in controller.prompts.infos[-1][1]


def test_restore_cancelled_changes_nothing(qtbot, controller: DeskController, folder: Path) -> None:
    window = started(qtbot, controller)
    controller.prompts.confirm_answer = False
    before = home_names_in_app()

    window.ui.action_restore_backup.trigger()
    qtbot.mouseClick(controller.dialog.ui.restore_button, Qt.MouseButton.LeftButton)

    assert controller.window is window
    assert controller.dialog.isVisible()
    assert home_names_in_app() == before


def test_restore_other_file_damaged(
    qtbot, controller: DeskController, folder: Path, tmp_path: Path
) -> None:
    window = started(qtbot, controller)
    damaged = tmp_path / "llwgr.sqlite3"
    damaged.write_bytes(os.urandom(4096))
    controller.prompts.choose_answer = damaged

    window.ui.action_restore_backup.trigger()
    qtbot.mouseClick(controller.dialog.ui.choose_file_button, Qt.MouseButton.LeftButton)

    title, text = controller.prompts.errors[-1]
    assert title == "Cannot restore this file"
    assert str(damaged) in text
    assert controller.dialog.isVisible()
    assert controller.window is window
    assert home_names_in_app() == ["Bryn Ŵyn", "Tŷ Gwyn"]


# --- a damaged database at start ---------------------------------------------------


@pytest.fixture
def damaged(folder: Path) -> bytes:
    garbage = b"this is not an SQLite database " * 300
    database_path(folder).write_bytes(garbage)
    return garbage


def test_damaged_database_offers_newest_backup(
    qtbot, controller: DeskController, folder: Path, damaged: bytes
) -> None:
    newest_good = backup.list_backups(folder)[0]

    controller.start()

    dialog = controller.dialog
    assert controller.window is None
    assert dialog.isVisible()
    assert dialog.selected_path() == newest_good.path
    assert "is damaged (file is not a database)" in dialog.ui.message_label.text()
    assert "holds 1 care homes and 0 cases" in dialog.ui.message_label.text()
    assert database_path(folder).read_bytes() == damaged


def test_damaged_database_restored(
    qtbot, controller: DeskController, folder: Path, damaged: bytes
) -> None:
    controller.start()
    qtbot.mouseClick(controller.dialog.ui.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.window is not None)
    replaced = next(b for b in backup.list_backups(folder) if b.kind == backup.REPLACED)
    assert home_names_in_app() == ["Tŷ Gwyn"]
    assert replaced.path.read_bytes() == damaged


def test_damaged_database_quit_leaves_it(
    qtbot, controller: DeskController, folder: Path, damaged: bytes
) -> None:
    controller.start()
    cancel = controller.dialog.ui.button_box.button(
        controller.dialog.ui.button_box.StandardButton.Cancel
    )
    assert cancel.text() == "&Quit"

    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    assert controller.exits == [1]
    assert database_path(folder).read_bytes() == damaged
    assert [b.kind for b in backup.list_backups(folder)] == [backup.DAILY]


def test_damaged_without_backup_starts_empty(
    qtbot, controller: DeskController, folder: Path, damaged: bytes
) -> None:
    for made in backup.list_backups(folder):
        made.path.unlink()
    controller.start()
    dialog = controller.dialog
    assert not dialog.ui.restore_button.isEnabled()
    assert "No backup in" in dialog.ui.message_label.text()

    qtbot.mouseClick(dialog.ui.start_empty_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.window is not None)
    set_aside = backup.list_backups(folder)
    assert home_names_in_app() == []
    assert [b.kind for b in set_aside if b.kind == backup.REPLACED] == [backup.REPLACED]
    assert next(b for b in set_aside if b.kind == backup.REPLACED).path.read_bytes() == damaged


def test_empty_file_with_backups_is_damaged(qtbot, controller: DeskController, folder) -> None:
    database_path(folder).write_bytes(b"")

    controller.start()

    assert controller.window is None
    assert "the file is empty" in controller.dialog.ui.message_label.text()


def test_newer_database_not_opened(qtbot, controller: DeskController, folder: Path) -> None:
    init_db(folder)
    set_setting("schema_version", "999")
    close_db()
    before = digest(database_path(folder))

    controller.start()

    title, text = controller.prompts.fatals[0]
    assert title == "Care Home Desk cannot start"
    assert "newer version of Care Home Desk" in text
    assert controller.exits == [1]
    assert digest(database_path(folder)) == before


def test_missing_table_offers_backup(qtbot, controller: DeskController, folder: Path) -> None:
    with sqlite3.connect(database_path(folder)) as connection:
        connection.execute("DROP TABLE case_action")
    connection.close()

    controller.start()

    assert controller.window is None
    assert controller.dialog.isVisible()
    assert "the table case_action is missing" in controller.dialog.ui.message_label.text()
    qtbot.mouseClick(controller.dialog.ui.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert home_names_in_app() == ["Tŷ Gwyn"]
