"""Schema snapshots: what SQLite reports about a database's tables, and the SQL that built it.

A snapshot file ``snapshots/vNNNN.json`` records, for one schema version, the
``CREATE`` statements of every table, index, view and trigger (``sql``) and
the description :func:`describe` gives of them (``schema``): each table's
columns with type, NOT NULL, default and primary-key position, its indexes
and foreign keys, as ``PRAGMA table_info``, ``index_list``, ``index_info``
and ``foreign_key_list`` report them.

Descriptions compare schemas, not SQL text: ``ALTER TABLE ... ADD COLUMN``
leaves different ``CREATE`` text from a fresh table with the same columns.
Columns are compared by name, not position, because ``ADD COLUMN`` always
appends while a model may declare the field anywhere; peewee names every
column it reads, so the order never matters to the app.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

SNAPSHOT_DIR = Path(__file__).resolve().parent / "snapshots"

_OBJECT_ORDER = "CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END"


def snapshot_path(version: int, folder: Path = SNAPSHOT_DIR) -> Path:
    return folder / f"v{version:04d}.json"


def describe(connection: sqlite3.Connection) -> dict[str, Any]:
    """Return the tables, views and triggers of ``connection``'s main database as plain data."""
    objects = connection.execute(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    tables = {name: _table(connection, name) for kind, name, _sql in objects if kind == "table"}
    return {
        "tables": tables,
        "views": {name: _normalised(sql) for kind, name, sql in objects if kind == "view"},
        "triggers": {name: _normalised(sql) for kind, name, sql in objects if kind == "trigger"},
    }


def creation_sql(connection: sqlite3.Connection) -> list[str]:
    """Return the statements that create ``connection``'s schema: tables first, then the rest."""
    rows = connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        f"ORDER BY {_OBJECT_ORDER}, rowid"
    ).fetchall()
    return [sql for (sql,) in rows]


def take_snapshot(connection: sqlite3.Connection, version: int) -> dict[str, Any]:
    return {"version": version, "sql": creation_sql(connection), "schema": describe(connection)}


def write_snapshot(snapshot: dict[str, Any], folder: Path = SNAPSHOT_DIR) -> Path:
    path = snapshot_path(snapshot["version"], folder)
    text = json.dumps(snapshot, indent=1, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def read_snapshot(version: int, folder: Path = SNAPSHOT_DIR) -> dict[str, Any]:
    return json.loads(snapshot_path(version, folder).read_text(encoding="utf-8"))


def build_from_snapshot(snapshot: dict[str, Any], path: Path) -> None:
    """Create a database at ``path`` with the snapshot's schema and version, and no records."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            for statement in snapshot["sql"]:
                connection.execute(statement)
            connection.execute(
                "INSERT INTO setting (key, value) VALUES ('schema_version', ?)",
                (str(snapshot["version"]),),
            )
    finally:
        connection.close()


def differences(expected: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """Return one line per difference between two descriptions; empty when they match."""
    lines: list[str] = []
    for section in ("tables", "views", "triggers"):
        want, have = expected.get(section, {}), found.get(section, {})
        for name in sorted(set(want) | set(have)):
            if name not in have:
                lines.append(f"{section[:-1]} {name}: missing")
            elif name not in want:
                lines.append(f"{section[:-1]} {name}: not in the snapshot")
            elif want[name] != have[name]:
                lines.extend(_item_differences(f"{section[:-1]} {name}", want[name], have[name]))
    return lines


def _item_differences(label: str, want: Any, have: Any) -> list[str]:
    if not (isinstance(want, dict) and isinstance(have, dict)):
        return [f"{label}: expected {want!r}, found {have!r}"]
    lines = []
    for key in sorted(set(want) | set(have)):
        if want.get(key) != have.get(key):
            lines.extend(_item_differences(f"{label} {key}", want.get(key), have.get(key)))
    return lines


def _table(connection: sqlite3.Connection, table: str) -> dict[str, Any]:
    quoted = _quoted(table)
    columns = {
        name: {"type": kind.upper(), "notnull": bool(notnull), "default": default, "pk": pk}
        for _cid, name, kind, notnull, default, pk in connection.execute(
            f"PRAGMA table_info({quoted})"
        )
    }
    return {
        "columns": columns,
        "indexes": _indexes(connection, table),
        "foreign_keys": _foreign_keys(connection, table),
    }


def _indexes(connection: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Return the table's indexes; automatic ones are keyed by their columns, not their name."""
    found = {}
    for _seq, name, unique, origin, partial in connection.execute(
        f"PRAGMA index_list({_quoted(table)})"
    ):
        columns = [row[2] for row in connection.execute(f"PRAGMA index_info({_quoted(name)})")]
        key = name if origin == "c" else f"({', '.join(columns)}) {origin}"
        found[key] = {"columns": columns, "unique": bool(unique), "partial": bool(partial)}
    return found


def _foreign_keys(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    keys: dict[int, dict[str, Any]] = {}
    for (
        key_id,
        _seq,
        parent,
        child_column,
        parent_column,
        on_update,
        on_delete,
        match,
    ) in connection.execute(f"PRAGMA foreign_key_list({_quoted(table)})"):
        key = keys.setdefault(
            key_id,
            {
                "table": parent,
                "from": [],
                "to": [],
                "on_update": on_update,
                "on_delete": on_delete,
                "match": match,
            },
        )
        key["from"].append(child_column)
        key["to"].append(parent_column)
    return sorted(keys.values(), key=lambda key: (key["table"], key["from"]))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").split())
