"""The log file records starts, stops, backups and errors, and no personal data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk import cli
from carehome_desk.logs import set_up_logging
from carehome_desk.store import backup
from carehome_desk.store.db import close_db
from carehome_desk.store.models import Assessment, CareHome, Case
from carehome_desk.store.session import open_session
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.home_dialog import HomeDialog
from carehome_desk.ui.tasks import TaskRunner


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
def home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder named after the officer, as Windows and many Linux systems name it."""
    home = tmp_path / "Users" / "Siân Ŵyn"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def personal_values() -> set[str]:
    """Every name and summary in the database, which must never reach the log."""
    values = {"Siân Ŵyn", "Siân", "Ŵyn"}
    for home in CareHome.select():
        values |= {home.name, home.responsible_individual, home.registered_manager, home.email}
    for case in Case.select():
        values |= {case.summary[:40], case.created_by}
    values |= {assessment.officer for assessment in Assessment.select()}
    return {value for value in values if len(value) > 3}


def test_log_has_no_personal_data(qtbot, home_folder: Path, prompts) -> None:
    log_dir = home_folder / "log"
    data_dir = home_folder / "AppData" / "CareHomeDesk"
    copy = home_folder / "copi.sqlite3"
    cli.main(["demo", "--data-dir", str(data_dir), "--today", "2026-12-04"], log_dir=log_dir)
    cli.main(["list-cases", "--data-dir", str(data_dir)], log_dir=log_dir)
    cli.main(["backup", "--data-dir", str(data_dir), "--out", str(copy)], log_dir=log_dir)
    cli.main(["restore", "--yes", "--data-dir", str(data_dir), str(copy)], log_dir=log_dir)
    cli.main(
        ["export-plan", "CHD-0", "--type", "dap", "--out", "x.pdf", "--data-dir", str(data_dir)],
        log_dir=log_dir,
    )

    log_path = set_up_logging(log_dir)
    session = open_session(data_dir)
    tasks = TaskRunner()
    try:
        add_home_with_clash(qtbot, UiContext(session, prompts, tasks))
        backup.backup_if_due(data_dir)
        secrets = personal_values()
    finally:
        tasks.wait()
        close_db()

    text = log_path.read_text(encoding="utf-8")
    assert "Command restore finished" in text
    assert "Backed up the database to carehome_desk-" in text
    assert "~/AppData/CareHomeDesk" in text
    assert [value for value in secrets if value in text] == []
    assert prompts.errors, "the clash of CIW numbers was not reported"


def add_home_with_clash(qtbot, context: UiContext) -> None:
    """Save a Welsh-named home, then another with the same CIW number, which is rejected."""
    taken = CareHome.select().where(CareHome.ciw_number != "").first()
    for name in ("Hafan Ŵyn Newydd", "Tŷ'r Clash"):
        dialog = HomeDialog(context)
        qtbot.addWidget(dialog)
        dialog.ui.name_edit.setText(name)
        dialog.ui.registered_manager_edit.setText("Gwenllïan Prys")
        if name == "Tŷ'r Clash":
            dialog.ui.ciw_number_edit.setText(taken.ciw_number)
        button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_home_folder_written_as_tilde(home_folder: Path) -> None:
    log_path = set_up_logging(home_folder / "log")

    logging.getLogger("carehome_desk.test").info("Opened %s", home_folder / "Data")

    assert f"Opened ~{Path('/Data')}" in log_path.read_text(encoding="utf-8")
    assert "Siân" not in log_path.read_text(encoding="utf-8")


def test_peewee_queries_not_logged(tmp_path: Path) -> None:
    set_up_logging(tmp_path / "log", level=logging.DEBUG)

    assert not logging.getLogger("peewee").isEnabledFor(logging.DEBUG)
