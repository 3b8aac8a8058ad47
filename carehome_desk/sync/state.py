"""The content of a record according to the change log, computed from the heads of its fields.

A field is one column of one record, or the record itself (``ROW_FIELD``,
changed by deletes and "keep" decisions). Its heads are the changes to it
that no known change to the same field names as a parent: one head normally,
several after concurrent edits. The value shown is that of the head with the
highest hybrid logical clock time, then the highest laptop id, so every
laptop with the same changes shows the same value.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from carehome_desk.sync.capture import SEQ_BITS
from carehome_desk.sync.tables import ROW_FIELD

Key = tuple[str, str]  # (table, record id)

_CHUNK = 500


class Head(NamedTuple):
    change: int  # sync_change.id, local to this database
    device_id: str
    hlc: int
    op: str
    value: Any

    @property
    def rank(self) -> tuple[int, str]:
        return (self.hlc, self.device_id)


@dataclass
class RecordState:
    heads: dict[str, list[Head]] = field(default_factory=dict)  # column -> heads
    row_heads: list[Head] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # changes the tombstone heads had seen

    def values(self) -> dict[str, Any]:
        """Return the value shown for each column that has a change."""
        return {
            column: heads[0].value if len(heads) == 1 else winner(heads).value
            for column, heads in self.heads.items()
        }

    @property
    def needs_attention(self) -> bool:
        """True when a field has concurrent heads or a delete is a head: a possible conflict."""
        return bool(self.row_heads) or any(len(heads) > 1 for heads in self.heads.values())

    @property
    def known(self) -> bool:
        """True when a change to a column has arrived, so the record can be written."""
        return bool(self.heads)

    @property
    def tombstoned(self) -> bool:
        return any(head.op == "delete" for head in self.row_heads)

    @property
    def alive(self) -> bool:
        """True unless a delete saw every current value of the record.

        A delete concurrent with an edit (the edit is a head the delete did not
        name) leaves the record alive, and so does an officer's "keep" decision.
        """
        if not self.known:
            return False
        if not self.tombstoned or any(head.op == "keep" for head in self.row_heads):
            return True
        return any(
            head.change not in self.covered for heads in self.heads.values() for head in heads
        )


class SettledState(RecordState):
    """The state of a record with one head per column and no delete, given by its values."""

    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self._values = values

    def values(self) -> dict[str, Any]:
        return self._values

    @property
    def known(self) -> bool:
        return bool(self._values)

    @property
    def alive(self) -> bool:
        return self.known

    @property
    def needs_attention(self) -> bool:
        return False


def winner(heads: list[Head]) -> Head:
    return max(heads, key=lambda head: head.rank)


def has_conflict(heads: list[Head]) -> bool:
    """True when concurrent heads disagree; equal values from several laptops merge silently."""
    if len(heads) < 2:
        return False
    first = heads[0].value
    return any(not _same(head.value, first) for head in heads[1:])


def _same(left: Any, right: Any) -> bool:
    return type(left) is type(right) and left == right


def chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fill_keys(connection: sqlite3.Connection, keys: Iterable[Key]) -> None:
    """Put ``keys`` into the connection's temporary table ``sync_keys``, replacing its rows."""
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_keys "
        "(tbl TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (tbl, record)) WITHOUT ROWID"
    )
    connection.execute("DELETE FROM temp.sync_keys")
    connection.executemany("INSERT OR IGNORE INTO temp.sync_keys VALUES (?, ?)", keys)


def load_states(connection: sqlite3.Connection, keys: Iterable[Key]) -> dict[Key, RecordState]:
    """Return the state of each record in ``keys``, read from the heads of its fields."""
    keys = list(keys)
    if not keys:
        return {}
    fill_keys(connection, keys)
    devices = dict(connection.execute("SELECT num, device_id FROM sync_device").fetchall())

    states: dict[Key, RecordState] = {}
    tombstones: dict[int, RecordState] = {}
    rows = connection.execute(
        # CROSS JOIN keeps the few keys as the outer loop; SQLite has no statistics on
        # a temporary table and would otherwise scan the whole log.
        "SELECT c.tbl, c.record, c.col, c.id, c.hlc, c.op, c.value FROM temp.sync_keys k "
        "CROSS JOIN sync_change c ON c.tbl = k.tbl AND c.record = k.record WHERE c.is_head = 1"
    )
    for table, record, column, change, hlc, op, value in rows:
        state = states.get((table, record))
        if state is None:
            state = states[(table, record)] = RecordState()
        head = Head(change, devices[change >> SEQ_BITS], hlc, op, value)
        if column == ROW_FIELD:
            state.row_heads.append(head)
            if op == "delete":
                tombstones[change] = state
        else:
            state.heads.setdefault(column, []).append(head)

    _load_coverage(connection, tombstones)
    return states


def _load_coverage(connection: sqlite3.Connection, tombstones: dict[int, RecordState]) -> None:
    """Record, for each tombstone head, the changes it names as parents."""
    for part in chunks(list(tombstones)):
        marks = ", ".join("?" * len(part))
        rows = connection.execute(
            f"SELECT child, parent FROM sync_parent WHERE child IN ({marks})", part
        )
        for child, parent in rows:
            tombstones[child].covered.add(parent)
