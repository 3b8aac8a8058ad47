"""The deadlines view: every open action of every open case, filtered by when, team, level, home."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from carehome_desk.process import deadlines
from carehome_desk.store import queries
from carehome_desk.ui import level_delegate
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.deadlines_model import CASE_ID_ROLE, DeadlinesModel
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.level_delegate import LevelDelegate
from carehome_desk.ui.presentation import (
    fill_level_combo,
    format_date,
    level_text,
    refill_combo,
)
from carehome_desk.ui.table_columns import text_margin

log = logging.getLogger(__name__)

ANY = object()  # the "all" entry of a filter combo box


class DeadlinesWindow(QWidget):
    """A top-level window listing open actions across all homes.

    The filters run in the database query, so the list stays fast with many
    thousands of actions. Enter, a double-click or Open case emits
    ``open_case_requested`` with the row's case id.
    """

    open_case_requested = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.ui = load_form("deadlines_window.ui", self)

        self.model = DeadlinesModel(context.session.level, self)
        self.level_delegate = LevelDelegate(self)
        self._set_up_table()
        self._fill_filters()
        self._connect()
        self.refresh()
        self.ui.deadlines_table.setFocus()

    def _set_up_table(self) -> None:
        table = self.ui.deadlines_table
        table.setModel(self.model)
        table.setItemDelegateForColumn(DeadlinesModel.LEVEL, self.level_delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            DeadlinesModel.WHEN: 110,
            DeadlinesModel.DUE: 150,
            DeadlinesModel.REFERENCE: 160,
            DeadlinesModel.HOME: 180,
            DeadlinesModel.LEVEL: 110,
            DeadlinesModel.ACTION: 280,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSortIndicator(DeadlinesModel.DUE, Qt.SortOrder.AscendingOrder)

    def _fill_filters(self) -> None:
        ui = self.ui
        for choice, label in deadlines.CHOICES:
            ui.show_combo.addItem(QCoreApplication.translate("Deadlines", label), choice)

        # The level, team and home lists are filled by refresh(), which the window calls next.

    def _fill_levels(self) -> None:
        levels = self.context.session.process_map().levels_by_rank()
        fill_level_combo(self.ui.level_combo, levels, self.tr("All levels"), ANY)

        # Widen the level column to the longest level name, as another map may bring.
        table = self.ui.deadlines_table
        names = [level_text(level) for level in levels] + [level_text(None)]
        needed = max(map(table.fontMetrics().horizontalAdvance, names))
        needed += level_delegate.TEXT_PADDING + text_margin(table)
        if table.columnWidth(DeadlinesModel.LEVEL) < needed:
            table.horizontalHeader().resizeSection(DeadlinesModel.LEVEL, needed)

    def _fill_teams(self) -> None:
        teams = [(team, team) for team in queries.deadline_teams()]
        refill_combo(self.ui.team_combo, [(self.tr("All teams"), ANY), *teams])

    def _fill_homes(self) -> None:
        homes = [(name, home_id) for home_id, name in queries.home_choices()]
        refill_combo(self.ui.home_combo, [(self.tr("All homes"), ANY), *homes])

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.show_combo, ui.team_combo, ui.level_combo, ui.home_combo):
            combo.currentIndexChanged.connect(self._load)
        ui.deadlines_table.activated.connect(self._open_index)
        ui.deadlines_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.open_case_button.clicked.connect(self.open_selected_case)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # --- filtering and loading --------------------------------------------------

    def set_choice(self, choice: str) -> None:
        """Show the actions of ``choice``, one of ``deadlines.CHOICES``."""
        self.ui.show_combo.setCurrentIndex(self.ui.show_combo.findData(choice))

    def current_filter(self) -> queries.DeadlineFilter:
        """Return the query filter the combo boxes describe today."""
        ui = self.ui
        today = self.context.session.today()
        due = deadlines.due_range(ui.show_combo.currentData(), today)
        team = ui.team_combo.currentData()
        level = ui.level_combo.currentData()
        home = ui.home_combo.currentData()
        return queries.DeadlineFilter(
            due_from=due.due_from,
            due_to=due.due_to,
            dated=due.dated,
            undated=due.undated,
            team="" if team is ANY else team,
            level=None if level is ANY else level,
            home_id=None if home is ANY else home,
        )

    def refresh(self) -> None:
        """Reload the filter lists and the actions, keeping the filters and selection."""
        self._fill_levels()
        self._fill_teams()
        self._fill_homes()
        self._load()

    def _load(self) -> None:
        today = self.context.session.today()
        selected = self.selected_action_key()
        rows = queries.deadline_rows(self.current_filter())
        self.model.set_rows(rows, today)
        self._select(selected)
        self._show_counts(today)
        log.debug("Deadlines view shows %d actions", len(rows))

    def _select(self, action_key: str | None) -> None:
        row = self.model.row_of(action_key) if action_key is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.ui.deadlines_table.selectRow(row)
        self._update_buttons()

    def _show_counts(self, today: date) -> None:
        week = self.tr("This week is {start} to {end}.").format(
            start=format_date(today), end=format_date(deadlines.week_end(today))
        )
        self.ui.intro_label.setText(
            self.tr("Open actions of open cases in every care home, earliest due first.")
            + " "
            + week
        )
        self.ui.counts_label.setText(
            self.tr("Actions shown: {count}").format(count=self.model.rowCount())
        )

    # --- opening a case ---------------------------------------------------------

    def selected_action_key(self) -> str | None:
        """Return the stored id of the selected action, or None when no row is selected."""
        row = self._selected_row()
        deadline = self.model.row_at(row) if row is not None else None
        return deadline.action_key if deadline is not None else None

    def _selected_row(self) -> int | None:
        rows = self.ui.deadlines_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        self.ui.open_case_button.setEnabled(self._selected_row() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case_requested.emit(case_id)

    def open_selected_case(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._open_index(self.model.index(row, 0))
