"""Change capture: the change log tables and the triggers that fill them.

:func:`install` runs every time a data folder is opened. It creates the sync
tables if missing, then drops and re-creates the capture triggers from the
live schema of every synced table, so a column added by a migration is
captured from the next start. The triggers are permanent (not TEMP), so
every connection, including a background thread's, writes the log in the
same transaction as the change it records.

Records with no change in the log are logged as inserts by :func:`install`.
It searches every table for them when the schema version differs from the one
stored at the last such search, that is after a migration or when capture is
installed for the first time. Otherwise it searches only the tables whose
insert trigger was missing, such as a new table or one a migration rebuilt.
The search reads the whole log, which takes over a second on a log of
millions of changes, so it does not run at every start. Writes made with
``sync_state.applying`` set are not searched for, because only the sync code
sets it and that code logs what it writes.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from collections.abc import Mapping

from carehome_desk.sync.tables import ROW_FIELD, SyncedTable, read_tables

log = logging.getLogger(__name__)

# sync_state.applying: 0 capture local changes, 1 applying remote changes (capture
# off), 2 renumbering this laptop's unpublished changes (the log guard lets it pass).
CAPTURING = 0
APPLYING = 1
RENUMBERING = 2

# A hybrid logical clock time is milliseconds since 1970 (UTC) times 65536, plus
# a counter that orders events within the same millisecond.
HLC_SHIFT = 16

# A change's id is its laptop's local number times 2**40 plus its sequence number.
# So (laptop, number) is the row id itself, with no second unique index to maintain,
# and a parent is stored as one integer even before the parent change arrives.
SEQ_BITS = 40
SEQ_MASK = (1 << SEQ_BITS) - 1

# The log is indexed by record id alone: ids are UUIDs, unique across tables, and a
# shorter key makes the index cheaper to extend when a large file arrives.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_device (
    num INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device INTEGER NOT NULL REFERENCES sync_device (num),
    seq INTEGER NOT NULL DEFAULT 0,
    published_seq INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL DEFAULT 0,
    applying INTEGER NOT NULL DEFAULT 0,
    clock_offset_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sync_change (
    id INTEGER PRIMARY KEY,
    hlc INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    record TEXT NOT NULL,
    col TEXT NOT NULL,
    op TEXT NOT NULL,
    value,
    old,
    officer TEXT NOT NULL DEFAULT '',
    is_head INTEGER NOT NULL DEFAULT 1,
    device INTEGER GENERATED ALWAYS AS (id >> 40) VIRTUAL,
    seq INTEGER GENERATED ALWAYS AS (id & 1099511627775) VIRTUAL
);
CREATE INDEX IF NOT EXISTS sync_change_record ON sync_change (record);
CREATE TABLE IF NOT EXISTS sync_parent (
    parent INTEGER NOT NULL,
    child INTEGER NOT NULL,
    PRIMARY KEY (parent, child)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sync_parent_child ON sync_parent (child);
CREATE TABLE IF NOT EXISTS sync_file (
    device INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (device, name)
);
CREATE TABLE IF NOT EXISTS sync_attention (
    tbl TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (tbl, record)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_pending (
    tbl TEXT NOT NULL,
    record TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (tbl, record)
) WITHOUT ROWID;
"""

# The change log is the audit trail: no statement may change or remove it. Two
# exceptions: is_head, which only caches whether a later change to the same field
# has arrived, and the renumbering of this laptop's own unpublished changes when it
# takes a new id.
_LOG_GUARDS = """
CREATE TRIGGER sync_guard_change_update
BEFORE UPDATE OF id, hlc, tbl, record, col, op, value, old, officer ON sync_change
WHEN (SELECT applying FROM sync_state) IS NOT 2
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER sync_guard_change_delete BEFORE DELETE ON sync_change
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER sync_guard_parent_update BEFORE UPDATE ON sync_parent
WHEN (SELECT applying FROM sync_state) IS NOT 2
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER sync_guard_parent_delete BEFORE DELETE ON sync_parent
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
"""

_TRIGGER_PREFIXES = ("sync_capture_", "sync_guard_")

# Setting that stores the schema version at the last search of every synced table for
# records without a change.
BACKFILLED_SCHEMA_KEY = "sync_backfilled_schema"

_NOW_MS = (
    "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
    " + (SELECT clock_offset_ms FROM sync_state))"
)
NEXT_HLC_SQL = f"max(hlc + 1, {_NOW_MS} << {HLC_SHIFT})"
_OFFICER = "coalesce((SELECT value FROM setting WHERE key = 'officer_name'), '')"
_NOT_APPLYING = "(SELECT applying FROM sync_state) IS NOT 1"

# The changes a capture trigger has just added: those numbered above sync_state.seq.
_FIRST_NEW = f"((SELECT device FROM sync_state) << {SEQ_BITS}) + (SELECT seq FROM sync_state) + 1"
_LAST_NEW = f"(((SELECT device FROM sync_state) + 1) << {SEQ_BITS}) - 1"
_NEW = f"c.id BETWEEN {_FIRST_NEW} AND {_LAST_NEW}"

# The statements every capture trigger ends with: name the heads of the changed
# fields as the new changes' parents, make the new changes the heads, and move the
# sequence number on. ``{same_field}`` narrows the parents to the changed column,
# or, for a delete, leaves every head of the record.
_LINK_AND_HEAD = f"""
  INSERT INTO sync_parent (parent, child)
    SELECT h.id, c.id FROM sync_change c
    JOIN sync_change h ON h.tbl = c.tbl AND h.record = c.record {{same_field}}
    WHERE {_NEW} AND h.is_head = 1 AND h.id NOT BETWEEN {_FIRST_NEW} AND {_LAST_NEW};
  UPDATE sync_change SET is_head = 0
    WHERE is_head = 1 AND id NOT BETWEEN {_FIRST_NEW} AND {_LAST_NEW}
    AND (tbl, record, col) IN (SELECT c.tbl, c.record, c.col FROM sync_change c WHERE {_NEW});
  UPDATE sync_state SET seq = coalesce((SELECT max(c.id) & {SEQ_MASK} FROM sync_change c
    WHERE {_NEW}), seq);
"""


def install(database: object) -> None:
    """Create the sync tables and (re)create the capture triggers on the open ``database``."""
    connection: sqlite3.Connection = database.connection()  # type: ignore[attr-defined]
    with database.atomic():  # type: ignore[attr-defined]
        for statement in _split(_SCHEMA):
            connection.execute(statement)
        _ensure_state(connection)
        tables = read_tables(connection)
        uncaptured = _tables_to_backfill(connection, tables)
        statements = _split(_LOG_GUARDS)
        for table in tables.values():
            statements += _table_triggers(table)
        if _installed_triggers(connection) != {_normalised(statement) for statement in statements}:
            _drop_triggers(connection)
            for statement in statements:
                connection.execute(statement)
        backfilled = _backfill(connection, uncaptured)
        _record_backfill(connection)
    if backfilled:
        log.info("Recorded %s existing records in the change log", backfilled)


def _split(script: str) -> list[str]:
    """Split ``script`` into statements at lines that end with ";" (executescript would commit)."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        if line.endswith(";"):
            statements.append("\n".join(current))
            current = []
    return statements


def _ensure_state(connection: sqlite3.Connection) -> None:
    if connection.execute("SELECT 1 FROM sync_state").fetchone():
        return
    row = connection.execute("SELECT value FROM setting WHERE key = 'device_id'").fetchone()
    device_id = row[0] if row else uuid.uuid4().hex
    number = device_number(connection, device_id)
    connection.execute("INSERT INTO sync_state (id, device) VALUES (1, ?)", (number,))


def device_number(connection: sqlite3.Connection, device_id: str, label: str | None = None) -> int:
    """Return the local number of ``device_id``, registering it (and its label) if new."""
    row = connection.execute(
        "SELECT num, label FROM sync_device WHERE device_id = ?", (device_id,)
    ).fetchone()
    if row is None:
        cursor = connection.execute(
            "INSERT INTO sync_device (device_id, label) VALUES (?, ?)", (device_id, label or "")
        )
        return int(cursor.lastrowid or 0)
    if label is not None and label != row[1]:
        connection.execute("UPDATE sync_device SET label = ? WHERE num = ?", (label, row[0]))
    return int(row[0])


def _tables_to_backfill(
    connection: sqlite3.Connection, tables: Mapping[str, SyncedTable]
) -> dict[str, SyncedTable]:
    """Return the tables that may hold records without a change; call before the triggers change."""
    schema = _setting(connection, "schema_version")
    if schema is None or _setting(connection, BACKFILLED_SCHEMA_KEY) != schema:
        return dict(tables)

    triggers = {
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    return {
        name: table
        for name, table in tables.items()
        if table.columns and f"sync_capture_{name}_insert" not in triggers
    }


def _record_backfill(connection: sqlite3.Connection) -> None:
    schema = _setting(connection, "schema_version")
    if schema is not None and _setting(connection, BACKFILLED_SCHEMA_KEY) != schema:
        connection.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (BACKFILLED_SCHEMA_KEY, schema),
        )


def _setting(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _installed_triggers(connection: sqlite3.Connection) -> set[str]:
    """Return the SQL of the capture triggers in the database, as ``_normalised`` gives it."""
    rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {_normalised(sql) for name, sql in rows if name.startswith(_TRIGGER_PREFIXES)}


def _normalised(statement: str) -> str:
    """Return ``statement`` as SQLite stores it in sqlite_master: without the final ";"."""
    return statement.strip().removesuffix(";").strip()


def _drop_triggers(connection: sqlite3.Connection) -> None:
    names = [
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        if row[0].startswith(_TRIGGER_PREFIXES)
    ]
    for name in names:
        connection.execute(f'DROP TRIGGER IF EXISTS "{name}"')


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _table_triggers(table: SyncedTable) -> list[str]:
    """Return the CREATE TRIGGER statements that log inserts, updates and deletes of ``table``."""
    name, quoted = table.name, _quoted(table.name)
    inserted = " UNION ALL ".join(
        f"SELECT {number} AS n, {_literal(column)} AS col, NEW.{_quoted(column)} AS value"
        for number, column in enumerate(table.columns, start=1)
    )
    changed = " UNION ALL ".join(
        f"SELECT {_literal(column)} AS col, NEW.{_quoted(column)} AS value, "
        f"OLD.{_quoted(column)} AS old WHERE NEW.{_quoted(column)} IS NOT OLD.{_quoted(column)}"
        for column in table.columns
    )
    first_id = f"(s.device << {SEQ_BITS}) + s.seq"
    same_column = _LINK_AND_HEAD.format(same_field="AND h.col = c.col")
    insert = f"""
CREATE TRIGGER "sync_capture_{name}_insert" AFTER INSERT ON {quoted}
WHEN {_NOT_APPLYING}
BEGIN
  UPDATE sync_state SET hlc = {NEXT_HLC_SQL};
  INSERT INTO sync_change (id, hlc, tbl, record, col, op, value, old, officer)
    SELECT {first_id} + v.n, s.hlc, {_literal(name)}, NEW.id, v.col, 'insert', v.value,
      NULL, {_OFFICER}
    FROM sync_state s, ({inserted}) v;
{same_column}
END"""
    update = f"""
CREATE TRIGGER "sync_capture_{name}_update" AFTER UPDATE ON {quoted}
WHEN {_NOT_APPLYING}
BEGIN
  UPDATE sync_state SET hlc = {NEXT_HLC_SQL};
  INSERT INTO sync_change (id, hlc, tbl, record, col, op, value, old, officer)
    SELECT {first_id} + v.n, s.hlc, {_literal(name)}, NEW.id, v.col, 'update', v.value,
      v.old, {_OFFICER}
    FROM sync_state s,
      (SELECT row_number() OVER () AS n, col, value, old FROM ({changed})) v;
{same_column}
END"""
    delete = f"""
CREATE TRIGGER "sync_capture_{name}_delete" AFTER DELETE ON {quoted}
WHEN {_NOT_APPLYING}
BEGIN
  UPDATE sync_state SET hlc = {NEXT_HLC_SQL};
  INSERT INTO sync_change (id, hlc, tbl, record, col, op, value, old, officer)
    SELECT {first_id} + 1, s.hlc, {_literal(name)}, OLD.id, {_literal(ROW_FIELD)},
      'delete', NULL, NULL, {_OFFICER}
    FROM sync_state s;
{_LINK_AND_HEAD.format(same_field="")}
END"""
    statements = [delete]
    if table.columns:
        statements += [insert, update]
    if table.append_only:
        statements.append(
            f"""
CREATE TRIGGER "sync_guard_{name}_update" BEFORE UPDATE ON {quoted}
WHEN {_NOT_APPLYING}
BEGIN SELECT RAISE(ABORT, {_literal(f"{name} records are append-only")}); END"""
        )
    return statements


def _backfill(connection: sqlite3.Connection, tables: Mapping[str, SyncedTable]) -> int:
    """Log, as inserts by this laptop, the records that have no change in the log.

    Records written while capture was off (sample data made before this feature,
    or a database from an older version) would otherwise never reach other laptops.
    """
    total = 0
    for table in tables.values():
        columns = ", ".join(_quoted(column) for column in ("id", *table.columns))
        rows = connection.execute(
            f"SELECT {columns} FROM {_quoted(table.name)} t WHERE NOT EXISTS "
            "(SELECT 1 FROM sync_change c WHERE c.tbl = ? AND c.record = t.id)",
            (table.name,),
        ).fetchall()
        for row in rows:
            connection.execute(f"UPDATE sync_state SET hlc = {NEXT_HLC_SQL}")
            values = list(zip(table.columns, row[1:], strict=True))
            log_local_changes(connection, table.name, row[0], "insert", values)
        total += len(rows)
    return total


def log_local_changes(
    connection: sqlite3.Connection,
    table: str,
    record: str,
    op: str,
    values: list[tuple[str, object]],
    olds: Mapping[str, object] | None = None,
    all_heads_as_parents: bool = False,
) -> None:
    """Append changes made by this laptop to the log, as a capture trigger would.

    Used where no trigger fires: records found without a change, and an officer's
    resolution of a conflict, which must be logged even when the chosen value is
    the one already stored. With ``all_heads_as_parents``, every change names
    every head of the record as a parent (a "keep" decision). The caller sets
    ``sync_state.hlc`` first.
    """
    device, seq, hlc = connection.execute("SELECT device, seq, hlc FROM sync_state").fetchone()
    officer = connection.execute(f"SELECT {_OFFICER}").fetchone()[0]
    olds = olds or {}
    base = (device << SEQ_BITS) + seq
    rows = [
        (base + number, hlc, table, record, column, op, value, olds.get(column), officer)
        for number, (column, value) in enumerate(values, start=1)
    ]
    connection.executemany(
        "INSERT INTO sync_change (id, hlc, tbl, record, col, op, value, old, officer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    same_field = "" if all_heads_as_parents else "AND h.col = c.col"
    for statement in _split(_LINK_AND_HEAD.format(same_field=same_field)):
        connection.execute(statement)


def next_local_hlc(connection: sqlite3.Connection) -> int:
    """Advance this laptop's hybrid logical clock and return the new time."""
    connection.execute(f"UPDATE sync_state SET hlc = {NEXT_HLC_SQL}")
    return int(connection.execute("SELECT hlc FROM sync_state").fetchone()[0])


def now_ms(connection: sqlite3.Connection) -> int:
    """Return this laptop's clock in milliseconds since 1970, with its test offset applied."""
    offset = connection.execute("SELECT clock_offset_ms FROM sync_state").fetchone()[0]
    return int(time.time() * 1000) + int(offset)


def set_clock_offset(database: object, offset_ms: int) -> None:
    """Shift this laptop's change times by ``offset_ms``; tests use it to simulate a wrong clock."""
    with database.atomic():  # type: ignore[attr-defined]
        database.execute_sql(  # type: ignore[attr-defined]
            "UPDATE sync_state SET clock_offset_ms = ?", (offset_ms,)
        )
