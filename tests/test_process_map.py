"""Loading the council's process map, and rejecting broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from carehome_desk.process.processmap import ProcessMapError, load_process_map, load_process_maps
from tests.conftest import MAP_FILE

REFERENCE = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "process-map-appendix-18.txt"
)


def test_real_map_has_every_level_criterion_and_action(process_map):
    assert [level.id for level in process_map.levels_by_rank()] == ["red", "amber", "blue"]
    assert len(process_map.criteria) == 11
    assert [len(process_map.criteria_for(level)) for level in ("red", "amber", "blue")] == [5, 4, 2]
    assert len(process_map.actions) == 22
    assert [len(process_map.actions_for(level)) for level in ("red", "amber", "blue")] == [10, 6, 6]


def test_real_map_actions_name_teams_and_due_rules(process_map):
    for action in process_map.actions:
        assert action.teams, action.id
        assert all(team in process_map.teams for team in action.teams), action.id
        assert action.due.rule in {
            "same_day",
            "calendar_days",
            "working_days",
            "series",
            "open_ended",
        }


def test_real_map_timescales(process_map):
    follow_up = process_map.action("amber-follow-up-visit").due
    assert (follow_up.rule, follow_up.days, follow_up.anchor) == (
        "calendar_days",
        10,
        "action:amber-urgent-visit",
    )
    monitoring = process_map.action("blue-monitoring-visit").due
    assert (monitoring.rule, monitoring.days, monitoring.anchor) == (
        "working_days",
        5,
        "concern_raised",
    )
    weekly = process_map.action("red-weekly-monitoring").due
    assert (weekly.rule, weekly.every_days, weekly.occurrences, weekly.anchor) == (
        "series",
        7,
        4,
        "council_exit",
    )
    assert process_map.action("red-resources-remain").due.rule == "open_ended"


def test_real_map_conditions(process_map):
    assert process_map.action("red-agency-staffing").condition == "if agency staffing is required"
    assert process_map.action("amber-ppm-jimp").condition == "if concerns substantiated"
    assert process_map.action("red-jimp").condition == ""


@pytest.mark.skipif(
    not REFERENCE.exists(), reason="the council's reference text is not beside the repo"
)
def test_criteria_match_council_text_word_for_word(process_map):
    reference = " ".join(REFERENCE.read_text(encoding="utf-8").split())
    for criterion in process_map.criteria:
        assert " ".join(criterion.text.split()) in reference, criterion.id


def test_map_folder_loads_by_id_and_version():
    maps = load_process_maps(MAP_FILE.parent)
    assert ("appendix-18", "1") in maps


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = MAP_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


BROKEN_MAPS = [
    ('id = "appendix-18"', 'id = ""', "id", "'id' is missing or empty"),
    (
        'rule = "same_day", anchor = "level_set"',
        'rule = "sometime"',
        "action red-jimp",
        "due rule 'sometime'",
    ),
    (
        'anchor = "concern_raised"',
        'anchor = "tea_time"',
        "action blue-monitoring-visit",
        "anchor 'tea_time'",
    ),
    (
        'teams = ["resilience"]',
        'teams = ["astronauts"]',
        "action red-resilience-team",
        "team 'astronauts'",
    ),
    (
        'level = "amber"\ntext = "Issues with',
        'level = "purple"\ntext = "Issues with',
        "criterion amber-infection-control",
        "level 'purple'",
    ),
    ("days = 10", "days = -3", "action amber-follow-up-visit", "'days' must be at least 0"),
    ('colour = "#C62828"', 'colour = "red"', "level red", "#RRGGBB"),
    ('id = "blue-jqmm"', 'id = "amber-jqmm"', "action amber-jqmm", "appears more than once"),
    ("occurrences = 4", 'occurrences = "four"', "action red-weekly-monitoring", "whole number"),
    (
        "action:amber-urgent-visit",
        "action:no-such-action",
        "action amber-follow-up-visit",
        "does not exist",
    ),
]


@pytest.mark.parametrize(("old", "new", "entry", "problem"), BROKEN_MAPS)
def test_broken_map_names_file_entry_and_problem(tmp_path, old, new, entry, problem):
    path = _broken(tmp_path, old, new)
    with pytest.raises(ProcessMapError) as raised:
        load_process_map(path)
    message = str(raised.value)
    assert str(path) in message
    assert raised.value.entry == entry
    assert problem in raised.value.problem


def test_map_missing_a_level_actions_is_rejected(tmp_path):
    text = MAP_FILE.read_text(encoding="utf-8")
    blue_actions = text.index(
        "# ----------------------------------------------------------- Blue actions"
    )
    path = tmp_path / "no-blue-actions.toml"
    path.write_text(text[:blue_actions], encoding="utf-8")
    with pytest.raises(ProcessMapError) as raised:
        load_process_map(path)
    assert raised.value.entry == "level blue"
    assert "no actions" in raised.value.problem


def test_invalid_toml_is_rejected(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\n[[levels]\n', encoding="utf-8")
    with pytest.raises(ProcessMapError, match="not valid TOML"):
        load_process_map(path)


def test_missing_file_is_rejected(tmp_path):
    with pytest.raises(ProcessMapError, match="cannot be read"):
        load_process_map(tmp_path / "absent.toml")


def test_non_utf8_file_is_rejected(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Tŷ"'.encode("utf-16"))
    with pytest.raises(ProcessMapError, match="not UTF-8"):
        load_process_map(path)
