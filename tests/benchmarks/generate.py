"""Generate a council-sized data folder and the shared folder of 20 laptops, for the benchmark.

The main data folder contains 500 homes, 10,000 cases raised over ten years
(each with its first assessment and two answers), 100,000 case actions,
10,000 visits, 10,000 meetings, and 2,000 action plans with 30,000 items
(each item with one required action). One case has exactly 200 actions and
one draft plan has exactly 200 items; the benchmark opens and exports them.

Records are written with peewee ``insert_many`` in batches of
``BATCH_ROWS``, inside one transaction per table, into the database that
``carehome_desk.startup.open_data_folder`` creates, so the schema, the
defaults and the sync change log are the app's own. Change capture stays
on: each inserted row fires the capture trigger and logs one change per
column, as a record saved in the app would (see ``_insert``). That costs about
0.8 ms per case action, two minutes in all. Generating with capture off would
only move the cost: the next ``open_data_folder`` would backfill every record
into the change log, one Python call per record.

The shared folder is written by the sync package itself. Each of the 20
laptops is a small data folder of its own, opened with ``open_data_folder``,
in which care homes, cases, assessments and actions are inserted (capture on)
until its change log holds ``CHANGES_PER_LAPTOP`` changes; then
``carehome_desk.sync.exchange.sync`` publishes them to a private share, and the
laptop's folder is moved into the common share. A private share per laptop
keeps each laptop from reading the others' files while it publishes, so the
cost stays linear in the number of laptops. Each laptop's records are its own
(its own homes), so a fresh laptop can apply every file without waiting for
records from elsewhere.

Everything is drawn from ``random.Random(seed)``, record ids included, so a
seed gives the same records. Change clock times and laptop ids come from the
clock and ``uuid4`` as in the app, so those differ between runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from carehome_desk.startup import open_data_folder
from carehome_desk.store import settings
from carehome_desk.store.db import close_db, set_setting
from carehome_desk.store.models import (
    Assessment,
    AssessmentAnswer,
    CareHome,
    Case,
    CaseAction,
    Meeting,
    Visit,
    database,
)
from carehome_desk.store.plan_models import Plan, PlanItem, PlanItemAction, PlanVersion

log = logging.getLogger(__name__)

SEED = 7
HOMES = 500
CASES = 10_000
YEARS = 10
ACTIONS = 100_000
VISITS = 10_000
MEETINGS = 10_000
PLANS = 2_000
PLAN_ITEMS = 30_000
BIG_CASE_ACTIONS = 200
BIG_PLAN_ITEMS = 200
LAPTOPS = 20
CHANGES_PER_LAPTOP = 5_000
BATCH_ROWS = 1_000

MAIN_FOLDER = "main"
SHARE_FOLDER = "share"
MANIFEST = "manifest.json"

OFFICERS = (
    ("Siân Ŵyn", "Contracts"),
    ("Rhys Morgan", "Safeguarding"),
    ("Ffion Parry", "Case Management"),
    ("Gareth Lewis", "Commissioning"),
)
_FIRST = ("Tŷ", "Plas", "Bryn", "Llys", "Cartref", "Hafod", "Pen", "Glan", "Maes", "Coed")
_SECOND = (
    "Gwyn", "Ŵyn", "Celyn", "Derwen", "Afon", "Heulwen", "Rhosyn", "Eithin", "Mynydd", "Môr",
    "Dyffryn", "Onnen", "Castell", "Menai", "Tawe", "Teifi", "Hafren", "Dyfi", "Conwy", "Wysg",
)  # fmt: skip
_PROVIDERS = ("Gofal Cymru Cyf", "Cartrefi Glannau Cyf", "Awel Care Ltd", "Cwm Homes Ltd")
_POSTCODE_AREAS = ("CF", "SA", "LL", "NP", "SY", "LD")
_FINDINGS = (
    "Medication records were incomplete for three residents on the day of the visit.",
    "Care plans had not been reviewed within the required period.",
    "Staffing on the night shift was below the assessed level on several nights.",
    "Falls were not recorded in the accident book or reported to the family.",
    "The home had no current fire risk assessment.",
)


class _Ids:
    """Record ids drawn from the seeded generator, so one seed gives the same records."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def new(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def main_folder(root: Path) -> Path:
    return Path(root) / MAIN_FOLDER


def share_folder(root: Path) -> Path:
    return Path(root) / SHARE_FOLDER


def read_manifest(root: Path) -> dict[str, Any] | None:
    """Return what the generator recorded about ``root``, or None when it is missing."""
    path = Path(root) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def generate(root: Path, today: date, seed: int = SEED) -> dict[str, Any]:
    """Write the main data folder and the shared folder under ``root``; return the manifest.

    ``root`` must not contain a previous run's data: the function removes the
    two folders it writes first.
    """
    root = Path(root)
    for folder in (main_folder(root), share_folder(root)):
        shutil.rmtree(folder, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    manifest = _generate_main(main_folder(root), today, seed)
    manifest["main_seconds"] = round(time.perf_counter() - started, 1)

    started = time.perf_counter()
    manifest["shared_changes"] = _generate_share(share_folder(root), today, seed)
    manifest["share_seconds"] = round(time.perf_counter() - started, 1)

    manifest.update(seed=seed, today=today.isoformat())
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


# ---------------------------------------------------------------- the main data folder


def _generate_main(data_dir: Path, today: date, seed: int) -> dict[str, Any]:
    session = open_data_folder(data_dir)
    settings.save_officer(*OFFICERS[0])
    set_setting("council_name", "Benchmark Council (generated data)")
    process_map = session.process_map()
    rng = random.Random(seed)
    ids = _Ids(rng)

    homes = _homes(ids, rng, HOMES, "")
    _insert(CareHome, homes)
    home_ids = [home["id"] for home in homes]

    cases, assessments, answers = _cases(ids, rng, process_map, home_ids, today, CASES)
    big_case = cases[-1]
    big_case["summary"] = "Benchmark case with 200 actions"
    _insert(Case, cases)
    _insert(Assessment, assessments)
    _insert(AssessmentAnswer, answers)

    targets = _split_total(rng, ACTIONS - BIG_CASE_ACTIONS, len(cases) - 1)
    targets.append(BIG_CASE_ACTIONS)
    _insert(CaseAction, _actions(ids, rng, process_map, cases, assessments, targets, today))

    _insert(Visit, _visits(ids, rng, cases, today, VISITS))
    _insert(Meeting, _meetings(ids, rng, cases, today, MEETINGS))

    plan_cases = [*rng.sample(cases[:-1], PLANS - 1), big_case]
    plans, versions, big_version = _plans(ids, rng, plan_cases)
    _insert(Plan, plans)
    _insert(PlanVersion, versions)
    item_counts = _split_total(rng, PLAN_ITEMS - BIG_PLAN_ITEMS, PLANS - 1)
    item_counts.append(BIG_PLAN_ITEMS)
    items = list(_plan_items(ids, rng, versions, item_counts, today))
    _insert(PlanItem, items)
    _insert(PlanItemAction, _item_actions(ids, items))

    manifest = {
        "big_case_id": str(big_case["id"]),
        "big_case_reference": big_case["reference"],
        "big_plan_version_id": str(big_version["id"]),
        "counts": _counts(),
        "change_log_rows": _change_log_rows(),
    }
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db()
    return manifest


def _insert(model: type, rows: Iterable[dict[str, Any]]) -> None:
    """Insert ``rows`` in batches, in one transaction; capture triggers log every column."""
    started = time.perf_counter()
    count = 0
    with database.atomic():
        for batch in _batches(rows, BATCH_ROWS):
            model.insert_many(batch).execute()
            count += len(batch)
    log.info("%s: %s rows in %.1f s", model.__name__, count, time.perf_counter() - started)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _split_total(rng: random.Random, total: int, parts: int) -> list[int]:
    """Return ``parts`` counts of at least 1 that vary around the mean and add up to ``total``."""
    mean = total / parts
    counts = [max(1, round(rng.uniform(0.4, 1.6) * mean)) for _ in range(parts)]
    difference = total - sum(counts)
    step = 1 if difference > 0 else -1
    index = 0
    while difference:
        if counts[index % parts] + step >= 1:
            counts[index % parts] += step
            difference -= step
        index += 1
    return counts


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 30)


def _homes(ids: _Ids, rng: random.Random, count: int, suffix: str) -> list[dict[str, Any]]:
    homes = []
    for number in range(count):
        name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {number + 1}{suffix}"
        area = rng.choice(_POSTCODE_AREAS)
        homes.append(
            {
                "id": ids.new(),
                "name": name,
                "address": f"{rng.randint(1, 200)} Heol y Bont\nTref {number + 1}",
                "postcode": f"{area}{rng.randint(1, 48)} {rng.randint(1, 9)}QX",
                "ciw_number": f"SIN-000{rng.randint(10_000, 99_999)}",
                "provider": rng.choice(_PROVIDERS),
                "responsible_individual": "Dafydd Prys",
                "registered_manager": "Catrin Ellis",
                "phone": f"029 2018 0{rng.randint(100, 999)}",
                "email": f"manager{number}@home.example",
                "beds": rng.randint(12, 90),
                "created_at": datetime(2016, 1, 4, 9, 0),
                "updated_at": datetime(2016, 1, 4, 9, 0),
                "updated_by": OFFICERS[0][0],
            }
        )
    return homes


def _cases(
    ids: _Ids,
    rng: random.Random,
    process_map: Any,
    home_ids: list[uuid.UUID],
    today: date,
    count: int,
    code: str = "BNCH",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Return cases raised over ``YEARS`` years, oldest first, with first assessments."""
    levels = [level.id for level in process_map.levels_by_rank()]
    first_day = today - timedelta(days=365 * YEARS)
    days = sorted(rng.randrange(365 * YEARS) for _ in range(count))
    cases, assessments, answers = [], [], []
    for number, offset in enumerate(days, start=1):
        raised_on = first_day + timedelta(days=offset)
        level = rng.choice(levels)
        officer, team = rng.choice(OFFICERS)
        closed = (today - raised_on).days > 180 and rng.random() < 0.95
        case_id = ids.new()
        cases.append(
            {
                "id": case_id,
                "reference": f"CHD-{raised_on.year}-{code}-{number:05d}",
                "home": rng.choice(home_ids),
                "raised_on": raised_on,
                "source": rng.choice(("CIW", "family", "staff", "GP")),
                "summary": rng.choice(_FINDINGS),
                "level": level,
                "level_set_on": raised_on,
                "status": "closed" if closed else "open",
                "created_at": _moment(raised_on),
                "created_by": officer,
                "closed_on": raised_on + timedelta(days=120) if closed else None,
                "closed_by": officer if closed else "",
                "closed_reason": "Actions completed and the home improved." if closed else "",
            }
        )
        assessment_id = ids.new()
        assessments.append(
            {
                "id": assessment_id,
                "case": case_id,
                "assessed_on": raised_on,
                "recorded_at": _moment(raised_on),
                "officer": officer,
                "officer_team": team,
                "map_id": process_map.id,
                "map_version": process_map.version,
                "recommended_level": level,
                "chosen_level": level,
            }
        )
        for criterion in process_map.criteria_for(level)[:2]:
            answers.append(
                {
                    "id": ids.new(),
                    "assessment": assessment_id,
                    "criterion_id": criterion.id,
                    "criterion_text": criterion.text,
                    "level": level,
                    "met": True,
                    "evidence": "Seen at the visit.",
                }
            )
    return cases, assessments, answers


def _actions(
    ids: _Ids,
    rng: random.Random,
    process_map: Any,
    cases: list[dict[str, Any]],
    assessments: list[dict[str, Any]],
    targets: list[int],
    today: date,
) -> Iterator[dict[str, Any]]:
    """Yield ``targets[i]`` actions for case i, copied from its level's map actions."""
    for case, assessment, target in zip(cases, assessments, targets, strict=True):
        map_actions = process_map.actions_for(case["level"]) or process_map.actions
        for number in range(target):
            action = map_actions[number % len(map_actions)]
            due_on = case["raised_on"] + timedelta(days=3 + 7 * number)
            if case["status"] == "closed" or (due_on < today and rng.random() < 0.7):
                status, done_on = "done", min(due_on, today)
            else:
                status, done_on = "open", None
            yield {
                "id": ids.new(),
                "case": case["id"],
                "assessment": assessment["id"],
                "map_action_id": action.id,
                "level": action.level,
                "name": action.name,
                "text": action.text,
                "teams": "; ".join(process_map.team_names(action.teams)),
                "condition": "",
                "applies": True,
                "due_rule": action.due.rule,
                "due_days": action.due.days,
                "due_on": due_on,
                "sort_order": number * 100,
                "status": status,
                "done_on": done_on,
                "done_by": case["created_by"] if done_on else "",
                "updated_at": _moment(case["raised_on"]),
                "updated_by": case["created_by"],
                "purpose": action.purpose,
            }


def _visits(
    ids: _Ids, rng: random.Random, cases: list[dict[str, Any]], today: date, count: int
) -> Iterator[dict[str, Any]]:
    for _ in range(count):
        case = rng.choice(cases)
        visited_on = min(today, case["raised_on"] + timedelta(days=rng.randint(1, 60)))
        yield {
            "id": ids.new(),
            "case": case["id"],
            "visited_on": visited_on,
            "kind": rng.choice(("announced", "unannounced")),
            "purpose": "Check the actions of the plan.",
            "attendees": "Siân Ŵyn (Contracts)\nRhys Morgan (Safeguarding)",
            "findings": "\n".join(rng.sample(_FINDINGS, 2)),
            "recorded_at": _moment(visited_on),
            "recorded_by": case["created_by"],
        }


def _meetings(
    ids: _Ids, rng: random.Random, cases: list[dict[str, Any]], today: date, count: int
) -> Iterator[dict[str, Any]]:
    for _ in range(count):
        case = rng.choice(cases)
        held_on = min(today, case["raised_on"] + timedelta(days=rng.randint(1, 90)))
        yield {
            "id": ids.new(),
            "case": case["id"],
            "kind": rng.choice(("JIMP", "JQMM", "QAM", "PPM")),
            "held_on": held_on,
            "attendees": "Siân Ŵyn (Contracts)\nGareth Lewis (Commissioning)",
            "agencies": "Care Inspectorate Wales\nHealth Board",
            "outcome": "The home agreed an action plan.",
            "decisions": "Visit again within 28 days.",
            "recorded_at": _moment(held_on),
            "recorded_by": case["created_by"],
        }


def _plans(
    ids: _Ids, rng: random.Random, cases: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Return one draft plan with one version for each case; the last is the big plan's."""
    plans, versions = [], []
    for number, case in enumerate(cases, start=1):
        plan_type = rng.choice(("DAP", "CAP"))
        plan_id = ids.new()
        created = _moment(case["raised_on"] + timedelta(days=7))
        plans.append(
            {
                "id": plan_id,
                "case": case["id"],
                "plan_type": plan_type,
                "reference": f"{plan_type}-{case['raised_on'].year}-BNCH-{number:04d}",
                "status": "draft",
                "created_at": created,
                "created_by": case["created_by"],
                "updated_at": created,
                "updated_by": case["created_by"],
            }
        )
        versions.append(
            {
                "id": ids.new(),
                "plan": plan_id,
                "number": 1,
                "status": "draft",
                "follows": "The unannounced visit",
                "agencies": "Care Inspectorate Wales",
                "trigger": case["summary"],
                "respond_by": case["raised_on"] + timedelta(days=28),
                "escalation": "Further missed actions would raise the level.",
                "created_at": created,
                "updated_at": created,
                "updated_by": case["created_by"],
                "_case": case,
            }
        )
    for version in versions:
        version.pop("_case")
    return plans, versions, versions[-1]


def _plan_items(
    ids: _Ids,
    rng: random.Random,
    versions: list[dict[str, Any]],
    counts: list[int],
    today: date,
) -> Iterator[dict[str, Any]]:
    for version, count in zip(versions, counts, strict=True):
        for number in range(1, count + 1):
            yield {
                "id": ids.new(),
                "version": version["id"],
                "number": number,
                "finding": rng.choice(_FINDINGS),
                "evidence": "Records seen at the visit.",
                "area": "Medication",
                "priority": rng.choice(("high", "medium", "low")),
                "responsible_person": "Catrin Ellis",
                "target_date": today + timedelta(days=rng.randint(7, 90)),
                "completion_evidence": "Audit of the records.",
                "council_support": "Pharmacy advice visit.",
            }


def _item_actions(ids: _Ids, items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield {
            "id": ids.new(),
            "item": item["id"],
            "number": 1,
            "text": "Audit the medication records weekly.",
        }


def _counts() -> dict[str, int]:
    models = (
        CareHome, Case, Assessment, AssessmentAnswer, CaseAction, Visit, Meeting,
        Plan, PlanVersion, PlanItem, PlanItemAction,
    )  # fmt: skip
    return {model._meta.table_name: model.select().count() for model in models}


def _change_log_rows() -> int:
    return int(database.execute_sql("SELECT count(*) FROM sync_change").fetchone()[0])


# ---------------------------------------------------------------- the shared folder


def _generate_share(share: Path, today: date, seed: int) -> int:
    """Write the change files of ``LAPTOPS`` laptops into ``share``; return the change count."""
    from carehome_desk.sync.exchange import sync

    share.mkdir(parents=True)
    total = 0
    with tempfile.TemporaryDirectory(prefix="carehome-bench-laptops-") as scratch:
        for number in range(1, LAPTOPS + 1):
            laptop_dir = Path(scratch) / f"laptop-{number:02d}"
            private_share = Path(scratch) / f"share-{number:02d}"
            private_share.mkdir()

            session = open_data_folder(laptop_dir)
            officer = OFFICERS[number % len(OFFICERS)]
            settings.save_officer(*officer)
            set_setting("laptop_name", f"Laptop {number:02d}")
            rng = random.Random(seed * 1000 + number)
            _fill_laptop(_Ids(rng), rng, session.process_map(), today, number)
            report = sync(private_share)
            total += report.sent_changes
            close_db()

            for folder in private_share.iterdir():
                shutil.move(str(folder), share / folder.name)
    return total


def _fill_laptop(ids: _Ids, rng: random.Random, process_map: Any, today: date, number: int) -> None:
    """Insert one laptop's homes, cases and actions until its log contains CHANGES_PER_LAPTOP."""
    homes = _homes(ids, rng, 5, f" (laptop {number})")
    _insert(CareHome, homes)
    code = f"L{number:03d}"
    per_action = len(CaseAction._meta.columns) - 1
    while True:
        logged = _change_log_rows()
        cases, assessments, answers = _cases(
            ids, rng, process_map, [home["id"] for home in homes], today, 1, code
        )
        cases[0]["reference"] = f"CHD-{today.year}-{code}-{logged:05d}"
        _insert(Case, cases)
        _insert(Assessment, assessments)
        _insert(AssessmentAnswer, answers)
        actions_left = (CHANGES_PER_LAPTOP - _change_log_rows()) // per_action
        actions = _actions(ids, rng, process_map, cases, assessments, [min(8, actions_left)], today)
        _insert(CaseAction, actions)
        if actions_left <= 8:
            _top_up(CHANGES_PER_LAPTOP - _change_log_rows(), cases[0]["id"])
            return


def _top_up(missing: int, case_id: uuid.UUID) -> None:
    """Log ``missing`` more changes by editing one field of the case that many times."""
    with database.atomic():
        for step in range(missing):
            Case.update(summary=f"Summary edited {step + 1} times").where(
                Case.id == case_id
            ).execute()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder to write the data to")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the random records")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(relativeCreated)8.0f ms %(message)s")
    manifest = generate(args.data, date.today(), args.seed)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
