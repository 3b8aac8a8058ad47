"""The "New concern" wizard, driven as an officer would: clicks, key presses and typing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QWizard,
)

from carehome_desk.process.calendar import add_working_days, is_bank_holiday, is_working_day
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.models import Assessment, AssessmentAnswer, CareHome, Case, CaseAction
from carehome_desk.ui.home_dialog import HomeDialog
from carehome_desk.ui.main_models import HomesModel
from carehome_desk.ui.wizard import ConcernWizard

TODAY = date(2026, 12, 4)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture
def open_wizard(qtbot, ui_context):
    """Return a function that opens the wizard, optionally on a preselected home."""

    def opener(home_id=None) -> ConcernWizard:
        wizard = ConcernWizard(ui_context, None, home_id=home_id)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return opener


@pytest.fixture
def wizard(open_wizard, home) -> ConcernWizard:
    return open_wizard(home.id)


def click(qtbot, wizard: ConcernWizard, wizard_button: QWizard.WizardButton) -> None:
    button = wizard.button(wizard_button)
    assert button.isVisible(), f"{button.text()} is not shown"
    assert button.isEnabled(), f"{button.text()} is disabled on {wizard.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_details(qtbot, wizard: ConcernWizard, source: str = "police") -> None:
    combo = wizard.ui.source_combo
    combo.setCurrentIndex(combo.findData(source))
    qtbot.keyClicks(wizard.ui.summary_edit, "Night staff down to two carers for 30 residents.")


def tick(qtbot, wizard: ConcernWizard, criterion_id: str, evidence: str) -> None:
    name = criterion_id.replace("-", "_")
    check = wizard.findChild(QCheckBox, f"{name}_check")
    assert check.isVisible(), f"{criterion_id} is not on the current page"
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    qtbot.keyClicks(wizard.findChild(QPlainTextEdit, f"{name}_evidence_edit"), evidence)


def walk_to_criteria(qtbot, wizard: ConcernWizard) -> None:
    click(qtbot, wizard, NEXT)
    fill_details(qtbot, wizard)
    click(qtbot, wizard, NEXT)


def walk_to_level(qtbot, wizard: ConcernWizard, level_id: str) -> None:
    """Move on through the criteria pages until the page of ``level_id``."""
    while wizard.currentPage().objectName() != f"{level_id}_criteria_page":
        click(qtbot, wizard, NEXT)


def walk_to_result(qtbot, wizard: ConcernWizard) -> None:
    while wizard.currentPage() is not wizard.ui.result_page:
        click(qtbot, wizard, NEXT)


def finish(qtbot, wizard: ConcernWizard) -> Case:
    with qtbot.waitSignal(wizard.case_recorded) as recorded:
        click(qtbot, wizard, FINISH)
    assert not wizard.isVisible()
    case = Case.get()
    assert recorded.args == [case.id]
    return case


def actions_of(case: Case) -> list[CaseAction]:
    return list(CaseAction.select().where(CaseAction.case == case).order_by(CaseAction.sort_order))


# --------------------------------------------------------------- recorded cases


def test_red_case_recorded(qtbot, wizard, home, process_map):
    walk_to_criteria(qtbot, wizard)
    tick(qtbot, wizard, "red-staffing", "Two carers on nights for 30 residents.")
    walk_to_result(qtbot, wizard)
    case = finish(qtbot, wizard)

    assert Case.select().count() == 1
    assert case.level == "red"
    assert case.home_id == home.id
    assert case.source == "police"
    assert case.raised_on == TODAY
    assert case.level_set_on == TODAY
    assert case.created_by == "Siân Ŵyn"

    assessment = Assessment.get(Assessment.case == case)
    assert assessment.recommended_level == "red"
    assert assessment.chosen_level == "red"
    assert assessment.officer == "Siân Ŵyn"
    assert assessment.map_id == "appendix-18"
    assert assessment.map_version == "1"
    assert assessment.assessed_on == TODAY
    assert assessment.override_reason == ""

    answers = {a.criterion_id: a for a in assessment.answers}
    assert set(answers) == {c.id for c in process_map.criteria}
    assert len(answers) == 11
    assert answers["red-staffing"].met
    assert answers["red-staffing"].evidence == "Two carers on nights for 30 residents."
    assert [a for a in answers.values() if a.met] == [answers["red-staffing"]]

    actions = actions_of(case)
    assert {a.map_action_id for a in actions} == {a.id for a in process_map.actions_for("red")}
    assert len({a.map_action_id for a in actions}) == 10
    assert len(actions) == 13
    same_day = [a for a in actions if a.due_rule == "same_day"]
    assert len(same_day) == 8
    assert all(a.due_on == TODAY for a in same_day)
    weekly = [a for a in actions if a.map_action_id == "red-weekly-monitoring"]
    assert [a.occurrence for a in weekly] == [1, 2, 3, 4]
    assert all(a.due_on is None for a in weekly)


def test_amber_case_recorded(qtbot, wizard, process_map):
    walk_to_criteria(qtbot, wizard)
    walk_to_level(qtbot, wizard, "amber")
    tick(qtbot, wizard, "amber-infection-control", "No PPE stock on the first floor.")
    walk_to_result(qtbot, wizard)
    case = finish(qtbot, wizard)

    assert case.level == "amber"
    assessment = Assessment.get(Assessment.case == case)
    assert assessment.recommended_level == "amber"
    assert assessment.chosen_level == "amber"
    assert AssessmentAnswer.select().where(AssessmentAnswer.assessment == assessment).count() == 11

    actions = {a.map_action_id: a for a in actions_of(case)}
    assert set(actions) == {a.id for a in process_map.actions_for("amber")}
    assert actions["amber-urgent-visit"].due_on == TODAY
    follow_up = actions["amber-follow-up-visit"]
    assert follow_up.due_on is None
    assert "Urgent care home visit" in follow_up.due_note


def test_blue_case_recorded(qtbot, wizard, process_map):
    walk_to_criteria(qtbot, wizard)
    walk_to_level(qtbot, wizard, "blue")
    tick(qtbot, wizard, "blue-notified", "Ambulance crew reported the home on 3 December.")
    walk_to_result(qtbot, wizard)
    case = finish(qtbot, wizard)

    assert case.level == "blue"
    actions = {a.map_action_id: a for a in actions_of(case)}
    assert set(actions) == {a.id for a in process_map.actions_for("blue")}
    # Raised on Friday 4 December 2026: five working days later is Friday 11 December.
    assert actions["blue-monitoring-visit"].due_on == date(2026, 12, 11)
    assert actions["blue-individual-review"].due_on == date(2026, 12, 11)


def test_blue_due_date_skips_christmas(qtbot, session, open_wizard, home):
    session.clock = lambda: date(2026, 12, 30)
    wizard = open_wizard(home.id)
    click(qtbot, wizard, NEXT)
    wizard.ui.raised_on_edit.setDate(QDate(2026, 12, 23))
    fill_details(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    walk_to_level(qtbot, wizard, "blue")
    tick(qtbot, wizard, "blue-notified", "CIW inspection letter received.")
    walk_to_result(qtbot, wizard)
    case = finish(qtbot, wizard)

    # Christmas Day (Fri), Boxing Day's substitute (Mon 28th) and New Year's Day (Fri).
    for holiday in (date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)):
        assert is_bank_holiday(holiday)
        assert not is_working_day(holiday)
    expected = add_working_days(date(2026, 12, 23), 5)
    assert expected == date(2027, 1, 4)

    assert case.raised_on == date(2026, 12, 23)
    visit = CaseAction.get(
        (CaseAction.case == case) & (CaseAction.map_action_id == "blue-monitoring-visit")
    )
    assert visit.due_on == expected


# ------------------------------------------------------------- page completeness


def test_details_page_needs_summary(qtbot, wizard):
    click(qtbot, wizard, NEXT)
    next_button = wizard.button(NEXT)
    assert wizard.currentPage() is wizard.ui.details_page
    assert wizard.ui.source_combo.currentIndex() == -1
    assert wizard.ui.raised_on_edit.date().toPython() == TODAY
    assert wizard.ui.raised_on_edit.maximumDate().toPython() == TODAY
    assert not next_button.isEnabled()

    combo = wizard.ui.source_combo
    combo.setCurrentIndex(combo.findData("ciw"))
    assert not next_button.isEnabled()

    qtbot.keyClicks(wizard.ui.summary_edit, "   ")
    assert not next_button.isEnabled()

    qtbot.keyClicks(wizard.ui.summary_edit, "Whistleblower call")
    assert next_button.isEnabled()


def test_criteria_page_needs_evidence(qtbot, wizard):
    walk_to_criteria(qtbot, wizard)
    next_button = wizard.button(NEXT)
    check = wizard.findChild(QCheckBox, "red_neglect_check")
    evidence = wizard.findChild(QPlainTextEdit, "red_neglect_evidence_edit")
    hint = wizard.findChild(QLabel, "red_missing_evidence_label")
    assert next_button.isEnabled()
    assert not evidence.isEnabled()
    assert not hint.isVisible()

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert evidence.isEnabled()
    assert not next_button.isEnabled()
    assert hint.isVisible()

    qtbot.keyClicks(evidence, "Resident in room 4 has grade 3 pressure sores.")
    assert next_button.isEnabled()
    assert not hint.isVisible()


def test_criterion_text_click_ticks(qtbot, wizard):
    walk_to_criteria(qtbot, wizard)
    check = wizard.findChild(QCheckBox, "red_management_check")
    text_label = check.parentWidget().text_label
    assert text_label.wordWrap()
    assert text_label.buddy() is check

    qtbot.mouseClick(text_label, Qt.MouseButton.LeftButton)
    assert check.isChecked()


def test_home_page_needs_selection(qtbot, open_wizard, home):
    wizard = open_wizard()
    next_button = wizard.button(NEXT)
    assert not next_button.isEnabled()

    qtbot.keyClicks(wizard.ui.home_filter_edit, "CF10")
    assert wizard.ui.home_page.selected_home_id() == home.id
    assert next_button.isEnabled()

    wizard.ui.home_filter_edit.clear()
    qtbot.keyClicks(wizard.ui.home_filter_edit, "no such home")
    assert wizard.ui.home_page.selected_home_id() is None
    assert not next_button.isEnabled()


def test_home_preselected(qtbot, wizard, home):
    assert wizard.ui.home_page.selected_home_id() == home.id
    assert "Tŷ Gwyn" in wizard.ui.home_choice_label.text()
    assert wizard.button(NEXT).isEnabled()


# ------------------------------------------------------------------ result page


def test_override_needs_reason(qtbot, wizard):
    walk_to_criteria(qtbot, wizard)
    tick(qtbot, wizard, "red-environment", "No heating since Tuesday.")
    walk_to_result(qtbot, wizard)
    assert wizard.ui.recommendation_badge_label.text() == "Red alert"
    assert wizard.ui.level_combo.currentData() == "red"
    assert wizard.button(FINISH).isEnabled()
    assert not wizard.ui.reason_edit.isEnabled()

    combo = wizard.ui.level_combo
    combo.setCurrentIndex(combo.findData("amber"))
    assert wizard.ui.reason_edit.isEnabled()
    assert wizard.ui.reason_hint_label.isVisible()
    assert not wizard.button(FINISH).isEnabled()
    assert "6 required actions" in wizard.ui.outcome_label.text()

    qtbot.keyClicks(
        wizard.ui.reason_edit, "Heating engineer on site; residents moved to warm lounge."
    )
    assert wizard.button(FINISH).isEnabled()
    case = finish(qtbot, wizard)

    assert case.level == "amber"
    assessment = Assessment.get(Assessment.case == case)
    assert assessment.recommended_level == "red"
    assert assessment.chosen_level == "amber"
    assert assessment.override_reason == "Heating engineer on site; residents moved to warm lounge."
    assert {a.level for a in actions_of(case)} == {"amber"}


def test_no_criteria_no_escalation(qtbot, wizard):
    walk_to_criteria(qtbot, wizard)
    walk_to_level(qtbot, wizard, "blue")
    qtbot.keyClicks(wizard.findChild(QPlainTextEdit, "other_concern_edit"), "Parking complaints.")
    walk_to_result(qtbot, wizard)
    assert wizard.ui.recommendation_badge_label.text() == "No escalation needed"
    assert wizard.ui.level_combo.currentData() == ""
    assert "no actions" in wizard.ui.outcome_label.text()

    case = finish(qtbot, wizard)

    assert case.level == ""
    assert case.level_set_on is None
    assert actions_of(case) == []
    assessment = Assessment.get(Assessment.case == case)
    assert assessment.recommended_level == ""
    assert assessment.chosen_level == ""
    assert assessment.other_concern == "Parking complaints."
    assert assessment.answers.count() == 11


def test_result_follows_changed_criteria(qtbot, wizard):
    walk_to_criteria(qtbot, wizard)
    walk_to_level(qtbot, wizard, "blue")
    tick(qtbot, wizard, "blue-notified", "HSE letter about a fall.")
    walk_to_result(qtbot, wizard)
    assert wizard.ui.level_combo.currentData() == "blue"

    while wizard.currentPage().objectName() != "red_criteria_page":
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
    tick(qtbot, wizard, "red-management", "Manager resigned; no deputy in post.")
    walk_to_result(qtbot, wizard)

    assert wizard.ui.recommendation_badge_label.text() == "Red alert"
    assert wizard.ui.level_combo.currentData() == "red"
    assert "Evidence of lack of management" in wizard.ui.reasons_label.text()


def test_assessment_date_bounds(qtbot, session, open_wizard, home):
    session.clock = lambda: date(2026, 12, 10)
    wizard = open_wizard(home.id)
    click(qtbot, wizard, NEXT)
    wizard.ui.raised_on_edit.setDate(QDate(2026, 12, 7))
    fill_details(qtbot, wizard)
    click(qtbot, wizard, NEXT)
    walk_to_result(qtbot, wizard)

    edit = wizard.ui.assessed_on_edit
    assert edit.date().toPython() == date(2026, 12, 10)
    assert edit.minimumDate().toPython() == date(2026, 12, 7)
    assert edit.maximumDate().toPython() == date(2026, 12, 10)

    edit.setDate(QDate(2026, 12, 8))
    case = finish(qtbot, wizard)
    assert Assessment.get(Assessment.case == case).assessed_on == date(2026, 12, 8)


# ------------------------------------------------------------- finish and cancel


def test_store_error_keeps_wizard_open(qtbot, wizard, home, prompts):
    walk_to_criteria(qtbot, wizard)
    walk_to_result(qtbot, wizard)
    CareHome.delete_by_id(home.id)

    click(qtbot, wizard, FINISH)

    assert prompts.errors == [("Case not recorded", "The chosen care home no longer exists.")]
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.ui.result_page
    assert (
        wizard.ui.summary_edit.toPlainText() == "Night staff down to two carers for 30 residents."
    )
    assert Case.select().count() == 0


def test_cancel_records_nothing(qtbot, wizard, prompts):
    walk_to_criteria(qtbot, wizard)
    tick(qtbot, wizard, "red-staffing", "Rota shows gaps.")

    click(qtbot, wizard, CANCEL)

    assert len(prompts.confirms) == 1
    assert not wizard.isVisible()
    assert Case.select().count() == 0
    assert Assessment.select().count() == 0
    assert CaseAction.select().count() == 0


def test_cancel_kept_when_not_confirmed(qtbot, wizard, prompts):
    prompts.confirm_answer = False
    walk_to_criteria(qtbot, wizard)

    click(qtbot, wizard, CANCEL)

    assert len(prompts.confirms) == 1
    assert wizard.isVisible()


def test_cancel_untouched_closes_at_once(qtbot, wizard, prompts):
    click(qtbot, wizard, CANCEL)

    assert prompts.confirms == []
    assert not wizard.isVisible()
    assert Case.select().count() == 0


def test_add_home_selects_it(qtbot, wizard):
    qtbot.mouseClick(wizard.ui.add_home_button, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(HomeDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.ui.name_edit.setText("Bryn Ŵyn")

    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    added = CareHome.get(CareHome.name == "Bryn Ŵyn")
    assert wizard.ui.home_page.selected_home_id() == added.id
    assert wizard.ui.home_choice_label.text() == "Selected: Bryn Ŵyn"
    assert wizard.button(NEXT).isEnabled()


# -------------------------------------------------------------------- keyboard


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press_mnemonic(qtbot, wizard: ConcernWizard, key: Qt.Key, then_on: str) -> None:
    """Press Alt+``key`` and wait for page ``then_on``: a mnemonic clicks after a short delay."""
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage().objectName() == then_on)


def test_keyboard_only(qtbot, open_wizard, home):
    wizard = open_wizard()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.ui.home_filter_edit)

    # Home page: the filter leaves one home, which is selected, and Enter moves on.
    type_text(qtbot, "Gwyn")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.ui.details_page

    # Details page: keep today's date, pick the source by typing, write the summary.
    # Tab in a QDateEdit first moves through its day, month and year sections.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.ui.raised_on_edit)
    for _section in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.ui.source_combo
    type_text(qtbot, "Pol")
    assert wizard.ui.source_combo.currentData() == "police"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.ui.summary_edit
    type_text(qtbot, "Police called about a missing resident.")
    press_mnemonic(qtbot, wizard, Qt.Key.Key_N, then_on="red_criteria_page")

    # Red criteria: Space ticks the first criterion, Tab reaches its evidence.
    red_check = wizard.findChild(QCheckBox, "red_staffing_check")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is red_check)
    press(qtbot, Qt.Key.Key_Space)
    assert red_check.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "red_staffing_evidence_edit"
    type_text(qtbot, "No staff on the first floor at 2am.")
    press_mnemonic(qtbot, wizard, Qt.Key.Key_N, then_on="amber_criteria_page")

    # Enter on a check box presses the default button, Next.
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().objectName() == "blue_criteria_page"
    press_mnemonic(qtbot, wizard, Qt.Key.Key_N, then_on="result_page")

    # Result page: focus starts on the chosen level, and Alt+F finishes.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.ui.level_combo)
    with qtbot.waitSignal(wizard.case_recorded):
        press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    case = Case.get()
    assert case.level == "red"
    assert case.summary == "Police called about a missing resident."


def test_home_list_columns_fit_beside_long_name(qtbot, open_wizard, home):
    long_name = "Cartref Gofal Preswyl " * 8 + "Tŷ & <Gwyn>"
    save_home(HomeInput(name=long_name, postcode="LL55 1AA", ciw_number="SIN-1"), "Siân Ŵyn")

    wizard = open_wizard()

    table = wizard.ui.homes_table
    header = table.horizontalHeader()
    visible_columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(column) for column in visible_columns) <= table.viewport().width()
    assert header.sectionSize(HomesModel.stretch_column) >= 150
