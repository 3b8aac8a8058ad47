"""Schema versions: snapshots, migrations from every earlier version, and newer databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import backup, migrations, restore
from carehome_desk.store.db import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    close_db,
    database_path,
    get_setting,
    init_db,
    set_setting,
)
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.migrations import Migration, MigrationError
from carehome_desk.store.migrations.schema import (
    build_from_snapshot,
    describe,
    differences,
    read_snapshot,
    snapshot_path,
    take_snapshot,
    write_snapshot,
)
from carehome_desk.store.migrations.snapshot import fresh_snapshot
from carehome_desk.store.migrations.snapshot import main as snapshot_main
from carehome_desk.store.models import CareHome, database

REGENERATE = "python -m carehome_desk.store.migrations.snapshot"


def schema_of(path: Path) -> dict:
    connection = sqlite3.connect(path)
    try:
        return describe(connection)
    finally:
        connection.close()


def stored_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = 'schema_version'")
        return int(row.fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def fresh(tmp_path: Path) -> dict:
    """The description of a database the current models create."""
    folder = tmp_path / "fresh"
    init_db(folder)
    close_db()
    return schema_of(database_path(folder))


# --- snapshots --------------------------------------------------------------------


def test_models_match_latest_snapshot() -> None:
    found = fresh_snapshot()["schema"]
    expected = read_snapshot(SCHEMA_VERSION)["schema"]

    problems = differences(expected, found)

    assert not problems, (
        f"The models differ from snapshot v{SCHEMA_VERSION}: {problems}. After a release, "
        f"add a migration; before the first release, regenerate the snapshot with {REGENERATE}"
    )


def test_every_version_has_snapshot() -> None:
    for version in range(migrations.FIRST_VERSION, SCHEMA_VERSION + 1):
        assert snapshot_path(version).is_file(), f"run {REGENERATE} for version {version}"


def test_snapshot_sql_builds_its_schema(tmp_path: Path) -> None:
    snapshot = read_snapshot(SCHEMA_VERSION)
    path = tmp_path / "built.sqlite3"

    build_from_snapshot(snapshot, path)

    assert differences(snapshot["schema"], schema_of(path)) == []


@pytest.mark.parametrize("version", range(migrations.FIRST_VERSION, SCHEMA_VERSION + 1))
def test_every_version_migrates_to_fresh_schema(tmp_path: Path, fresh: dict, version: int) -> None:
    folder = tmp_path / f"v{version}"
    folder.mkdir()
    build_from_snapshot(read_snapshot(version), database_path(folder))

    init_db(folder)
    close_db()

    assert differences(fresh, schema_of(database_path(folder))) == []
    assert stored_version(database_path(folder)) == SCHEMA_VERSION


def test_snapshot_command_checks_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert snapshot_main(["--check"]) == 0
    assert f"snapshot of schema version {SCHEMA_VERSION}" in capsys.readouterr().out


def test_snapshot_command_writes_file(tmp_path: Path) -> None:
    assert snapshot_main(["--folder", str(tmp_path)]) == 0

    written = read_snapshot(SCHEMA_VERSION, tmp_path)

    assert written == fresh_snapshot()


def test_snapshot_check_reports_difference(tmp_path: Path, capsys) -> None:
    snapshot = fresh_snapshot()
    del snapshot["schema"]["tables"]["care_home"]["columns"]["beds"]
    write_snapshot(snapshot, tmp_path)

    assert snapshot_main(["--check", "--folder", str(tmp_path)]) == 1
    assert "table care_home columns beds" in capsys.readouterr().err


# --- the migration machinery, with made-up versions 2 and 3 ------------------------


def _add_visits_table(db: SqliteDatabase) -> None:
    db.execute_sql("ALTER TABLE care_home ADD COLUMN \"region\" VARCHAR(255) NOT NULL DEFAULT ''")
    db.execute_sql("CREATE TABLE inspection (id TEXT PRIMARY KEY, home_id TEXT NOT NULL)")


def _fill_regions(db: SqliteDatabase) -> None:
    db.execute_sql("UPDATE care_home SET region = 'Gogledd Cymru'")


def _fail_halfway(db: SqliteDatabase) -> None:
    db.execute_sql("CREATE TABLE half_done (id INTEGER)")
    raise ValueError("made-up failure")


def _break_reference(db: SqliteDatabase) -> None:
    db.execute_sql("UPDATE \"case\" SET home_id = 'no such home'")


FAKE = (Migration(2, "add regions", _add_visits_table), Migration(3, "fill", _fill_regions))


@pytest.fixture
def v1_folder(tmp_path: Path) -> Path:
    """A data folder at schema version 1 with one care home and one case."""
    folder = tmp_path / "Siân Ŵyn" / "data"
    init_db(folder)
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    from carehome_desk.store.models import Case

    Case.create(
        reference="CHD-2026-TEST-0001",
        home=home,
        raised_on="2026-12-01",
        source="ciw",
        summary="Pryder",
        created_by="Siân Ŵyn",
    )
    close_db()
    return folder


def test_fake_migrations_run_in_order(v1_folder: Path) -> None:
    init_db(v1_folder, migrations=FAKE)
    try:
        regions = [
            row[0] for row in CareHome._meta.database.execute_sql("SELECT region FROM care_home")
        ]
        assert get_setting("schema_version") == "3"
    finally:
        close_db()

    assert regions == ["Gogledd Cymru"]


def test_backup_before_each_migration(v1_folder: Path) -> None:
    init_db(v1_folder, migrations=FAKE)
    close_db()

    kinds = sorted(b.kind for b in backup.list_backups(v1_folder))
    before_v2 = next(b for b in backup.list_backups(v1_folder) if b.kind == "before-v2")

    assert kinds == ["before-v2", "before-v3"]
    assert stored_version(before_v2.path) == 1
    assert restore.inspect_file(before_v2.path).homes == 1


def test_failed_migration_is_undone(v1_folder: Path) -> None:
    before = schema_of(database_path(v1_folder))
    failing = (FAKE[0], Migration(3, "fails", _fail_halfway))

    with pytest.raises(MigrationError, match="schema version 3 failed and was undone"):
        init_db(v1_folder, migrations=failing)
    close_db()

    after = schema_of(database_path(v1_folder))
    assert stored_version(database_path(v1_folder)) == 2
    assert "half_done" not in after["tables"]
    assert "region" in after["tables"]["care_home"]["columns"]
    assert set(after["tables"]) == set(before["tables"]) | {"inspection"}


def test_failed_migration_keeps_records(v1_folder: Path) -> None:
    with pytest.raises(MigrationError):
        init_db(v1_folder, migrations=(Migration(2, "fails", _fail_halfway),))
    close_db()

    assert stored_version(database_path(v1_folder)) == 1
    assert restore.inspect_file(database_path(v1_folder)).cases == 1


def test_migration_breaking_reference_is_undone(v1_folder: Path) -> None:
    with pytest.raises(MigrationError, match="broken references"):
        init_db(v1_folder, migrations=(Migration(2, "breaks", _break_reference),))
    close_db()

    connection = sqlite3.connect(database_path(v1_folder))
    home_ids = connection.execute('SELECT home_id FROM "case"').fetchall()
    connection.close()
    assert home_ids != [("no such home",)]
    assert stored_version(database_path(v1_folder)) == 1


def test_migration_turns_foreign_keys_back_on(v1_folder: Path) -> None:
    db = init_db(v1_folder, migrations=FAKE)
    try:
        assert db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)
    finally:
        close_db()


def test_version_gap_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"versions \[2, 3\]"):
        migrations.latest_version((FAKE[0], Migration(4, "gap", _fill_regions)))


def test_snapshot_of_fake_version_matches_migrated(tmp_path: Path, v1_folder: Path) -> None:
    """The harness's check, run on the made-up versions: migrated equals built from snapshot."""
    init_db(v1_folder, migrations=FAKE)
    close_db()
    connection = sqlite3.connect(database_path(v1_folder))
    snapshot = take_snapshot(connection, 3)
    connection.close()

    build_from_snapshot(snapshot, tmp_path / "v3.sqlite3")

    assert differences(snapshot["schema"], schema_of(tmp_path / "v3.sqlite3")) == []
    assert "inspection" in snapshot["schema"]["tables"]


# --- databases from a newer version ------------------------------------------------


def _folder_digest(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_newer_database_left_untouched(v1_folder: Path) -> None:
    init_db(v1_folder)
    set_setting("schema_version", str(SCHEMA_VERSION + 1))
    close_db()
    before = _folder_digest(v1_folder)

    with pytest.raises(DeskError, match="newer version of Care Home Desk") as raised:
        init_db(v1_folder)

    assert str(v1_folder) in str(raised.value)
    assert _folder_digest(v1_folder) == before
    assert CareHome._meta.database.is_closed()


def test_lost_table_reported_as_damage(tmp_path: Path) -> None:
    init_db(tmp_path)
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    close_db()
    with sqlite3.connect(database_path(tmp_path)) as connection:
        connection.execute("DROP TABLE action_reschedule")
    connection.close()

    with pytest.raises(DamagedDatabaseError, match="the table action_reschedule is missing"):
        init_db(tmp_path)

    assert database.is_closed()
    with sqlite3.connect(database_path(tmp_path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "action_reschedule" not in tables  # left as it is, for a restore
