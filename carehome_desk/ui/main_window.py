"""The main window: care homes with their alert level and actions, and their cases."""

from __future__ import annotations

import logging
import os
import time
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QTableView,
    QWidget,
)

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import queries, settings
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.level_delegate import LevelDelegate
from carehome_desk.ui.main_models import (
    ANY_LEVEL,
    ID_ROLE,
    CasesModel,
    HomeFilterProxy,
    HomesModel,
    SourceSortProxy,
)
from carehome_desk.ui.presentation import fill_level_combo, translate_error
from carehome_desk.ui.sync_actions import SyncActions
from carehome_desk.ui.table_columns import ColumnFitter

if TYPE_CHECKING:
    from carehome_desk.ui.deadlines_window import DeadlinesWindow

log = logging.getLogger(__name__)

# With this variable set to "1", the first paint of the main window prints the time
# and the peak memory to standard output and quits the app: the start-up benchmark
# under tests/benchmarks measures launch-to-paint with it.
EXIT_AFTER_PAINT_VARIABLE = "CAREHOME_DESK_EXIT_AFTER_PAINT"


def milliseconds_to_next_day(now: datetime) -> int:
    """Return the milliseconds from ``now`` to a second after the next local midnight."""
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((midnight - now).total_seconds() * 1000) + 1000


def _report_paint_and_quit() -> None:
    """Print ``first-paint <unix time> peak-rss-kib <KiB>`` and quit the event loop."""
    try:
        import resource

        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:  # Windows has no resource module
        peak_kib = -1
    print(f"first-paint {time.time():.6f} peak-rss-kib {peak_kib}", flush=True)
    QCoreApplication.exit(0)


class MainWindow(QMainWindow):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = load_form("main_window.ui", self)
        self.case_windows: dict[uuid.UUID, QWidget] = {}
        session = context.session

        self.homes_model = HomesModel(session.level, self)
        self.homes_proxy = HomeFilterProxy(self)
        self.homes_proxy.setSourceModel(self.homes_model)
        self.homes_columns = self._set_up_table(
            self.ui.homes_table, self.homes_proxy, HomesModel.stretch_column
        )
        self.level_delegate = LevelDelegate(self)
        self.ui.homes_table.setItemDelegateForColumn(HomesModel.level_column, self.level_delegate)
        self.ui.homes_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

        self.cases_model = CasesModel(session.level, self)
        self.cases_proxy = SourceSortProxy(self)
        self.cases_proxy.setSourceModel(self.cases_model)
        self.cases_columns = self._set_up_table(
            self.ui.cases_table, self.cases_proxy, CasesModel.stretch_column
        )
        self.ui.cases_table.setItemDelegateForColumn(CasesModel.level_column, self.level_delegate)
        self.ui.cases_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)

        self._fill_level_filter()
        self.deadlines_window: DeadlinesWindow | None = None
        self.deadline_counts_label = QLabel(self)
        self.deadline_counts_label.setAccessibleName(self.tr("Overdue and due this week"))
        self.ui.status_bar.addPermanentWidget(self.deadline_counts_label)
        self._connect()
        # Overdue and due-this-week counts change at midnight, with nothing saved.
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self._new_day)
        self._arm_day_timer()
        self.sync_actions = SyncActions(self)
        self.refresh()
        self._update_title()
        self._exit_after_paint = os.environ.get(EXIT_AFTER_PAINT_VARIABLE) == "1"

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._exit_after_paint:
            self._exit_after_paint = False
            # Runs once the whole window, tables included, has been painted.
            QTimer.singleShot(0, _report_paint_and_quit)

    def _set_up_table(
        self, table: QTableView, model: QSortFilterProxyModel, stretch_column: int
    ) -> ColumnFitter:
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        # After a header click sorts the rows, bring the selected record back into view.
        table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: table.scrollTo(table.currentIndex())
        )
        return ColumnFitter(table, stretch_column)

    def _fill_level_filter(self) -> None:
        combo = self.ui.level_filter_combo
        levels = self.context.session.process_map().levels_by_rank()
        fill_level_combo(combo, levels, self.tr("All levels"), ANY_LEVEL)
        self.homes_proxy.set_level(combo.currentData())

    def _connect(self) -> None:
        ui = self.ui
        ui.home_filter_edit.textChanged.connect(self.homes_proxy.set_text)
        ui.level_filter_combo.currentIndexChanged.connect(
            lambda: self.homes_proxy.set_level(ui.level_filter_combo.currentData())
        )
        ui.homes_table.selectionModel().selectionChanged.connect(self._home_changed)
        ui.homes_table.doubleClicked.connect(lambda: self.edit_home())
        ui.homes_table.activated.connect(lambda: ui.cases_table.setFocus())
        ui.cases_table.activated.connect(lambda: self.open_case())
        ui.cases_table.selectionModel().selectionChanged.connect(lambda: self._update_actions())
        ui.action_new_concern.triggered.connect(self.new_concern)
        ui.action_open_case.triggered.connect(self.open_case)
        ui.action_deadlines.triggered.connect(self.open_deadlines)
        ui.action_add_home.triggered.connect(self.add_home)
        ui.action_edit_home.triggered.connect(self.edit_home)
        ui.action_settings.triggered.connect(self.edit_settings)
        ui.action_refresh.triggered.connect(self.refresh)
        ui.action_quit.triggered.connect(self.close)

    # ------------------------------------------------------------ reading

    def selected_home_id(self) -> uuid.UUID | None:
        return self._current_id(self.ui.homes_table)

    def selected_case_id(self) -> uuid.UUID | None:
        return self._current_id(self.ui.cases_table)

    def _current_id(self, table: QTableView) -> uuid.UUID | None:
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isSelected(index):
            return None
        return index.data(ID_ROLE)

    def refresh(self) -> None:
        """Reload homes and cases, keeping the selected home and case."""
        session = self.context.session
        home_id = self.selected_home_id()
        rows = queries.home_rows(session.today(), session.level_ranks())
        self.homes_model.set_rows(rows)
        self.homes_model.fit_columns(self.homes_columns)
        if home_id is not None:
            self._select(self.ui.homes_table, self.homes_model, self.homes_proxy, home_id)
        self._refresh_cases()
        self._update_status(rows)
        self._update_deadline_counts(rows)
        if self.deadlines_window is not None:
            self.deadlines_window.refresh()

    def _refresh_cases(self) -> None:
        case_id = self.selected_case_id()
        home_id = self.selected_home_id()
        session = self.context.session
        rows = queries.case_rows(session.today(), home_id) if home_id is not None else []
        self.cases_model.set_rows(rows)
        self.cases_model.fit_columns(self.cases_columns)
        if case_id is not None:
            self._select(self.ui.cases_table, self.cases_model, self.cases_proxy, case_id)
        if self.selected_case_id() is None and self.cases_proxy.rowCount() > 0:
            # Select the newest case so "Open case" works without a click first.
            self.ui.cases_table.selectRow(0)
        self._update_actions()

    def _select(
        self,
        table: QTableView,
        model: HomesModel | CasesModel,
        proxy: QSortFilterProxyModel,
        record_id: uuid.UUID,
    ) -> None:
        row = model.row_of(record_id)
        if row < 0:
            return
        index = proxy.mapFromSource(model.index(row, 0))
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            table.selectionModel().setCurrentIndex(index, flags)

    def _arm_day_timer(self) -> None:
        self.day_timer.start(milliseconds_to_next_day(datetime.now()))

    def _new_day(self) -> None:
        log.info("A new day began; reloading the lists")
        self.refresh()
        self._arm_day_timer()

    def _home_changed(self) -> None:
        self._refresh_cases()

    def _update_actions(self) -> None:
        self.ui.action_edit_home.setEnabled(self.selected_home_id() is not None)
        self.ui.action_open_case.setEnabled(self.selected_case_id() is not None)

    def _update_status(self, rows: list[queries.HomeRow]) -> None:
        if not rows:
            self.ui.status_bar.showMessage(
                self.tr(
                    "No care homes yet: add one with Homes > Add home (Ctrl+Shift+N), "
                    "or start a New concern (Ctrl+N) and add the home there."
                )
            )
            return
        open_actions = sum(row.open_actions for row in rows)
        overdue = sum(row.overdue_actions for row in rows)
        message = self.tr("{homes} homes · {open} open actions · {overdue} overdue").format(
            homes=len(rows), open=open_actions, overdue=overdue
        )
        self.ui.status_bar.showMessage(message)

    def _update_deadline_counts(self, rows: list[queries.HomeRow]) -> None:
        """Show the overdue and due-this-week counts, as the deadlines view defines them."""
        overdue = sum(row.overdue_actions for row in rows)
        week = sum(row.due_this_week for row in rows)
        self.deadline_counts_label.setText(
            self.tr("Deadlines: {overdue} overdue · {week} due this week").format(
                overdue=overdue, week=week
            )
        )

    def _update_title(self) -> None:
        officer = settings.officer()
        title = self.tr("Care Home Desk")
        if officer is not None:
            title = self.tr("Care Home Desk — {name}, {team}").format(
                name=officer.name, team=officer.team
            )
        self.setWindowTitle(title)

    # ------------------------------------------------------------ commands

    def _require_officer(self) -> bool:
        """Return True if an officer is set; otherwise ask for one and return False."""
        if settings.officer() is not None:
            return True
        self.edit_officer()
        return False

    def new_concern(self) -> None:
        if not self._require_officer():
            return
        from carehome_desk.ui.wizard import ConcernWizard

        try:
            wizard = ConcernWizard(self.context, self, home_id=self.selected_home_id())
        except DeskError as error:
            self.context.prompts.error(
                self, self.tr("Cannot assess a concern"), translate_error(error)
            )
            return
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.case_recorded.connect(self._case_recorded)
        wizard.open()

    def _case_recorded(self, case_id: uuid.UUID) -> None:
        self.refresh()
        self.open_case(case_id)

    def open_case(self, case_id: uuid.UUID | None = None) -> None:
        case_id = case_id or self.selected_case_id()
        if case_id is None:
            return
        window = self.case_windows.get(case_id)
        if window is None:
            from carehome_desk.ui.case_window import CaseWindow

            window = CaseWindow(self.context, case_id, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.case_changed.connect(lambda _id: self.refresh())
            window.destroyed.connect(lambda: self.case_windows.pop(case_id, None))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def open_deadlines(self) -> None:
        """Show the deadlines view, opening it on first use."""
        if self.deadlines_window is None:
            from carehome_desk.ui.deadlines_window import DeadlinesWindow

            window = DeadlinesWindow(self.context, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.open_case_requested.connect(self.open_case)
            window.destroyed.connect(self._deadlines_closed)
            self.deadlines_window = window
        self.deadlines_window.show()
        self.deadlines_window.raise_()
        self.deadlines_window.activateWindow()

    def _deadlines_closed(self) -> None:
        self.deadlines_window = None

    def add_home(self) -> None:
        self._open_home_dialog(None)

    def edit_home(self) -> None:
        home_id = self.selected_home_id()
        if home_id is not None:
            self._open_home_dialog(home_id)

    def _open_home_dialog(self, home_id: uuid.UUID | None) -> None:
        if not self._require_officer():
            return
        from carehome_desk.ui.home_dialog import HomeDialog

        dialog = HomeDialog(self.context, self, home_id=home_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.home_saved.connect(self._home_saved)
        dialog.open()

    def _home_saved(self, home_id: uuid.UUID) -> None:
        self.refresh()
        self._select(self.ui.homes_table, self.homes_model, self.homes_proxy, home_id)

    def ask_officer_if_missing(self) -> None:
        """At first start, ask who is using this data folder."""
        if settings.officer() is None:
            self.edit_officer()

    def edit_officer(self) -> None:
        from carehome_desk.ui.officer_dialog import OfficerDialog

        dialog = OfficerDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.officer_saved.connect(lambda _officer: self._update_title())
        dialog.open()

    def edit_settings(self) -> None:
        from carehome_desk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        # The chosen process map may have changed, and with it the levels' names.
        self._update_title()
        self._fill_level_filter()
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.case_windows.values()):
            window.close()
        self.context.tasks.wait()
        log.info("Main window closed")
        super().closeEvent(event)
