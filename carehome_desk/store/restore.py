"""Restoring a backup: checking the file, keeping the database it replaces, writing it in.

The caller closes its own connection and holds the data folder's lock first,
so no window of this app uses the database while it is replaced.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from carehome_desk.paths import DATABASE_FILE_NAME, ensure_private_dir
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP
from carehome_desk.store.backup import (
    REPLACED,
    SIDE_FILES,
    STAMP_FORMAT,
    Backup,
    BackupError,
    Contents,
    backups_folder,
    claim_name,
    copy_database,
    copy_error,
    list_backups,
    open_database,
    read_contents,
    same_file,
    side_file,
    sync_file,
    sync_folder,
)
from carehome_desk.store.database import SQLITE_CORRUPT, SQLITE_NOTADB, sqlite_code
from carehome_desk.store.db import new_device_code
from carehome_desk.store.migrations import latest_version
from carehome_desk.store.models import database

log = logging.getLogger(__name__)

_CTX = "Backup"


@dataclass(frozen=True)
class RestoreResult:
    contents: Contents
    replaced: Path | None  # the copy of the database the restore replaced, if there was one


def inspect_file(path: Path) -> Contents:
    """Return what the database file at ``path`` holds, after ``PRAGMA quick_check``.

    Reads the file without changing it. Raises BackupError when it is not a
    database, is damaged, or is not a Care Home Desk database this version can read.
    """
    try:
        with closing(open_database(Path(path), read_only=True)) as connection:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchmany(3)]
            if problems != ["ok"]:
                raise BackupError(
                    _CTX,
                    QT_TRANSLATE_NOOP("Backup", "{file} is damaged ({detail})."),
                    file=str(path),
                    detail="; ".join(problems),
                )
            contents = read_contents(connection)
    except sqlite3.Error as error:
        raise _read_error(error, Path(path)) from error
    check_restorable(contents, Path(path))
    return contents


def check_restorable(contents: Contents, path: Path) -> None:
    """Raise BackupError unless ``contents`` is a Care Home Desk database this version reads."""
    if contents.schema_version is None:
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup", "{file} is not a Care Home Desk database: it has no schema version."
            ),
            file=str(path),
        )
    if contents.schema_version > latest_version():
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup",
                "{file} was written by a newer version of Care Home Desk (schema {found}; "
                "this version reads up to {supported}). Install the newer version to restore it.",
            ),
            file=str(path),
            found=contents.schema_version,
            supported=latest_version(),
        )


def newest_restorable(data_dir: Path) -> tuple[Backup, Contents] | None:
    """Return the newest backup that passes its checks, skipping copies of replaced databases."""
    for backup in list_backups(data_dir):
        if backup.kind == REPLACED:
            continue
        try:
            return backup, inspect_file(backup.path)
        except BackupError as error:
            log.warning("Backup %s cannot be restored: %s", backup.path.name, error.template)
    return None


def restore(data_dir: Path, source: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the database in ``data_dir`` with the database ``source``.

    The caller must have closed its connection and made sure no window uses
    the folder. ``source`` is first copied and fully checked in the backups
    folder; then the current database is kept there as a ``replaced`` copy
    (a byte copy when SQLite cannot read it); then the checked copy is written
    into the database with the backup API, so SQLite handles the write-ahead
    log and any reader in another process sees the restored records. A
    database SQLite cannot open at all is replaced as a file instead.
    """
    if not database.is_closed():
        raise RuntimeError("close the database before restoring into it")
    now = now or datetime.now(UTC)
    live = Path(data_dir) / DATABASE_FILE_NAME
    if same_file(source, live):
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP("Backup", "{file} is the database itself; choose a backup file."),
            file=str(source),
        )

    folder = ensure_private_dir(backups_folder(data_dir))
    staging = folder / f".restore-{now.strftime(STAMP_FORMAT)}-{os.getpid()}.sqlite3"
    try:
        contents = copy_database(Path(source), staging, read_only=True)
        check_restorable(contents, Path(source))
        _give_new_device_code(staging)
        replaced = keep_replaced(data_dir, now) if live.exists() else None
        _write_into(staging, live)
    finally:
        staging.unlink(missing_ok=True)
    log.info(
        "Restored the database from a backup (schema version %s); the replaced one is kept as %s",
        contents.schema_version,
        replaced.name if replaced else "nothing",
    )
    return RestoreResult(contents, replaced)


def _give_new_device_code(staging: Path) -> None:
    """Give the checked copy a new laptop code for the references of cases and plans.

    Cases this laptop made after the backup may already be on the shared folder with
    the next reference numbers, so references made after the restore take a new code.
    """
    with closing(sqlite3.connect(staging)) as connection, connection:
        row = connection.execute("SELECT value FROM setting WHERE key = 'device_code'").fetchone()
        code = new_device_code()
        while row is not None and code == row[0]:
            code = new_device_code()
        connection.execute("UPDATE setting SET value = ? WHERE key = 'device_code'", (code,))


def keep_replaced(data_dir: Path, now: datetime | None = None) -> Path:
    """Copy the current database into the backups folder as a ``replaced`` backup."""
    now = now or datetime.now(UTC)
    live = Path(data_dir) / DATABASE_FILE_NAME
    target = claim_name(ensure_private_dir(backups_folder(data_dir)), REPLACED, now)
    try:
        copy_database(live, target)
    except BackupError as error:
        log.warning("Keeping a byte copy of the database: %s", error.template)
        _copy_bytes(live, target)
    return target


def set_aside(data_dir: Path, now: datetime | None = None) -> Path:
    """Move the database (with its journal files) into the backups folder, unchanged.

    Used when the officer starts again with an empty database instead of a
    damaged one. Returns the path the database now has.
    """
    if not database.is_closed():
        raise RuntimeError("close the database before moving it")
    live = Path(data_dir) / DATABASE_FILE_NAME
    target = claim_name(
        ensure_private_dir(backups_folder(data_dir)), REPLACED, now or datetime.now(UTC)
    )
    os.replace(live, target)
    for suffix in SIDE_FILES:
        if side_file(live, suffix).exists():
            os.replace(side_file(live, suffix), side_file(target, suffix))
    log.info("Moved the database aside to %s", target.name)
    return target


def _write_into(staging: Path, live: Path) -> None:
    try:
        with closing(sqlite3.connect(staging)) as origin, closing(sqlite3.connect(live)) as copy:
            origin.backup(copy)
        return
    except sqlite3.DatabaseError as error:
        if sqlite_code(error) not in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise copy_error(error, staging, live) from error
        log.warning("The database cannot be opened, so it is replaced as a file")

    for suffix in SIDE_FILES:
        side_file(live, suffix).unlink(missing_ok=True)
    os.replace(staging, live)
    sync_folder(live.parent)


def _copy_bytes(live: Path, target: Path) -> None:
    try:
        shutil.copyfile(live, target)
        for suffix in SIDE_FILES:
            if side_file(live, suffix).exists():
                shutil.copyfile(side_file(live, suffix), side_file(target, suffix))
        sync_file(target)
    except OSError as error:
        target.unlink(missing_ok=True)
        raise BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup",
                "Could not keep a copy of the current database as {file}: {reason}. "
                "Nothing was restored.",
            ),
            file=str(target),
            reason=error.strerror or str(error),
        ) from error


def _read_error(error: sqlite3.Error, path: Path) -> BackupError:
    if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return BackupError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Backup", "{file} is not a Care Home Desk database or is damaged ({detail})."
            ),
            file=str(path),
            detail=str(error),
        )
    return BackupError(
        _CTX,
        QT_TRANSLATE_NOOP("Backup", "Could not read {file}: {reason}."),
        file=str(path),
        reason=str(error),
    )
