"""``carehome-desk sync``: the report, the exit code, and a sync killed part-way."""

from __future__ import annotations

import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carehome_desk import cli
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome
from carehome_desk.sync.files import encode, new_name
from tests.sync_support import Laptop, check_records_match_log, integrity_problems


def _main(tmp_path: Path, *argv: str) -> int:
    return cli.main(list(argv), log_dir=tmp_path / "log")


@pytest.fixture
def two(tmp_path):
    a, b = Laptop(tmp_path, "a"), Laptop(tmp_path, "b")
    with a.use():
        save_home(HomeInput(name="Tŷ Gwyn"), "Officer a")
    return a, b


def test_sync_prints_report(two, tmp_path, capsys):
    a, b = two
    code = _main(tmp_path, "--data-dir", str(a.data_dir), "sync", "--share", str(a.share))
    assert code == 0
    assert "Changes sent: 13 in 1 files" in capsys.readouterr().out

    code = _main(tmp_path, "sync", "--data-dir", str(b.data_dir), "--share", str(b.share))
    out = capsys.readouterr().out
    assert code == 0
    assert "Changes received: 13" in out
    assert "from Laptop a (" in out
    assert "Records updated: 1" in out
    assert "Conflicts waiting for an officer: 0" in out
    with b.use():
        assert [home.name for home in CareHome.select()] == ["Tŷ Gwyn"]


def test_share_defaults_to_setting(two, tmp_path, capsys):
    a, _b = two
    with a.use():
        from carehome_desk.store import settings

        settings.save_settings({"shared_folder": str(a.share)})
    assert _main(tmp_path, "sync", "--data-dir", str(a.data_dir)) == 0
    assert f"Shared folder: {a.share}" in capsys.readouterr().out


def test_no_share_set_says_how(two, tmp_path, capsys):
    a, _b = two
    assert _main(tmp_path, "sync", "--data-dir", str(a.data_dir)) == 1
    err = capsys.readouterr().err
    assert "No shared folder is set" in err
    assert "--share PATH" in err


def test_unreachable_share_fails(two, tmp_path, capsys):
    a, _b = two
    missing = tmp_path / "offline" / "share"
    assert _main(tmp_path, "sync", "--data-dir", str(a.data_dir), "--share", str(missing)) == 1
    assert "cannot be reached" in capsys.readouterr().err


def test_skipped_file_fails_after_report(two, tmp_path, capsys):
    a, b = two
    _main(tmp_path, "sync", "--data-dir", str(a.data_dir), "--share", str(a.share))
    folder = next(a.share.iterdir())
    (folder / "0000000099-0000000099-00000000.chd").write_bytes(b"not a change file")
    capsys.readouterr()

    code = _main(tmp_path, "sync", "--data-dir", str(b.data_dir), "--share", str(b.share))
    captured = capsys.readouterr()
    assert code == 1
    assert "Changes received: 13" in captured.out
    assert "Files skipped: 1" in captured.out
    assert "does not start with a change file header" in captured.out
    assert "1 files on the shared folder were skipped" in captured.err


# ---------------------------------------------------------------- killed part-way

KILL_ROUNDS = 3
KILL_TIME_BUDGET = 12.0  # seconds; the test stops killing early rather than slow the suite


def _synthetic_share(share: Path, laptops: int, homes: int) -> None:
    """Write change files of ``laptops`` laptops, each inserting ``homes`` care homes."""
    for number in range(laptops):
        device = secrets.token_hex(16)
        (share / device).mkdir(parents=True)
        seq = 0
        for part in range(2):
            changes = []
            for home in range(homes // 2):
                record = secrets.token_hex(16)
                hlc = (1_764_583_200_000 + seq) << 16
                for column, value in (("name", f"Tŷ {number}-{part}-{home}"), ("address", "")):
                    seq += 1
                    changes.append((seq, hlc, "care_home", record, column, "insert", value))
                for column in ("postcode", "ciw_number", "provider", "responsible_individual"):
                    seq += 1
                    changes.append((seq, hlc, "care_home", record, column, "insert", ""))
                for column, value in (
                    ("registered_manager", ""),
                    ("phone", ""),
                    ("email", ""),
                    ("beds", home % 90),
                    ("created_at", "2026-12-01 10:00:00"),
                    ("updated_at", "2026-12-01 10:00:00"),
                    ("updated_by", "Officer"),
                ):
                    seq += 1
                    changes.append((seq, hlc, "care_home", record, column, "insert", value))
            full = [(*change, None, "Officer", []) for change in changes]
            data, _digest = encode(device, f"Laptop {number}", 1_764_583_200_000, full)
            (share / device / new_name(full[0][0], full[-1][0])).write_bytes(data)


def _start_sync(tmp_path: Path, data_dir: Path, share: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # where platformdirs puts the log on Linux
    command = [sys.executable, "-m", "carehome_desk", "--data-dir", str(data_dir)]
    return subprocess.Popen(
        [*command, "sync", "--share", str(share)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _run_to_end(tmp_path: Path, data_dir: Path, share: Path) -> float:
    """Run a sync to its end; return how long it took."""
    started = time.monotonic()
    process = _start_sync(tmp_path, data_dir, share)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")
def test_sync_killed_at_random_points_stays_whole(tmp_path):
    template = Laptop(tmp_path, "template")
    _synthetic_share(template.share, laptops=4, homes=1_200)
    whole = tmp_path / "whole"
    shutil.copytree(template.data_dir, whole)
    duration = _run_to_end(tmp_path, whole, template.share)
    expected = Laptop.at(whole).dump()
    assert len(expected["care_home"]) == 4 * 1_200

    rng = random.Random(5)
    started = time.monotonic()
    for number in range(KILL_ROUNDS):
        if time.monotonic() - started > KILL_TIME_BUDGET:
            break
        folder = tmp_path / f"killed-{number}"
        shutil.copytree(template.data_dir, folder)
        process = _start_sync(tmp_path, folder, template.share)
        try:
            process.wait(timeout=rng.uniform(0.3, 1.0) * duration)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()

        assert integrity_problems(folder) == []
        with Laptop.at(folder).use():
            check_records_match_log()
        _run_to_end(tmp_path, folder, template.share)
        assert integrity_problems(folder) == []
        assert Laptop.at(folder).dump() == expected
