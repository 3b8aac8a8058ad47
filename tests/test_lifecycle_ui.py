"""Stories in the case window: escalate through the wizard, the Council's exit, stepping down,
closing and reopening, each driven as an officer would."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from lifecycle_cases import action, new_case
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPlainTextEdit, QWizard

from carehome_desk.store import queries
from carehome_desk.store.models import Case, CaseAction
from carehome_desk.ui.action_dialogs import CloseActionDialog, RescheduleDialog
from carehome_desk.ui.case_dialogs import CloseCaseDialog, CouncilExitDialog, ReopenCaseDialog
from carehome_desk.ui.case_models import ActionsModel
from carehome_desk.ui.case_window import CaseWindow
from carehome_desk.ui.visit_dialogs import VisitDialog
from carehome_desk.ui.wizard import ConcernWizard

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
RAISED = date(2026, 11, 20)


def open_window(qtbot, ui_context, case) -> CaseWindow:
    window = CaseWindow(ui_context, case.id)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.text()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, window: CaseWindow, dialog) -> None:
    with qtbot.waitSignal(window.case_changed):
        click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def cell(window: CaseWindow, name: str, column: int) -> str:
    model = window.actions_model
    row = next(r for r, a in enumerate(model.actions) if a.name == name)
    return model.index(row, column).data()


def select(window: CaseWindow, name: str) -> CaseAction:
    model = window.actions_model
    row = next(r for r, a in enumerate(model.actions) if a.name == name)
    window.ui.actions_table.setCurrentIndex(model.index(row, 0))
    return model.actions[row]


# --- reassessing through the wizard ---------------------------------------------------


def open_reassessment(qtbot, window: CaseWindow) -> ConcernWizard:
    click(qtbot, window.ui.reassess_button)
    # A finished wizard is deleted later, so look for the one on screen.
    shown = [w for w in window.findChildren(ConcernWizard) if w.isVisible()]
    assert len(shown) == 1
    wizard = shown[0]
    qtbot.waitExposed(wizard)
    return wizard


def wizard_click(qtbot, wizard: ConcernWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible(), f"{button.text()} is not shown"
    click(qtbot, button)


def reassess_to(qtbot, window: CaseWindow, criterion: str, on: QDate, reason: str) -> ConcernWizard:
    """Reassess through the wizard, ticking ``criterion``, up to the result page."""
    wizard = open_reassessment(qtbot, window)
    assert wizard.currentPage() is wizard.ui.reassess_page
    assert not wizard.button(NEXT).isEnabled()
    qtbot.keyClicks(wizard.ui.reassess_reason_edit, reason)
    wizard_click(qtbot, wizard, NEXT)

    level = criterion.split("-")[0]
    while wizard.currentPage().objectName() != f"{level}_criteria_page":
        wizard_click(qtbot, wizard, NEXT)
    name = criterion.replace("-", "_")
    click(qtbot, wizard.findChild(QCheckBox, f"{name}_check"))
    qtbot.keyClicks(wizard.findChild(QPlainTextEdit, f"{name}_evidence_edit"), "Seen today.")
    while wizard.currentPage() is not wizard.ui.result_page:
        wizard_click(qtbot, wizard, NEXT)
    wizard.ui.assessed_on_edit.setDate(on)
    return wizard


def finish(qtbot, window: CaseWindow, wizard: ConcernWizard) -> None:
    with qtbot.waitSignal(window.case_changed):
        wizard_click(qtbot, wizard, FINISH)
    assert not wizard.isVisible()


def test_reassess_wizard_has_no_home_pages(qtbot, ui_context, session, home):
    case = new_case(session, home, "blue", RAISED)
    window = open_window(qtbot, ui_context, case)

    wizard = open_reassessment(qtbot, window)

    names = [wizard.page(page_id).objectName() for page_id in wizard.pageIds()]
    assert names == [
        "reassess_page",
        "red_criteria_page",
        "amber_criteria_page",
        "blue_criteria_page",
        "result_page",
        "step_down_page",
    ]
    assert wizard.windowTitle() == f"Reassess {case.reference}"
    assert wizard.ui.reassess_level_label.text() == "Blue alert, set on 20 Nov 2026"


def test_escalate_blue_amber_red_then_exit(qtbot, ui_context, session, home):
    case = new_case(session, home, "blue", RAISED)
    window = open_window(qtbot, ui_context, case)

    wizard = reassess_to(
        qtbot, window, "amber-staffing", QDate(2026, 11, 25), "Follow-up found staffing gaps."
    )
    outcome = wizard.ui.outcome_label.text()
    assert "escalates the case from Blue alert to Amber alert" in outcome
    assert "• JQMM review (QAM if urgent) (open as “JQMM review”)" in wizard.ui.actions_label.text()
    finish(qtbot, window, wizard)
    assert "Amber alert — set on 25 Nov 2026" in window.ui.level_banner_label.text()
    assert cell(window, "Urgent care home visit", ActionsModel.LEVEL) == "Amber"

    wizard = reassess_to(qtbot, window, "red-staffing", QDate(2026, 11, 27), "Manager resigned.")
    finish(qtbot, window, wizard)
    assert "Red alert — set on 27 Nov 2026" in window.ui.level_banner_label.text()
    history = window.records.history_model
    assert [history.index(r, 1).data() for r in range(history.rowCount())] == [
        "Blue",
        "Amber",
        "Red",
    ]
    assert history.index(2, 4).data() == "Manager resigned."
    visit_names = [f"Weekly monitoring visit after exit ({n} of 4)" for n in range(1, 5)]
    assert cell(window, visit_names[0], ActionsModel.DUE).endswith("after the Council's exit")

    click(qtbot, window.ui.council_exit_button)
    dialog = window.findChild(CouncilExitDialog)
    dialog.ui.exit_on_edit.setDate(QDate(2026, 11, 30))
    assert "Weekly monitoring visit after exit (4 of 4): due 28 Dec 2026" in (
        dialog.ui.schedule_label.text()
    )
    ok(qtbot, window, dialog)

    dues = [cell(window, name, ActionsModel.DUE) for name in visit_names]
    assert dues == ["7 Dec 2026", "14 Dec 2026", "21 Dec 2026", "28 Dec 2026"]
    assert "the Council exited on 30 Nov 2026" in window.ui.level_banner_label.text()
    assert Case.get_by_id(case.id).council_exit_on == date(2026, 11, 30)


def test_weekly_visit_rescheduled_and_done(qtbot, ui_context, session, home):
    case = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, case)
    click(qtbot, window.ui.council_exit_button)
    ok(qtbot, window, window.findChild(CouncilExitDialog))  # exit today: 4 Dec 2026

    second = select(window, "Weekly monitoring visit after exit (2 of 4)")
    click(qtbot, window.ui.reschedule_button)
    dialog = window.findChild(RescheduleDialog)
    assert dialog.ui.current_due_label.text() == "18 Dec 2026"
    dialog.ui.due_on_edit.setDate(QDate(2026, 12, 21))
    qtbot.keyClicks(dialog.ui.reason_edit, "Manager on leave that week.")
    ok(qtbot, window, dialog)

    assert CaseAction.get_by_id(second.id).due_on == date(2026, 12, 21)
    assert cell(window, second.name, ActionsModel.DUE) == "21 Dec 2026 (rescheduled)"
    events = window.records.events_model
    assert events.index(events.rowCount() - 1, 3).data() == (
        "Weekly monitoring visit after exit (2 of 4): from 18 Dec 2026 to 21 Dec 2026. "
        "Manager on leave that week."
    )

    first = select(window, "Weekly monitoring visit after exit (1 of 4)")
    click(qtbot, window.ui.record_visit_button)
    visit = window.findChild(VisitDialog)
    assert visit.ticked_actions() == (first.id,)
    visit.ui.kind_combo.setCurrentIndex(visit.ui.kind_combo.findData("announced"))
    with qtbot.waitSignal(window.case_changed):
        click(qtbot, visit.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert CaseAction.get_by_id(first.id).status == "done"


def test_open_ended_action_closed(qtbot, ui_context, session, home):
    case = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, case)
    select(window, "Urgent JIMP")
    assert not window.ui.close_action_button.isEnabled()

    remain = select(window, "Resources remain; provider in JIMP")
    assert not window.ui.reschedule_button.isEnabled()
    click(qtbot, window.ui.close_action_button)
    dialog = window.findChild(CloseActionDialog)
    assert dialog.ui.until_label.text().startswith("Open until: until the Council is satisfied")
    dialog.ui.reason_edit.setPlainText("JIMP on 3 Dec agreed Tŷ Gwyn is safe.")
    ok(qtbot, window, dialog)

    assert CaseAction.get_by_id(remain.id).status == "closed"
    status = cell(window, remain.name, ActionsModel.STATUS)
    assert status == "Closed on 4 Dec 2026 by Siân Ŵyn: JIMP on 3 Dec agreed Tŷ Gwyn is safe."
    assert not window.ui.close_action_button.isEnabled()
    assert not window.ui.mark_done_button.isEnabled()


def test_step_down_asks_about_open_actions(qtbot, ui_context, session, home):
    case = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, case)
    jimp = action(case, "red-jimp")

    wizard = reassess_to(qtbot, window, "amber-staffing", QDate(2026, 12, 4), "Exit done.")
    assert wizard.button(NEXT).isVisible()
    assert "steps the case down from Red alert to Amber alert" in wizard.ui.outcome_label.text()
    wizard_click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.ui.step_down_page
    actions_list = wizard.ui.step_down_actions_list
    assert actions_list.count() == 13
    # Nothing is ticked at first: every open action is kept unless the officer chooses.
    assert all(actions_list.item(row).checkState() == Qt.CheckState.Unchecked for row in range(13))
    assert wizard.button(FINISH).isEnabled()

    # Keep the JIMP open; close the rest, which needs a reason.
    for row in range(1, 13):
        actions_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert not wizard.button(FINISH).isEnabled()
    qtbot.keyClicks(wizard.ui.step_down_reason_edit, "Council support withdrawn.")
    finish(qtbot, window, wizard)

    stored = Case.get_by_id(case.id)
    assert (stored.level, stored.level_set_on) == ("amber", TODAY)
    assert CaseAction.get_by_id(jimp.id).status == "open"
    closed = action(case, "red-resilience-team")
    assert (closed.status, closed.closed_reason) == ("closed", "Council support withdrawn.")
    assert "Amber alert — set on 4 Dec 2026" in window.ui.level_banner_label.text()


def test_step_down_without_open_actions_finishes(qtbot, ui_context, session, home):
    case = new_case(session, home, "amber", RAISED)
    window = open_window(qtbot, ui_context, case)

    wizard = reassess_to(qtbot, window, "blue-notified", QDate(2026, 12, 4), "Improved.")

    # Amber's open actions rank above Blue, so stepping down to Blue shows the step-down page.
    assert wizard.ui.result_page.needs_step_down()
    wizard.ui.level_combo.setCurrentIndex(wizard.ui.level_combo.findData("amber"))
    assert "The level stays Amber alert." in wizard.ui.outcome_label.text()
    assert wizard.button(FINISH).isVisible()


def test_close_and_reopen_case(qtbot, ui_context, session, home):
    case = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, case)
    assert window.ui.closed_banner_label.isHidden()
    assert window.ui.reopen_case_button.isHidden()

    click(qtbot, window.ui.close_case_button)
    dialog = window.findChild(CloseCaseDialog)
    assert dialog.ui.open_actions_label.text().startswith("13 actions are still open.")
    dialog.ui.reason_edit.setPlainText("Provider closed Tŷ Gwyn; residents moved.")
    ok(qtbot, window, dialog)

    assert Case.get_by_id(case.id).status == "closed"
    banner = window.ui.closed_banner_label
    assert not banner.isHidden()
    assert banner.text() == (
        "Closed on 4 Dec 2026 by Siân Ŵyn: Provider closed Tŷ Gwyn; residents moved.\n"
        "Reopen the case to change it."
    )
    select(window, "Urgent JIMP")
    assert cell(window, "Urgent JIMP", ActionsModel.STATUS) == "Open"  # not overdue while closed
    for button in (
        window.ui.mark_done_button,
        window.ui.not_applicable_button,
        window.ui.reschedule_button,
        window.ui.reassess_button,
        window.ui.record_visit_button,
        window.ui.record_meeting_button,
        window.ui.council_exit_button,
    ):
        assert not button.isEnabled(), button.text()
    assert window.ui.close_case_button.isHidden()
    assert window.actions_model.rowCount() == len(queries.case_actions(case.id))

    click(qtbot, window.ui.reopen_case_button)
    dialog = window.findChild(ReopenCaseDialog)
    dialog.ui.reason_edit.setPlainText("Provider reopened the home.")
    ok(qtbot, window, dialog)

    assert Case.get_by_id(case.id).status == "open"
    assert window.ui.closed_banner_label.isHidden()
    assert window.ui.mark_done_button.isEnabled()
    events = window.records.events_model
    kinds = [events.index(r, 1).data() for r in range(events.rowCount())]
    assert kinds == ["Case closed", "Case reopened"]


def test_close_case_needs_reason(qtbot, ui_context, prompts, session, home):
    case = new_case(session, home, "blue", RAISED)
    window = open_window(qtbot, ui_context, case)
    click(qtbot, window.ui.close_case_button)
    dialog = window.findChild(CloseCaseDialog)

    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))

    assert prompts.errors == [("Case not closed", "Reason for closing is required.")]
    assert dialog.isVisible()
    assert Case.get_by_id(case.id).status == "open"


@pytest.mark.parametrize("level", ["blue", "amber"])
def test_exit_button_only_with_exit_actions(qtbot, ui_context, session, home, level):
    window = open_window(qtbot, ui_context, new_case(session, home, level, RAISED))

    assert not window.ui.council_exit_button.isEnabled()


def test_tab_shortcuts_and_plans_tab(qtbot, ui_context, session, home):
    window = open_window(qtbot, ui_context, new_case(session, home, "red", RAISED))
    # Shortcuts fire only in the active window, which the offscreen platform may not make
    # this window under load, so the test activates each shortcut directly.
    shortcuts = {shortcut.key().toString(): shortcut for shortcut in window.findChildren(QShortcut)}

    for key, tab in (
        ("Ctrl+2", window.ui.records_tab),
        ("Ctrl+3", window.ui.history_tab),
        ("Ctrl+4", window.ui.plans_tab),
        ("Ctrl+1", window.ui.actions_tab),
    ):
        shortcuts[key].activated.emit()
        assert window.ui.case_tabs.currentWidget() is tab, key

    assert window.ui.plans_tab.layout() is window.ui.plans_tab_layout
