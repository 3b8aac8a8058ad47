"""Numbered schema migrations, each run in its own transaction after a backup.

The schema version is the ``schema_version`` row of the ``setting`` table.
Version 1 is the schema the models create. A change to the models after a
release needs a new module ``mNNNN_<what>.py`` in this package that defines
``apply(database)``, an entry in :data:`MIGRATIONS` with the version it
produces, and a new snapshot written by ``python -m
carehome_desk.store.migrations.snapshot`` (see ``snapshot.py``).

Migrations are listed here explicitly, not discovered, so a frozen build
(PyInstaller) that collects only imported modules includes every one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError

log = logging.getLogger(__name__)

_CTX = "Store"

FIRST_VERSION = 1


@dataclass(frozen=True)
class Migration:
    """One step that changes a database from schema ``version - 1`` to ``version``."""

    version: int
    name: str
    apply: Callable[[Any], None]  # called with the open peewee database, inside a transaction


MIGRATIONS: tuple[Migration, ...] = ()
"""Every migration, in order; the first produces version 2."""


class MigrationError(DeskError):
    """A migration failed and was rolled back; the database keeps its previous version."""


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Return the schema version a fresh database gets, after every migration in ``migrations``."""
    check_sequence(migrations)
    return migrations[-1].version if migrations else FIRST_VERSION


def check_sequence(migrations: Sequence[Migration]) -> None:
    """Raise ValueError unless ``migrations`` produce versions 2, 3, 4 ... with no gap."""
    expected = list(range(FIRST_VERSION + 1, FIRST_VERSION + 1 + len(migrations)))
    found = [migration.version for migration in migrations]
    if found != expected:
        raise ValueError(f"migrations must produce versions {expected}, not {found}")


def pending(stored_version: int, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """Return the migrations that bring a database at ``stored_version`` up to date, in order."""
    check_sequence(migrations)
    return [migration for migration in migrations if migration.version > stored_version]


def migrate(
    database: Any,
    stored_version: int,
    before_each: Callable[[Migration], object],
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Run the pending migrations on the open peewee ``database``; return the new version.

    ``before_each`` runs before every step (it makes the backup). Each step runs
    in its own transaction with foreign keys off, as SQLite's procedure for
    rebuilding tables asks, and is committed only if ``PRAGMA
    foreign_key_check`` finds no broken reference. A step that fails is rolled
    back and raises MigrationError; the steps before it stay committed.
    """
    version = stored_version
    for migration in pending(stored_version, migrations):
        before_each(migration)
        log.info("Migrating the schema from version %s to %s", version, migration.version)
        _run_step(database, migration)
        version = migration.version
        log.info("Migrated the schema to version %s (%s)", version, migration.name)
    return version


def _run_step(database: Any, migration: Migration) -> None:
    # PRAGMA foreign_keys has no effect inside a transaction, so it is set around it.
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with database.atomic():
            migration.apply(database)
            _check_references(database, migration)
            database.execute_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('schema_version', ?)",
                (str(migration.version),),
            )
    except DeskError:
        raise
    except Exception as error:
        log.exception("Migration to schema version %s failed", migration.version)
        raise MigrationError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Store",
                "Upgrading the database to schema version {version} failed and was undone: "
                "{reason}. The database was not changed by this step. Keep the log file and "
                "report the problem.",
            ),
            version=migration.version,
            reason=f"{type(error).__name__}: {error}",
        ) from error
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")


def _check_references(database: Any, migration: Migration) -> None:
    broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _key = broken[0]
        raise MigrationError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Store",
                "Upgrading the database to schema version {version} would leave {count} "
                "broken references (the first: row {rowid} of {table} refers to a missing "
                "{parent}), so it was undone. Keep the log file and report the problem.",
            ),
            version=migration.version,
            count=len(broken),
            rowid=rowid,
            table=table,
            parent=parent,
        )
