"""Backups of the database, made with SQLite's online backup API, and their rotation.

A backup is never a file copy of the live database: SQLite's backup API
(``sqlite3.Connection.backup``) reads a consistent snapshot through SQLite's
locks, including changes still in the write-ahead log. Every copy is written
under a temporary name, checked with ``PRAGMA integrity_check`` and only then
renamed to its final name, so every backup is a complete, checked database in
rollback-journal mode (one self-contained file). The one exception is the byte
copy of a damaged database described below. ``restore.py`` restores backups.

Automatic backups live in ``<data folder>/backups``, named
``carehome_desk-<UTC time>-<kind>.sqlite3`` so they sort by time:

- ``daily``: made at the first start of each day (local time). Rotation
  keeps the 7 newest daily backups and, for each of the 4 most recent ISO
  weeks (Monday to Sunday) that have one, that week's newest daily backup.
  It deletes the others only after the new backup has passed its check.
- ``before-vN``: made before migrating the schema to version N; never pruned.
- ``replaced``: what a restore replaced, kept even when it is damaged (then
  as a byte copy, since SQLite cannot read it); never pruned.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from carehome_desk.paths import DATABASE_FILE_NAME, ensure_private_dir
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store.database import SQLITE_CORRUPT, SQLITE_NOTADB, sqlite_code
from carehome_desk.store.models import CareHome, Case, Setting

log = logging.getLogger(__name__)

_CTX = "Backup"

BACKUP_FOLDER_NAME = "backups"
DAILY = "daily"
REPLACED = "replaced"
KEEP_DAILY = 7
KEEP_WEEKLY = 4

SIDE_FILES = ("-wal", "-shm", "-journal")
STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(
    r"^carehome_desk-(?P<stamp>\d{8}T\d{6}\.\d{6}Z)-(?P<kind>daily|replaced|before-v\d+)"
    r"(?:-\d+)?\.sqlite3$"
)
# A temporary file older than this is left over from a crash and is deleted when pruning.
_STALE_PARTIAL = timedelta(hours=1)


class BackupError(DeskError):
    """A backup could not be made or read, or a file cannot be restored."""


@dataclass(frozen=True)
class Backup:
    """A backup file in the backups folder."""

    path: Path
    made_at: datetime  # in UTC
    kind: str

    @property
    def local_day(self) -> date:
        return self.made_at.astimezone().date()


@dataclass(frozen=True)
class Contents:
    """The schema version and record counts of a database file."""

    schema_version: int | None
    homes: int | None
    cases: int | None


def backups_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER_NAME


def before_version_kind(version: int) -> str:
    return f"before-v{version}"


def list_backups(data_dir: Path) -> list[Backup]:
    """Return the backups in ``data_dir``'s backups folder, newest first."""
    folder = backups_folder(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        # A file of size 0 is a name claimed by a backup still being written.
        if match is None or not path.is_file() or path.stat().st_size == 0:
            continue
        made_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(Backup(path, made_at, match["kind"]))
    return sorted(found, key=lambda backup: backup.path.name, reverse=True)


# --- making backups -----------------------------------------------------------


def make_backup(data_dir: Path, kind: str, now: datetime | None = None) -> Backup:
    """Back up the database in ``data_dir`` into its backups folder as a ``kind`` backup."""
    now = now or datetime.now(UTC)
    folder = ensure_private_dir(backups_folder(data_dir))
    target = claim_name(folder, kind, now)
    try:
        copy_database(Path(data_dir) / DATABASE_FILE_NAME, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    log.info("Backed up the database to %s", target.name)
    return Backup(target, now.astimezone(UTC), kind)


def backup_if_due(data_dir: Path, now: datetime | None = None) -> Backup | None:
    """Make the day's backup unless one exists; then prune old ones. Return the new backup."""
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    if any(b.kind == DAILY and b.local_day == today for b in list_backups(data_dir)):
        return None
    made = make_backup(data_dir, DAILY, now)
    prune(data_dir, now)
    return made


def backup_to(data_dir: Path, out: Path) -> Contents:
    """Write a checked backup of the database in ``data_dir`` to ``out``, replacing that file."""
    live = Path(data_dir) / DATABASE_FILE_NAME
    if not live.is_file():
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP("Backup", "There is no database in {path} to back up."),
            path=str(data_dir),
        )
    if same_file(out, live) or any(same_file(out, side_file(live, s)) for s in SIDE_FILES):
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup", "{file} is the database itself; choose another file for the backup."
            ),
            file=str(out),
        )
    contents = copy_database(live, out)
    log.info("Backed up the database to a file of the officer's choice")
    return contents


def copy_database(source: Path, target: Path, read_only: bool = False) -> Contents:
    """Copy the database ``source`` to ``target`` with the backup API; return what it holds.

    The copy is written beside ``target`` under a temporary name, switched to a
    rollback journal, checked with ``PRAGMA integrity_check`` and synced to
    disk before it replaces ``target``. Raises BackupError when the source is
    damaged or the copy cannot be written; ``target`` is then left as it was.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        contents = _write_checked_copy(source, partial, read_only)
        if os.name == "posix":
            partial.chmod(0o600)  # the records are personal data; the owner alone reads them
        sync_file(partial)
        os.replace(partial, target)
        sync_folder(target.parent)
    except sqlite3.Error as error:
        raise copy_error(error, source, target) from error
    except OSError as error:
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup",
                "Could not write the backup {file}: {reason}. Check that the folder exists, "
                "that you may write to it and that the disk has space.",
            ),
            file=str(target),
            reason=error.strerror or str(error),
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    return contents


def _write_checked_copy(source: Path, partial: Path, read_only: bool) -> Contents:
    with (
        closing(open_database(source, read_only)) as origin,
        closing(sqlite3.connect(partial)) as copy,
    ):
        origin.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        problems = [row[0] for row in copy.execute("PRAGMA integrity_check").fetchmany(3)]
        if problems != ["ok"]:
            raise BackupError(
                _CTX,
                QT_TRANSLATE_NOOP("Backup", "{file} is damaged ({detail}), so it was not copied."),
                file=str(source),
                detail="; ".join(problems),
            )
        return read_contents(copy)


def open_database(path: Path, read_only: bool) -> sqlite3.Connection:
    if not path.is_file():
        raise BackupError(
            _CTX, QT_TRANSLATE_NOOP("Backup", "The file {file} does not exist."), file=str(path)
        )
    if read_only:
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def copy_error(error: sqlite3.Error, source: Path, target: Path) -> BackupError:
    if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup",
                "{file} is not a Care Home Desk database or is damaged ({detail}), "
                "so it was not copied.",
            ),
            file=str(source),
            detail=str(error),
        )
    return BackupError(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Backup",
            "Could not copy {source} to {file}: {reason}. Check that the folder exists, "
            "that you may write to it and that the disk has space.",
        ),
        source=str(source),
        file=str(target),
        reason=str(error),
    )


def read_contents(connection: sqlite3.Connection) -> Contents:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    version = None
    if Setting._meta.table_name in tables:
        row = connection.execute(
            f'SELECT value FROM "{Setting._meta.table_name}" WHERE key = ?', ("schema_version",)
        ).fetchone()
        version = int(row[0]) if row is not None and str(row[0]).isdigit() else None

    def count(table: str) -> int | None:
        if table not in tables:
            return None
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    return Contents(version, count(CareHome._meta.table_name), count(Case._meta.table_name))


# --- rotation -----------------------------------------------------------------


def backups_to_keep(backups: Iterable[Backup]) -> set[Path]:
    """Return the paths that rotation keeps: every non-daily backup, and the daily ones
    that are among the 7 newest or the newest of one of the 4 most recent ISO weeks."""
    backups = list(backups)
    dailies = sorted((b for b in backups if b.kind == DAILY), key=lambda b: b.made_at, reverse=True)
    keep = {b.path for b in backups if b.kind != DAILY}
    keep |= {b.path for b in dailies[:KEEP_DAILY]}

    newest_of_week: dict[tuple[int, int], Backup] = {}
    for backup in dailies:
        year, week, _weekday = backup.local_day.isocalendar()
        newest_of_week.setdefault((year, week), backup)
    for iso_week in sorted(newest_of_week, reverse=True)[:KEEP_WEEKLY]:
        keep.add(newest_of_week[iso_week].path)
    return keep


def prune(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the daily backups rotation does not keep, and stale temporary files."""
    now = now or datetime.now(UTC)
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    deleted = [b.path for b in backups if b.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
        log.info("Deleted the old backup %s", path.name)
    for partial in backups_folder(data_dir).glob(".*.partial"):
        modified = datetime.fromtimestamp(partial.stat().st_mtime, UTC)
        if now - modified > _STALE_PARTIAL:
            partial.unlink(missing_ok=True)
            log.info("Deleted the unfinished backup %s", partial.name)
    return deleted


# --- files ----------------------------------------------------------------------


def claim_name(folder: Path, kind: str, now: datetime) -> Path:
    """Create and return an empty file with a new backup name; a number is added on a clash."""
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    for number in itertools.count(1):
        suffix = f"-{number}" if number > 1 else ""
        path = folder / f"carehome_desk-{stamp}-{kind}{suffix}.sqlite3"
        try:
            descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(descriptor)
        return path
    raise AssertionError("unreachable")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def same_file(first: Path, second: Path) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return False


def sync_file(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    """Sync a folder's entries, so a rename survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
