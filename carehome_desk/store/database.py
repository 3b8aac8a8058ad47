"""The SQLite database object, which turns storage failures into errors the user can act on.

A full disk, a read-only folder, a busy or damaged database reach the store as
``sqlite3`` errors wrapped by peewee. :class:`DeskDatabase` raises them as
:class:`StorageError`, a :class:`DeskError` that names the data folder and the
fix, so a dialog that shows DeskErrors keeps its form open with what was typed.
The SQLite result code picks the message; the English error text is never parsed.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from peewee import DatabaseError, OperationalError, SqliteDatabase

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError

log = logging.getLogger(__name__)

_CTX = "Store"

# Primary SQLite result codes (https://www.sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_MESSAGES = {
    SQLITE_FULL: QT_TRANSLATE_NOOP(
        "Store",
        "Nothing was saved: the disk that holds the data folder {path} is full. "
        "Free some space on it and save again.",
    ),
    SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "Store",
        "Nothing was saved: the data folder {path} or its database is read-only. "
        "Allow writing to the folder, or start the app with another data folder.",
    ),
    SQLITE_PERM: QT_TRANSLATE_NOOP(
        "Store",
        "Nothing was saved: you may not write to the data folder {path}. "
        "Allow writing to the folder, or start the app with another data folder.",
    ),
    SQLITE_CANTOPEN: QT_TRANSLATE_NOOP(
        "Store",
        "The database in {path} cannot be opened. Check that the folder exists, "
        "is on a local disk and that you may write to it.",
    ),
    SQLITE_BUSY: QT_TRANSLATE_NOOP(
        "Store",
        "Nothing was saved: the database in {path} is busy with another Care Home Desk "
        "program. Wait a moment and save again.",
    ),
    SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "Store",
        "Nothing was saved: the disk holding {path} reported a read or write error. "
        "Check the disk, then save again.",
    ),
    SQLITE_CORRUPT: QT_TRANSLATE_NOOP(
        "Store",
        "The database in {path} is damaged. Restore a backup: in the app choose "
        "File > Restore from backup, or run carehome-desk restore FILE.",
    ),
}
_MESSAGES[SQLITE_LOCKED] = _MESSAGES[SQLITE_BUSY]
_MESSAGES[SQLITE_NOTADB] = _MESSAGES[SQLITE_CORRUPT]


class StorageError(DeskError, OperationalError):
    """The database could not be read or written, for a reason outside the app.

    It is a DeskError, so dialogs show it and keep their form, and a peewee
    OperationalError, so code that handles database errors still catches it.
    """

    def __init__(self, template: str, path: str, code: int) -> None:
        self.code = code
        super().__init__(_CTX, template, path=path)


def sqlite_code(error: BaseException) -> int | None:
    """Return the primary SQLite result code behind ``error``, or None if it has none."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
        # peewee keeps the sqlite3 exception as ``orig`` and as the cause or context.
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def storage_error(error: BaseException, path: str | Path) -> StorageError | None:
    """Return the StorageError that explains ``error``, or None for a programming error."""
    code = sqlite_code(error)
    template = _MESSAGES.get(code) if code is not None else None
    if template is None or code is None:
        return None
    return StorageError(template, str(Path(path).parent), code)


class DeskDatabase(SqliteDatabase):
    """peewee's SqliteDatabase, raising StorageError for disk, permission and damage errors."""

    def connect(self, reuse_if_open: bool = False) -> bool:
        with self._translated_errors():
            return super().connect(reuse_if_open)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._in_sqlite_transaction():
            return None  # SQLite already rolled back the whole transaction, see rollback()
        with self._translated_errors():
            return super().execute_sql(sql, params)

    def begin(self, lock_type: str | None = None) -> None:
        with self._translated_errors():
            super().begin(lock_type)

    def commit(self) -> None:
        with self._translated_errors():
            super().commit()

    def rollback(self) -> None:
        # SQLite ends the transaction itself after some errors (a full disk, say);
        # a second ROLLBACK would then fail and hide the error that caused it.
        if not self.is_closed() and not self._in_sqlite_transaction():
            return
        super().rollback()

    def _in_sqlite_transaction(self) -> bool:
        return not self.is_closed() and bool(self.connection().in_transaction)

    def _translated_errors(self) -> _Translator:
        return _Translator(self.database)


class _Translator:
    """Context manager that re-raises storage failures of the database ``path`` as StorageError."""

    def __init__(self, path: str | None) -> None:
        self.path = path or ""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: BaseException | None, traceback: Any) -> None:
        if error is None or isinstance(error, StorageError):
            return
        if not isinstance(error, DatabaseError | sqlite3.DatabaseError):
            return
        translated = storage_error(error, self.path)
        if translated is not None:
            log.error("Database error %s (SQLite code %s)", type(error).__name__, translated.code)
            raise translated from error
