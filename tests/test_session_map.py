"""The session keeps the chosen process map between saves of the settings, and no longer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import MAP_FILE, TODAY
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.process.assessment import Answer
from carehome_desk.startup import open_data_folder
from carehome_desk.store import settings
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.db import close_db
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import Case
from carehome_desk.store.session import Session
from carehome_desk.ui.case_window import CaseWindow
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.deadlines_model import DeadlinesModel
from carehome_desk.ui.deadlines_window import DeadlinesWindow
from carehome_desk.ui.main_models import HomesModel
from carehome_desk.ui.main_window import MainWindow
from carehome_desk.ui.settings_dialog import SettingsDialog
from carehome_desk.ui.tasks import TaskRunner
from carehome_desk.ui.wizard import ConcernWizard

WELSH_MAP = "cyngor-cymraeg:1"


def welsh_names_map(text: str) -> str:
    """Return the council's map with another id and Welsh level names."""
    replacements = {
        'id = "appendix-18"': 'id = "cyngor-cymraeg"',
        'name = "Red"': 'name = "Coch"',
        'name = "Amber"': 'name = "Ambr"',
        'name = "Blue"': 'name = "Glas"',
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.fixture
def two_maps(data_dir: Path, tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "maps"
    folder.mkdir()
    council = MAP_FILE.read_text(encoding="utf-8")
    (folder / "appendix-18.toml").write_text(council, encoding="utf-8")
    (folder / "cyngor-cymraeg.toml").write_text(welsh_names_map(council), encoding="utf-8")
    session = open_data_folder(data_dir, maps_folder=folder)
    session.clock = lambda: TODAY
    settings.save_officer("Siân Ŵyn", "Contracts")
    yield session
    close_db()


@pytest.fixture
def context(qtbot, two_maps, prompts) -> Iterator[UiContext]:
    tasks = TaskRunner()
    yield UiContext(two_maps, prompts, tasks)  # type: ignore[arg-type]
    tasks.wait()


def red_case(session: Session) -> Case:
    home = save_home(HomeInput(name="Tŷ Gwyn"), "Siân Ŵyn")
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, date(2026, 12, 1), "ambulance", "Resident found on the floor."),
        AssessmentInput(
            (Answer("red-staffing", True, "Two carers on nights for 28 residents."),),
            "red",
            TODAY,
        ),
        session.officer(),
        TODAY,
    )


def choose_map_in_settings(qtbot, window: MainWindow, key: str) -> None:
    """Open Settings from the main window, choose the map ``key`` and save."""
    window.ui.action_settings.trigger()
    dialog = window.findChild(SettingsDialog)
    combo = dialog.ui.process_map_combo
    combo.setCurrentIndex(combo.findData(key))
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def test_settings_dialog_changes_levels_shown(qtbot, context):
    session = context.session
    red_case(session)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    level_cell = window.homes_model.index(0, HomesModel.level_column)
    assert level_cell.data() == "Red alert"

    choose_map_in_settings(qtbot, window, WELSH_MAP)

    assert settings.setting("process_map") == WELSH_MAP
    assert session.process_map().id == "cyngor-cymraeg"
    assert session.level("red").name == "Coch"
    assert level_cell.data() == "Coch alert"


@pytest.mark.qt_log_ignore("does not support")  # raise() and size hints, offscreen
def test_level_filters_follow_new_map(qtbot, context):
    red_case(context.session)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_deadlines()
    main_combo = window.ui.level_filter_combo
    main_combo.setCurrentIndex(main_combo.findData("red"))
    deadlines_combo = window.deadlines_window.ui.level_combo
    deadlines_combo.setCurrentIndex(deadlines_combo.findData("red"))

    choose_map_in_settings(qtbot, window, WELSH_MAP)

    for combo in (main_combo, deadlines_combo):
        names = [combo.itemText(index) for index in range(combo.count())]
        assert names[1:] == ["Coch alert", "Ambr alert", "Glas alert", "No alert"]
        assert combo.currentText() == "Coch alert"
    assert window.homes_proxy.rowCount() == 1
    level_width = window.ui.homes_table.columnWidth(HomesModel.level_column)
    assert level_width >= window.ui.homes_table.fontMetrics().horizontalAdvance("Coch alert")


def test_reassessment_offers_newly_chosen_levels(qtbot, context):
    case = red_case(context.session)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    case_window = CaseWindow(context, case.id)
    qtbot.addWidget(case_window)
    case_window.show()

    choose_map_in_settings(qtbot, window, WELSH_MAP)
    case_window.ui.reassess_button.click()

    wizard = case_window.findChild(ConcernWizard)
    combo = wizard.ui.level_combo
    levels = [combo.itemText(index) for index in range(combo.count())]
    assert levels == ["Coch alert", "Ambr alert", "Glas alert", "No escalation"]


def test_chosen_map_read_once_between_saves(two_maps, monkeypatch):
    reads = []
    read_key = settings.process_map_key
    monkeypatch.setattr(settings, "process_map_key", lambda: reads.append(1) or read_key())

    for _ in range(100):
        two_maps.level("red")
    assert len(reads) == 1

    settings.save_settings({"council_name": "Cyngor Gwynedd"})
    assert two_maps.process_map().id == "appendix-18"
    assert len(reads) == 2

    settings.save_settings({"process_map": WELSH_MAP})
    assert two_maps.level("amber").name == "Ambr"
    assert len(reads) == 3


def test_new_session_reads_saved_map(two_maps, data_dir):
    settings.save_settings({"process_map": WELSH_MAP})
    reopened = Session(data_dir, two_maps.maps)

    assert reopened.process_map().id == "cyngor-cymraeg"


def test_deadlines_level_column_fits_long_name(qtbot, data_dir, tmp_path, prompts):
    folder = tmp_path / "long-maps"
    folder.mkdir()
    council = MAP_FILE.read_text(encoding="utf-8")
    long_name = "Monitro agos – Watcl, gyda chynllun gweithredu"
    (folder / "appendix-18.toml").write_text(
        council.replace('name = "Amber"', f'name = "{long_name}"', 1), encoding="utf-8"
    )
    session = open_data_folder(data_dir, maps_folder=folder)
    tasks = TaskRunner()
    try:
        view = DeadlinesWindow(UiContext(session, prompts, tasks))  # type: ignore[arg-type]
        qtbot.addWidget(view)
        table = view.ui.deadlines_table
        needed = table.fontMetrics().horizontalAdvance(f"{long_name} alert")
        assert table.columnWidth(DeadlinesModel.LEVEL) > needed
    finally:
        tasks.wait()
        close_db()
