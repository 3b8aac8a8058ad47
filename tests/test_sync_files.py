"""Change files on the share: names, the rename retry, and a catalogue of bad files."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from pathlib import Path

import pytest

from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome, database
from carehome_desk.sync import files
from carehome_desk.sync.files import FORMAT_VERSION, MAGIC, parse_name
from carehome_desk.sync.share import RENAME_ATTEMPTS, list_folder, write_file
from tests.sync_support import Laptop


def test_names_use_digits_and_lower_case_hex():
    name = files.new_name(1, 13)
    assert parse_name(name) is not None
    assert name == name.lower()
    assert parse_name(name.upper()) is None
    assert parse_name("0000000001-0000000013-abcdef12 (1).chd") is None
    assert parse_name("٠٠٠٠٠٠٠٠٠١-0000000013-abcdef12.chd") is None  # Arabic-Indic digits


def test_rename_is_retried_then_succeeds(tmp_path):
    failures = []

    def held_twice(source: Path, target: Path) -> None:
        if len(failures) < 2:
            failures.append(source)
            raise PermissionError(13, "The file is in use by another process")
        os.replace(source, target)

    write_file(tmp_path, "0000000001-0000000001-0a0b0c0d.chd", b"data", held_twice, lambda _s: None)
    assert (tmp_path / "0000000001-0000000001-0a0b0c0d.chd").read_bytes() == b"data"
    assert len(failures) == 2
    assert not list_folder(tmp_path).temporary


def test_rename_that_keeps_failing_leaves_no_file(tmp_path):
    waits = []

    def always_held(source: Path, target: Path) -> None:
        raise PermissionError(13, "The file is in use by another process")

    with pytest.raises(PermissionError):
        write_file(tmp_path, "0000000001-0000000001-0a0b0c0d.chd", b"x", always_held, waits.append)
    assert len(waits) == RENAME_ATTEMPTS - 1
    assert waits == sorted(waits)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- the catalogue


def _encoded(document: object, version: int = FORMAT_VERSION) -> bytes:
    payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(payload).hexdigest()
    return f"{MAGIC} {version} {digest} {len(payload)}\n".encode("ascii") + payload


def _device() -> str:
    return secrets.token_hex(16)


def _good_document(device: str, record: str | None = None) -> dict:
    """A file that inserts one care home, as a laptop named "Hostile" would write it."""
    record = record or secrets.token_hex(16)
    columns = {
        "name": "Plas Newydd",
        "address": "",
        "postcode": "",
        "ciw_number": "",
        "provider": "",
        "responsible_individual": "",
        "registered_manager": "",
        "phone": "",
        "email": "",
        "beds": None,
        "created_at": "2026-12-01 10:00:00",
        "updated_at": "2026-12-01 10:00:00",
        "updated_by": "Someone",
    }
    fields = [[column, value] for column, value in columns.items()]
    return {
        "device": device,
        "label": "Hostile",
        "first": 1,
        "last": len(fields),
        "written_at": 1_764_583_200_000,
        "operations": [[1, 1 << 40, "care_home", record, "insert", "Someone", fields]],
    }


def _place(share: Path, device: str, data: bytes, name: str | None = None) -> str:
    folder = share / device
    folder.mkdir(exist_ok=True)
    name = name or f"0000000001-0000000013-{secrets.token_hex(4)}.chd"
    (folder / name).write_bytes(data)
    return f"{device}/{name}"


def _operation(item: int, value: object):
    """Return a mutation that sets item ``item`` of the file's one operation."""

    def mutate(document: dict) -> dict:
        document["operations"][0][item] = value
        return document

    return mutate


def _field(index: int, item: int, value: object):
    """Return a mutation that sets item ``item`` of field ``index`` of the operation."""

    def mutate(document: dict) -> dict:
        field = document["operations"][0][6][index]
        field.extend([None] * (item + 1 - len(field)))
        field[item] = value
        return document

    return mutate


def _drop_last_field(document: dict) -> dict:
    document["operations"][0][6].pop()
    return document


def _nested(depth: int) -> object:
    value: object = "deep"
    for _ in range(depth):
        value = [value]
    return value


# Each case: (name, mutation of a good document or raw bytes, expected words of the reason).
_DOCUMENT_CASES = [
    ("value is an object", _field(0, 1, {"a": 1}), "not have the expected items and types"),
    ("value nested deeply", _field(0, 1, _nested(50)), "not have the expected items"),
    ("seq as text", _operation(0, "1"), "missing or out of order"),
    ("negative time", _operation(1, -5), "not have the expected items"),
    ("record id path", _operation(3, "../../etc/passwd"), "record id is not 32"),
    ("unknown table", _operation(2, "sqlite_master"), "sqlite_master, which this version"),
    ("settings table", _operation(2, "setting"), "setting, which this version"),
    ("table path", _operation(2, "../x"), "Change 1 is to ?, which"),
    ("unknown column", _field(0, 0, "colour"), "care_home.colour, which"),
    ("wrong value type", _field(9, 1, "many"), "care_home.beds a value of the wrong type"),
    ("required empty", _field(0, 1, None), "care_home.name a value of the wrong type"),
    ("control character", _field(0, 1, "Plas\x07Newydd"), "contains control characters"),
    ("officer control", _operation(5, "Some\x1bone"), "officer name contains control"),
    ("officer long", _operation(5, "x" * 300), "at most 200 characters"),
    ("huge integer", _field(9, 1, 2**70), "not have the expected items"),
    ("bad op", _operation(4, "drop"), "not have the expected items"),
    ("bad parent", _field(1, 3, [["../..", 1]]), "not have the expected items"),
    (
        "edits append-only",
        lambda d: _operation(4, "update")(_operation(2, "case_event")(d)),
        "never changed once saved",
    ),
    ("gap", _drop_last_field, "exactly the changes 1 to 13"),
    ("device path", lambda d: d | {"device": "../" * 10 + "x" * 2}, "laptop id is not 32"),
    ("label control", lambda d: d | {"label": "Host\nile"}, "name contains control"),
    ("extra key", lambda d: d | {"script": "rm -rf /"}, "top level is not an object"),
    ("top level list", lambda d: [d], "top level is not an object"),
]


def _raw_cases(device: str) -> list[tuple[str, bytes, str]]:
    good = _good_document(device)
    data = _encoded(good)
    header, payload = data.split(b"\n", 1)
    flipped = bytearray(data)
    flipped[-5] ^= 0x01
    nan = _encoded(good).replace(b'["beds", null]', b'["beds", NaN]')
    assert b"NaN" in nan
    return [
        ("truncated", data[:-40], "truncated or partly written"),
        ("corrupted", bytes(flipped), "checksum does not match"),
        ("newer version", _encoded(good, FORMAT_VERSION + 1), "newer version of Care Home Desk"),
        ("no header", b"hello, this is not a change file\n", "does not start with a change"),
        ("empty", b"", "does not start with a change"),
        ("nested deeply", _rehashed(header, b"[" * 5_000 + b"]" * 5_000), "nested too deeply"),
        ("not utf-8", _rehashed(header, payload.replace(b"Plas", b"Pl\xffs")), "not JSON in UTF-8"),
        ("nan", _rehashed(header, nan.split(b"\n", 1)[1]), "not JSON in UTF-8"),
        ("duplicate keys", _rehashed(header, b'{"device": 1, "device": 2}'), "not JSON in UTF-8"),
    ]


def _rehashed(header: bytes, payload: bytes) -> bytes:
    digest = hashlib.sha256(payload).hexdigest()
    return f"{MAGIC} {FORMAT_VERSION} {digest} {len(payload)}\n".encode("ascii") + payload


@pytest.fixture
def two(tmp_path):
    return Laptop(tmp_path, "a"), Laptop(tmp_path, "b")


def test_bad_files_skipped_with_reasons_and_nothing_applied(two, monkeypatch):
    a, b = two
    share = a.share
    with a.use():
        home_id = save_home(HomeInput(name="Tŷ Gwyn"), "a").id
    a.sync()
    expected: dict[str, str] = {}

    for _label, mutate, reason in _DOCUMENT_CASES:
        device = _device()
        document = mutate(_good_document(device))
        expected[_place(share, device, _encoded(document))] = reason
    for _label, data, reason in _raw_cases(raw_device := _device()):
        expected[_place(share, raw_device, data)] = reason

    other = _device()
    expected[_place(share, other, _encoded(_good_document(_device())))] = "lies in the folder"
    wrong_range = _encoded(_good_document(other))
    expected[_place(share, other, wrong_range, "0000000002-0000000014-0a0b0c0d.chd")] = "renamed"
    expected[_place(share, other, wrong_range, "copy of a change file.chd")] = "renamed or copied"
    folder_name = "0000000003-0000000004-0a0b0c0e.chd"
    (share / other / folder_name).mkdir()
    expected[f"{other}/{folder_name}"] = "a folder or a link, not a change file"
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 20_000)
    expected[_place(share, other, _encoded(_padded(_good_document(other))))] = "more than the limit"

    good_device = _device()
    good = _good_document(good_device)
    _place(share, good_device, _encoded(good))

    report = b.sync()

    skipped = {item.path: item.reason.message() for item in report.skipped}
    for path, reason in expected.items():
        assert path in skipped, f"{path} was not skipped ({reason})"
        assert reason in skipped[path], f"{path}: {skipped[path]!r} lacks {reason!r}"
    assert set(skipped) == set(expected)
    assert not report.succeeded

    with b.use():
        names = sorted(home.name for home in CareHome.select())
        assert names == ["Plas Newydd", "Tŷ Gwyn"]
        assert CareHome.get_by_id(home_id).name == "Tŷ Gwyn"
        rows = database.execute_sql(
            "SELECT DISTINCT d.device_id FROM sync_change c JOIN sync_device d ON d.num = c.device"
        )
        devices = {row[0] for row in rows}
    bad_devices = {path.split("/")[0] for path in expected}
    assert not devices & bad_devices


def _padded(document: dict) -> dict:
    document["operations"][0][6][0][1] = "Plas Newydd " + " " * 30_000
    return document


def test_duplicate_file_under_new_name_is_reported_once(two):
    a, b = two
    with a.use():
        save_home(HomeInput(name="Tŷ Gwyn"), "a")
    a.sync()
    [folder] = [path for path in a.share.iterdir()]
    [original] = list(folder.iterdir())
    copy = folder / original.name.replace(original.name[-12:-4], "ffffffff")
    copy.write_bytes(original.read_bytes())

    report = b.sync()
    assert [item.reason.message() for item in report.skipped] == [
        "The file holds only changes already received from another file; it is a copy."
    ]
    assert b.sync().succeeded


def test_temporary_and_system_files_are_ignored(two):
    a, b = two
    with a.use():
        save_home(HomeInput(name="Tŷ Gwyn"), "a")
    a.sync()
    [folder] = list(a.share.iterdir())
    (folder / "tmp-0123456789abcdef.part").write_bytes(b"half a fi")
    (folder / "Thumbs.db").write_bytes(b"")
    (a.share / "README.txt").write_text("Care Home Desk folder", encoding="utf-8")
    report = b.sync()
    assert report.succeeded
    assert report.received_changes == 13
