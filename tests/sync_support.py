"""Simulated laptops for the sync tests: one data folder each, and one shared folder.

peewee's ``database`` is one global object, so one laptop is open at a time:
:meth:`Laptop.use` closes whichever is open and opens this one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from carehome_desk.store import db as db_module
from carehome_desk.store import settings
from carehome_desk.store.db import close_db, database_path, init_db
from carehome_desk.store.models import database
from carehome_desk.sync.capture import install, set_clock_offset
from carehome_desk.sync.exchange import sync
from carehome_desk.sync.queries import list_conflicts
from carehome_desk.sync.report import SyncReport
from carehome_desk.sync.state import load_states
from carehome_desk.sync.tables import read_tables

DAY_MS = 86_400_000


class Laptop:
    def __init__(self, root: Path, name: str, clock_offset_ms: int = 0) -> None:
        self.name = name
        self.data_dir = root / name
        self.share = root / "share"
        self.share.mkdir(exist_ok=True)
        init_db(self.data_dir)  # as open_data_folder does, without loading the process maps
        install(database)
        settings.save_officer(f"Officer {name}", "Contracts")
        settings.save_settings({"laptop_name": f"Laptop {name}"})
        set_clock_offset(database, clock_offset_ms)
        close_db()

    @classmethod
    def at(cls, data_dir: Path) -> Laptop:
        """Return the laptop whose data folder ``data_dir`` already exists."""
        laptop = cls.__new__(cls)
        laptop.name = data_dir.name
        laptop.data_dir = data_dir
        laptop.share = data_dir.parent / "share"
        return laptop

    @contextmanager
    def use(self) -> Iterator[Laptop]:
        """Open this laptop's database for the block; capture triggers stay installed.

        The database exists and is up to date, so this binds it directly, as
        init_db does after its checks, which keeps switching laptops fast.
        """
        close_db()
        # Syncing to disk at every commit only matters for power cuts, which no test makes.
        pragmas = {**db_module._PRAGMAS, "synchronous": "off"}
        database.init(str(database_path(self.data_dir)), pragmas=pragmas)
        database.connect()
        try:
            yield self
        finally:
            close_db()

    def sync(self) -> SyncReport:
        with self.use():
            return sync(self.share)

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        with self.use():
            return table_rows()

    def conflicts(self) -> list[tuple[Any, ...]]:
        with self.use():
            return conflict_summary()


def table_rows() -> dict[str, list[tuple[Any, ...]]]:
    """Return every synced table's rows, sorted, from the open database."""
    connection = database.connection()
    rows = {}
    for name, table in read_tables(connection).items():
        columns = ", ".join(f'"{column}"' for column in ("id", *table.columns))
        rows[name] = sorted(connection.execute(f'SELECT {columns} FROM "{name}"').fetchall())
    return rows


def conflict_summary() -> list[tuple[Any, ...]]:
    """Return the open database's conflicts without local change numbers, for comparison."""
    return sorted(
        (
            conflict.table,
            conflict.record,
            conflict.column,
            repr(conflict.shown),
            tuple(
                (version.device_id, version.op, version.column, repr(version.value))
                for version in conflict.versions
            ),
        )
        for conflict in list_conflicts()
    )


def check_records_match_log() -> None:
    """Assert that every table row equals what the change log says, in the open database."""
    connection = database.connection()
    tables = read_tables(connection)
    keys = [
        tuple(row) for row in connection.execute("SELECT DISTINCT tbl, record FROM sync_change")
    ]
    states = load_states(connection, keys)
    waiting = {tuple(row) for row in connection.execute("SELECT tbl, record FROM sync_pending")}
    for (table_name, record), state in states.items():
        table = tables[table_name]
        columns = ", ".join(f'"{column}"' for column in table.columns)
        row = connection.execute(
            f'SELECT {columns} FROM "{table_name}" WHERE id = ?', (record,)
        ).fetchone()
        if (table_name, record) in waiting:
            assert row is None, f"{table_name} {record} is waiting but shown"
            continue
        if row is None:
            assert not state.alive or not state.known, f"{table_name} {record} is missing"
            continue
        stored = dict(zip(table.columns, row, strict=True))
        for column, value in state.values().items():
            assert stored[column] == value, f"{table_name} {record} {column}"


def integrity_problems(data_dir: Path) -> list[Any]:
    """Return what SQLite's integrity and foreign key checks find in a closed database."""
    connection = sqlite3.connect(database_path(data_dir))
    try:
        problems = [row for row in connection.execute("PRAGMA integrity_check") if row != ("ok",)]
        problems += connection.execute("PRAGMA foreign_key_check").fetchall()
        return problems
    finally:
        connection.close()
