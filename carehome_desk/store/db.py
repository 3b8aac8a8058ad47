"""Opening the database: pragmas, schema version and this laptop's identity."""

from __future__ import annotations

import logging
import secrets
import uuid
from pathlib import Path

from peewee import SqliteDatabase

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store.models import ALL_MODELS, Setting, database

log = logging.getLogger(__name__)

_CTX = "Store"

SCHEMA_VERSION = 1
DATABASE_FILE_NAME = "carehome_desk.sqlite3"

# Crockford's base 32 without I, L, O and U, so a code read aloud is unambiguous.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

_PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_FILE_NAME


def has_data(data_dir: Path) -> bool:
    """Return True when ``data_dir`` already holds a Care Home Desk database."""
    return database_path(data_dir).exists()


def init_db(data_dir: Path) -> SqliteDatabase:
    """Open (creating if needed) the database in ``data_dir`` and bind the models to it."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Store", "Cannot create the data folder {path}: {reason}."),
            path=str(data_dir),
            reason=error.strerror or str(error),
        ) from error

    if not database.is_closed():
        database.close()
    database.init(str(database_path(data_dir)), pragmas=_PRAGMAS)
    database.connect()
    _refuse_newer_schema(data_dir)
    with database.atomic():
        database.create_tables(ALL_MODELS, safe=True)
        if get_setting("schema_version") is None:
            set_setting("schema_version", str(SCHEMA_VERSION))
        _ensure_identity()
    log.info("Opened database in %s", data_dir)
    return database


def close_db() -> None:
    if not database.is_closed():
        database.close()


def _refuse_newer_schema(data_dir: Path) -> None:
    """Close the database and raise, before writing anything, if a newer app wrote it."""
    stored = None
    if Setting.table_exists():
        stored = get_setting("schema_version")
    if stored is None or int(stored) <= SCHEMA_VERSION:
        return
    database.close()
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
        supported=SCHEMA_VERSION,
    )


def _ensure_identity() -> None:
    if get_setting("device_id") is None:
        set_setting("device_id", uuid.uuid4().hex)
        set_setting("device_code", "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4)))


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
