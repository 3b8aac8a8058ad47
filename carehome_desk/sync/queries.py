"""Reading the change log for the screens (conflicts, history) and writing officers' decisions.

Conflicts are computed from the heads, never stored: a field whose concurrent
heads disagree, and a deleted record that is still shown because someone
edited it, or a record it refers to, at the same time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.store.models import database
from carehome_desk.sync.capture import APPLYING, CAPTURING, HLC_SHIFT, log_local_changes
from carehome_desk.sync.capture import next_local_hlc as _next_hlc
from carehome_desk.sync.state import Head, RecordState, has_conflict, load_states, winner
from carehome_desk.sync.tables import BOOKKEEPING_COLUMNS, ROW_FIELD, SyncedTable, read_tables

_CTX = "Sync"

# The label of a change's laptop: this laptop's current name from its settings, and
# for the others the name their latest file carried.
_LABEL = (
    "CASE WHEN d.num = (SELECT device FROM sync_state) "
    "THEN coalesce((SELECT value FROM setting WHERE key = 'laptop_name'), '') "
    "ELSE d.label END"
)

# Columns that name a record best, in order of preference.
_NAMING_COLUMNS = ("reference", "name", "plan_type", "kind", "criterion_id", "number")
# Parent records that best identify a child record, in order of preference.
_NAMING_PARENTS = ("case", "care_home", "plan")

TABLE_LABELS: dict[str, str] = {
    "care_home": QT_TRANSLATE_NOOP("SyncLabels", "Care home"),
    "case": QT_TRANSLATE_NOOP("SyncLabels", "Case"),
    "assessment": QT_TRANSLATE_NOOP("SyncLabels", "Assessment"),
    "assessment_answer": QT_TRANSLATE_NOOP("SyncLabels", "Assessment answer"),
    "case_action": QT_TRANSLATE_NOOP("SyncLabels", "Action"),
    "plan": QT_TRANSLATE_NOOP("SyncLabels", "Plan"),
    "plan_version": QT_TRANSLATE_NOOP("SyncLabels", "Plan version"),
    "plan_item": QT_TRANSLATE_NOOP("SyncLabels", "Plan item"),
    "plan_item_action": QT_TRANSLATE_NOOP("SyncLabels", "Plan item action"),
    "plan_progress_entry": QT_TRANSLATE_NOOP("SyncLabels", "Progress log entry"),
    "visit": QT_TRANSLATE_NOOP("SyncLabels", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("SyncLabels", "Meeting"),
    "action_reschedule": QT_TRANSLATE_NOOP("SyncLabels", "New due date"),
    "case_event": QT_TRANSLATE_NOOP("SyncLabels", "Case event"),
}


def humanized(name: str) -> str:
    """Return a column or table name as words, e.g. "due_on" as "Due on", "case_id" as "Case"."""
    if name.endswith("_id"):
        name = name[:-3]
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def table_label(table: str) -> str:
    """Return the untranslated label of ``table``; translate it in the "SyncLabels" context."""
    return TABLE_LABELS.get(table, humanized(table))


def hlc_time(hlc: int) -> datetime:
    """Return the UTC time of a hybrid logical clock value, without tzinfo."""
    return datetime.fromtimestamp((hlc >> HLC_SHIFT) / 1000, UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Version:
    """One laptop's side of a conflict."""

    change: int
    device_id: str
    laptop: str
    officer: str
    time: datetime  # UTC
    op: str  # insert or update for a value; delete or keep for the record itself
    column: str
    value: Any


@dataclass(frozen=True)
class Conflict:
    table: str
    record: str
    column: str  # ROW_FIELD when a delete met concurrent edits
    record_label: str
    shown: Any  # the value every laptop shows until an officer decides
    versions: tuple[Version, ...]

    @property
    def is_delete(self) -> bool:
        return self.column == ROW_FIELD


@dataclass(frozen=True)
class HistoryEntry:
    time: datetime  # UTC
    device_id: str
    laptop: str
    officer: str
    op: str
    column: str
    old: Any
    new: Any
    old_label: str | None = None  # the record an id in ``old`` refers to, when it does
    new_label: str | None = None


# ---------------------------------------------------------------- conflicts


def _candidates(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """Return (table, record) of the records a merge left with several heads or a delete."""
    rows = connection.execute("SELECT tbl, record FROM sync_attention").fetchall()
    return [(table, record) for table, record in rows]


def _shown(connection: sqlite3.Connection, table: str, record: str) -> bool:
    quoted = '"' + table.replace('"', '""') + '"'
    row = connection.execute(f"SELECT 1 FROM {quoted} WHERE id = ?", (record,)).fetchone()
    return row is not None


def _record_conflicts(
    connection: sqlite3.Connection, table: str, record: str, state: RecordState
) -> list[tuple[str, list[Head]]]:
    """Return (column, heads) for each conflict of one record that is shown."""
    if not _shown(connection, table, record):
        return []
    found = [
        (column, heads)
        for column, heads in sorted(state.heads.items())
        if column not in BOOKKEEPING_COLUMNS and has_conflict(heads)
    ]
    if state.tombstoned:
        edits = [
            head
            for heads in state.heads.values()
            for head in heads
            if head.change not in state.covered
        ]
        found.insert(0, (ROW_FIELD, [*state.row_heads, *edits]))
    return found


def conflict_count(
    connection: sqlite3.Connection, tables: Mapping[str, SyncedTable] | None = None
) -> int:
    """Return the number of conflicts waiting; 0 in a database without the sync tables yet."""
    installed = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_attention'"
    ).fetchone()
    if not installed:
        return 0
    keys = [key for key in _candidates(connection) if tables is None or key[0] in tables]
    states = load_states(connection, keys)
    return sum(
        len(_record_conflicts(connection, table, record, states[(table, record)]))
        for table, record in keys
        if (table, record) in states
    )


def forget_settled(connection: sqlite3.Connection) -> None:
    """Remove from ``sync_attention`` the records that no longer have a conflict."""
    keys = _candidates(connection)
    states = load_states(connection, keys)
    settled = [
        key
        for key in keys
        if key not in states or not _record_conflicts(connection, *key, states[key])
    ]
    connection.executemany("DELETE FROM sync_attention WHERE tbl = ? AND record = ?", settled)


def waiting_count(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def list_conflicts() -> list[Conflict]:
    """Return every conflict waiting for an officer, deletes first, then by record and field."""
    connection = database.connection()
    tables = read_tables(connection)
    keys = [key for key in _candidates(connection) if key[0] in tables]
    states = load_states(connection, keys)
    details = _change_details(connection, states)

    conflicts = []
    for table, record in sorted(keys):
        state = states.get((table, record))
        if state is None:
            continue
        label = describe_record(connection, table, record)
        for column, heads in _record_conflicts(connection, table, record, state):
            shown: Any = None if column == ROW_FIELD else winner(heads).value
            # Latest first; the changes of one saved row share a time, so by column next.
            by_column = sorted(heads, key=lambda head: details[head.change][2])
            latest_first = sorted(by_column, key=lambda head: head.rank, reverse=True)
            versions = tuple(_version(head, details[head.change]) for head in latest_first)
            conflicts.append(Conflict(table, record, column, label, shown, versions))
    conflicts.sort(
        key=lambda item: (not item.is_delete, item.record_label, item.record, item.column)
    )
    return conflicts


def _change_details(
    connection: sqlite3.Connection, states: Mapping[Any, RecordState]
) -> dict[int, tuple[str, str, str]]:
    """Return {change: (laptop label, officer, column)} for every head in ``states``."""
    changes = [
        head.change
        for state in states.values()
        for head in [*state.row_heads, *(h for heads in state.heads.values() for h in heads)]
    ]
    details = {}
    for start in range(0, len(changes), 500):
        part = changes[start : start + 500]
        marks = ", ".join("?" * len(part))
        rows = connection.execute(
            f"SELECT c.id, {_LABEL}, c.officer, c.col FROM sync_change c "
            f"JOIN sync_device d ON d.num = c.device WHERE c.id IN ({marks})",
            part,
        )
        for change, label, officer, column in rows:
            details[change] = (label, officer, column)
    return details


def _version(head: Head, detail: tuple[str, str, str]) -> Version:
    label, officer, column = detail
    return Version(
        head.change,
        head.device_id,
        label,
        officer,
        hlc_time(head.hlc),
        head.op,
        column,
        head.value,
    )


def describe_record(
    connection: sqlite3.Connection, table: str, record: str, with_parent: bool = True
) -> str:
    """Return a short name of a record from its current row.

    For example "Case CHD-2026-K7QF-0003", or, for a record that belongs to a
    case or a home, "Action Unannounced visit, Case CHD-2026-K7QF-0003".
    """
    quoted = '"' + table.replace('"', '""') + '"'
    columns = {row[1] for row in connection.execute(f"PRAGMA table_info({quoted})")}
    name = f"{table_label(table)} {record[:8]}"
    for column in _NAMING_COLUMNS:
        if column in columns:
            row = connection.execute(
                f'SELECT "{column}" FROM {quoted} WHERE id = ?', (record,)
            ).fetchone()
            if row is not None and row[0] not in (None, ""):
                name = f"{table_label(table)} {row[0]}"
                break
    if not with_parent:
        return name
    for parent, column in _foreign_keys(connection, table).items():
        if parent in _NAMING_PARENTS and parent != table:
            row = connection.execute(
                f'SELECT "{column}" FROM {quoted} WHERE id = ?', (record,)
            ).fetchone()
            if row is not None and row[0]:
                return f"{name}, {describe_record(connection, parent, row[0], False)}"
    return name


def _foreign_keys(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    """Return {referenced table: column} for the foreign keys of ``table``."""
    quoted = '"' + table.replace('"', '""') + '"'
    rows = connection.execute(f"PRAGMA foreign_key_list({quoted})").fetchall()
    return {row[2]: row[3] for row in sorted(rows, key=lambda row: _parent_rank(row[2]))}


def _parent_rank(table: str) -> int:
    return _NAMING_PARENTS.index(table) if table in _NAMING_PARENTS else len(_NAMING_PARENTS)


# ---------------------------------------------------------------- decisions


def _still_conflicting(conflict: Conflict) -> None:
    current = [item for item in list_conflicts() if _same_place(item, conflict)]
    if not current:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "This conflict was already resolved, on this laptop or by a sync. "
                "The list now shows the current conflicts.",
            ),
        )


def _same_place(left: Conflict, right: Conflict) -> bool:
    return (left.table, left.record, left.column) == (right.table, right.record, right.column)


def resolve_with_value(conflict: Conflict, value: Any) -> None:
    """Store ``value`` in the conflicting field as a new change that supersedes every version."""
    connection = database.connection()
    quoted_table = '"' + conflict.table.replace('"', '""') + '"'
    quoted_column = '"' + conflict.column.replace('"', '""') + '"'
    with database.atomic("IMMEDIATE"):
        _still_conflicting(conflict)
        old = connection.execute(
            f"SELECT {quoted_column} FROM {quoted_table} WHERE id = ?", (conflict.record,)
        ).fetchone()[0]
        connection.execute("UPDATE sync_state SET applying = ?", (APPLYING,))
        connection.execute(
            f"UPDATE {quoted_table} SET {quoted_column} = ? WHERE id = ?", (value, conflict.record)
        )
        connection.execute("UPDATE sync_state SET applying = ?", (CAPTURING,))
        _next_hlc(connection)
        log_local_changes(
            connection,
            conflict.table,
            conflict.record,
            "update",
            [(conflict.column, value)],
            olds={conflict.column: old},
        )


def keep_record(conflict: Conflict) -> None:
    """Keep a record that was deleted while it was being edited, as a change that syncs."""
    connection = database.connection()
    with database.atomic("IMMEDIATE"):
        _still_conflicting(conflict)
        _next_hlc(connection)
        log_local_changes(
            connection,
            conflict.table,
            conflict.record,
            "keep",
            [(ROW_FIELD, None)],
            all_heads_as_parents=True,
        )


def delete_record(conflict: Conflict) -> None:
    """Delete a record that was deleted on one laptop and edited on another.

    The delete is an ordinary one: it is logged with every current change as
    its parent, and the database's rules for records that refer to it apply.
    """
    quoted = '"' + conflict.table.replace('"', '""') + '"'
    with database.atomic("IMMEDIATE"):
        _still_conflicting(conflict)
        database.execute_sql(f"DELETE FROM {quoted} WHERE id = ?", (conflict.record,))


# ---------------------------------------------------------------- history


def record_history(table: str, record: str) -> list[HistoryEntry]:
    """Return every change to one record, oldest first: the record's audit trail."""
    rows = database.execute_sql(
        f"SELECT c.hlc, d.device_id, {_LABEL}, c.officer, c.op, c.col, c.old, c.value "
        "FROM sync_change c JOIN sync_device d ON d.num = c.device "
        "WHERE c.tbl = ? AND c.record = ? ORDER BY c.hlc, d.device_id, c.id",
        (table, _record_text(record)),
    ).fetchall()
    connection = database.connection()
    references = {column: parent for parent, column in _foreign_keys(connection, table).items()}

    def label_of(column: str, value: Any) -> str | None:
        parent = references.get(column)
        if parent is None or not isinstance(value, str) or not value:
            return None
        return describe_record(connection, parent, value, with_parent=False)

    return [
        HistoryEntry(
            hlc_time(hlc),
            device_id,
            label,
            officer,
            op,
            column,
            old,
            new,
            label_of(column, old),
            label_of(column, new),
        )
        for hlc, device_id, label, officer, op, column, old, new in rows
    ]


def _record_text(record: Any) -> str:
    """Return a record id as the log stores it: 32 lower-case hex digits."""
    return record.hex if hasattr(record, "hex") and not isinstance(record, str) else str(record)
