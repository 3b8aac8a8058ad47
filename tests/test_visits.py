"""Visits and meetings: recording them, the actions they complete, and their dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from lifecycle_cases import action, new_case
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import lifecycle, visits
from carehome_desk.store.models import CaseAction, Meeting, Visit
from carehome_desk.store.visits import MeetingInput, VisitInput
from carehome_desk.ui.case_window import CaseWindow
from carehome_desk.ui.visit_dialogs import MeetingDialog, VisitDialog

RAISED = date(2026, 11, 20)


@pytest.fixture
def amber_case(session, home):
    return new_case(session, home, "amber", RAISED, date(2026, 11, 23))


def urgent_visit(case) -> CaseAction:
    return action(case, "amber-urgent-visit")


def record(session, case, on: date, fulfils=(), **fields) -> Visit:
    values = {"kind": "unannounced", "attendees": "Siân Ŵyn (Contracts)"} | fields
    return visits.record_visit(
        case.id, VisitInput(on, fulfils=tuple(fulfils), **values), session.officer(), TODAY
    )


# --- the store ----------------------------------------------------------------------


def test_visit_completes_action_and_links(session, amber_case):
    urgent = urgent_visit(amber_case)

    visit = record(session, amber_case, date(2026, 11, 24), [urgent.id], findings="Dirty kitchen.")

    done = CaseAction.get_by_id(urgent.id)
    assert done.status == "done"
    assert done.done_on == date(2026, 11, 24)
    assert done.done_by == "Siân Ŵyn"
    assert done.visit_id == visit.id
    assert visits.completed_by_record(amber_case.id) == {visit.id: ["Urgent care home visit"]}


def test_follow_up_counts_from_visit_date(session, amber_case):
    follow_up = action(amber_case, "amber-follow-up-visit")
    assert follow_up.due_on is None

    record(session, amber_case, date(2026, 11, 24), [urgent_visit(amber_case).id])

    # Ten calendar days from the recorded visit, not from the day it was typed in.
    assert CaseAction.get_by_id(follow_up.id).due_on == date(2026, 12, 4)


def test_visit_date_corrected_moves_follow_up(session, amber_case):
    visit = record(session, amber_case, date(2026, 11, 24), [urgent_visit(amber_case).id])
    corrected = VisitInput(date(2026, 11, 26), "announced", findings="Kitchen cleaned since.")

    visits.update_visit(visit.id, corrected, session.officer(), TODAY)

    stored = Visit.get_by_id(visit.id)
    assert (stored.visited_on, stored.kind) == (date(2026, 11, 26), "announced")
    assert stored.findings == "Kitchen cleaned since."
    assert CaseAction.get_by_id(urgent_visit(amber_case).id).done_on == date(2026, 11, 26)
    assert action(amber_case, "amber-follow-up-visit").due_on == date(2026, 12, 6)


def test_visits_listed_oldest_first(session, amber_case):
    later = record(session, amber_case, date(2026, 12, 2), purpose="Follow-up")
    earlier = record(session, amber_case, date(2026, 11, 24), purpose="Urgent")

    assert [v.id for v in visits.list_visits(amber_case.id)] == [earlier.id, later.id]


def test_attendees_kept_one_per_line(session, amber_case):
    visit = record(
        session, amber_case, TODAY, attendees="  Siân Ŵyn (Contracts)\n\nDai  Jones (UHB nurses) "
    )

    assert visit.attendees == "Siân Ŵyn (Contracts)\nDai Jones (UHB nurses)"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": ""}, "Kind of visit is required"),
        ({"kind": "surprise"}, "Kind of visit surprise is not known"),
        ({"attendees": "Siân Ŵyn"}, "the line “Siân Ŵyn” needs a name and a team"),
        ({"on": date(2026, 11, 19)}, "before 2026-11-20"),
        ({"on": date(2026, 12, 5)}, "after 2026-12-04"),
    ],
)
def test_visit_rejected(session, amber_case, fields, message):
    on = fields.pop("on", TODAY)

    with pytest.raises(DeskError, match=message):
        record(session, amber_case, on, [urgent_visit(amber_case).id], **fields)

    assert Visit.select().count() == 0
    assert urgent_visit(amber_case).status == "open"


def test_visit_cannot_complete_done_action(session, amber_case):
    urgent = urgent_visit(amber_case)
    record(session, amber_case, TODAY, [urgent.id])

    with pytest.raises(DeskError, match="is not an open action of case"):
        record(session, amber_case, TODAY, [urgent.id])

    assert Visit.select().count() == 1


def test_visit_cannot_complete_other_case(session, home, amber_case):
    other = new_case(session, home, "amber", RAISED)

    with pytest.raises(DeskError, match="is not an open action of case"):
        record(session, amber_case, TODAY, [urgent_visit(other).id])


def test_closed_case_takes_no_visit(session, amber_case):
    lifecycle.close_case(amber_case.id, TODAY, "Resolved.", session.officer(), TODAY)

    with pytest.raises(DeskError, match="is closed"):
        record(session, amber_case, TODAY)


def test_meeting_completes_action(session, amber_case):
    ppm = action(amber_case, "amber-ppm-jimp")
    meeting = MeetingInput(
        "PPM",
        date(2026, 12, 1),
        attendees="Siân Ŵyn (Contracts)\nGwenllïan Jones (Provider)",
        agencies="CIW\nUHB",
        outcome="Concerns substantiated.",
        decisions="CAP by 11 December.",
        fulfils=(ppm.id,),
    )

    saved = visits.record_meeting(amber_case.id, meeting, session.officer(), TODAY)

    assert [m.id for m in visits.list_meetings(amber_case.id)] == [saved.id]
    assert (saved.kind, saved.agencies, saved.decisions) == (
        "PPM",
        "CIW\nUHB",
        "CAP by 11 December.",
    )
    done = CaseAction.get_by_id(ppm.id)
    assert (done.status, done.done_on, done.meeting_id) == ("done", date(2026, 12, 1), saved.id)


def test_meeting_kind_must_be_known(session, amber_case):
    with pytest.raises(DeskError, match="choose JIMP, JQMM, QAM or PPM"):
        visits.record_meeting(amber_case.id, MeetingInput("AGM", TODAY), session.officer(), TODAY)

    assert Meeting.select().count() == 0


# --- the dialogs ----------------------------------------------------------------------


def open_window(qtbot, ui_context, case) -> CaseWindow:
    window = CaseWindow(ui_context, case.id)
    qtbot.addWidget(window)
    window.show()
    return window


def select(window: CaseWindow, name: str) -> None:
    model = window.actions_model
    row = next(r for r, a in enumerate(model.actions) if a.name == name)
    window.ui.actions_table.setCurrentIndex(model.index(row, 0))


def save(qtbot, window: CaseWindow, dialog) -> None:
    with qtbot.waitSignal(window.case_changed):
        button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_visit_dialog_records_selected_action(qtbot, ui_context, amber_case):
    window = open_window(qtbot, ui_context, amber_case)
    select(window, "Urgent care home visit")
    qtbot.mouseClick(window.ui.record_visit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(VisitDialog)
    assert dialog.ui.purpose_edit.text() == "Urgent care home visit"
    assert dialog.ui.attendees_edit.toPlainText() == "Siân Ŵyn (Contracts)"
    assert dialog.ticked_actions() == (urgent_visit(amber_case).id,)

    dialog.ui.visited_on_edit.setDate(QDate(2026, 11, 27))
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("unannounced"))
    dialog.ui.findings_edit.setPlainText(
        "Call bells unanswered for 10 minutes.\nTŷ Gwyn lift broken."
    )
    save(qtbot, window, dialog)

    visit = Visit.get()
    assert visit.findings == "Call bells unanswered for 10 minutes.\nTŷ Gwyn lift broken."
    assert urgent_visit(amber_case).visit_id == visit.id
    follow_up = "Unannounced follow-up visit"
    row = next(r for r, a in enumerate(window.actions_model.actions) if a.name == follow_up)
    due = window.actions_model.index(row, window.actions_model.DUE).data()
    assert due == "7 Dec 2026"
    assert window.records.visits_model.rowCount() == 1


def test_visit_dialog_keeps_input_on_error(qtbot, ui_context, prompts, amber_case):
    window = open_window(qtbot, ui_context, amber_case)
    qtbot.mouseClick(window.ui.record_visit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(VisitDialog)
    dialog.ui.findings_edit.setPlainText("Dirty kitchen.")

    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert prompts.errors == [("Visit not saved", "Kind of visit is required.")]
    assert dialog.isVisible()
    assert dialog.ui.findings_edit.toPlainText() == "Dirty kitchen."
    assert Visit.select().count() == 0


def test_edit_visit_findings(qtbot, ui_context, session, amber_case):
    record(session, amber_case, date(2026, 11, 24), [urgent_visit(amber_case).id], findings="Old.")
    window = open_window(qtbot, ui_context, amber_case)
    window.ui.case_tabs.setCurrentWidget(window.ui.records_tab)
    window.ui.visits_table.setFocus()
    qtbot.keyClick(window.ui.visits_table, Qt.Key.Key_Return)
    dialog = window.findChild(VisitDialog)
    assert dialog.windowTitle() == "Edit visit"
    assert dialog.ui.findings_edit.toPlainText() == "Old."
    assert dialog.ui.fulfils_list.item(0).checkState() == Qt.CheckState.Checked
    assert not dialog.ui.fulfils_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled

    dialog.ui.findings_edit.setPlainText("Old.\nNew finding: fire door propped open.")
    save(qtbot, window, dialog)

    assert Visit.get().findings == "Old.\nNew finding: fire door propped open."
    findings = window.records.visits_model.index(0, 4).data()
    assert findings == "Old.\nNew finding: fire door propped open."


def test_meeting_dialog_records_jimp(qtbot, ui_context, session, home):
    red = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, red)
    select(window, "Urgent JIMP")
    qtbot.mouseClick(window.ui.record_meeting_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(MeetingDialog)

    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("JIMP"))
    dialog.ui.agencies_edit.setPlainText("CIW\nSouth Wales Police")
    dialog.ui.outcome_edit.setPlainText("Home to stay in JIMP.")
    save(qtbot, window, dialog)

    meeting = Meeting.get()
    assert (meeting.kind, meeting.held_on, meeting.agencies) == (
        "JIMP",
        TODAY,
        "CIW\nSouth Wales Police",
    )
    jimp = action(red, "red-jimp")
    assert (jimp.status, jimp.meeting_id) == ("done", meeting.id)
    status = window.actions_model.index(0, window.actions_model.STATUS).data()
    assert status == "Done on 4 Dec 2026 by Siân Ŵyn at a JIMP meeting"


def test_visit_dialog_hides_after_exit_visits_before_exit(qtbot, ui_context, session, home):
    case = new_case(session, home, "red", RAISED)
    window = open_window(qtbot, ui_context, case)
    qtbot.mouseClick(window.ui.record_visit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(VisitDialog)

    listed = [
        dialog.ui.fulfils_list.item(row).text() for row in range(dialog.ui.fulfils_list.count())
    ]

    assert any(text.startswith("Immediate risk assessment visit") for text in listed)
    assert not any(text.startswith("Weekly monitoring visit after exit") for text in listed)


def test_post_exit_visit_rejected_before_exit(session, home):
    case = new_case(session, home, "red", RAISED)
    weekly = action(case, "red-weekly-monitoring", occurrence=1)
    visit = VisitInput(
        visited_on=TODAY, kind="announced", purpose="Monitoring", fulfils=(weekly.id,)
    )

    with pytest.raises(DeskError, match="follows the Council's exit"):
        visits.record_visit(case.id, visit, session.officer(), TODAY)

    assert CaseAction.get_by_id(weekly.id).status == "open"
    assert Visit.select().count() == 0
