"""Applying another laptop's changes: into the log, onto the heads, then onto the records.

:func:`apply_changes` runs inside the caller's transaction with capture off,
so the records it writes are not logged again as this laptop's changes. The
changes go into the log with one batched insert. Their head flags are worked
out in memory from the file and the parent links already known. Then only the
records they touch are recomputed (:mod:`carehome_desk.sync.records`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP
from carehome_desk.sync.capture import SEQ_BITS, device_number
from carehome_desk.sync.files import ChangeFile, FileRejected, ReadChange
from carehome_desk.sync.records import Materializer
from carehome_desk.sync.state import Key, RecordState, SettledState, chunks, fill_keys
from carehome_desk.sync.tables import ROW_FIELD, SyncedTable

log = logging.getLogger(__name__)

Field = tuple[str, str, str]  # (table, record, column)


@dataclass
class ApplyResult:
    new_changes: int = 0
    records_updated: int = 0
    max_hlc: int = 0


def apply_changes(
    connection: sqlite3.Connection, tables: Mapping[str, SyncedTable], change_file: ChangeFile
) -> ApplyResult:
    """Add the changes of ``change_file`` to the log and bring the records they touch up to date.

    Raises FileRejected when the file reuses a change number of its laptop for
    different content (two computers wrote under one laptop id at the same time).
    """
    base = device_number(connection, change_file.device_id, change_file.label) << SEQ_BITS
    changes = _without_known(connection, base, change_file)
    if not changes:
        return ApplyResult()
    edges = _edges(connection, base, change_file, changes)

    fields = _Fields(base, {change[0]: change for change in changes})
    superseded = _superseded_in_file(fields, edges) | _superseded_earlier(connection, fields)
    touched = {(change[2], change[3]) for change in changes}
    first_seen = touched - _records_in_log(connection, touched)

    # Each change goes in as read; its id is the laptop's base plus its number.
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS sync_base (base INTEGER NOT NULL)")
    connection.execute("DELETE FROM temp.sync_base")
    connection.execute("INSERT INTO temp.sync_base VALUES (?)", (base,))
    connection.executemany(
        "INSERT INTO sync_change (id, hlc, tbl, record, col, op, value, old, officer) "
        "VALUES ((SELECT base FROM temp.sync_base) + ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        changes,
    )
    connection.executemany(
        "UPDATE sync_change SET is_head = 0 WHERE id = ?", [(change,) for change in superseded]
    )
    connection.executemany("INSERT OR IGNORE INTO sync_parent (parent, child) VALUES (?, ?)", edges)
    _supersede_known_heads(connection, fields, edges)

    states = _states_of_first_seen(base, changes, superseded, first_seen)
    updated = Materializer(connection, tables).refresh(touched, states)
    return ApplyResult(len(changes), updated, max(change[1] for change in changes))


class _Fields(Mapping[int, Field]):
    """The field (table, record, column) of each new change, by change id, without copies."""

    def __init__(self, base: int, changes: dict[int, ReadChange]) -> None:
        self.base = base
        self.changes = changes  # by sequence number
        self.first = min(changes)
        self.last = max(changes)

    def __getitem__(self, change: int) -> Field:
        row = self.changes[change - self.base]
        return (row[2], row[3], row[4])

    def __contains__(self, change: object) -> bool:
        return isinstance(change, int) and change - self.base in self.changes

    def __iter__(self) -> Any:
        return (self.base + seq for seq in self.changes)

    def __len__(self) -> int:
        return len(self.changes)


def _records_in_log(connection: sqlite3.Connection, keys: set[Key]) -> set[Key]:
    """Return the records of ``keys`` that already have a change in the log."""
    fill_keys(connection, keys)
    rows = connection.execute(
        "SELECT tbl, record FROM temp.sync_keys k WHERE EXISTS "
        "(SELECT 1 FROM sync_change c WHERE c.tbl = k.tbl AND c.record = k.record)"
    )
    return {(table, record) for table, record in rows}


def _states_of_first_seen(
    base: int, changes: list[ReadChange], superseded: set[int], keys: set[Key]
) -> dict[Key, RecordState]:
    """Return, built in memory, the states of records whose every change is in this file.

    Only records with one head per column and no delete qualify; they equal what
    :func:`load_states` would read back from the log. The others are read from
    the log by the materializer, which saves reading back a whole file's changes.
    """
    values_of: dict[Key, dict[str, Any]] = {}
    general: set[Key] = set()
    for seq, _hlc, table, record, column, _op, value, _old, _officer in changes:
        key = (table, record)
        if base + seq in superseded or key not in keys:
            continue
        values = values_of.get(key)
        if values is None:
            values = values_of[key] = {}
        elif column in values:
            general.add(key)
        if column == ROW_FIELD:
            general.add(key)
        values[column] = value
    return {key: SettledState(values) for key, values in values_of.items() if key not in general}


def _without_known(
    connection: sqlite3.Connection, base: int, change_file: ChangeFile
) -> list[ReadChange]:
    """Return the file's changes that are not in the log yet.

    Raises FileRejected when a change number is known with other contents.
    """
    known = {
        row[0] - base: row[1:]
        for row in connection.execute(
            "SELECT id, hlc, tbl, record, col, op, value, old, officer FROM sync_change "
            "WHERE id BETWEEN ? AND ?",
            (base + change_file.first, base + change_file.last),
        )
    }
    if not known:
        return change_file.changes
    for change in change_file.changes:
        if change[0] in known and known[change[0]] != change[1:]:
            raise FileRejected(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Change {number} of this laptop was already received with different "
                    "contents, so two computers wrote under the same laptop id at once.",
                ),
                number=change[0],
            )
    return [change for change in change_file.changes if change[0] not in known]


def _edges(
    connection: sqlite3.Connection,
    base: int,
    change_file: ChangeFile,
    changes: list[ReadChange],
) -> list[tuple[int, int]]:
    """Return (parent id, child id) for every parent of the new changes."""
    numbers = {change_file.device_id: base >> SEQ_BITS}
    new = {change[0] for change in changes} if len(changes) < len(change_file.changes) else None
    edges = []
    for seq, parents in change_file.parents.items():
        if new is not None and seq not in new:
            continue
        for parent_device, parent_seq in parents:
            number = numbers.get(parent_device)
            if number is None:
                number = numbers[parent_device] = device_number(connection, parent_device)
            edges.append(((number << SEQ_BITS) + parent_seq, base + seq))
    return edges


def _superseded_in_file(fields: Mapping[int, Field], edges: list[tuple[int, int]]) -> set[int]:
    """Return the file's changes that a later change of the file to the same field names."""
    return {parent for parent, child in edges if fields.get(parent) == fields[child]}


def _superseded_earlier(connection: sqlite3.Connection, fields: _Fields) -> set[int]:
    """Return the file's changes that a change already in the log names as a parent.

    That happens when files arrive out of order: another laptop's later edit,
    made after seeing these changes, was received first.
    """
    found = connection.execute(
        "SELECT p.parent, k.tbl, k.record, k.col FROM sync_parent p "
        "JOIN sync_change k ON k.id = p.child WHERE p.parent BETWEEN ? AND ?",
        (fields.base + fields.first, fields.base + fields.last),
    )
    return {parent for parent, *field in found if fields.get(parent) == tuple(field)}


def _supersede_known_heads(
    connection: sqlite3.Connection, fields: Mapping[int, Field], edges: list[tuple[int, int]]
) -> None:
    """Clear the head flag of logged changes that a new change to the same field names."""
    named: dict[int, set[Field]] = {}
    for parent, child in edges:
        if parent not in fields:
            named.setdefault(parent, set()).add(fields[child])
    cleared = []
    for part in chunks(list(named)):
        marks = ", ".join("?" * len(part))
        rows = connection.execute(
            f"SELECT id, tbl, record, col FROM sync_change WHERE is_head = 1 AND id IN ({marks})",
            part,
        )
        cleared += [(change,) for change, *field in rows if tuple(field) in named[change]]
    connection.executemany("UPDATE sync_change SET is_head = 0 WHERE id = ?", cleared)
