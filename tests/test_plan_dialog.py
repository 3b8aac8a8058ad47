"""The plan dialog: items pre-filled from the case, edited, saved, and exported as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
from conftest import TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit

from carehome_desk.process.assessment import Answer
from carehome_desk.store import cases, plans, queries
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case
from carehome_desk.store.plans import ItemInput
from carehome_desk.ui.case_models import PlanItemsModel
from carehome_desk.ui.plan_dialog import PlanDialog

RAISED_ON = date(2026, 12, 3)
WELSH_FINDING = "Staff & <b>residents</b> at Tŷ Gwyn and Bryn Ŵyn"


def make_red_case(session, home) -> Case:
    answers = (Answer("red-staffing", True, "Two carers on nights for 28 residents."),)
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, RAISED_ON, "ciw", "Night staffing below safe levels."),
        AssessmentInput(answers, "red", TODAY),
        session.officer(),
        TODAY,
    )


def open_dialog(qtbot, ui_context, case: Case, plan_type: str = "DAP") -> PlanDialog:
    dialog = PlanDialog(ui_context, case.id, plan_type)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def edit_text(qtbot, dialog: PlanDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type ``text`` and press Tab."""
    table = dialog.ui.items_table
    index = dialog.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = dialog.text_delegate.open_editor
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def long_date(value: date) -> str:
    return f"{value.day} {value:%B} {value.year}"


def test_prefilled_items_are_applicable_actions(qtbot, ui_context, home):
    session = ui_context.session
    case = make_red_case(session, home)
    agency = next(a for a in queries.case_actions(case.id) if a.name == "Agency carers via Matrix")
    cases.set_condition(agency.id, False, session.officer())

    dialog = open_dialog(qtbot, ui_context, case)

    applicable = [a for a in queries.case_actions(case.id) if a.status != cases.NOT_APPLICABLE]
    assert [item.source_action_id for item in dialog.model.items] == [a.id for a in applicable]
    assert [item.target_date for item in dialog.model.items] == [a.due_on for a in applicable]
    assert agency.id not in [item.source_action_id for item in dialog.model.items]
    assert dialog.model.items[0].responsible_person == "Gwenllïan Jones"
    assert "Tŷ Gwyn" in dialog.ui.heading_label.text()
    assert case.reference in dialog.ui.heading_label.text()


def test_target_dates_shown_or_not_set(qtbot, ui_context, home):
    case = make_red_case(ui_context.session, home)

    dialog = open_dialog(qtbot, ui_context, case)

    model = dialog.model
    shown = [
        model.data(model.index(row, PlanItemsModel.TARGET_DATE)) for row in range(model.rowCount())
    ]
    assert shown[0] == "4 Dec 2026"
    assert "Not set" in shown


def test_edit_add_save_reopen(qtbot, ui_context, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    count = dialog.model.rowCount()

    edit_text(qtbot, dialog, 0, PlanItemsModel.FINDING, WELSH_FINDING)
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(count - 1, 0))
    qtbot.mouseClick(dialog.ui.add_item_button, Qt.MouseButton.LeftButton)
    editor = dialog.text_delegate.open_editor
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("Call bells not answered")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    items = list(dialog.model.items)
    dialog.close()

    reopened = open_dialog(qtbot, ui_context, case)

    assert reopened.model.items == items
    assert len(items) == count + 1
    assert items[0].finding == WELSH_FINDING
    assert items[-1].finding == "Call bells not answered"
    assert items[-1].responsible_person == "Gwenllïan Jones"
    assert items[-1].target_date is None
    assert items[-1].source_action_id is None


def test_remove_and_move_items(qtbot, ui_context, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    first, second, third = dialog.model.items[:3]
    table = dialog.ui.items_table

    table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.mouseClick(dialog.ui.move_down_button, Qt.MouseButton.LeftButton)
    assert dialog.model.items[:2] == [second, first]
    assert dialog.current_row() == 1

    qtbot.mouseClick(dialog.ui.move_up_button, Qt.MouseButton.LeftButton)
    assert dialog.model.items[:2] == [first, second]
    assert dialog.current_row() == 0
    assert not dialog.ui.move_up_button.isEnabled()

    qtbot.mouseClick(dialog.ui.remove_item_button, Qt.MouseButton.LeftButton)
    assert dialog.model.items[:2] == [second, third]
    assert dialog.ui.status_label.text() == "Unsaved changes"


def test_clear_target_date(qtbot, ui_context, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(0, PlanItemsModel.TARGET_DATE))
    assert dialog.ui.clear_date_button.isEnabled()

    qtbot.mouseClick(dialog.ui.clear_date_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)

    model = dialog.model
    assert model.data(model.index(0, PlanItemsModel.TARGET_DATE)) == "Not set"
    assert plans.plan_items(case.id, "DAP")[0].target_date is None
    assert not dialog.ui.clear_date_button.isEnabled()


def test_date_editor_sets_and_clears(qtbot, ui_context, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    table = dialog.ui.items_table
    index = dialog.model.index(0, PlanItemsModel.TARGET_DATE)

    table.setCurrentIndex(index)
    table.edit(index)
    editor = dialog.date_delegate.open_editor
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(2027, 1, 15))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.model.items[0].target_date == date(2027, 1, 15)

    table.setCurrentIndex(index)
    table.edit(index)
    editor = dialog.date_delegate.open_editor
    editor.setDate(editor.minimumDate())
    assert editor.text() == "Not set"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert dialog.model.items[0].target_date is None


def test_empty_item_not_saved(qtbot, ui_context, prompts, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    qtbot.mouseClick(dialog.ui.add_item_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)

    assert len(prompts.errors) == 1
    assert "Item 2 is empty" in prompts.errors[0][1]
    assert plans.saved_plan(case.id, "DAP") is None
    assert dialog.isVisible()


def test_close_with_changes_asks(qtbot, ui_context, prompts, home):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    prompts.confirm_answer = False
    edit_text(qtbot, dialog, 0, PlanItemsModel.FINDING, "Changed")

    qtbot.mouseClick(dialog.ui.close_button, Qt.MouseButton.LeftButton)

    assert len(prompts.confirms) == 1
    assert dialog.isVisible()


def test_export_pdf(qtbot, ui_context, prompts, home, tmp_path):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    edit_text(qtbot, dialog, 0, PlanItemsModel.FINDING, WELSH_FINDING)
    out = tmp_path / "plan.pdf"
    prompts.save_answer = out

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)

    assert out.exists()
    assert prompts.opened_files == [out]
    assert prompts.errors == []
    assert case.reference in prompts.suggested_paths[0].name
    assert prompts.suggested_paths[0].name == f"{case.reference}-DAP.pdf"
    assert plans.plan_items(case.id, "DAP")[0].finding == WELSH_FINDING
    text = pdf_text(out)
    assert "Tŷ Gwyn" in text
    assert "Red" in text
    assert case.reference in text
    for item in dialog.model.items:
        if item.target_date is not None:
            assert long_date(item.target_date) in text
    assert dialog.ui.export_button.isEnabled()
    assert dialog.ui.export_progress.isHidden()


def test_export_cancelled_writes_nothing(qtbot, ui_context, prompts, home, tmp_path):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    prompts.save_answer = None

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)

    assert len(prompts.suggested_paths) == 1
    assert prompts.opened_files == []
    assert not dialog.exporting
    assert plans.saved_plan(case.id, "DAP") is not None


def test_export_to_unwritable_folder(qtbot, ui_context, prompts, home, tmp_path):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    prompts.save_answer = not_a_folder / "plan.pdf"

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=30_000)

    assert "plan.pdf" in prompts.errors[0][1]
    assert prompts.opened_files == []
    assert not dialog.exporting
    assert dialog.ui.export_button.isEnabled()
    assert dialog.ui.items_table.isEnabled()
    assert dialog.ui.export_progress.isHidden()

    prompts.save_answer = tmp_path / "plan.pdf"
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=30_000)
    assert (tmp_path / "plan.pdf").exists()


def test_viewer_missing_says_where_saved(qtbot, ui_context, prompts, home, tmp_path, monkeypatch):
    case = make_red_case(ui_context.session, home)
    dialog = open_dialog(qtbot, ui_context, case)
    out = tmp_path / "plan.pdf"
    prompts.save_answer = out
    monkeypatch.setattr(prompts, "open_file", lambda path: False)

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.infos), timeout=30_000)

    assert str(out) in prompts.infos[-1][1]


def test_saved_cap_items_shown(qtbot, ui_context, home):
    session = ui_context.session
    case = make_red_case(session, home)
    plans.save_plan(
        case.id,
        "CAP",
        [ItemInput("First", "Do one", "Gwenllïan Jones", None)],
        session.officer(),
    )

    dialog = open_dialog(qtbot, ui_context, case, "CAP")

    assert [item.finding for item in dialog.model.items] == ["First"]
    assert "Corrective Action Plan (CAP)" in dialog.ui.heading_label.text()
