"""Property: laptops that edit, delete and sync in any order end with the same data.

Two to five simulated laptops, clocks off by up to a day either way, start
from two shared care homes, one with an Amber case, then make random edits,
deletes, visits and syncs. After everyone syncs twice round, all databases
hold the same rows, every visit recorded anywhere is present, every laptop
lists the same conflicts, and once one officer resolves them all, everyone
agrees again with no conflicts left.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carehome_desk.process.assessment import Answer
from carehome_desk.store import cases
from carehome_desk.store import settings as desk_settings
from carehome_desk.store.homes import HomeInput, home_input, save_home
from carehome_desk.store.models import CareHome, CaseAction, Visit
from carehome_desk.sync import queries
from tests.sync_support import DAY_MS, Laptop, check_records_match_log

TODAY = date(2026, 12, 4)
FIELDS = ("name", "phone", "postcode", "provider")
VALUES = {
    "name": ("Tŷ Gwyn", "Bryn Ŵyn", "Plas-y-Coed"),
    "phone": ("029 2018 0114", "01632 960211", ""),
    "postcode": ("CF10 4UW", "SA1 1AA", ""),
    "provider": ("Gofal Da Cyf", "Hafan Care Ltd", ""),
}
ACTION_KINDS = ("done", "not_applicable", "applies", "does_not_apply")

laptop_index = st.integers(0, 4)
# An operation a laptop makes offline; the laptop is given by its place in the round.
local_operation = st.one_of(
    st.tuples(
        st.just("edit_home"),
        st.sampled_from((0, 1, 1, 2)),  # mostly the shared homes, so edits meet
        st.sampled_from(FIELDS),
        st.integers(0, 2),
    ),
    st.tuples(st.just("add_home")),
    st.tuples(st.just("delete_home"), st.sampled_from((1, 1, 2))),
    st.tuples(st.just("action"), st.integers(0, 5), st.sampled_from(ACTION_KINDS)),
    st.tuples(st.just("visit")),
)
# A round: every laptop works offline, so their edits are concurrent, then some of
# them sync, in the order given.
work_round = st.tuples(
    st.lists(st.lists(local_operation, min_size=1, max_size=3), min_size=5, max_size=5),
    st.permutations(range(5)),
    st.integers(0, 5),
)


@dataclass
class World:
    laptops: list[Laptop]
    homes: list = field(default_factory=list)  # ids, the two shared homes first
    visits: list = field(default_factory=list)
    case_id: object = None


def _seed(world: World, process_map) -> None:
    first = world.laptops[0]
    with first.use():
        home = save_home(HomeInput(name="Tŷ Gwyn"), "Officer 0")
        answers = tuple(
            Answer(c.id, c.id == "amber-staffing", "seen") for c in process_map.criteria
        )
        case = cases.record_new_case(
            process_map,
            cases.ConcernInput(home.id, date(2026, 11, 30), "police", "Staffing"),
            cases.AssessmentInput(answers, "amber", TODAY),
            desk_settings.officer(),
            TODAY,
        )
        spare = save_home(HomeInput(name="Bryn Ŵyn"), "Officer 0")  # has no case: deletable
    world.homes += [home.id, spare.id]
    world.case_id = case.id
    for laptop in world.laptops:
        laptop.sync()


def _run(world: World, index: int, op: tuple) -> None:
    """Make one offline change on laptop ``index``, whose database is open."""
    kind = op[0]
    officer = desk_settings.officer()
    if kind == "edit_home":
        # Laptops tend to pick different values, so concurrent edits often clash.
        value = VALUES[op[2]][(op[3] + index) % 3]
        _edit_home(world, op[1], op[2], value, officer.name)
    elif kind == "add_home":
        home = save_home(HomeInput(name=f"Home {len(world.homes)}"), officer.name)
        world.homes.append(home.id)
    elif kind == "delete_home":
        _delete_home(world, op[1])
    elif kind == "action":
        _act(world, op[1], op[2], officer)
    elif kind == "visit":
        visit = Visit.create(
            case=world.case_id,
            visited_on=TODAY,
            kind="unannounced",
            findings=f"Visit by {officer.name}",
            recorded_by=officer.name,
        )
        world.visits.append(visit.id)


def _edit_home(world: World, index: int, column: str, value: str, officer: str) -> None:
    if index >= len(world.homes):
        return
    record = CareHome.get_or_none(CareHome.id == world.homes[index])
    if record is None:
        return
    values = home_input(record).__dict__ | {column: value}
    save_home(HomeInput(**values), officer, home_id=record.id)


def _delete_home(world: World, index: int) -> None:
    # Home 0 has the case; the others have none, so they may be deleted.
    if index >= len(world.homes):
        return
    record = CareHome.get_or_none(CareHome.id == world.homes[index])
    if record is not None:
        record.delete_instance()


def _act(world: World, index: int, kind: str, officer) -> None:
    actions = list(
        CaseAction.select().where(CaseAction.case == world.case_id).order_by(CaseAction.sort_order)
    )
    if not actions:
        return
    action = actions[index % len(actions)]
    if kind == "done":
        cases.mark_done(action.id, date(2026, 12, 1), officer, TODAY)
    elif kind == "not_applicable":
        cases.mark_not_applicable(action.id, f"Decided by {officer.name}", officer)
    else:
        cases.set_condition(action.id, kind == "applies", officer)


def _everyone_syncs(world: World) -> None:
    for _round in range(2):
        for laptop in world.laptops:
            report = laptop.sync()
            assert report.succeeded, report.skipped


def _check_agreement(world: World) -> list:
    dumps = [laptop.dump() for laptop in world.laptops]
    conflicts = [laptop.conflicts() for laptop in world.laptops]
    for number, dump in enumerate(dumps[1:], start=1):
        assert dump == dumps[0], f"laptop {number} differs from laptop 0"
        assert conflicts[number] == conflicts[0], f"laptop {number} lists other conflicts"
    visit_ids = {row[0] for row in dumps[0]["visit"]}
    assert {visit.hex for visit in world.visits} <= visit_ids
    for laptop in world.laptops:
        with laptop.use():
            check_records_match_log()
    return conflicts[0]


def _resolve_everything(laptop: Laptop) -> None:
    with laptop.use():
        for conflict in queries.list_conflicts():
            current = [c for c in queries.list_conflicts() if c.record == conflict.record]
            for item in current:
                if item.column != conflict.column:
                    continue
                if item.is_delete:
                    queries.keep_record(item)
                else:
                    queries.resolve_with_value(item, item.versions[-1].value)


@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    count=st.integers(2, 5),
    offsets=st.lists(st.integers(-DAY_MS, DAY_MS), min_size=5, max_size=5),
    rounds=st.lists(work_round, min_size=1, max_size=4),
    resolver=laptop_index,
)
def test_laptops_converge(process_map, count, offsets, rounds, resolver):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        world = World([Laptop(root, str(n), offsets[n]) for n in range(count)])
        _seed(world, process_map)
        for work, order, syncs in rounds:
            for index in range(count):
                with world.laptops[index].use():
                    for op in work[index]:
                        _run(world, index, op)
            for index in order[:syncs]:
                if index < count:
                    world.laptops[index].sync()

        _everyone_syncs(world)
        _check_agreement(world)

        _resolve_everything(world.laptops[resolver % count])
        _everyone_syncs(world)
        assert _check_agreement(world) == []
