"""The case window's actions table fits each row to its wrapped text, as Qt's own view does."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from carehome_desk.process.assessment import Answer
from carehome_desk.store import cases
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case
from carehome_desk.ui.case_models import ActionsModel
from carehome_desk.ui.case_window import CaseWindow

LONG_REASON = (
    "Cyfarfod wedi'i gynnal yr wythnos diwethaf gyda'r rheolwr cofrestredig, y tîm diogelu "
    "a'r bwrdd iechyd lleol, felly nid oes angen un arall cyn yr adolygiad nesaf yn Nhŷ Gwyn."
)
LINES_REASON = "Held at Tŷ Gwyn on 2 Dec 2026.\nMinutes filed.\nNext one in January."


def red_case(session, home) -> Case:
    """Return a red case raised two weeks ago, so some of its actions are overdue."""
    return record_new_case(
        session.process_map(),
        ConcernInput(home.id, date(2026, 11, 20), "ambulance", "Resident found on the floor."),
        AssessmentInput(
            (Answer("red-staffing", True, "Two carers on nights for 28 residents."),),
            "red",
            date(2026, 11, 20),
        ),
        session.officer(),
        TODAY,
    )


def action_named(case: Case, name: str):
    return next(action for action in case.actions if action.name == name)


@pytest.fixture
def window(qtbot, ui_context, home) -> CaseWindow:
    """The case window of a red case with long, wrapped and multi-line statuses, shown."""
    session = ui_context.session
    case = red_case(session, home)
    officer = session.officer()
    cases.mark_not_applicable(action_named(case, "Urgent JIMP").id, LONG_REASON, officer)
    cases.mark_not_applicable(
        action_named(case, "Source alternative placements").id, LINES_REASON, officer
    )

    case_window = CaseWindow(ui_context, case.id)
    qtbot.addWidget(case_window)
    case_window.resize(1100, 760)
    case_window.show()
    qtbot.waitExposed(case_window)
    return case_window


@pytest.fixture
def reference(qtbot) -> QTableView:
    """A plain QTableView, never shown, that measures rows as Qt does."""
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setVisible(False)
    return view


def fitted_heights(reference: QTableView, table: QTableView) -> list[int]:
    """Return the row heights Qt's QTableView gives the cells of ``table`` at its widths."""
    reference.setModel(table.model())
    reference.setFont(table.font())
    reference.setWordWrap(table.wordWrap())
    reference.setShowGrid(table.showGrid())
    for column in range(table.model().columnCount()):
        reference.horizontalHeader().resizeSection(column, table.columnWidth(column))
    reference.resizeRowsToContents()
    return [reference.rowHeight(row) for row in range(table.model().rowCount())]


def row_heights(table: QTableView) -> list[int]:
    return [table.rowHeight(row) for row in range(table.model().rowCount())]


def assert_rows_fit(qtbot, table: QTableView, reference: QTableView) -> None:
    def rows_fit() -> None:
        assert row_heights(table) == fitted_heights(reference, table)

    qtbot.waitUntil(rows_fit)


def row_of(window: CaseWindow, name: str) -> int:
    return next(row for row, a in enumerate(window.actions_model.actions) if a.name == name)


def test_rows_fit_wrapped_text(qtbot, window, reference):
    table = window.ui.actions_table

    assert_rows_fit(qtbot, table, reference)

    one_line = min(row_heights(table))
    assert table.rowHeight(row_of(window, "Urgent JIMP")) > one_line
    assert table.rowHeight(row_of(window, "Source alternative placements")) >= 3 * (one_line - 2)


def test_overdue_rows_fit_in_bold(qtbot, window, reference):
    model = window.actions_model
    fonts = [
        model.index(row, ActionsModel.STATUS).data(Qt.ItemDataRole.FontRole)
        for row in range(model.rowCount())
    ]

    assert any(isinstance(font, QFont) and font.bold() for font in fonts)
    assert_rows_fit(qtbot, window.ui.actions_table, reference)


def test_rows_fit_after_columns_resized(qtbot, window, reference):
    table = window.ui.actions_table
    assert_rows_fit(qtbot, table, reference)
    header = table.horizontalHeader()

    header.resizeSection(ActionsModel.CONDITION, 90)
    header.resizeSection(ActionsModel.TEAMS, 80)
    assert_rows_fit(qtbot, table, reference)

    window.resize(700, 760)
    assert_rows_fit(qtbot, table, reference)


def test_rows_fit_after_refresh(qtbot, window, reference):
    table = window.ui.actions_table
    assert_rows_fit(qtbot, table, reference)
    one_line = min(row_heights(table))
    action = window.actions_model.actions[row_of(window, "Agency carers via Matrix")]

    officer = window.context.session.officer()
    cases.mark_not_applicable(action.id, LONG_REASON + "\n" + LINES_REASON, officer)
    window.refresh()

    assert_rows_fit(qtbot, table, reference)
    assert table.rowHeight(row_of(window, "Agency carers via Matrix")) >= 4 * (one_line - 2)


def test_columns_fit_longest_text(qtbot, window, reference):
    table = window.ui.actions_table
    fitted_heights(reference, table)

    for column in (ActionsModel.NAME, ActionsModel.LEVEL):
        hint = reference.sizeHintForColumn(column)
        assert table.sizeHintForColumn(column) == hint
        assert table.columnWidth(column) >= hint


def test_rows_fitted_once_shown(qtbot, reference):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView

    from carehome_desk.ui.case_table_view import FittedRowsTableView

    model = QStandardItemModel(3, 2)
    for row, text in enumerate(["Open", LONG_REASON, LINES_REASON]):
        model.setItem(row, 0, QStandardItem(f"Action {row + 1}"))
        model.setItem(row, 1, QStandardItem(text))
    table = FittedRowsTableView()
    qtbot.addWidget(table)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 90)
    table.horizontalHeader().resizeSection(1, 160)
    table.resize(400, 500)
    table.resizeRowsToContents()  # before it is shown: the rows that wrap are not measured yet

    table.show()
    qtbot.waitExposed(table)

    assert_rows_fit(qtbot, table, reference)
    assert table.rowHeight(2) > table.rowHeight(0)
