"""The tables that sync exchanges, read from the live database schema.

Every model in ``store.models.ALL_MODELS`` whose primary key is a UUID field
named ``id`` is synced. The ``setting`` table (keyed by name) and the sync
tables themselves are not. Columns, NOT NULL flags, declared types, foreign
keys and unique indexes come from ``PRAGMA`` statements on the open database,
so a column added by a migration is captured without a change here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from peewee import UUIDField

# Column name of the record-level field: tombstones and "keep" decisions.
ROW_FIELD = ""

# Columns that only record who touched a record last, and when. Every edit changes
# them, so concurrent edits of different fields would always clash here; their
# concurrent values merge silently to the deterministic winner instead, and the
# change log keeps every officer and time.
BOOKKEEPING_COLUMNS = frozenset({"updated_at", "updated_by"})


@dataclass(frozen=True)
class ForeignKey:
    column: str
    parent: str  # the referenced synced table; always its "id" column


@dataclass(frozen=True)
class SyncedTable:
    name: str
    columns: tuple[str, ...]  # every column but "id", in table order
    declared_types: Mapping[str, str]  # column -> declared type, upper case
    not_null: frozenset[str]
    foreign_keys: tuple[ForeignKey, ...]
    unique_keys: tuple[tuple[str, ...], ...]  # unique indexes other than the primary key
    append_only: bool

    def value_kinds(self, column: str) -> tuple[type, ...]:
        """Return the Python types a value of ``column`` may have in a change file."""
        declared = self.declared_types.get(column, "")
        if "INT" in declared:
            return (int,)
        if any(word in declared for word in ("CHAR", "CLOB", "TEXT", "DATE", "TIME")):
            return (str,)
        if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
            return (int, float)
        return (int, float, str)


def synced_models() -> list[type]:
    """Return the synced models, looked up at call time so models added later are included."""
    from carehome_desk.store import models

    synced = []
    for model in models.ALL_MODELS:
        key = model._meta.primary_key
        if key is not None and key.name == "id" and isinstance(key, UUIDField):
            synced.append(model)
    return synced


def read_tables(connection: sqlite3.Connection) -> dict[str, SyncedTable]:
    """Return the synced tables present in the database, parents before children."""
    present = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    tables: dict[str, SyncedTable] = {}
    models = [model for model in synced_models() if model._meta.table_name in present]
    names = {model._meta.table_name for model in models}
    for model in models:
        table = _read_table(connection, model, names)
        tables[table.name] = table
    return {name: tables[name] for name in _parents_first(tables)}


def _read_table(connection: sqlite3.Connection, model: type, synced: set[str]) -> SyncedTable:
    name = model._meta.table_name
    info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
    columns = tuple(row[1] for row in info if row[1] != "id")
    declared = {row[1]: (row[2] or "").upper() for row in info}
    not_null = frozenset(row[1] for row in info if row[3] and row[1] != "id")

    foreign_keys = []
    for row in connection.execute(f'PRAGMA foreign_key_list("{name}")'):
        parent, column, target = row[2], row[3], row[4]
        if parent in synced and target in (None, "id"):
            foreign_keys.append(ForeignKey(column, parent))

    unique_keys = []
    for row in connection.execute(f'PRAGMA index_list("{name}")'):
        index_name, unique, origin = row[1], row[2], row[3]
        if not unique or origin == "pk":
            continue
        key = tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{index_name}")'))
        if key and all(column in columns for column in key):
            unique_keys.append(key)

    return SyncedTable(
        name=name,
        columns=columns,
        declared_types=declared,
        not_null=not_null,
        foreign_keys=tuple(foreign_keys),
        unique_keys=tuple(unique_keys),
        append_only=bool(getattr(model._meta, "append_only", False)),
    )


def _parents_first(tables: Mapping[str, SyncedTable]) -> list[str]:
    """Order table names so each comes after the tables it references (Kahn's algorithm).

    A reference cycle cannot be ordered; its tables follow in name order, and the
    apply step defers foreign key checks to the end of its transaction anyway.
    """
    waiting = {
        name: {fk.parent for fk in table.foreign_keys if fk.parent != name}
        for name, table in tables.items()
    }
    ordered: list[str] = []
    while waiting:
        ready = sorted(name for name, parents in waiting.items() if not parents - set(ordered))
        if not ready:
            ready = sorted(waiting)
        for name in ready:
            ordered.append(name)
            del waiting[name]
    return ordered


def children_of(tables: Mapping[str, SyncedTable], parent: str) -> list[tuple[str, str]]:
    """Return (child table, column) for every foreign key that references ``parent``."""
    return [
        (table.name, fk.column)
        for table in tables.values()
        for fk in table.foreign_keys
        if fk.parent == parent
    ]
