"""The plans panel of a case: listing plans, starting, issuing, exporting, printing, closing."""

from __future__ import annotations

import pypdf
import pytest
from conftest import TODAY
from plan_samples import make_case, page_texts, ready_item
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.documents.plan_data import snapshot_maker
from carehome_desk.store import plans
from carehome_desk.store.plans import PlanDetails
from carehome_desk.ui.plan_dialog import PlanDialog
from carehome_desk.ui.plan_item_models import PlansModel
from carehome_desk.ui.plan_small_dialogs import ClosePlanDialog
from carehome_desk.ui.plans_panel import PlansPanel


def open_panel(qtbot, ui_context, case) -> PlansPanel:
    panel = PlansPanel(ui_context, case.id)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def create(session, case, items, plan_type="DAP"):
    version = plans.create_plan(
        case.id, plan_type, PlanDetails(trigger="Whistleblowing"), items, session.officer(), TODAY
    )
    return version


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(panel: PlansPanel, row: int, column: int) -> str:
    return panel.model.data(panel.model.index(row, column))


def select(panel: PlansPanel, row: int) -> None:
    panel.ui.plans_table.setCurrentIndex(panel.model.index(row, 0))


def test_panel_lists_plans(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    dap = create(session, case, [ready_item(1)])
    plans.issue_version(dap.id, session.officer(), TODAY, snapshot_maker(session))
    plans.save_draft(dap.plan_id, PlanDetails(), [ready_item(2)], session.officer(), TODAY)
    create(session, case, [ready_item(1)], plan_type="CAP")

    panel = open_panel(qtbot, ui_context, case)

    rows = plans.plan_rows(case.id)
    assert panel.model.rowCount() == 2
    assert cell(panel, 0, PlansModel.TYPE) == "DAP"
    assert cell(panel, 0, PlansModel.REFERENCE) == rows[0].reference
    assert cell(panel, 0, PlansModel.VERSION) == "2 (draft)"
    assert cell(panel, 0, PlansModel.STATUS) == "Issued; version 2 is a draft"
    assert cell(panel, 0, PlansModel.ISSUED_ON) == "4 Dec 2026 (version 1)"
    assert cell(panel, 1, PlansModel.STATUS) == "Draft"
    assert cell(panel, 1, PlansModel.ISSUED_ON) == "Not issued"
    select(panel, 0)
    combo = panel.ui.version_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["2, draft", "1, issued 4 Dec 2026"]
    assert combo.currentIndex() == 1


def test_new_dap_saved_from_panel(qtbot, ui_context, home):
    case = make_case(ui_context.session, home)
    panel = open_panel(qtbot, ui_context, case)

    click(qtbot, panel.ui.new_dap_button)
    dialog = panel.findChild(PlanDialog)
    assert dialog.plan_type == "DAP"
    with qtbot.waitSignal(panel.plans_changed) as changed:
        click(qtbot, dialog.ui.save_button)

    assert changed.args == [case.id]
    assert panel.model.rowCount() == 1
    assert panel.selected_plan().reference == plans.plan_rows(case.id)[0].reference
    assert panel.ui.issue_button.isEnabled()


def test_open_plan_on_enter(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    create(session, case, [ready_item(1)], plan_type="CAP")
    panel = open_panel(qtbot, ui_context, case)

    qtbot.keyClick(panel.ui.plans_table, Qt.Key.Key_Return)

    dialog = panel.findChild(PlanDialog)
    assert dialog.isVisible()
    assert dialog.plan_type == "CAP"
    assert dialog.model.items == [ready_item(1)]


def test_issue_from_panel_checks_items(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    create(session, case, [ready_item(1), ready_item(2, target_date=None)])
    panel = open_panel(qtbot, ui_context, case)

    click(qtbot, panel.ui.issue_button)
    assert "Item 2 has no target date." in prompts.errors[-1][1]
    assert plans.plan_rows(case.id)[0].status == plans.DRAFT

    version = plans.latest_version(panel.selected_plan_id())
    plans.save_draft(version.plan_id, PlanDetails(), [ready_item(1)], session.officer(), TODAY)
    panel.refresh()
    with qtbot.waitSignal(panel.plans_changed):
        click(qtbot, panel.ui.issue_button)

    assert plans.plan_rows(case.id)[0].status == plans.ISSUED
    assert cell(panel, 0, PlansModel.STATUS) == "Issued"
    assert not panel.ui.issue_button.isEnabled()
    assert panel.ui.status_label.text().startswith("Issued ")


def test_reexport_issued_version_same_text(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    version = create(session, case, [ready_item(1), ready_item(2)])
    plans.issue_version(version.id, session.officer(), TODAY, snapshot_maker(session))
    panel = open_panel(qtbot, ui_context, case)
    first = tmp_path / "first.pdf"
    again = tmp_path / "again.pdf"

    prompts.save_answer = first
    click(qtbot, panel.ui.export_button)
    qtbot.waitUntil(lambda: len(prompts.opened_files) == 1, timeout=30_000)
    home.name = "Plas Newydd"
    home.save()
    plans.save_draft(version.plan_id, PlanDetails(), [ready_item(3)], session.officer(), TODAY)
    panel.refresh()
    panel.ui.version_combo.setCurrentIndex(1)  # version 1, below the new draft
    prompts.save_answer = again
    click(qtbot, panel.ui.export_button)
    qtbot.waitUntil(lambda: len(prompts.opened_files) == 2, timeout=30_000)

    assert page_texts(again) == page_texts(first)
    assert "Tŷ Gwyn" in " ".join(page_texts(again))


def test_print_from_panel(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    create(session, case, [ready_item(n) for n in range(1, 9)])
    panel = open_panel(qtbot, ui_context, case)
    prompts.save_answer = tmp_path / "exported.pdf"
    prompts.print_to = tmp_path / "printed.pdf"

    click(qtbot, panel.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)
    click(qtbot, panel.ui.print_button)
    qtbot.waitUntil(lambda: panel.ui.status_label.text() == "Sent to the printer", timeout=30_000)

    exported = len(pypdf.PdfReader(tmp_path / "exported.pdf").pages)
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == exported
    assert panel.ui.output_progress.isHidden()


def test_close_plan_from_panel(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    create(session, case, [ready_item(1)])
    panel = open_panel(qtbot, ui_context, case)

    click(qtbot, panel.ui.close_plan_button)
    dialog = panel.findChild(ClosePlanDialog)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert "Reason for closing is required" in prompts.errors[-1][1]
    dialog.ui.reason_edit.setPlainText("All items completed at Tŷ Gwyn")
    qtbot.keyClicks(dialog.ui.told_edit, "Registered Manager by letter")
    with qtbot.waitSignal(panel.plans_changed):
        click(qtbot, ok)

    row = plans.plan_rows(case.id)[0]
    assert row.status == plans.CLOSED
    assert row.closure_reason == "All items completed at Tŷ Gwyn"
    assert row.closure_told == "Registered Manager by letter"
    assert cell(panel, 0, PlansModel.STATUS) == "Closed on 4 Dec 2026"
    assert not panel.ui.close_plan_button.isEnabled()
    assert not panel.ui.issue_button.isEnabled()
    assert panel.ui.export_button.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform
def test_closing_case_window_mid_print_stops_cleanly(
    qtbot, ui_context, prompts, home, tmp_path, monkeypatch
):
    from carehome_desk.ui.case_window import CaseWindow

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    session = ui_context.session
    case = make_case(session, home)
    create(session, case, [ready_item(n) for n in range(1, 29)])
    window = CaseWindow(ui_context, case.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the main window opens it
    window.show()
    panel = window.plans_panel
    prompts.print_to = tmp_path / "printed.pdf"

    click(qtbot, panel.ui.print_button)
    qtbot.waitUntil(lambda: "Printing page" in panel.ui.status_label.text(), timeout=30_000)
    window.close()
    qtbot.wait(200)

    assert list(tmp_path.glob("carehome-desk-print-*.pdf")) == []
    assert prompts.errors == []
