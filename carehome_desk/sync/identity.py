"""This laptop's id on the share, and what happens when its database turns up twice.

A laptop writes its changes numbered 1, 2, 3 ... under its id, and only it
writes the folder of that id. A database restored from a backup, or copied
to a second computer, carries the same id and numbering, and would publish
other changes under numbers already used. Before publishing, the laptop
reads every file in its own folder that it has no record of writing:

* a file whose changes all equal the local ones is its own, written by a
  sync that stopped before recording it, and is adopted;
* otherwise another database wrote under this id. The laptop takes a new
  random id and renumbers under it its changes that the share does not hold
  identically, so no published number is ever reused. The old id's folder is
  then read like any other laptop's, which also brings back the changes a
  restored backup lacked.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import uuid
from dataclasses import dataclass

from carehome_desk.sync.capture import RENUMBERING, SEQ_BITS, SEQ_MASK, device_number
from carehome_desk.sync.files import ChangeFile

log = logging.getLogger(__name__)

# Crockford's base 32 without I, L, O and U, as the store uses for the laptop code.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class Identity:
    number: int  # local number in sync_device
    device_id: str
    label: str
    seq: int  # last change number used
    published_seq: int  # last change number written to the share


def current(connection: sqlite3.Connection) -> Identity:
    row = connection.execute(
        "SELECT s.device, d.device_id, s.seq, s.published_seq FROM sync_state s "
        "JOIN sync_device d ON d.num = s.device"
    ).fetchone()
    label = connection.execute("SELECT value FROM setting WHERE key = 'laptop_name'").fetchone()
    return Identity(row[0], row[1], label[0] if label else "", row[2], row[3])


def local_changes(
    connection: sqlite3.Connection, number: int, first: int, last: int
) -> dict[int, tuple[object, ...]]:
    """Return this laptop's changes ``first``..``last`` by number, as a file contains them."""
    base = number << SEQ_BITS
    rows = connection.execute(
        "SELECT id, hlc, tbl, record, col, op, value, old, officer FROM sync_change "
        "WHERE id BETWEEN ? AND ? ORDER BY id",
        (base + first, base + last),
    ).fetchall()
    devices = dict(connection.execute("SELECT num, device_id FROM sync_device").fetchall())
    parents: dict[int, list[tuple[str, int]]] = {}
    for child, parent in connection.execute(
        "SELECT child, parent FROM sync_parent WHERE child BETWEEN ? AND ?",
        (base + first, base + last),
    ):
        parents.setdefault(child, []).append((devices[parent >> SEQ_BITS], parent & SEQ_MASK))
    return {
        row[0] & SEQ_MASK: (row[0] & SEQ_MASK, *row[1:], sorted(parents.get(row[0], [])))
        for row in rows
    }


def matching_seqs(
    connection: sqlite3.Connection, identity: Identity, found: ChangeFile
) -> set[int]:
    """Return the numbers of the changes in ``found`` that equal this laptop's own."""
    local = local_changes(connection, identity.number, found.first, found.last)
    matching = set()
    for change in found.changes:
        mine = local.get(change[0])
        if mine is not None and mine == (*change, sorted(found.parents.get(change[0], []))):
            matching.add(change[0])
    return matching


def adopt(connection: sqlite3.Connection, identity: Identity, name: str, found: ChangeFile) -> None:
    """Record ``found`` as written by this laptop, by a sync that stopped before recording it."""
    connection.execute(
        "INSERT OR REPLACE INTO sync_file (device, name, kind, sha256, first_seq, last_seq) "
        "VALUES (?, ?, 'sent', ?, ?, ?)",
        (identity.number, name, found.sha256, found.first, found.last),
    )
    connection.execute("UPDATE sync_state SET published_seq = max(published_seq, ?)", (found.last,))
    log.info("Adopted %s, written by this laptop before an interrupted sync", name)


def take_new_id(connection: sqlite3.Connection, identity: Identity, on_share: set[int]) -> Identity:
    """Move to a new laptop id; renumber the changes the share does not hold identically.

    ``on_share`` contains the numbers of this laptop's changes found identical in
    files it did not record writing. Runs inside the caller's transaction.
    """
    new_id = uuid.uuid4().hex
    number = device_number(connection, new_id, identity.label)
    connection.execute("UPDATE sync_device SET retired = 1 WHERE num = ?", (identity.number,))

    base = identity.number << SEQ_BITS
    seqs = [
        row[0] & SEQ_MASK
        for row in connection.execute(
            "SELECT id FROM sync_change WHERE id BETWEEN ? AND ? ORDER BY id",
            (base + identity.published_seq + 1, base + SEQ_MASK),
        )
        if row[0] & SEQ_MASK not in on_share
    ]
    _renumber(connection, identity.number, number, seqs)

    connection.execute(
        "UPDATE sync_state SET device = ?, seq = ?, published_seq = 0", (number, len(seqs))
    )
    connection.execute("UPDATE setting SET value = ? WHERE key = 'device_id'", (new_id,))
    # A new code keeps this database's later case references apart from those the other
    # database publishes. A restore from a backup gives a new code already
    # (store.restore), so cases made before this sync do not repeat a reference either.
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(4))
    connection.execute("UPDATE setting SET value = ? WHERE key = 'device_code'", (code,))
    log.warning(
        "Laptop id %s was also used by another database; this laptop now uses %s and "
        "renumbered %s unpublished changes",
        identity.device_id,
        new_id,
        len(seqs),
    )
    return current(connection)


def _renumber(connection: sqlite3.Connection, old: int, new: int, seqs: list[int]) -> None:
    """Give changes ``seqs`` of laptop number ``old`` the numbers 1, 2, ... of laptop ``new``."""
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_renumber "
        "(old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)"
    )
    connection.execute("DELETE FROM temp.sync_renumber")
    connection.executemany(
        "INSERT INTO temp.sync_renumber VALUES (?, ?)",
        [
            ((old << SEQ_BITS) + seq, (new << SEQ_BITS) + position)
            for position, seq in enumerate(seqs, start=1)
        ],
    )
    connection.execute("UPDATE sync_state SET applying = ?", (RENUMBERING,))
    for table, column in (
        ("sync_change", "id"),
        ("sync_parent", "parent"),
        ("sync_parent", "child"),
    ):
        connection.execute(
            f"UPDATE {table} SET {column} = "
            f"(SELECT new_id FROM temp.sync_renumber WHERE old_id = {table}.{column}) "
            f"WHERE {column} IN (SELECT old_id FROM temp.sync_renumber)"
        )
    connection.execute("UPDATE sync_state SET applying = 0")
