"""A full disk, a read-only database and an unopenable file give messages, not tracebacks.

Running as root ignores file permissions, and mounting a small file system
needs privileges, so the conditions are made inside SQLite: ``PRAGMA
max_page_count`` makes it report SQLITE_FULL ("database or disk is full")
exactly as a full disk does, and ``PRAGMA query_only`` makes it report
SQLITE_READONLY ("attempt to write a readonly database"). The app then sees
the same error codes as on a real full disk or read-only folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.process.assessment import Answer
from carehome_desk.process.i18n import DeskError
from carehome_desk.store import cases
from carehome_desk.store.database import SQLITE_CANTOPEN, SQLITE_FULL, StorageError
from carehome_desk.store.db import close_db, database_path, init_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import Assessment, AssessmentAnswer, CareHome, Case, CaseAction
from carehome_desk.store.models import database as db
from carehome_desk.ui.action_dialogs import NotApplicableDialog
from tests.conftest import TODAY

LONG_TEXT = "Gwelwyd ar yr ymweliad. " * 600  # 14,400 characters: needs new pages to store


def fill_disk() -> None:
    """Let the database grow by no more pages, as if the disk were full.

    Text longer than a page (4,096 bytes) then needs new pages and fails.
    """
    db.execute_sql("VACUUM")  # so no free page is left to reuse
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def free_disk() -> None:
    db.execute_sql("PRAGMA max_page_count = 1073741823")


def counts() -> dict[str, int]:
    models = (CareHome, Case, Assessment, AssessmentAnswer, CaseAction)
    return {model.__name__: model.select().count() for model in models}


def new_case(session, home, summary: str = LONG_TEXT, evidence: str = "Gwelwyd") -> Case:
    answers = tuple(
        Answer(c.id, c.id == "red-neglect", evidence) for c in session.process_map().criteria
    )
    return cases.record_new_case(
        session.process_map(),
        cases.ConcernInput(home.id, TODAY, "ciw", summary),
        cases.AssessmentInput(answers, "red", TODAY),
        session.officer(),
        TODAY,
    )


def test_full_disk_message(session, home) -> None:
    fill_disk()

    with pytest.raises(StorageError) as raised:
        new_case(session, home)

    assert raised.value.code == SQLITE_FULL
    assert str(raised.value) == (
        f"Nothing was saved: the disk that holds the data folder {session.data_dir} is full. "
        "Free some space on it and save again."
    )
    assert isinstance(raised.value, DeskError)


def test_full_disk_mid_case_saves_nothing(session, home) -> None:
    """A case's many rows (case, assessment, answers, actions) are saved all or none."""
    before = counts()
    fill_disk()

    with pytest.raises(StorageError):
        new_case(session, home, summary="Pryder", evidence=LONG_TEXT)

    assert counts() == before
    assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_saving_works_again_after_space_freed(session, home) -> None:
    fill_disk()
    with pytest.raises(StorageError):
        new_case(session, home)

    free_disk()
    new_case(session, home)

    assert Case.select().count() == 1


def test_read_only_database_message(session) -> None:
    db.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(StorageError, match=r"is read-only\. Allow writing to the folder"):
            save_home(HomeInput(name="Tŷ"), "Siân Ŵyn")
    finally:
        db.execute_sql("PRAGMA query_only = 0")


def test_unopenable_database_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    database_path(folder).mkdir(parents=True)

    with pytest.raises(StorageError) as raised:
        init_db(folder)
    close_db()

    assert raised.value.code == SQLITE_CANTOPEN
    assert f"The database in {folder} cannot be opened" in str(raised.value)


def test_dialog_keeps_form_when_disk_full(qtbot, ui_context, prompts, session, home) -> None:
    action = CaseAction.get(CaseAction.case == new_case(session, home, summary="Pryder"))
    dialog = NotApplicableDialog(ui_context, action, None)  # deletes itself once saved
    dialog.show()
    dialog.ui.reason_edit.setPlainText(LONG_TEXT)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    fill_disk()

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    title, text = prompts.errors[0]
    assert title == "Action not updated"
    assert "is full. Free some space on it and save again." in text
    assert dialog.isVisible()
    assert dialog.ui.reason_edit.toPlainText() == LONG_TEXT
    assert CaseAction.get_by_id(action.id).status == "open"

    free_disk()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert CaseAction.get_by_id(action.id).status == "not_applicable"
