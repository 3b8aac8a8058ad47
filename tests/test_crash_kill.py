"""A process killed in the middle of saving leaves a sound database with every finished save.

A child process saves care homes, cases with their actions, and action
updates in a loop, and prints a line with the record's id after each save
commits. The test kills it with SIGKILL after a random number of lines, many
times over on one data folder. After each kill, the database must pass
``PRAGMA integrity_check``, hold every reported save in full, and have no case
without its assessment and actions.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from carehome_desk.store.db import database_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only"),
]

ROUNDS = 60
TIME_BUDGET = 30.0  # seconds; the test stops killing early rather than slow the suite

CHILD = """
import sys
from datetime import date
from pathlib import Path

from carehome_desk.process.assessment import Answer
from carehome_desk.store import cases, settings
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CaseAction
from carehome_desk.store.session import open_session

TODAY = date(2026, 12, 4)
session = open_session(Path(sys.argv[1]))
settings.save_officer("Siân Ŵyn", "Contracts")
officer = session.officer()
process_map = session.process_map()
answers = tuple(Answer(c.id, c.id == "red-neglect", "Gwelwyd") for c in process_map.criteria)
run = sys.argv[2]
print("ready", flush=True)

for number in range(100_000):
    home = save_home(HomeInput(name=f"Tŷ {run}-{number}", beds=number % 90), officer.name)
    print("home", home.id.hex, flush=True)
    case = cases.record_new_case(
        process_map,
        cases.ConcernInput(home.id, TODAY, "ciw", "Pryder am ofal " * 40),
        cases.AssessmentInput(answers, "red", TODAY),
        officer,
        TODAY,
    )
    print("case", case.id.hex, flush=True)
    action = (
        CaseAction.select()
        .where((CaseAction.case == case.id) & (CaseAction.due_on.is_null(False)))
        .first()
    )
    cases.mark_done(action.id, TODAY, officer, TODAY)
    print("done", action.id.hex, flush=True)
"""


def run_and_kill(child: Path, data_dir: Path, run: int, saves: int) -> list[tuple[str, str]]:
    """Start the child, let it report ``saves`` saves, kill it; return every save it reported."""
    process = subprocess.Popen(
        [sys.executable, str(child), str(data_dir), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        first = process.stdout.readline()
        assert first == "ready\n", process.stderr.read()
        reported = [process.stdout.readline() for _ in range(saves)]
    finally:
        process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, errors
    lines = [line for line in [*reported, *rest.splitlines(keepends=True)] if line.endswith("\n")]
    return [tuple(line.split()) for line in lines]


def check_database(path: Path, reported: list[tuple[str, str]]) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for kind, record_id in reported:
            assert_saved(connection, kind, record_id)
        assert_no_half_saved_case(connection)
    finally:
        connection.close()


def assert_saved(connection: sqlite3.Connection, kind: str, record_id: str) -> None:
    if kind == "home":
        found = connection.execute("SELECT count(*) FROM care_home WHERE id = ?", (record_id,))
    elif kind == "case":
        found = connection.execute('SELECT count(*) FROM "case" WHERE id = ?', (record_id,))
    else:
        found = connection.execute(
            "SELECT count(*) FROM case_action WHERE id = ? AND status = 'done'", (record_id,)
        )
    assert found.fetchone()[0] == 1, f"{kind} {record_id} was reported saved but is missing"


def assert_no_half_saved_case(connection: sqlite3.Connection) -> None:
    """Every case has its assessment, its criteria answers and its Red actions."""
    incomplete = connection.execute(
        'SELECT c.id FROM "case" c WHERE NOT EXISTS '
        "(SELECT 1 FROM assessment a WHERE a.case_id = c.id) "
        "OR NOT EXISTS (SELECT 1 FROM case_action x WHERE x.case_id = c.id) "
        "OR NOT EXISTS (SELECT 1 FROM assessment_answer n JOIN assessment a "
        "ON n.assessment_id = a.id WHERE a.case_id = c.id)"
    ).fetchall()
    assert incomplete == []


def test_kill_during_saves_loses_nothing(tmp_path: Path) -> None:
    child = tmp_path / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    data_dir = tmp_path / "Siân Ŵyn" / "data"
    chance = random.Random()
    seed = chance.randrange(1_000_000)
    chance.seed(seed)
    reported: list[tuple[str, str]] = []
    started = time.monotonic()

    rounds = 0
    while rounds < ROUNDS and time.monotonic() - started < TIME_BUDGET:
        saves = chance.choice([0, 1, 2, 3, chance.randrange(4, 40)])
        reported += run_and_kill(child, data_dir, rounds, saves)
        check_database(database_path(data_dir), reported)
        rounds += 1

    assert rounds >= 10, f"only {rounds} kills within {TIME_BUDGET} s (seed {seed})"
    assert len(reported) >= rounds, f"seed {seed}"
