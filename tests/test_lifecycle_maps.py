"""A second process map beside the council's: new assessments use the chosen map, and old
cases keep the criteria, teams and rules of the map they were assessed with."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import MAP_FILE, TODAY
from lifecycle_cases import action, new_case, reassess

from carehome_desk.store import lifecycle, queries, settings
from carehome_desk.store.db import close_db
from carehome_desk.store.models import AssessmentAnswer, CaseAction
from carehome_desk.store.session import Session, open_session

OTHER_MAP = "other-council:2"


def other_council_map(text: str) -> str:
    """Return the council's map as another council would write it: other ids, teams, rules."""
    replacements = {
        'id = "appendix-18"': 'id = "other-council"',
        'version = "1"': 'version = "2"',
        'contracts = "Contracts"': 'contracts = "Commissioning Team"',
        'safeguarding = "Safeguarding"': 'safeguarding = "Adult Protection"',
        "occurrences = 4": "occurrences = 6",
        "Evidence that there is insufficient staffing arrangements in place to support the "
        "individual’s needs and no plans": "Too few staff on shift and no plans",
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.fixture
def maps_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "maps"
    folder.mkdir()
    council = MAP_FILE.read_text(encoding="utf-8")
    (folder / "appendix-18.toml").write_text(council, encoding="utf-8")
    (folder / "other-council.toml").write_text(other_council_map(council), encoding="utf-8")
    return folder


@pytest.fixture
def two_maps(data_dir: Path, maps_folder: Path) -> Iterator[Session]:
    session = open_session(data_dir, maps_folder=maps_folder)
    session.clock = lambda: TODAY
    settings.save_officer("Siân Ŵyn", "Contracts")
    yield session
    close_db()


@pytest.fixture
def two_map_home(two_maps):
    from carehome_desk.store.homes import HomeInput, save_home

    return save_home(HomeInput(name="Tŷ Gwyn"), "x")


def use_map(key: str) -> None:
    settings.save_settings({"process_map": key})


def test_both_maps_loaded(two_maps):
    assert sorted(two_maps.maps) == [("appendix-18", "1"), ("other-council", "2")]
    assert two_maps.process_map().id == "appendix-18"


def test_new_case_uses_chosen_map(two_maps, two_map_home):
    old = new_case(two_maps, two_map_home, "red", date(2026, 12, 1))
    use_map(OTHER_MAP)

    new = new_case(two_maps, two_map_home, "red", date(2026, 12, 2))

    assert action(old, "red-jimp").teams == "Safeguarding; Contracts"
    assert action(new, "red-jimp").teams == "Adult Protection; Commissioning Team"
    history = queries.level_history(new.id)
    assert (history[0].map_id, history[0].map_version) == ("other-council", "2")


def test_old_case_keeps_its_criteria_text(two_maps, two_map_home):
    old = new_case(two_maps, two_map_home, "red", date(2026, 12, 1))
    use_map(OTHER_MAP)
    new = new_case(two_maps, two_map_home, "red", date(2026, 12, 2))

    texts = {
        answer.assessment.case_id: answer.criterion_text
        for answer in AssessmentAnswer.select().where(AssessmentAnswer.met)
    }
    assert texts[old.id].startswith("Evidence that there is insufficient staffing")
    assert texts[new.id].startswith("Too few staff on shift and no plans")


def test_reassessment_uses_chosen_map(two_maps, two_map_home):
    case = new_case(two_maps, two_map_home, "amber", date(2026, 12, 1))
    use_map(OTHER_MAP)

    red = reassess(two_maps, case, "red", TODAY, previous_map=two_maps.map_for("appendix-18", "1"))

    assert action(red, "amber-urgent-visit").teams == "Contracts; Case Management; Safeguarding"
    assert action(red, "red-jimp").teams == "Adult Protection; Commissioning Team"
    maps = [(a.map_id, a.chosen_level) for a in queries.level_history(case.id)]
    assert maps == [("appendix-18", "amber"), ("other-council", "red")]


def test_series_length_comes_from_map(two_maps, two_map_home):
    use_map(OTHER_MAP)
    case = new_case(two_maps, two_map_home, "red", date(2026, 12, 1))

    dated = lifecycle.record_council_exit(case.id, TODAY, two_maps.officer(), TODAY)

    assert len(dated) == 6
    assert dated[-1].due_on == date(2027, 1, 15)
    assert dated[-1].name == "Weekly monitoring visit after exit (6 of 6)"
    assert CaseAction.select().where(CaseAction.anchor == "council_exit").count() == 6


def test_case_window_shows_each_cases_own_teams(qtbot, two_maps, two_map_home, prompts):
    from carehome_desk.ui.case_window import CaseWindow
    from carehome_desk.ui.context import UiContext
    from carehome_desk.ui.tasks import TaskRunner

    old = new_case(two_maps, two_map_home, "red", date(2026, 12, 1))
    use_map(OTHER_MAP)
    context = UiContext(two_maps, prompts, TaskRunner())  # type: ignore[arg-type]

    window = CaseWindow(context, old.id)
    qtbot.addWidget(window)

    model = window.actions_model
    assert model.index(0, model.TEAMS).data() == "Safeguarding; Contracts"
    assert "insufficient staffing" in window.ui.criteria_label.text()
    assert window.records.history_model.index(0, 3).data() == "appendix-18 v1"
