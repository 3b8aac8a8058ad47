"""Start-up checks that run only when they can find something: quick_check and the log backfill."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from carehome_desk.store import db
from carehome_desk.store.db import (
    INTEGRITY_CHECKED_KEY,
    DamagedDatabaseError,
    close_db,
    database_path,
    get_setting,
    init_db,
)
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome, database
from carehome_desk.sync import capture

FRIDAY = date(2026, 12, 4)
SATURDAY = date(2026, 12, 5)


@pytest.fixture
def day(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The date the store takes as today; change ``day[0]`` to move to another day."""
    current = [FRIDAY]
    monkeypatch.setattr(db, "today", lambda: current[0])
    return current


@pytest.fixture
def folder(tmp_path: Path, day: list[date]) -> Path:
    """A closed data folder with one care home, opened once on Friday."""
    data = tmp_path / "data"
    init_db(data)
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    close_db()
    return data


def damage_care_home_page(data_dir: Path) -> None:
    """Overwrite the page type of the care_home table's root page, leaving the schema readable."""
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'care_home'"
        ).fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff")


def test_first_open_of_day_records_check(folder: Path) -> None:
    init_db(folder)

    assert get_setting(INTEGRITY_CHECKED_KEY) == "2026-12-04"
    close_db()


def test_damaged_page_found_at_first_open(folder: Path, day: list[date]) -> None:
    damage_care_home_page(folder)
    day[0] = SATURDAY

    with pytest.raises(DamagedDatabaseError):
        init_db(folder)


def test_damaged_page_skipped_later_that_day(folder: Path, day: list[date]) -> None:
    init_db(folder)
    close_db()
    damage_care_home_page(folder)

    init_db(folder)  # checked clean earlier today: no quick_check
    close_db()
    day[0] = SATURDAY

    with pytest.raises(DamagedDatabaseError):
        init_db(folder)


def test_damage_found_leaves_file_unchanged(folder: Path, day: list[date]) -> None:
    damage_care_home_page(folder)
    before = database_path(folder).read_bytes()
    day[0] = SATURDAY

    with pytest.raises(DamagedDatabaseError):
        init_db(folder)

    assert database_path(folder).read_bytes() == before


def test_not_a_database_found_after_check(folder: Path) -> None:
    init_db(folder)
    close_db()
    database_path(folder).write_bytes(b"this is not an SQLite database " * 300)

    with pytest.raises(DamagedDatabaseError, match="file is not a database"):
        init_db(folder)


# --- the change log backfill ---------------------------------------------------------


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The tables each call of capture._backfill searched, in call order."""
    calls: list[list[str]] = []
    original = capture._backfill

    def spy(connection, tables):
        calls.append(sorted(tables))
        return original(connection, tables)

    monkeypatch.setattr(capture, "_backfill", spy)
    return calls


def _logged(record_id: str) -> list[str]:
    rows = database.execute_sql("SELECT col FROM sync_change WHERE record = ?", (record_id,))
    return [row[0] for row in rows]


def _insert_without_capture(name: str) -> str:
    with database.atomic():
        database.execute_sql("UPDATE sync_state SET applying = 1")
        home = CareHome.create(name=name)
        database.execute_sql("UPDATE sync_state SET applying = 0")
    return home.id.hex


def test_first_install_logs_existing_records(folder: Path, searched) -> None:
    init_db(folder)
    home = CareHome.get()

    capture.install(database)

    assert "care_home" in searched[0]
    assert "name" in _logged(home.id.hex)
    assert get_setting(capture.BACKFILLED_SCHEMA_KEY) == get_setting("schema_version")
    close_db()


def test_reopen_searches_no_table(folder: Path, searched) -> None:
    init_db(folder)
    capture.install(database)

    capture.install(database)

    assert searched[1] == []
    close_db()


def test_missing_trigger_searches_its_table(folder: Path, searched) -> None:
    init_db(folder)
    capture.install(database)
    database.execute_sql("DROP TRIGGER sync_capture_care_home_insert")
    home = save_home(HomeInput(name="Bryn Ŵyn"), "Siân Ŵyn")

    capture.install(database)

    assert searched[1] == ["care_home"]
    assert "name" in _logged(home.id.hex)
    close_db()


def test_new_schema_version_searches_all(folder: Path, searched) -> None:
    init_db(folder)
    capture.install(database)
    unlogged = _insert_without_capture("Plas Newydd")
    database.execute_sql("UPDATE setting SET value = '2' WHERE key = 'schema_version'")

    capture.install(database)

    assert searched[1] == searched[0]
    assert "name" in _logged(unlogged)
    assert get_setting(capture.BACKFILLED_SCHEMA_KEY) == "2"
    close_db()
