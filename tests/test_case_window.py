"""The case window: level banner, required actions, and updating actions through its dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.process.assessment import Answer
from carehome_desk.store import queries
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case, CaseAction
from carehome_desk.ui.action_dialogs import MarkDoneDialog, NotApplicableDialog
from carehome_desk.ui.case_models import OVERDUE_BACKGROUND, OVERDUE_TEXT, ActionsModel
from carehome_desk.ui.case_window import CaseWindow

ANSWERS = {
    "red": (Answer("red-staffing", True, "Two carers on nights for 28 residents."),),
    "amber": (Answer("amber-infection-control", True, "PPE not worn in the lounge."),),
    "blue": (Answer("blue-notified", True, "Ambulance crew reported a fall."),),
}


def make_case(session, home, level: str, raised_on: date = date(2026, 12, 3)) -> Case:
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, raised_on, "ambulance", "Resident found on the floor & not checked."),
        AssessmentInput(ANSWERS[level], level, TODAY, other_concern="Fire door propped open."),
        session.officer(),
        TODAY,
    )


def open_window(qtbot, ui_context, case: Case) -> CaseWindow:
    window = CaseWindow(ui_context, case.id)
    qtbot.addWidget(window)
    window.show()
    return window


def cell(window: CaseWindow, name: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = window.actions_model
    row = next(r for r, action in enumerate(model.actions) if action.name == name)
    return model.data(model.index(row, column), role)


def select(window: CaseWindow, name: str) -> CaseAction:
    model = window.actions_model
    row = next(r for r, action in enumerate(model.actions) if action.name == name)
    window.ui.actions_table.setCurrentIndex(model.index(row, 0))
    return model.actions[row]


def stored(action: CaseAction) -> CaseAction:
    return CaseAction.get_by_id(action.id)


def test_red_case_banner_and_heading(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")

    window = open_window(qtbot, ui_context, case)

    ui = window.ui
    assert "Red alert" in ui.level_banner_label.text()
    assert "4 Dec 2026" in ui.level_banner_label.text()
    assert "#c62828" in ui.level_banner_label.styleSheet().lower()
    assert ui.reference_label.text() == case.reference
    assert ui.home_name_label.text() == "Tŷ Gwyn"
    assert ui.raised_on_label.text() == "3 Dec 2026"
    assert ui.source_label.text() == "Ambulance service"
    assert ui.summary_label.text() == "Resident found on the floor & not checked."
    assert case.reference in window.windowTitle()


def test_long_home_name_wraps_in_heading(qtbot, ui_context, home):
    home.name = "Cartref Gofal Preswyl " * 9 + "Tŷ & <Gwyn>"
    home.save()
    case = make_case(ui_context.session, home, "red")

    window = open_window(qtbot, ui_context, case)

    assert window.ui.home_name_label.text() == home.name
    assert window.minimumSizeHint().width() < 1000
    assert window.width() <= 1100


def test_red_case_latest_assessment(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")

    window = open_window(qtbot, ui_context, case)

    ui = window.ui
    assert ui.assessed_by_label.text() == "4 Dec 2026 by Siân Ŵyn (Contracts)"
    assert ui.levels_label.text() == "Red alert, as recommended"
    assert "insufficient staffing" in ui.criteria_label.text()
    assert "Two carers on nights for 28 residents." in ui.criteria_label.text()
    assert ui.other_concern_label.text() == "Fire door propped open."
    assert ui.override_reason_label.isHidden()


def test_overridden_level_shows_reason(qtbot, ui_context, home):
    session = ui_context.session
    case = record_new_case(
        session.process_map(),
        ConcernInput(home.id, TODAY, "ciw", "Inspection found medicines errors."),
        AssessmentInput(
            (*ANSWERS["blue"], Answer("blue-not-significant-risk", False)),
            "amber",
            TODAY,
            override_reason="Third report this month.",
        ),
        session.officer(),
        TODAY,
    )

    window = open_window(qtbot, ui_context, case)

    assert "Amber alert" in window.ui.level_banner_label.text()
    assert window.ui.levels_label.text() == "Amber alert chosen; Blue alert recommended"
    assert window.ui.override_reason_label.text() == "Third report this month."
    assert not window.ui.override_reason_label.isHidden()
    assert "Ambulance crew reported a fall." in window.ui.criteria_label.text()
    assert "not deemed" not in window.ui.criteria_label.text()
    assert window.ui.other_concern_label.isHidden()


def test_red_case_actions_table(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")

    window = open_window(qtbot, ui_context, case)

    assert window.ui.actions_table.model() is window.actions_model
    assert window.actions_model.rowCount() == len(queries.case_actions(case.id))
    assert cell(window, "Urgent JIMP", ActionsModel.TEAMS) == "Safeguarding; Contracts"
    assert cell(window, "Urgent JIMP", ActionsModel.DUE) == "4 Dec 2026"
    assert cell(window, "Urgent JIMP", ActionsModel.CONDITION) == "—"
    assert cell(window, "Urgent JIMP", ActionsModel.STATUS) == "Open"
    tooltip = cell(window, "Urgent JIMP", ActionsModel.NAME, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Urgent Professionals Joint Inter-Agency Monitoring Panel")
    remain_due = cell(window, "Resources remain; provider in JIMP", ActionsModel.DUE)
    assert remain_due.startswith("until the Council is satisfied")
    agency = cell(window, "Agency carers via Matrix", ActionsModel.CONDITION)
    assert agency == "if agency staffing is required — applies?"


def test_blue_overdue_action_marked(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "blue", raised_on=date(2026, 11, 20))

    window = open_window(qtbot, ui_context, case)

    visit = "Contracts monitoring visit"
    assert cell(window, visit, ActionsModel.DUE) == "27 Nov 2026"
    assert cell(window, visit, ActionsModel.STATUS) == "Overdue"
    assert cell(window, visit, ActionsModel.STATUS, Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    assert cell(window, visit, ActionsModel.DUE, Qt.ItemDataRole.BackgroundRole) == (
        OVERDUE_BACKGROUND
    )
    assert cell(window, "JQMM review", ActionsModel.STATUS) == "Open"
    assert cell(window, "JQMM review", ActionsModel.STATUS, Qt.ItemDataRole.ForegroundRole) is None


def test_buttons_follow_selected_action(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    ui = window.ui

    select(window, "Urgent JIMP")
    assert not ui.applies_button.isEnabled()
    assert not ui.does_not_apply_button.isEnabled()
    assert ui.mark_done_button.isEnabled()
    assert ui.not_applicable_button.isEnabled()

    select(window, "Agency carers via Matrix")
    assert ui.applies_button.isEnabled()
    assert ui.does_not_apply_button.isEnabled()


def test_condition_does_not_apply(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Agency carers via Matrix")

    with qtbot.waitSignal(window.case_changed) as changed:
        qtbot.mouseClick(window.ui.does_not_apply_button, Qt.MouseButton.LeftButton)

    assert changed.args == [case.id]
    saved = stored(action)
    assert saved.status == "not_applicable"
    assert saved.applies is False
    assert saved.not_applicable_reason == "Condition not met: if agency staffing is required"
    status = cell(window, "Agency carers via Matrix", ActionsModel.STATUS)
    assert status == "Not applicable: Condition not met: if agency staffing is required"
    assert window.selected_action_id() == action.id
    assert not window.ui.does_not_apply_button.isEnabled()


def test_condition_applies(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Review in-house staffing availability")

    with qtbot.waitSignal(window.case_changed):
        qtbot.mouseClick(window.ui.applies_button, Qt.MouseButton.LeftButton)

    saved = stored(action)
    assert saved.status == "open"
    assert saved.applies is True
    name = "Review in-house staffing availability"
    assert cell(window, name, ActionsModel.STATUS) == "Open"
    assert cell(window, name, ActionsModel.CONDITION) == "if additional staff required — applies"
    assert window.selected_action_id() == action.id
    assert not window.ui.applies_button.isEnabled()


def open_mark_done(qtbot, window: CaseWindow) -> MarkDoneDialog:
    qtbot.mouseClick(window.ui.mark_done_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(MarkDoneDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def click_ok(qtbot, dialog) -> None:
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_mark_done_dialog_defaults(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    select(window, "Urgent JIMP")

    dialog = open_mark_done(qtbot, window)

    edit = dialog.ui.done_on_edit
    assert edit.date() == QDate(2026, 12, 4)
    assert edit.maximumDate() == QDate(2026, 12, 4)
    assert edit.minimumDate() == QDate(2026, 12, 3)
    assert dialog.ui.done_by_edit.text() == "Siân Ŵyn"
    assert dialog.ui.done_by_edit.isReadOnly()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal


def test_mark_done_saves_date_and_officer(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Urgent JIMP")
    dialog = open_mark_done(qtbot, window)

    dialog.ui.done_on_edit.setDate(QDate(2026, 12, 3))
    with qtbot.waitSignal(window.case_changed):
        click_ok(qtbot, dialog)

    saved = stored(action)
    assert saved.status == "done"
    assert saved.done_on == date(2026, 12, 3)
    assert saved.done_by == "Siân Ŵyn"
    assert cell(window, "Urgent JIMP", ActionsModel.STATUS) == "Done on 3 Dec 2026 by Siân Ŵyn"
    assert window.selected_action_id() == action.id
    assert not window.ui.mark_done_button.isEnabled()


def test_amber_urgent_visit_dates_follow_up(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "amber")
    window = open_window(qtbot, ui_context, case)
    follow_up = "Unannounced follow-up visit"
    assert cell(window, follow_up, ActionsModel.DUE) == (
        "within 10 days of completing “Urgent care home visit”"
    )
    select(window, "Urgent care home visit")
    dialog = open_mark_done(qtbot, window)

    dialog.ui.done_on_edit.setDate(QDate(2026, 12, 4))
    with qtbot.waitSignal(window.case_changed):
        click_ok(qtbot, dialog)

    visit = next(a for a in queries.case_actions(case.id) if a.name == follow_up)
    assert visit.due_on == date(2026, 12, 14)
    assert cell(window, follow_up, ActionsModel.DUE) == "14 Dec 2026"


def test_not_applicable_needs_reason(qtbot, ui_context, prompts, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Urgent JIMP")
    qtbot.mouseClick(window.ui.not_applicable_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NotApplicableDialog)

    click_ok(qtbot, dialog)

    assert len(prompts.errors) == 1
    assert "Reason is required" in prompts.errors[0][1]
    assert dialog.isVisible()
    assert stored(action).status == "open"
    assert cell(window, "Urgent JIMP", ActionsModel.STATUS) == "Open"


def test_not_applicable_with_reason(qtbot, ui_context, prompts, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Urgent JIMP")
    qtbot.mouseClick(window.ui.not_applicable_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NotApplicableDialog)

    dialog.ui.reason_edit.setPlainText("JIMP held last week for Tŷ Gwyn.")
    with qtbot.waitSignal(window.case_changed):
        click_ok(qtbot, dialog)

    assert prompts.errors == []
    saved = stored(action)
    assert saved.status == "not_applicable"
    assert saved.not_applicable_reason == "JIMP held last week for Tŷ Gwyn."
    status = cell(window, "Urgent JIMP", ActionsModel.STATUS)
    assert status == "Not applicable: JIMP held last week for Tŷ Gwyn."


def test_not_applicable_reason_typed(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    action = select(window, "Urgent JIMP")
    qtbot.mouseClick(window.ui.not_applicable_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(NotApplicableDialog)

    qtbot.keyClicks(dialog.ui.reason_edit, "Held yesterday")
    with qtbot.waitSignal(window.case_changed):
        click_ok(qtbot, dialog)

    assert stored(action).not_applicable_reason == "Held yesterday"


@pytest.mark.parametrize("plan_type", ["DAP", "CAP"])
def test_new_plan_buttons_open_plan_dialog(qtbot, ui_context, home, plan_type):
    from carehome_desk.ui.plan_dialog import PlanDialog

    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    button = window.ui.export_dap_button if plan_type == "DAP" else window.ui.export_cap_button

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = window.findChild(PlanDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.plan_type == plan_type
    assert window.ui.case_tabs.currentWidget() is window.ui.plans_tab


def test_no_escalation_shows_no_alert(qtbot, ui_context, home):
    session = ui_context.session
    case = record_new_case(
        session.process_map(),
        ConcernInput(home.id, TODAY, "complaint", "Relative unhappy with laundry."),
        AssessmentInput((Answer("blue-notified", False),), "", TODAY),
        session.officer(),
        TODAY,
    )

    window = open_window(qtbot, ui_context, case)

    assert window.ui.level_banner_label.text() == "No alert"
    assert window.ui.levels_label.text() == "No alert, as recommended"
    assert window.ui.criteria_label.text() == "None"
    assert window.actions_model.rowCount() == 0
    assert not window.ui.mark_done_button.isEnabled()
    assert not window.ui.not_applicable_button.isEnabled()


def test_deleted_case_shown_as_missing(qtbot, ui_context, home):
    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)

    Case.delete_by_id(case.id)
    window.refresh()

    assert window.ui.level_banner_label.text() == "This case no longer exists."
    assert window.actions_model.rowCount() == 0
    assert not window.ui.export_dap_button.isEnabled()
    assert not window.ui.mark_done_button.isEnabled()


def test_saved_plan_listed_on_plans_tab(qtbot, ui_context, home):
    from carehome_desk.store import plans
    from carehome_desk.store.plans import ItemInput

    case = make_case(ui_context.session, home, "red")
    window = open_window(qtbot, ui_context, case)
    assert window.plans_panel.model.rowCount() == 0

    item = ItemInput(
        "Fluid charts incomplete", ("Complete charts hourly",), "Gwenllïan Jones", TODAY
    )
    plans.save_plan(case.id, "CAP", [item], ui_context.session.officer())
    window.plans_panel.refresh()

    assert window.plans_panel.model.rowCount() == 1


def test_done_action_cannot_become_not_applicable(qtbot, ui_context, home):
    from carehome_desk.store.cases import mark_done

    case = make_case(ui_context.session, home, "red")
    jimp = next(a for a in queries.case_actions(case.id) if a.name == "Urgent JIMP")
    mark_done(jimp.id, TODAY, ui_context.session.officer(), TODAY)
    window = open_window(qtbot, ui_context, case)

    select(window, "Urgent JIMP")

    assert not window.ui.mark_done_button.isEnabled()
    assert not window.ui.not_applicable_button.isEnabled()
