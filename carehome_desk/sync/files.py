"""Change files on the shared folder: names, writing, reading and checking.

A change file contains a contiguous run of one laptop's changes. Its bytes are a
header line and a JSON payload::

    carehome-desk-changes <format version> <sha256 of payload, hex> <payload bytes>\\n
    {"device": ..., "label": ..., "first": ..., "last": ..., "written_at": ...,
     "operations": [[first seq, hlc, table, record, op, officer,
                     [[column, value, old, [[parent device, parent seq], ...]], ...]], ...]}

An operation is one saved row: the changes to its columns share a record, a
kind, a clock time and an officer, so they are written once (see
:func:`_operations`), which halves the data a reader must parse.

It lives in ``<share>/<device id>/`` under the name
``<first seq>-<last seq>-<random>.chd`` (ten digits, ten digits, eight
lower-case hex digits), so names use digits and lower-case letters only and a
name is never reused. A reader accepts a file only if every check below
passes, and otherwise skips it whole with the reason.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError, Translator, untranslated
from carehome_desk.sync.tables import ROW_FIELD, SyncedTable

_CTX = "Sync"

MAGIC = "carehome-desk-changes"
FORMAT_VERSION = 1

NAME_PATTERN = re.compile(r"^([0-9]{10})-([0-9]{10})-([0-9a-f]{8})\.chd$")
DEVICE_PATTERN = re.compile(r"^[0-9a-f]{32}$")
TEMP_PATTERN = re.compile(r"^tmp-[0-9a-f]{16}\.part$")
# Files an operating system puts in any folder; skipped without a report.
SYSTEM_FILES = frozenset({"desktop.ini", "thumbs.db", ".ds_store"})

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_CHANGES_PER_FILE = 100_000
CHANGES_PER_WRITTEN_FILE = 20_000
MAX_VALUE_CHARS = 2_000_000
MAX_LINE_CHARS = 200
MAX_PARENTS = 10_000
MAX_SEQ = 10**12
MAX_HLC = 2**62
_MIN, _MAX = -(2**63), 2**63 - 1
_HEADER_MAX = 200

# C0 and C1 control characters other than tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAFE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}(\.[a-z_][a-z0-9_]{0,62})?$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_OPS = frozenset({"insert", "update", "delete", "keep"})
_ROW_OPS = frozenset({"delete", "keep"})
_TOP_KEYS = frozenset({"device", "label", "first", "last", "written_at", "operations"})


class FileRejected(DeskError):
    """A change file failed a check; nothing from it may reach the database."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(_CTX, template, **params)


_INVALID = QT_TRANSLATE_NOOP("Sync", "The file's data is not valid: {detail}.")


class InvalidData(FileRejected):
    """A change file whose header and checksum are sound but whose data breaks a rule."""

    def message(self, translate: Translator = untranslated) -> str:
        detail = super().message(translate)
        return translate(_CTX, _INVALID).format(detail=detail)


@dataclass(frozen=True)
class FileName:
    first: int
    last: int
    nonce: str

    @property
    def text(self) -> str:
        return f"{self.first:010d}-{self.last:010d}-{self.nonce}.chd"


def parse_name(name: str) -> FileName | None:
    match = NAME_PATTERN.match(name)
    if match is None:
        return None
    return FileName(int(match[1]), int(match[2]), match[3])


# A change with its parents, as a laptop writes it:
# (seq, hlc, table, record, column, op, value, old, officer, [(parent device, parent seq)]).
Change = tuple[int, int, str, str, str, str, Any, Any, str, list[tuple[str, int]]]
# A change as read, its parents kept apart: (seq, hlc, table, record, column, op, value,
# old, officer), the columns of a log row, so it can be inserted as it is.
ReadChange = tuple[int, int, str, str, str, str, Any, Any, str]


@dataclass
class ChangeFile:
    device_id: str
    label: str
    first: int
    last: int
    written_at: int  # the writer's clock, milliseconds since 1970 (UTC)
    changes: list[ReadChange]
    parents: dict[int, list[tuple[str, int]]]  # seq -> (device id, seq) of each parent
    sha256: str
    size: int


# ---------------------------------------------------------------- writing


def encode(device_id: str, label: str, written_at: int, changes: list[Change]) -> tuple[bytes, str]:
    """Return the bytes of a change file holding ``changes`` and the payload's sha256."""
    document = {
        "device": device_id,
        "label": label,
        "first": changes[0][0],
        "last": changes[-1][0],
        "written_at": written_at,
        "operations": _operations(changes),
    }
    payload = json.dumps(
        document, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
    digest = hashlib.sha256(payload).hexdigest()
    header = f"{MAGIC} {FORMAT_VERSION} {digest} {len(payload)}\n".encode("ascii")
    return header + payload, digest


def _operations(changes: list[Change]) -> list[list[Any]]:
    """Group consecutive changes of one saved row (same record, kind, time and officer).

    An operation is ``[first seq, hlc, table, record, op, officer, fields]``. Each
    field takes the next sequence number. It is ``[column, value]``, or
    ``[column, value, old]``, or ``[column, value, old, parents]``: an empty old
    value and an empty parent list at the end are left out.
    """
    operations: list[list[Any]] = []
    key = None
    for seq, hlc, table, record, column, op, value, old, officer, parents in changes:
        field: list[Any] = [column, value]
        if old is not None or parents:
            field.append(old)
        if parents:
            field.append([list(parent) for parent in parents])
        this = (hlc, table, record, op, officer)
        if this != key or op in _ROW_OPS:
            operations.append([seq, hlc, table, record, op, officer, []])
            key = this
        operations[-1][6].append(field)
    return operations


def new_name(first: int, last: int) -> str:
    return FileName(first, last, secrets.token_hex(4)).text


# ---------------------------------------------------------------- reading


def read_file(
    path: Path, expected_device: str, tables: Mapping[str, SyncedTable] | None = None
) -> ChangeFile:
    """Read and check the change file at ``path`` in the folder of ``expected_device``.

    With ``tables``, the changes are also checked against the synced tables.
    Raises FileRejected with the reason when a check fails, and OSError when the
    file cannot be read.
    """
    name = parse_name(path.name)
    if name is None:
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync", "The name is not that of a change file; it was renamed or copied."
            )
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_big(size)
    with open(path, "rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    return decode(data, name, expected_device, tables)


def decode(
    data: bytes,
    name: FileName,
    expected_device: str,
    tables: Mapping[str, SyncedTable] | None = None,
) -> ChangeFile:
    """Check and decode the bytes of a change file named ``name``."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    digest, payload = _checked_payload(data)
    document = _parsed(payload)
    change_file = _checked_document(document, name, expected_device, tables)
    change_file.sha256 = digest
    change_file.size = len(data)
    return change_file


def _too_big(size: int) -> FileRejected:
    return FileRejected(
        QT_TRANSLATE_NOOP("Sync", "The file is {size} bytes, more than the limit of {limit}."),
        size=size,
        limit=MAX_FILE_BYTES,
    )


def _bad_header() -> FileRejected:
    return FileRejected(
        QT_TRANSLATE_NOOP(
            "Sync", "The file does not start with a change file header; it is damaged or not one."
        )
    )


def _checked_payload(data: bytes) -> tuple[str, bytes]:
    """Check the header line, then return the payload's sha256 and the payload."""
    end = data.find(b"\n", 0, _HEADER_MAX)
    if end < 0:
        raise _bad_header()
    fields = data[:end].decode("ascii", errors="replace").split(" ")
    if len(fields) != 4 or fields[0] != MAGIC:
        raise _bad_header()
    version, digest, length = fields[1:]
    if not (version.isdigit() and length.isdigit() and _SHA256.match(digest)):
        raise _bad_header()

    if int(version) > FORMAT_VERSION:
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The file was written by a newer version of Care Home Desk (file format "
                "{found}; this version reads up to {supported}). Install the newer version "
                "on this laptop.",
            ),
            found=int(version),
            supported=FORMAT_VERSION,
        )
    if int(version) < 1:
        raise _bad_header()

    payload = data[end + 1 :]
    if len(payload) != int(length):
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The file is truncated or partly written: it holds {found} bytes of data "
                "where its header says {expected}.",
            ),
            found=len(payload),
            expected=int(length),
        )
    if hashlib.sha256(payload).hexdigest() != digest:
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync", "The file is corrupted: its checksum does not match its contents."
            )
        )
    return digest, payload


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("an object has a key twice")
    return dict(pairs)


def _parsed(payload: bytes) -> Any:
    try:
        text = payload.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise InvalidData(QT_TRANSLATE_NOOP("Sync", "it is nested too deeply")) from None
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError included
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "it is not JSON in UTF-8 ({detail})"),
            detail=str(error)[:120],
        ) from None


def _checked_document(
    document: Any,
    name: FileName,
    expected_device: str,
    tables: Mapping[str, SyncedTable] | None,
) -> ChangeFile:
    if not isinstance(document, dict) or set(document) != _TOP_KEYS:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "the top level is not an object with the keys {keys}"),
            keys=", ".join(sorted(_TOP_KEYS)),
        )
    device = document["device"]
    if type(device) is not str or not DEVICE_PATTERN.match(device):
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "the laptop id is not 32 lower-case hex digits")
        )
    if device != expected_device:
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The file was written by laptop {device} but lies in the folder of laptop "
                "{folder}; it was moved or copied.",
            ),
            device=device,
            folder=expected_device,
        )

    label = _checked_name(document["label"])
    written_at = document["written_at"]
    if type(written_at) is not int or not 0 <= written_at < 2**53:
        raise InvalidData(QT_TRANSLATE_NOOP("Sync", "the time it was written is not valid"))
    first, last = _checked_range(document["first"], document["last"], name)

    operations = document["operations"]
    if type(operations) is not list:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "the top level is not an object with the keys {keys}"),
            keys=", ".join(sorted(_TOP_KEYS)),
        )
    checked, parents = _checked_changes(operations, first, tables)
    if len(checked) != last - first + 1:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "it does not hold exactly the changes {first} to {last}"),
            first=first,
            last=last,
        )
    return ChangeFile(device, label, first, last, written_at, checked, parents, "", 0)


def _checked_range(first: Any, last: Any, name: FileName) -> tuple[int, int]:
    if type(first) is not int or type(last) is not int or (first, last) != (name.first, name.last):
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync",
                "The file's name says it holds changes {name_first} to {name_last}, but its "
                "data says otherwise; it was renamed.",
            ),
            name_first=name.first,
            name_last=name.last,
        )
    if not 1 <= first <= last < MAX_SEQ:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "change numbers {first} to {last} are out of range"),
            first=first,
            last=last,
        )
    if last - first + 1 > MAX_CHANGES_PER_FILE:
        raise FileRejected(
            QT_TRANSLATE_NOOP(
                "Sync", "The file holds {count} changes, more than the limit of {limit}."
            ),
            count=last - first + 1,
            limit=MAX_CHANGES_PER_FILE,
        )
    return first, last


def _checked_name(value: Any) -> str:
    """Return ``value``, a laptop or officer name, if it is one short line without controls."""
    if type(value) is not str or len(value) > MAX_LINE_CHARS:
        raise InvalidData(
            QT_TRANSLATE_NOOP(
                "Sync", "a laptop or officer name is not text of at most {limit} characters"
            ),
            limit=MAX_LINE_CHARS,
        )
    if _CONTROL.search(value) or "\n" in value or "\r" in value:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "a laptop or officer name contains control characters")
        )
    return value


def _checked_changes(
    operations: list[Any], first: int, tables: Mapping[str, SyncedTable] | None
) -> tuple[list[ReadChange], dict[int, list[tuple[str, int]]]]:
    """Check the shape and types of every operation and field; return the changes, flat,
    and the parents of those that have any.

    With ``tables``, each change must also name a synced table and column and
    give it a value of the column's type. Strings and officer names are
    collected and checked once each at the end, in a few passes in C.
    """
    schema = _SchemaChecker(tables) if tables is not None else None
    checked: list[ReadChange] = []
    parents_of: dict[int, list[tuple[str, int]]] = {}
    officers: set[str] = set()
    texts: list[str] = []
    number = first
    for operation in operations:
        if type(operation) is not list or len(operation) != 7:
            raise _bad_change(number)
        seq, hlc, table, record, op, officer, fields = operation
        if seq != number or type(seq) is not int:
            raise InvalidData(
                QT_TRANSLATE_NOOP("Sync", "change {number} is missing or out of order"),
                number=number,
            )
        row_op = op in _ROW_OPS
        if (
            type(hlc) is not int
            or not 0 <= hlc < MAX_HLC
            or type(table) is not str
            or type(record) is not str
            or type(officer) is not str
            or op not in _OPS
            or type(fields) is not list
            or not fields
            or (row_op and len(fields) != 1)
        ):
            raise _bad_change(number)
        officers.add(officer)
        rules = schema.rules(table, record, op, number) if schema is not None else None

        # The checks below run once per change, so they are written out in full
        # rather than split into functions: this loop dominates reading a file.
        for field in fields:
            if type(field) is not list:
                raise _bad_change(number)
            size = len(field)
            if size == 2:
                column, value = field
                old = None
            elif size == 3:
                column, value, old = field
            elif size == 4:
                column, value, old, parents = field
                parents_of[number] = _checked_parents(parents, number)
            else:
                raise _bad_change(number)
            if type(column) is not str or (column == ROW_FIELD) != row_op:
                raise _bad_change(number)

            kind = type(value)
            if kind is str:
                texts.append(value)
            elif kind is int:
                if not _MIN <= value <= _MAX:
                    raise _bad_change(number)
            elif value is not None and kind is not float:
                raise _bad_change(number)
            if old is not None:
                old_kind = type(old)
                if old_kind is str:
                    texts.append(old)
                elif old_kind is not float and not (old_kind is int and _MIN <= old <= _MAX):
                    raise _bad_change(number)

            if rules is not None and not row_op:
                rule = rules.get(column)
                if rule is None:
                    raise _unknown(f"{table}.{column}", number)
                if (value is None and rule[1]) or (value is not None and kind not in rule[0]):
                    raise _wrong_type(table, column, number)
            elif row_op and value is not None:
                raise _bad_change(number)
            checked.append((number, hlc, table, record, column, op, value, old, officer))
            number += 1

    _check_texts(officers, texts)
    if schema is not None:
        schema.check_records()
    return checked, parents_of


def _check_texts(officers: set[str], texts: list[str]) -> None:
    for officer in officers:
        _checked_name(officer)
    if max(map(len, texts), default=0) > MAX_VALUE_CHARS:
        raise InvalidData(
            QT_TRANSLATE_NOOP("Sync", "a value is longer than {limit} characters"),
            limit=MAX_VALUE_CHARS,
        )
    if _CONTROL.search("\n".join(texts)):
        raise InvalidData(QT_TRANSLATE_NOOP("Sync", "a value contains control characters"))


def _bad_change(number: int) -> InvalidData:
    return InvalidData(
        QT_TRANSLATE_NOOP("Sync", "change {number} does not have the expected items and types"),
        number=number,
    )


def _checked_parents(parents: Any, number: int) -> list[tuple[str, int]]:
    if type(parents) is not list or len(parents) > MAX_PARENTS:
        raise _bad_change(number)
    checked = []
    for parent in parents:
        if (
            type(parent) is not list
            or len(parent) != 2
            or type(parent[0]) is not str
            or not DEVICE_PATTERN.match(parent[0])
            or type(parent[1]) is not int
            or not 1 <= parent[1] < MAX_SEQ
        ):
            raise _bad_change(number)
        checked.append((parent[0], parent[1]))
    return checked


Rules = dict[str, tuple[tuple[type, ...], bool]]  # column -> (value types, required)


class _SchemaChecker:
    """Checks that changes name synced tables, and never edit an append-only record."""

    def __init__(self, tables: Mapping[str, SyncedTable]) -> None:
        self.tables = tables
        self.rules_of: dict[str, Rules] = {}
        self.records: set[str] = set()

    def rules(self, table: str, record: str, op: str, number: int) -> Rules:
        """Return the value rules of ``table``'s columns, worked out once per table."""
        rules = self.rules_of.get(table)
        if rules is None:
            synced = self.tables.get(table)
            if synced is None:
                raise _unknown(table, number)
            rules = self.rules_of[table] = {
                column: (synced.value_kinds(column), column in synced.not_null)
                for column in synced.columns
            }
        if op == "update" and self.tables[table].append_only:
            raise FileRejected(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Change {number} edits a saved {table} record, but those records are never "
                    "changed once saved.",
                ),
                number=number,
                table=table,
            )
        self.records.add(record)
        return rules

    def check_records(self) -> None:
        if not all(DEVICE_PATTERN.match(record) for record in self.records):
            raise InvalidData(
                QT_TRANSLATE_NOOP("Sync", "a record id is not 32 lower-case hex digits")
            )


def _wrong_type(table: str, column: str, number: int) -> InvalidData:
    return InvalidData(
        QT_TRANSLATE_NOOP("Sync", "change {number} gives {field} a value of the wrong type"),
        number=number,
        field=f"{table}.{column}",
    )


def _unknown(name: str, seq: int) -> FileRejected:
    """Return the rejection of a change to a table or column this version lacks."""
    shown = name if _SAFE_NAME.match(name) else "?"
    return FileRejected(
        QT_TRANSLATE_NOOP(
            "Sync",
            "Change {number} is to {name}, which this version of Care Home Desk does not have. "
            "Install the version the other laptops use; the file stays on the shared folder.",
        ),
        number=seq,
        name=shown,
    )
