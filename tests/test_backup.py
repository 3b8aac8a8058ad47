"""Backups made with SQLite's backup API, their rotation, and restoring them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from carehome_desk.store import backup, restore
from carehome_desk.store.backup import Backup, BackupError
from carehome_desk.store.cases import next_reference
from carehome_desk.store.db import close_db, database_path, init_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # a Friday


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def home_names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM care_home"))
    finally:
        connection.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A closed data folder with one care home, Tŷ Gwyn."""
    data = tmp_path / "Siân Ŵyn" / "data"
    init_db(data)
    save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    close_db()
    return data


def add_home(data: Path, name: str) -> None:
    init_db(data)
    save_home(HomeInput(name=name), "Siân Ŵyn")
    close_db()


# --- making backups ---------------------------------------------------------------


def test_backup_is_checked_single_file(folder: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)

    connection = sqlite3.connect(made.path)
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    check = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    assert (mode, check) == ("delete", "ok")
    assert home_names(made.path) == ["Tŷ Gwyn"]
    assert made.path.parent == folder / "backups"
    assert made.path.name == "carehome_desk-20261204T120000.000000Z-daily.sqlite3"


def test_backup_includes_uncheckpointed_changes(folder: Path) -> None:
    init_db(folder)
    save_home(HomeInput(name="Bryn Ŵyn"), "Siân Ŵyn")
    assert Path(f"{database_path(folder)}-wal").stat().st_size > 0
    try:
        made = backup.make_backup(folder, backup.DAILY, NOON)
    finally:
        close_db()

    assert home_names(made.path) == ["Bryn Ŵyn", "Tŷ Gwyn"]


def test_same_time_names_do_not_collide(folder: Path) -> None:
    first = backup.make_backup(folder, backup.DAILY, NOON)
    second = backup.make_backup(folder, backup.DAILY, NOON)

    assert first.path != second.path
    assert second.path.name.endswith("-daily-2.sqlite3")
    assert {b.path for b in backup.list_backups(folder)} == {first.path, second.path}


def test_names_sort_by_time(folder: Path) -> None:
    times = [NOON + timedelta(days=d, hours=h) for d, h in ((3, 0), (0, 5), (11, -2))]
    for moment in times:
        backup.make_backup(folder, backup.DAILY, moment)

    listed = [b.made_at for b in backup.list_backups(folder)]

    assert listed == sorted(times, reverse=True)


def test_daily_backup_once_a_day(folder: Path) -> None:
    first = backup.backup_if_due(folder, NOON)
    again = backup.backup_if_due(folder, NOON + timedelta(hours=3))
    tomorrow = backup.backup_if_due(folder, NOON + timedelta(days=1))

    assert first is not None
    assert again is None
    assert tomorrow is not None
    assert len(backup.list_backups(folder)) == 2


def test_damaged_database_not_backed_up(folder: Path) -> None:
    backup.make_backup(folder, backup.DAILY, NOON - timedelta(days=30))
    database_path(folder).write_bytes(b"not a database" * 400)

    with pytest.raises(BackupError, match="damaged"):
        backup.backup_if_due(folder, NOON)

    assert len(backup.list_backups(folder)) == 1
    assert sorted(p.name for p in (folder / "backups").iterdir()) == [
        backup.list_backups(folder)[0].path.name
    ]


def test_backup_to_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "USB Ŵ" / "copi wrth gefn.sqlite3"
    out.parent.mkdir()
    out.write_bytes(b"an older file that the backup replaces")

    contents = backup.backup_to(folder, out)

    assert (contents.homes, contents.cases) == (1, 0)
    assert home_names(out) == ["Tŷ Gwyn"]
    assert list(out.parent.iterdir()) == [out]


def test_backup_to_database_itself_rejected(folder: Path) -> None:
    before = digest(database_path(folder))

    with pytest.raises(BackupError, match="is the database itself"):
        backup.backup_to(folder, database_path(folder))

    assert digest(database_path(folder)) == before


def test_backup_to_missing_folder(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="Check that the folder exists"):
        backup.backup_to(folder, tmp_path / "no such folder" / "copy.sqlite3")


# --- rotation ---------------------------------------------------------------------


def fake_backup(day: date, kind: str = backup.DAILY, hour: int = 9) -> Backup:
    made = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return Backup(Path(f"{day.isoformat()}-{hour}-{kind}"), made, kind)


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    last = date(2026, 12, 4)  # a Friday, in ISO week 49
    backups = [fake_backup(last - timedelta(days=n)) for n in range(60)]

    kept = backup.backups_to_keep(backups)

    daily = {fake_backup(last - timedelta(days=n)).path for n in range(7)}
    # The newest backups of ISO weeks 49 and 48 (4 Dec and Sunday 29 Nov) are among the
    # seven daily ones. Those of weeks 47 and 46 are Sundays 22 and 15 Nov.
    weekly = {fake_backup(day).path for day in (date(2026, 11, 22), date(2026, 11, 15))}
    assert kept == daily | weekly


def test_rotation_weeks_with_gaps() -> None:
    """Weeks without a backup do not count towards the four weekly ones."""
    days = [date(2026, 12, 4), date(2026, 10, 7), date(2026, 8, 3), date(2026, 8, 2)]
    days += [date(2026, 3, 3), date(2026, 3, 2), date(2025, 12, 31), date(2025, 12, 30)]
    days += [date(2025, 6, 1), date(2025, 5, 30)]
    backups = [fake_backup(day) for day in days]

    kept = backup.backups_to_keep(backups)

    # 7 newest; then the newest of weeks 2026-W49, -W41, -W32, -W31 (2 Aug is a Sunday).
    assert kept == {fake_backup(day).path for day in days[:7]}


def test_rotation_never_drops_other_kinds() -> None:
    old = date(2020, 1, 1)
    backups = [fake_backup(old, "before-v2"), fake_backup(old, backup.REPLACED)]
    backups += [fake_backup(date(2026, 12, 4) - timedelta(days=n)) for n in range(40)]

    kept = backup.backups_to_keep(backups)

    assert fake_backup(old, "before-v2").path in kept
    assert fake_backup(old, backup.REPLACED).path in kept


def test_prune_deletes_after_daily_backup(folder: Path) -> None:
    for days_ago in range(1, 31):
        backup.make_backup(folder, backup.DAILY, NOON - timedelta(days=days_ago))
    backup.make_backup(folder, "before-v2", NOON - timedelta(days=100))

    backup.backup_if_due(folder, NOON)

    remaining = backup.list_backups(folder)
    assert len([b for b in remaining if b.kind == backup.DAILY]) == 9
    assert remaining[0].made_at == NOON
    assert any(b.kind == "before-v2" for b in remaining)


def test_prune_deletes_stale_partial_files(folder: Path) -> None:
    backups = folder / "backups"
    backups.mkdir()
    stale = backups / ".carehome_desk-x.sqlite3.partial"
    fresh = backups / ".carehome_desk-y.sqlite3.partial"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"x")
    two_hours_ago = (NOON - timedelta(hours=2)).timestamp()
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(fresh, (NOON.timestamp(), NOON.timestamp()))

    backup.prune(folder, NOON)

    assert not stale.exists()
    assert fresh.exists()


# --- restoring --------------------------------------------------------------------


def test_restore_replaces_records_and_keeps_copy(folder: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    add_home(folder, "Bryn Ŵyn")

    result = restore.restore(folder, made.path)

    assert home_names(database_path(folder)) == ["Tŷ Gwyn"]
    assert result.replaced is not None
    assert home_names(result.replaced) == ["Bryn Ŵyn", "Tŷ Gwyn"]
    assert (result.contents.homes, result.contents.schema_version) == (1, 1)


def test_restore_with_unflushed_log(folder: Path) -> None:
    """Changes still in the write-ahead log are in the kept copy, not in the restored data."""
    made = backup.make_backup(folder, backup.DAILY, NOON)
    wal = sqlite3.connect(database_path(folder))
    wal.execute("PRAGMA wal_autocheckpoint = 0")
    wal.execute(
        "INSERT INTO care_home (id, name, address, postcode, ciw_number, provider, "
        "responsible_individual, registered_manager, phone, email, created_at, "
        "updated_at, updated_by) VALUES ('x', 'Plas Newydd', '', '', '', '', '', '', "
        "'', '', '2026-12-04', '2026-12-04', '')"
    )
    wal.commit()
    wal.close()

    result = restore.restore(folder, made.path)

    assert home_names(database_path(folder)) == ["Tŷ Gwyn"]
    assert "Plas Newydd" in home_names(result.replaced)


def test_restore_over_damaged_database(folder: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    garbage = os.urandom(8192)
    database_path(folder).write_bytes(garbage)
    Path(f"{database_path(folder)}-wal").unlink(missing_ok=True)

    result = restore.restore(folder, made.path)

    assert result.replaced.read_bytes() == garbage
    assert home_names(database_path(folder)) == ["Tŷ Gwyn"]
    init_db(folder)
    try:
        assert [h.name for h in CareHome.select()] == ["Tŷ Gwyn"]
    finally:
        close_db()


def test_restore_into_empty_folder(folder: Path, tmp_path: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    new_laptop = tmp_path / "newydd"

    result = restore.restore(new_laptop, made.path)

    assert result.replaced is None
    assert home_names(database_path(new_laptop)) == ["Tŷ Gwyn"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Care Home Desk database"),
        (b"SQLite format 3\x00" + os.urandom(4000), "not a Care Home Desk database or is damaged"),
        (os.urandom(4096), "not a Care Home Desk database or is damaged"),
    ],
    ids=["empty", "bad header", "random bytes"],
)
def test_restore_rejects_bad_file(folder: Path, tmp_path: Path, content, message) -> None:
    bad = tmp_path / "drwg.sqlite3"
    bad.write_bytes(content)
    before = digest(database_path(folder))

    with pytest.raises(BackupError, match=message):
        restore.restore(folder, bad)

    assert digest(database_path(folder)) == before
    assert backup.list_backups(folder) == []


def test_restore_rejects_other_sqlite_file(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()

    with pytest.raises(BackupError, match="has no schema version"):
        restore.restore(folder, other)


def test_restore_rejects_newer_backup(folder: Path, tmp_path: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE setting SET value = '99' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()

    with pytest.raises(BackupError, match="newer version of Care Home Desk"):
        restore.restore(folder, made.path)


def test_restore_rejects_missing_file(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        restore.restore(folder, tmp_path / "nothing.sqlite3")


def test_restore_needs_closed_database(folder: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    init_db(folder)
    try:
        with pytest.raises(RuntimeError, match="close the database"):
            restore.restore(folder, made.path)
    finally:
        close_db()


def test_newest_restorable_skips_damaged(folder: Path) -> None:
    good = backup.make_backup(folder, backup.DAILY, NOON - timedelta(days=1))
    damaged = backup.make_backup(folder, backup.DAILY, NOON)
    damaged.path.write_bytes(os.urandom(4096))
    restore.keep_replaced(folder, NOON + timedelta(hours=1))

    found, contents = restore.newest_restorable(folder)

    assert found.path == good.path
    assert contents.homes == 1


def test_set_aside_moves_files_unchanged(folder: Path) -> None:
    database_path(folder).write_bytes(b"damaged" * 100)
    Path(f"{database_path(folder)}-wal").write_bytes(b"log")

    moved = restore.set_aside(folder, NOON)

    assert not database_path(folder).exists()
    assert moved.read_bytes() == b"damaged" * 100
    assert Path(f"{moved}-wal").read_bytes() == b"log"
    assert not Path(f"{database_path(folder)}-wal").exists()


def test_restore_gives_references_new_code(folder: Path) -> None:
    made = backup.make_backup(folder, backup.DAILY, NOON)
    init_db(folder)
    published = next_reference(2026)  # made after the backup, perhaps already shared
    close_db()

    restore.restore(folder, made.path)
    init_db(folder)
    after_restore = next_reference(2026)
    close_db()

    assert published.endswith("-0001")
    assert after_restore.endswith("-0001")
    assert after_restore != published
