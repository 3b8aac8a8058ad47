"""The plan dialog: items edited in the item dialog, saved, issued, exported and printed."""

from __future__ import annotations

from datetime import date

import pypdf
from conftest import TODAY
from plan_samples import RAISED_ON, make_case, page_texts, ready_item
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from carehome_desk.store import cases, plans, queries
from carehome_desk.store.plans import PlanDetails
from carehome_desk.store.visits import VisitInput, record_visit
from carehome_desk.ui.plan_dialog import PlanDialog
from carehome_desk.ui.plan_item_dialog import PlanItemDialog
from carehome_desk.ui.plan_item_models import ItemsModel
from carehome_desk.ui.plan_small_dialogs import PlanSourceDialog

WELSH_FINDING = "Staff & <b>residents</b> at Tŷ Gwyn and Bryn Ŵyn"


def open_dialog(qtbot, ui_context, case, plan_type="DAP", plan_id=None) -> PlanDialog:
    dialog = PlanDialog(ui_context, case.id, plan_type, plan_id=plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def saved_plan(session, case, items, plan_type="DAP"):
    """Save a plan through the store and return its id."""
    version = plans.create_plan(
        case.id, plan_type, PlanDetails(trigger="Whistleblowing"), items, session.officer(), TODAY
    )
    return plans.version_content(version.id).plan_id


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def item_dialog(dialog: PlanDialog) -> PlanItemDialog:
    found = [child for child in dialog.findChildren(PlanItemDialog) if child.isVisible()]
    assert len(found) == 1
    return found[0]


def press_ok(qtbot, dialog) -> None:
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def type_action(qtbot, editor_dialog: PlanItemDialog, text: str) -> None:
    click(qtbot, editor_dialog.ui.add_action_button)
    editor = editor_dialog.action_delegate.open_editor
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_new_plan_prefilled_from_actions(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    agency = next(a for a in queries.case_actions(case.id) if a.name == "Agency carers via Matrix")
    cases.set_condition(agency.id, False, session.officer())

    dialog = open_dialog(qtbot, ui_context, case)

    applicable = plans.prefilled_items(case.id)
    assert dialog.model.items == applicable
    assert agency.id not in [item.source_action_id for item in dialog.model.items]
    assert "(not yet saved)" in dialog.ui.heading_label.text()
    assert "Tŷ Gwyn" in dialog.ui.heading_label.text()
    assert "first save" in dialog.ui.state_label.text()
    assert dialog.ui.trigger_edit.toPlainText() == "Night staffing below safe levels."
    assert plans.plan_rows(case.id) == []


def test_first_save_gives_reference(qtbot, ui_context, home):
    case = make_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case, "CAP")

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.save_button)

    rows = plans.plan_rows(case.id)
    assert len(rows) == 1
    assert rows[0].plan_type == "CAP"
    assert rows[0].reference in dialog.ui.heading_label.text()
    assert "Version 1, a draft" in dialog.ui.state_label.text()
    assert dialog.ui.status_label.text() == "Saved"
    assert not dialog.ui.save_button.isEnabled()


def test_edit_item_in_item_dialog(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1), ready_item(2)])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(1, ItemsModel.FINDING))

    qtbot.keyClick(dialog.ui.items_table, Qt.Key.Key_Return)
    editor = item_dialog(dialog)
    editor.ui.finding_edit.setPlainText(WELSH_FINDING)
    editor.ui.area_edit.setText("Meddyginiaeth")
    type_action(qtbot, editor, "Lock the medicines trolley")
    editor.ui.target_date_edit.setDate(QDate(2027, 2, 1))
    press_ok(qtbot, editor)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.save_button)

    item = plans.plan_items(case.id, "DAP")[1]
    assert item.finding == WELSH_FINDING
    assert item.area == "Meddyginiaeth"
    assert item.actions == ("Action 2a", "Action 2b", "Lock the medicines trolley")
    assert item.target_date == date(2027, 2, 1)
    assert item.progress == ready_item(2).progress


def test_new_item_added_on_ok_only(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1)])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)

    click(qtbot, dialog.ui.new_item_button)
    click(qtbot, item_dialog(dialog).ui.button_box.button(QDialogButtonBox.StandardButton.Cancel))
    assert dialog.model.rowCount() == 1

    click(qtbot, dialog.ui.new_item_button)
    editor = item_dialog(dialog)
    assert editor.ui.responsible_edit.text() == "Gwenllïan Jones"
    qtbot.keyClicks(editor.ui.finding_edit, "Call bells not answered")
    press_ok(qtbot, editor)

    assert dialog.model.rowCount() == 2
    assert dialog.model.items[1].finding == "Call bells not answered"
    assert dialog.current_row() == 1
    assert dialog.ui.status_label.text() == "Unsaved changes"


def test_item_dialog_progress_and_completion(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1)])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(0, ItemsModel.FINDING))
    click(qtbot, dialog.ui.edit_item_button)
    editor = item_dialog(dialog)

    editor.ui.entry_text_edit.setPlainText("Rotas seen for Tŷ Gwyn")
    click(qtbot, editor.ui.add_entry_button)
    editor.ui.status_combo.setCurrentIndex(editor.ui.status_combo.findData(plans.COMPLETED))
    editor.ui.verified_by_edit.setText("Siân Ŵyn")
    editor.ui.verified_on_edit.setDate(QDate(TODAY))
    press_ok(qtbot, editor)

    item = dialog.model.items[0]
    assert item.progress[-1] == plans.ProgressInput(TODAY, "Siân Ŵyn", "Rotas seen for Tŷ Gwyn")
    assert item.status == plans.COMPLETED
    assert item.completed_on == TODAY
    assert (item.verified_by, item.verified_on) == ("Siân Ŵyn", TODAY)


def test_item_dialog_rejects_half_verification(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1)])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    click(qtbot, dialog.ui.edit_item_button)
    editor = item_dialog(dialog)

    editor.ui.status_combo.setCurrentIndex(editor.ui.status_combo.findData(plans.COMPLETED))
    editor.ui.verified_by_edit.setText("Siân Ŵyn")
    press_ok(qtbot, editor)

    assert "Item 1: a verification needs both" in prompts.errors[-1][1]
    assert editor.isVisible()
    assert dialog.model.items[0].status == plans.IN_PROGRESS


def test_add_items_from_actions_and_visits(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    findings = "- Call bells not answered\n- Fluids chart missing"
    record_visit(
        case.id, VisitInput(RAISED_ON, "unannounced", findings=findings), session.officer(), TODAY
    )
    plan_id = saved_plan(session, case, [ready_item(1)])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)

    click(qtbot, dialog.ui.from_visits_button)
    press_ok(qtbot, dialog.findChild(PlanSourceDialog))
    click(qtbot, dialog.ui.from_actions_button)
    source = next(d for d in dialog.findChildren(PlanSourceDialog) if d.isVisible())
    click(qtbot, source.ui.select_none_button)
    source.ui.sources_list.item(0).setCheckState(Qt.CheckState.Checked)
    press_ok(qtbot, source)

    items = dialog.model.items
    assert [item.finding for item in items[1:3]] == [
        "Call bells not answered",
        "Fluids chart missing",
    ]
    assert items[1].evidence == "Seen at the visit on 3 Dec 2026."
    assert items[1].source_visit_id is not None
    assert items[3].source_action_id == plans.prefilled_items(case.id)[0].source_action_id
    assert len(items) == 4


def test_remove_and_move_items(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    first, second, third = ready_item(1), ready_item(2), ready_item(3)
    dialog = open_dialog(
        qtbot, ui_context, case, plan_id=saved_plan(session, case, [first, second, third])
    )
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(0, 0))

    click(qtbot, dialog.ui.move_down_button)
    assert dialog.model.items == [second, first, third]
    assert dialog.current_row() == 1
    click(qtbot, dialog.ui.move_up_button)
    assert dialog.model.items == [first, second, third]
    assert not dialog.ui.move_up_button.isEnabled()
    click(qtbot, dialog.ui.remove_item_button)

    assert dialog.model.items == [second, third]
    assert dialog.model.data(dialog.model.index(0, ItemsModel.NUMBER)) == "1"


def test_issue_names_items_not_ready(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    items = [ready_item(1), ready_item(2, actions=()), ready_item(3, target_date=None)]
    dialog = open_dialog(qtbot, ui_context, case, plan_id=saved_plan(session, case, items))

    click(qtbot, dialog.ui.issue_button)

    title, text = prompts.errors[-1]
    assert title == "Plan not issued"
    assert "Item 2 has no required action." in text
    assert "Item 3 has no target date." in text
    assert "Item 1" not in text
    assert plans.plan_rows(case.id)[0].status == plans.DRAFT
    ready = [dialog.model.data(dialog.model.index(row, ItemsModel.READY)) for row in range(3)]
    assert ready == ["Ready", "Needs a required action", "Needs a target date"]


def test_issue_then_edit_makes_version_two(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    dialog = open_dialog(
        qtbot, ui_context, case, plan_id=saved_plan(session, case, [ready_item(1)])
    )

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.issue_button)
    assert "Issue version 1 of" in prompts.confirms[-1]
    assert "Version 1 was issued on 4 Dec 2026" in dialog.ui.state_label.text()
    assert not dialog.ui.issue_button.isEnabled()

    dialog.ui.agencies_edit.setPlainText("CIW; Heddlu De Cymru")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.save_button)

    versions = plans.plan_versions(dialog.plan_id)
    assert [(v.number, v.status) for v in versions] == [(2, plans.DRAFT), (1, plans.ISSUED)]
    assert plans.version_content(versions[1].id).details.agencies == ""
    assert plans.version_content(versions[0].id).details.agencies == "CIW; Heddlu De Cymru"


def test_closed_plan_read_only(qtbot, ui_context, home):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1)])
    plans.close_plan(
        plan_id, "Replaced by a CAP", "Gwenllïan Jones", TODAY, session.officer(), TODAY
    )

    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    click(qtbot, dialog.ui.edit_item_button)

    assert "closed" in dialog.ui.state_label.text()
    for button in ("new_item_button", "remove_item_button", "save_button", "issue_button"):
        assert not getattr(dialog.ui, button).isEnabled(), button
    assert dialog.ui.export_button.isEnabled()
    assert item_dialog(dialog).ui.finding_edit.isReadOnly()


def test_export_shows_warnings(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1, finding="Good 👍 progress")])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    out = tmp_path / "plan.pdf"
    prompts.save_answer = out

    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)

    assert prompts.opened_files == [out]
    assert prompts.suggested_paths[0].name == f"{plans.plan_rows(case.id)[0].reference}-v1.pdf"
    title, text = prompts.infos[0]
    assert title == "PDF exported with warnings"
    assert "Item 1, Finding" in text
    assert "U+1F44D" in text
    assert "Good  progress" in " ".join(page_texts(out)).replace("\u00a0", " ")
    assert dialog.ui.export_button.isEnabled()
    assert dialog.ui.output_progress.isHidden()


def test_export_warnings_and_no_viewer_in_one_message(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    plan_id = saved_plan(session, case, [ready_item(1, finding="Good 👍 progress")])
    dialog = open_dialog(qtbot, ui_context, case, plan_id=plan_id)
    out = tmp_path / "Tŷ & <Gwyn>.pdf"
    prompts.save_answer = out
    prompts.viewer_opens = False

    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)

    assert len(prompts.infos) == 1
    title, text = prompts.infos[0]
    assert title == "PDF exported with warnings"
    assert "U+1F44D" in text
    assert f"The PDF was saved as {out}. No PDF viewer could be opened" in text
    assert out.exists()


def test_export_unsaved_plan_saves_first(qtbot, ui_context, prompts, home, tmp_path):
    case = make_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    prompts.save_answer = tmp_path / "plan.pdf"

    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)

    reference = plans.plan_rows(case.id)[0].reference
    assert reference in " ".join(page_texts(tmp_path / "plan.pdf"))


def test_print_sends_every_page(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    items = [ready_item(n % 28 + 1, finding="Tŷ Gwyn " * 300) for n in range(6)]
    dialog = open_dialog(qtbot, ui_context, case, plan_id=saved_plan(session, case, items))
    exported = tmp_path / "exported.pdf"
    printed = tmp_path / "printed.pdf"
    prompts.save_answer = exported
    prompts.print_to = printed

    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)
    click(qtbot, dialog.ui.print_button)
    qtbot.waitUntil(lambda: dialog.ui.status_label.text() == "Sent to the printer", timeout=30_000)

    page_count = len(pypdf.PdfReader(exported).pages)
    assert page_count > 3
    assert len(pypdf.PdfReader(printed).pages) == page_count
    assert prompts.errors == []
    assert dialog.ui.print_button.isEnabled()


def test_print_cancelled_in_dialog(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    dialog = open_dialog(
        qtbot, ui_context, case, plan_id=saved_plan(session, case, [ready_item(1)])
    )
    prompts.print_to = None

    click(qtbot, dialog.ui.print_button)

    assert len(prompts.print_requests) == 1
    assert not dialog.output.busy
    assert dialog.ui.print_button.isEnabled()


def test_close_with_changes_asks(qtbot, ui_context, prompts, home):
    session = ui_context.session
    case = make_case(session, home)
    dialog = open_dialog(
        qtbot, ui_context, case, plan_id=saved_plan(session, case, [ready_item(1)])
    )
    prompts.confirm_answer = False
    dialog.ui.trigger_edit.setPlainText("Changed")

    click(qtbot, dialog.ui.close_button)

    assert prompts.confirms == ["The plan has unsaved changes. Close it and discard them?"]
    assert dialog.isVisible()
