"""A 40-item plan with long findings and Welsh names, from editing to issue, export and print."""

from __future__ import annotations

from datetime import date

import pypdf
from conftest import TODAY
from plan_samples import make_case, page_texts, ready_item
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from carehome_desk.store import plans, settings
from carehome_desk.store.homes import HomeInput, save_home
from carehome_desk.store.plans import PlanDetails, ProgressInput
from carehome_desk.ui.plan_dialog import PlanDialog
from carehome_desk.ui.plan_item_dialog import PlanItemDialog
from carehome_desk.ui.plans_panel import PlansPanel

NAMES = ("Siân Ŵyn", "Gwenllïan Jones", "Dafydd ap Gwilym", "Rhodri Ŷr", "Llŷr Môn")
EDITED_FINDING = 'Cadeiriau olwyn at "Tŷ Gwyn" & <Bryn Ŵyn>:\ncall bells unanswered for 20 minutes'


def long_item(number: int):
    """Return item ``number`` with a finding of 40 to 240 words, and two of 1,000."""
    words = 1000 if number in (7, 33) else 40 + (number * 37) % 200
    finding = " ".join(f"{NAMES[index % 5]} gair{index}" for index in range(words // 3))
    name = NAMES[number % 5]
    return ready_item(
        number % 28 + 1,
        finding=f"Finding {number}: {finding}",
        responsible_person=name,
        accountable_person=NAMES[(number + 1) % 5],
        evidence=f"Seen by {name} & <team>",
        progress=(ProgressInput(TODAY, name, f"Progress on item {number} at Tŷ Gwyn"),),
    )


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible(parent, kind):
    return next(child for child in parent.findChildren(kind) if child.isVisible())


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def edit_last_item(qtbot, dialog: PlanDialog) -> None:
    """Open item 40 with Enter, retype its finding and add an action, as an officer would."""
    dialog.ui.items_table.setCurrentIndex(dialog.model.index(39, 0))
    qtbot.keyClick(dialog.ui.items_table, Qt.Key.Key_Return)
    editor = visible(dialog, PlanItemDialog)
    editor.ui.finding_edit.setPlainText(EDITED_FINDING)
    click(qtbot, editor.ui.add_action_button)
    action_editor = editor.action_delegate.open_editor
    assert isinstance(action_editor, QPlainTextEdit)
    qtbot.keyClicks(action_editor, "Answer call bells within 5 minutes")
    qtbot.keyClick(action_editor, Qt.Key.Key_Tab)
    editor.ui.target_date_edit.setDate(QDate(2027, 3, 1))
    click(qtbot, editor.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def test_forty_item_plan_edited_issued_exported_printed(qtbot, ui_context, prompts, home, tmp_path):
    session = ui_context.session
    case = make_case(session, home)
    items = [long_item(number) for number in range(1, 41)]
    plans.create_plan(
        case.id, "DAP", PlanDetails(trigger="Whistleblowing"), items, session.officer(), TODAY
    )
    panel = PlansPanel(ui_context, case.id)
    qtbot.addWidget(panel)
    panel.show()

    # Edit: open the plan from the panel, change item 40 and move it up, then save.
    qtbot.keyClick(panel.ui.plans_table, Qt.Key.Key_Return)
    dialog = visible(panel, PlanDialog)
    edit_last_item(qtbot, dialog)
    click(qtbot, dialog.ui.move_up_button)
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.save_button)

    # Issue from the dialog, then export and print the issued version.
    with qtbot.waitSignal(panel.plans_changed):
        click(qtbot, dialog.ui.issue_button)
    exported = tmp_path / "issued.pdf"
    prompts.save_answer = exported
    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: bool(prompts.opened_files), timeout=60_000)
    prompts.print_to = tmp_path / "printed.pdf"
    click(qtbot, dialog.ui.print_button)
    qtbot.waitUntil(lambda: dialog.ui.status_label.text() == "Sent to the printer", timeout=60_000)
    dialog.close()

    # Later changes to the home, the settings and the officer leave the issued copy alone.
    save_home(HomeInput(name="Plas Newydd"), "Siân Ŵyn", home_id=home.id)
    settings.save_settings({"council_name": "Another Council"})
    settings.save_officer("Rhys Ifans", "Safeguarding")
    again = tmp_path / "again.pdf"
    prompts.save_answer = again
    panel.refresh()
    click(qtbot, panel.ui.export_button)
    qtbot.waitUntil(lambda: len(prompts.opened_files) == 2, timeout=60_000)

    texts = page_texts(exported)
    page_count = len(texts)
    assert prompts.errors == []
    assert page_count > 20
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == page_count
    assert page_texts(again) == texts
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {page_count}" in text
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert "Version 1, issued 4 December 2026" in text
    whole = flat("\n".join(texts))
    assert flat(EDITED_FINDING) in whole
    assert "1. Action 13a 2. Action 13b 3. Answer call bells within 5 minutes" in whole
    for name in NAMES:
        assert name in whole
    assert whole.index("Finding 39:") > whole.index(flat(EDITED_FINDING))
    issued = plans.plan_rows(case.id)[0]
    assert (issued.status, issued.issued_on) == (plans.ISSUED, TODAY)
    assert plans.plan_items(case.id, "DAP")[38].target_date == date(2027, 3, 1)
