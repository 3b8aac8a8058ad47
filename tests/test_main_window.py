"""The main window: homes with levels and counts, filtering, adding and editing homes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QHeaderView

from carehome_desk.process.assessment import Answer
from carehome_desk.store import cases, settings
from carehome_desk.store.db import set_setting
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import CareHome
from carehome_desk.ui.home_dialog import HomeDialog
from carehome_desk.ui.main_window import MainWindow, milliseconds_to_next_day
from carehome_desk.ui.officer_dialog import OfficerDialog
from carehome_desk.ui.table_columns import MAX_FITTED_WIDTH
from tests.conftest import TODAY


def _case(session, home, criterion, level, raised_on=TODAY):
    answers = tuple(Answer(c.id, c.id == criterion, "seen") for c in session.process_map().criteria)
    return cases.record_new_case(
        session.process_map(),
        cases.ConcernInput(home.id, raised_on, "police", "Concern"),
        cases.AssessmentInput(answers, level, TODAY),
        session.officer(),
        TODAY,
    )


@pytest.fixture
def window(qtbot, ui_context):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def three_homes(session, home):
    amber = save_home(
        HomeInput(name="Bryn Ŵyn", postcode="SA1 1AA", provider="Hafan Care Ltd"), "x"
    )
    save_home(HomeInput(name="Plas-y-Coed", postcode="LL55 1AA", provider="Hafan Care Ltd"), "x")
    _case(session, home, "red-neglect", "red")
    _case(session, amber, "amber-staffing", "amber", raised_on=date(2026, 11, 1))
    return home, amber


def _table_text(table):
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_homes_listed_with_level_text_and_colour(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    rows = {row[0]: row for row in _table_text(main.ui.homes_table)}
    assert rows["Tŷ Gwyn"][1] == "Red alert"
    assert rows["Bryn Ŵyn"][1] == "Amber alert"
    assert rows["Plas-y-Coed"][1] == "No alert"
    model = main.ui.homes_table.model()
    first = model.index(0, 1)
    assert first.data() == "Red alert"  # sorted most severe first
    assert first.data(Qt.ItemDataRole.BackgroundRole).name().upper() == "#C62828"


def test_open_and_overdue_counts(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    rows = {row[0]: row for row in _table_text(main.ui.homes_table)}
    # Red: 13 actions, 5 with an undecided condition still count as open.
    assert rows["Tŷ Gwyn"][3] == "13"
    assert rows["Tŷ Gwyn"][4] == "0"
    # Amber raised 1 Nov: the urgent visit was due the day the level was set, today.
    assert rows["Bryn Ŵyn"][3] == "6"
    assert rows["Bryn Ŵyn"][4] == "0"
    assert main.ui.status_bar.currentMessage() == "3 homes · 19 open actions · 0 overdue"


def test_filter_by_text_and_level(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    qtbot.keyClicks(main.ui.home_filter_edit, "hafan")
    assert sorted(row[0] for row in _table_text(main.ui.homes_table)) == ["Bryn Ŵyn", "Plas-y-Coed"]
    main.ui.level_filter_combo.setCurrentIndex(main.ui.level_filter_combo.findData("amber"))
    assert [row[0] for row in _table_text(main.ui.homes_table)] == ["Bryn Ŵyn"]
    main.ui.home_filter_edit.clear()
    main.ui.level_filter_combo.setCurrentIndex(main.ui.level_filter_combo.findData(""))
    assert [row[0] for row in _table_text(main.ui.homes_table)] == ["Plas-y-Coed"]


def test_sort_by_name(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.ui.homes_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in _table_text(main.ui.homes_table)] == [
        "Bryn Ŵyn",
        "Plas-y-Coed",
        "Tŷ Gwyn",
    ]


def test_header_click_sorts_and_keeps_selected_home(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    table = main.ui.homes_table
    names = [row[0] for row in _table_text(table)]
    table.selectRow(names.index("Bryn Ŵyn"))
    header = table.horizontalHeader()

    for expected in (
        ["Bryn Ŵyn", "Plas-y-Coed", "Tŷ Gwyn"],
        ["Tŷ Gwyn", "Plas-y-Coed", "Bryn Ŵyn"],
    ):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0)
        )
        assert [row[0] for row in _table_text(table)] == expected
        assert table.currentIndex().data() == "Bryn Ŵyn"
        assert main.ui.cases_table.model().index(0, 1).data() == "Bryn Ŵyn"


def _section_centre(header, section):
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, 5)


def test_columns_fit_the_longest_text(qtbot, ui_context, session, home):
    long_provider = "Cartrefi Cymunedol Gwynedd a Môn & Partneriaid <Cyf>"
    save_home(HomeInput(name="Hafan Deg", postcode="LL55 1AA", provider=long_provider), "x")
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.resize(1800, 600)
    main.show()
    table = main.ui.homes_table
    provider = 7
    width = table.fontMetrics().horizontalAdvance(long_provider)
    assert table.columnWidth(provider) > width
    assert (
        table.horizontalHeader().sectionResizeMode(provider) == QHeaderView.ResizeMode.Interactive
    )


def test_sorting_keeps_selected_home_in_view(qtbot, ui_context, session, home):
    for number in range(60):
        save_home(HomeInput(name=f"Cartref {number:02d}", postcode="SA1 1AA"), "x")
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    table = main.ui.homes_table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.selectRow(0)
    name = table.currentIndex().data()

    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

    rect = table.visualRect(table.currentIndex())
    assert table.currentIndex().data() == name
    assert table.viewport().rect().contains(rect.center())


def test_column_widths_set_by_hand_kept(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    postcode, reference = 5, 0
    main.ui.homes_table.horizontalHeader().resizeSection(postcode, 250)
    main.ui.cases_table.horizontalHeader().resizeSection(reference, 300)

    main.ui.homes_table.selectRow(1)
    main.refresh()

    assert main.ui.homes_table.columnWidth(postcode) == 250
    assert main.ui.cases_table.columnWidth(reference) == 300


def test_fitted_width_has_a_limit(qtbot, ui_context, session, home):
    provider = "Cwmni Gofal " * 15
    save_home(HomeInput(name="Hafan Deg", postcode="LL55 1AA", provider=provider.strip()), "x")
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()

    assert main.ui.homes_table.columnWidth(7) == MAX_FITTED_WIDTH


def test_selecting_home_lists_its_cases(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.ui.homes_table.selectRow(0)
    cases_rows = _table_text(main.ui.cases_table)
    assert len(cases_rows) == 1
    assert cases_rows[0][0].startswith("CHD-2026-")
    assert cases_rows[0][1] == "Tŷ Gwyn"


def _open_dialog(qtbot, trigger, kind):
    trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    return dialog


def test_add_home_through_dialog(qtbot, window):
    dialog = _open_dialog(qtbot, window.ui.action_add_home.trigger, HomeDialog)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.ui.name_edit.setText("Tŷ Hafan & <Gofal>")
    qtbot.keyClicks(dialog.ui.postcode_edit, "np20 1aa")
    dialog.ui.beds_spin.setValue(42)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    home = CareHome.get(CareHome.name == "Tŷ Hafan & <Gofal>")
    assert (home.postcode, home.beds) == ("NP20 1AA", 42)
    assert [row[0] for row in _table_text(window.ui.homes_table)] == ["Tŷ Hafan & <Gofal>"]
    assert window.selected_home_id() == home.id


def test_invalid_home_keeps_what_was_typed(qtbot, window, prompts):
    dialog = _open_dialog(qtbot, window.ui.action_add_home.trigger, HomeDialog)
    dialog.ui.name_edit.setText("Bryn Ŵyn")
    qtbot.keyClicks(dialog.ui.email_edit, "not an email")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert prompts.errors
    assert "Email not an email is not an email address" in prompts.errors[-1][1]
    assert dialog.isVisible()
    assert dialog.ui.name_edit.text() == "Bryn Ŵyn"
    assert CareHome.select().count() == 0


def test_edit_home(qtbot, window, home):
    window.refresh()
    window.ui.homes_table.selectRow(0)
    dialog = _open_dialog(qtbot, window.ui.action_edit_home.trigger, HomeDialog)
    assert dialog.ui.registered_manager_edit.text() == "Gwenllïan Jones"
    dialog.ui.registered_manager_edit.setText("Ffion Ŷr")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert CareHome.get_by_id(home.id).registered_manager == "Ffion Ŷr"


def test_first_start_asks_for_officer(qtbot, ui_context):
    set_setting("officer_name", "")
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    main.ask_officer_if_missing()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OfficerDialog))
    qtbot.addWidget(dialog)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.ui.name_edit.setText("Elin Wyn")
    dialog.ui.team_combo.setCurrentText("Safeguarding")
    save.click()
    assert settings.officer() == settings.Officer("Elin Wyn", "Safeguarding")
    assert "Elin Wyn" in main.windowTitle()


def test_keyboard_reaches_filter_and_tables(qtbot, window, home):
    window.refresh()
    window.activateWindow()
    window.ui.home_filter_edit.setFocus()
    qtbot.keyClick(window.ui.home_filter_edit, Qt.Key.Key_Tab)
    assert window.ui.level_filter_combo.hasFocus()
    qtbot.keyClick(window.ui.level_filter_combo, Qt.Key.Key_Tab)
    assert window.ui.homes_table.hasFocus()


def test_settings_saved_together(qtbot, window, session, tmp_path):
    window.ui.action_settings.trigger()
    from carehome_desk.ui.settings_dialog import SettingsDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    qtbot.addWidget(dialog)
    assert dialog.ui.name_edit.text() == "Siân Ŵyn"
    assert dialog.ui.process_map_combo.currentData() == "appendix-18:1"
    dialog.ui.council_name_edit.setText("Cyngor Bro Morgannwg")
    dialog.ui.contact_edit.setText("029 2000 1234")
    dialog.ui.shared_folder_edit.setText(str(tmp_path / "Rhannu"))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert settings.setting("council_name") == "Cyngor Bro Morgannwg"
    assert settings.setting("officer_contact") == "029 2000 1234"
    assert settings.setting("shared_folder") == str(tmp_path / "Rhannu")


def test_settings_with_blank_council_saves_nothing(qtbot, window, prompts):
    window.ui.action_settings.trigger()
    from carehome_desk.ui.settings_dialog import SettingsDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    qtbot.addWidget(dialog)
    dialog.ui.name_edit.setText("Rhys Ifans")
    dialog.ui.council_name_edit.setText("   ")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Council name is required" in prompts.errors[-1][1]
    assert settings.officer().name == "Siân Ŵyn"
    assert dialog.isVisible()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ty", ["Tŷ Gwyn"]), ("WYN", ["Bryn Ŵyn", "Tŷ Gwyn"]), ("ŵyn", ["Bryn Ŵyn", "Tŷ Gwyn"])],
)
def test_filter_ignores_accents_and_case(qtbot, ui_context, three_homes, typed, expected):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.ui.home_filter_edit.setText(typed)
    assert sorted(row[0] for row in _table_text(main.ui.homes_table)) == expected


def test_overdue_count_stands_out(qtbot, ui_context, session, home):
    _case(session, home, "blue-notified", "blue", raised_on=date(2026, 11, 20))
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    overdue = main.ui.homes_table.model().index(0, 4)
    assert overdue.data() == "2"
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).name().upper() == "#8B0000"


def test_empty_data_folder_says_how_to_start(qtbot, window):
    assert "No care homes yet" in window.ui.status_bar.currentMessage()


def test_newest_case_selected_with_home(qtbot, ui_context, three_homes):
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.ui.homes_table.selectRow(0)
    assert main.selected_case_id() is not None
    assert main.ui.action_open_case.isEnabled()


def test_cases_sorted_newest_first(qtbot, ui_context, session, home):
    raised = [date(2026, 3, 1), date(2026, 11, 20), date(2025, 6, 1), date(2026, 7, 9)]
    for day in raised:
        _case(session, home, "blue-notified", "blue", raised_on=day)
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.ui.homes_table.selectRow(0)

    proxy = main.cases_proxy
    shown = [proxy.index(row, 3).data() for row in range(proxy.rowCount())]
    assert shown == ["20 Nov 2026", "9 Jul 2026", "1 Mar 2026", "1 Jun 2025"]


def test_next_day_interval():
    assert milliseconds_to_next_day(datetime(2026, 12, 4, 23, 59, 59)) == 2_000
    assert milliseconds_to_next_day(datetime(2026, 12, 31, 0, 0, 0)) == 86_401_000


def test_refresh_reads_counts_again(qtbot, ui_context, three_homes):
    session = ui_context.session
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    main.show()
    before = main.deadline_counts_label.text()

    session.clock = lambda: TODAY + timedelta(days=60)
    main.ui.action_refresh.trigger()  # File > Refresh

    assert main.ui.action_refresh.shortcut() == QKeySequence("F5")
    assert main.deadline_counts_label.text() != before
    assert main.deadline_counts_label.text().startswith("Deadlines: ")


def test_lists_reload_when_day_changes(qtbot, ui_context, three_homes):
    session = ui_context.session
    main = MainWindow(ui_context)
    qtbot.addWidget(main)
    assert main.day_timer.isActive()
    # A coarse timer may fire up to 5 % late, so its remaining time can exceed the interval.
    assert main.day_timer.remainingTime() <= milliseconds_to_next_day(datetime.now()) * 1.05
    assert main.day_timer.remainingTime() > 0
    before = main.deadline_counts_label.text()

    session.clock = lambda: TODAY + timedelta(days=60)
    main.day_timer.start(0)  # midnight, now

    qtbot.waitUntil(lambda: main.deadline_counts_label.text() != before)
    assert main.day_timer.isActive()
