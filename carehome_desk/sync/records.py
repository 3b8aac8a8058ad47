"""Writing each record as the change log has it.

For each touched record the log gives a state (:mod:`carehome_desk.sync.state`):
alive with values, or deleted. Before writing, three rules keep the database
whole whatever order changes arrive in:

* A record that an alive record references is kept or brought back, even if
  it was deleted (a delete concurrent with work on its children keeps it).
* A record whose referenced record is unknown, a new record that lacks a
  required value, and a record whose unique values clash with another's wait
  in ``sync_pending`` and are tried again at every later merge. Of records
  that clash, the one with the smallest id is shown, on every laptop.
* A record is deleted only when no remaining record references it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from carehome_desk.sync.state import Key, RecordState, chunks, load_states
from carehome_desk.sync.tables import SyncedTable, children_of

# NOTE: waiting records are counted in the sync report but not listed in the
# conflict list, so an officer cannot yet see which ones they are.
WAITING_FOR_PARENT = "parent"
INCOMPLETE = "incomplete"
DUPLICATE = "duplicate"


@dataclass
class _Plan:
    upserts: dict[Key, dict[str, Any]] = field(default_factory=dict)
    deletes: set[Key] = field(default_factory=set)
    blocked: dict[Key, str] = field(default_factory=dict)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Materializer:
    """Brings touched records, and those waiting in ``sync_pending``, in line with the log."""

    def __init__(self, connection: sqlite3.Connection, tables: Mapping[str, SyncedTable]) -> None:
        self.connection = connection
        self.tables = tables
        self._existing: dict[str, dict[str, bool]] = {name: {} for name in tables}

    def refresh(
        self, touched: Iterable[Key], known: Mapping[Key, RecordState] | None = None
    ) -> int:
        """Write the records in ``touched`` and the waiting ones; return how many changed.

        ``known`` contains states the caller already has; the others are read from the log.
        """
        waiting = self.connection.execute("SELECT tbl, record FROM sync_pending").fetchall()
        keys = {key for key in (*touched, *waiting) if key[0] in self.tables}
        states = dict(known or {})
        states.update(load_states(self.connection, [key for key in keys if key not in states]))

        plan = _Plan()
        for key in keys:
            state = states.get(key)
            if state is not None and state.alive:
                plan.upserts[key] = state.values()
            else:
                plan.deletes.add(key)

        self._bring_back_parents(plan, states)
        self._note_attention(keys | set(plan.upserts), states)
        self._check_complete(plan)
        self._check_unique(plan)
        self._block_orphans(plan)
        return self._write(plan, keys)

    def _note_attention(self, keys: set[Key], states: Mapping[Key, RecordState]) -> None:
        """Keep ``sync_attention`` listing the records that may have a conflict.

        Only a merge can give a field several heads or keep a delete as a head: a
        local edit or delete names every head it replaces. So the conflict list
        needs to look at these records only, not at the whole log.
        """
        flagged = [key for key in keys if key in states and states[key].needs_attention]
        calm = [key for key in keys if key not in states or not states[key].needs_attention]
        self.connection.executemany("INSERT OR IGNORE INTO sync_attention VALUES (?, ?)", flagged)
        self.connection.executemany("DELETE FROM sync_attention WHERE tbl = ? AND record = ?", calm)

    # ------------------------------------------------------------ existence

    def _load_existence(self, keys: Iterable[Key]) -> None:
        wanted: dict[str, list[str]] = {}
        for table, record in keys:
            if record not in self._existing[table]:
                wanted.setdefault(table, []).append(record)
        for table, records in wanted.items():
            known = self._existing[table]
            for part in chunks(records):
                marks = ", ".join("?" * len(part))
                found = self.connection.execute(
                    f"SELECT id FROM {_quoted(table)} WHERE id IN ({marks})", part
                )
                present = {row[0] for row in found}
                for record in part:
                    known[record] = record in present

    def _exists(self, key: Key) -> bool:
        known = self._existing[key[0]]
        if key[1] not in known:
            self._load_existence([key])
        return known[key[1]]

    def _references(self, key: Key, values: Mapping[str, Any]) -> list[Key]:
        table = self.tables[key[0]]
        found = []
        for foreign_key in table.foreign_keys:
            target = values.get(foreign_key.column)
            if target is not None:
                found.append((foreign_key.parent, target))
        return found

    # ------------------------------------------------------------ planning

    def _bring_back_parents(self, plan: _Plan, states: dict[Key, RecordState]) -> None:
        """Keep or bring back every record that an alive record references."""
        frontier = list(plan.upserts)
        while frontier:
            targets = {
                target
                for key in frontier
                for target in self._references(key, plan.upserts[key])
                if target not in plan.upserts
            }
            self._load_existence(targets)
            missing = []
            for target in targets:
                plan.deletes.discard(target)
                if not self._exists(target):
                    missing.append(target)

            unloaded = [target for target in missing if target not in states]
            states.update(load_states(self.connection, unloaded))
            frontier = []
            for target in missing:
                state = states.get(target)
                if state is not None and state.known:
                    plan.upserts[target] = state.values()
                    frontier.append(target)

    def _check_complete(self, plan: _Plan) -> None:
        """Hold back a new record that lacks a value for a required column."""
        self._load_existence(plan.upserts)
        for key, values in plan.upserts.items():
            required = self.tables[key[0]].not_null
            if not self._exists(key) and not required <= values.keys():
                plan.blocked[key] = INCOMPLETE

    def _check_unique(self, plan: _Plan) -> None:
        """Hold back each record that shares a unique value with a record of smaller id."""
        for table in self.tables.values():
            rows = {key[1]: values for key, values in plan.upserts.items() if key[0] == table.name}
            if not rows or not table.unique_keys:
                continue
            for columns in table.unique_keys:
                for record in self._clash_losers(table, columns, rows):
                    plan.blocked[(table.name, record)] = DUPLICATE

    def _clash_losers(
        self, table: SyncedTable, columns: tuple[str, ...], rows: Mapping[str, dict[str, Any]]
    ) -> set[str]:
        holders: dict[tuple[Any, ...], set[str]] = {}
        for record, values in rows.items():
            value = tuple(values.get(column) for column in columns)
            if None not in value:
                holders.setdefault(value, set()).add(record)

        quoted = ", ".join(_quoted(column) for column in columns)
        row_marks = "(" + ", ".join("?" * len(columns)) + ")"
        for part in chunks(list(holders), 200):
            marks = ", ".join([row_marks] * len(part))
            params = [value for key in part for value in key]
            found = self.connection.execute(
                f"SELECT id, {quoted} FROM {_quoted(table.name)} "
                f"WHERE ({quoted}) IN (VALUES {marks})",
                params,
            )
            for record, *value in found:
                if record not in rows:
                    holders[tuple(value)].add(record)

        losers: set[str] = set()
        for records in holders.values():
            if len(records) > 1:
                losers |= records - {min(records)}
        return losers

    def _block_orphans(self, plan: _Plan) -> None:
        """Hold back records that reference a record that is missing or held back itself."""
        changed = True
        while changed:
            changed = False
            for key, values in plan.upserts.items():
                if key in plan.blocked:
                    continue
                for target in self._references(key, values):
                    absent = target not in plan.upserts and not self._exists(target)
                    if absent or target in plan.blocked:
                        plan.blocked[key] = WAITING_FOR_PARENT
                        changed = True
                        break

    # ------------------------------------------------------------ writing

    def _write(self, plan: _Plan, keys: set[Key]) -> int:
        self.connection.execute("PRAGMA defer_foreign_keys = ON")
        self._load_existence(plan.blocked)
        removed = {key for key in plan.blocked if self._exists(key)}
        removed |= self._descendants(removed)
        for key in removed:
            plan.blocked.setdefault(key, WAITING_FOR_PARENT)

        count = self._delete_children_first(removed, check_references=False)
        self._load_existence(plan.deletes)
        dead = {key for key in plan.deletes if self._exists(key) and key not in removed}
        count += self._delete_children_first(dead, check_references=True)
        count += self._upsert(
            {key: values for key, values in plan.upserts.items() if key not in plan.blocked}
        )

        self.connection.executemany(
            "DELETE FROM sync_pending WHERE tbl = ? AND record = ?", keys | removed
        )
        self.connection.executemany(
            "INSERT OR REPLACE INTO sync_pending (tbl, record, reason) VALUES (?, ?, ?)",
            [(table, record, reason) for (table, record), reason in plan.blocked.items()],
        )
        return count

    def _descendants(self, keys: set[Key]) -> set[Key]:
        """Return the existing records that reference ``keys``, directly or through others."""
        found: set[Key] = set()
        frontier = keys
        while frontier:
            next_frontier: set[Key] = set()
            for parent in self.tables:
                ids = [record for table, record in frontier if table == parent]
                for child, column in children_of(self.tables, parent):
                    for record in self._referencing(child, column, ids):
                        if (child, record) not in found and (child, record) not in keys:
                            next_frontier.add((child, record))
            found |= next_frontier
            frontier = next_frontier
        return found

    def _referencing(self, table: str, column: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for part in chunks(ids):
            marks = ", ".join("?" * len(part))
            rows = self.connection.execute(
                f"SELECT id FROM {_quoted(table)} WHERE {_quoted(column)} IN ({marks})", part
            )
            found.update(row[0] for row in rows)
        return found

    def _delete_children_first(self, keys: set[Key], check_references: bool) -> int:
        count = 0
        for table in reversed(list(self.tables)):
            ids = [record for name, record in keys if name == table]
            if check_references:
                ids = [record for record in ids if not self._is_referenced(table, record)]
            for part in chunks(ids):
                marks = ", ".join("?" * len(part))
                self.connection.execute(f"DELETE FROM {_quoted(table)} WHERE id IN ({marks})", part)
            count += len(ids)
        return count

    def _is_referenced(self, table: str, record: str) -> bool:
        for child, column in children_of(self.tables, table):
            row = self.connection.execute(
                f"SELECT 1 FROM {_quoted(child)} WHERE {_quoted(column)} = ? LIMIT 1", (record,)
            ).fetchone()
            if row is not None:
                return True
        return False

    def _upsert(self, rows: Mapping[Key, dict[str, Any]]) -> int:
        groups: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        known_columns: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
        for (table, record), values in rows.items():
            # Records of one file mostly have the same columns, in the same order, so
            # the table's columns are matched against each key order once.
            key = (table, tuple(values))
            columns = known_columns.get(key)
            if columns is None:
                present = self.tables[table].columns
                columns = known_columns[key] = tuple(c for c in present if c in values)
            groups.setdefault((table, columns), []).append(
                [record, *map(values.__getitem__, columns)]
            )
        for table, columns in sorted(groups, key=lambda group: list(self.tables).index(group[0])):
            names = ", ".join(_quoted(column) for column in ("id", *columns))
            marks = ", ".join("?" * (len(columns) + 1))
            updates = ", ".join(f"{_quoted(c)} = excluded.{_quoted(c)}" for c in columns)
            action = f"DO UPDATE SET {updates}" if columns else "DO NOTHING"
            self.connection.executemany(
                f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks}) "
                f"ON CONFLICT (id) {action}",
                groups[(table, columns)],
            )
        return len(rows)
