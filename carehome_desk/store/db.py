"""Opening the database: checks, pragmas, migrations, schema version and this laptop's identity."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sqlite3
import uuid
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path

from peewee import SqliteDatabase

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store import backup
from carehome_desk.store.database import SQLITE_CORRUPT, SQLITE_NOTADB, sqlite_code, storage_error
from carehome_desk.store.migrations import MIGRATIONS, Migration, latest_version, migrate
from carehome_desk.store.models import ALL_MODELS, Setting, database

log = logging.getLogger(__name__)

_CTX = "Store"

SCHEMA_VERSION = latest_version()
DATABASE_FILE_NAME = "carehome_desk.sqlite3"

# The day (ISO date, local clock) of the last PRAGMA quick_check that found no fault.
# The check reads every page, over a second on a database of several hundred
# megabytes, so it runs at the first open of each day only. Later that day a file that
# is not a database still fails at open, and SQLite reports SQLITE_CORRUPT when a query
# reads a page it finds damaged. The first start of a day also makes the daily backup,
# which runs integrity_check on its copy. A check in a background thread was not
# chosen, because offering a backup then would mean replacing a database in use.
INTEGRITY_CHECKED_KEY = "integrity_checked_on"

# Crockford's base 32 without I, L, O and U, so a code read aloud is unambiguous.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# synchronous=FULL syncs the write-ahead log at every commit, so a save the
# officer saw complete survives a power cut too, not only a crash of the app.
_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class DamagedDatabaseError(DeskError):
    """The database file is not an SQLite database, or fails SQLite's quick check."""

    def __init__(self, data_dir: Path, detail: str) -> None:
        self.data_dir = data_dir
        self.detail = detail
        super().__init__(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Store",
                "The database in {path} is damaged ({detail}). It was left as it is. "
                "Restore a backup: in the app choose File > Restore from backup, or run "
                "carehome-desk restore FILE.",
            ),
            path=str(data_dir),
            detail=detail,
        )


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE_NAME


def has_data(data_dir: Path) -> bool:
    """Return True when ``data_dir`` already contains a Care Home Desk database."""
    return database_path(data_dir).exists()


def init_db(data_dir: Path, migrations: Sequence[Migration] = MIGRATIONS) -> SqliteDatabase:
    """Open (creating if needed) the database in ``data_dir`` and bind the models to it.

    An existing database is checked first and, if a newer app wrote it or it is
    damaged, left unchanged while DeskError explains why. An older one is
    brought up to date by ``migrations``, each step after a backup.
    """
    data_dir = Path(data_dir)
    _make_folder(data_dir)
    target = latest_version(migrations)
    stored, checked = _check_existing(data_dir, target)

    if not database.is_closed():
        database.close()
    database.init(str(database_path(data_dir)), pragmas=_PRAGMAS)
    database.connect()
    _restrict_database_file(database_path(data_dir))

    if stored is not None and stored < target:
        migrate(database, stored, lambda step: _back_up_before(data_dir, step), migrations)
    missing = _missing_tables() if stored == target else []
    if missing:
        # Each version's tables are created or migrated in one transaction with its
        # number, so a table missing at the current version was lost with its records.
        database.close()
        raise DamagedDatabaseError(data_dir, f"the table {missing[0]} is missing")
    with database.atomic():
        if stored != target:
            database.create_tables(ALL_MODELS, safe=True)
        if get_setting("schema_version") is None:
            set_setting("schema_version", str(target))
        if checked:
            set_setting(INTEGRITY_CHECKED_KEY, today().isoformat())
        _ensure_identity()
    log.info("Opened the database in %s (schema version %s)", data_dir, target)
    return database


def _missing_tables() -> list[str]:
    """Return the names of the models' tables that the open database lacks."""
    existing = {name for (name,) in database.execute_sql("SELECT name FROM sqlite_master")}
    return [
        model._meta.table_name for model in ALL_MODELS if model._meta.table_name not in existing
    ]


def _restrict_database_file(path: Path) -> None:
    """Make the database file and its WAL files readable by their owner only, on POSIX."""
    if os.name != "posix":
        return
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists() and candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)


def close_db() -> None:
    if not database.is_closed():
        database.close()


def today() -> date:
    """Return the local date that decides whether today's integrity check has run."""
    return date.today()


def stored_schema_version(path: Path) -> int | None:
    """Return the schema version of the database file at ``path``; None if it has none yet.

    Reads with SQLite's own locking and writes nothing. Raises
    DamagedDatabaseError when the file is not a database, fails ``PRAGMA
    quick_check`` or stores a schema version that is not a number.
    """
    return _inspect(path, check=True)[0]


def _inspect(path: Path, check: bool | None = None) -> tuple[int | None, bool]:
    """Return the stored schema version and whether ``PRAGMA quick_check`` ran (and passed).

    With ``check`` None, the check runs unless the ``setting`` table records a
    clean check today. Writes nothing and raises as :func:`stored_schema_version`.
    """
    data_dir = Path(path).parent
    try:
        with closing(sqlite3.connect(path)) as connection:
            if check is None:
                check = _read_setting(connection, INTEGRITY_CHECKED_KEY) != today().isoformat()
            if check:
                _quick_check(connection, data_dir)
            return _read_version(connection, data_dir), check
    except sqlite3.DatabaseError as error:
        raise _explained(error, data_dir) from error


def _quick_check(connection: sqlite3.Connection, data_dir: Path) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchmany(3)]
    if problems != ["ok"]:
        raise DamagedDatabaseError(data_dir, "; ".join(problems))


def _read_setting(connection: sqlite3.Connection, key: str) -> str | None:
    """Return the value of setting ``key``; None when it or the ``setting`` table is missing."""
    has_settings = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        (Setting._meta.table_name,),
    ).fetchone()
    if not has_settings:
        return None
    row = connection.execute(
        f'SELECT value FROM "{Setting._meta.table_name}" WHERE key = ?', (key,)
    ).fetchone()
    return None if row is None else row[0]


def _read_version(connection: sqlite3.Connection, data_dir: Path) -> int | None:
    value = _read_setting(connection, "schema_version")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise DamagedDatabaseError(data_dir, f"schema version {value!r}") from None


def _explained(error: sqlite3.DatabaseError, data_dir: Path) -> Exception:
    """Return the DeskError that explains ``error``; the error itself if none does."""
    if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(data_dir, str(error))
    return storage_error(error, database_path(data_dir)) or error


def _make_folder(data_dir: Path) -> None:
    """Create ``data_dir``; on POSIX a folder created here gets mode 0700.

    The records are special-category personal data. SQLite creates its files
    with the umask's mode (often 0644), so ``_restrict_database_file`` narrows
    them to 0600 after opening.
    """
    try:
        created = not data_dir.exists()
        data_dir.mkdir(parents=True, exist_ok=True)
        if created and os.name == "posix":
            data_dir.chmod(0o700)
    except OSError as error:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Store", "Cannot create the data folder {path}: {reason}."),
            path=str(data_dir),
            reason=error.strerror or str(error),
        ) from error


def _check_existing(data_dir: Path, supported: int) -> tuple[int | None, bool]:
    """Return the stored schema version (None for a new database) and whether quick_check ran.

    Raises before anything is written when the database is damaged, newer than
    ``supported``, or an empty file where backups show there were records.
    """
    path = database_path(data_dir)
    if not path.exists():
        return None, False
    if path.stat().st_size == 0 and backup.list_backups(data_dir):
        raise DamagedDatabaseError(data_dir, "the file is empty")

    stored, checked = _inspect(path)
    if stored is not None and stored > supported:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Store",
                "The database in {path} was written by a newer version of Care Home Desk "
                "(schema {found}; this version reads up to {supported}). "
                "Install the newer version.",
            ),
            path=str(data_dir),
            found=stored,
            supported=supported,
        )
    return stored, checked


def _back_up_before(data_dir: Path, step: Migration) -> None:
    backup.make_backup(data_dir, backup.before_version_kind(step.version))


def _ensure_identity() -> None:
    if get_setting("device_id") is None:
        set_setting("device_id", uuid.uuid4().hex)
        set_setting("device_code", new_device_code())


def new_device_code() -> str:
    """Return a random four-character laptop code, the middle part of case references."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4))


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
