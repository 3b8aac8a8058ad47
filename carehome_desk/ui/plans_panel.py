"""The plans of one case, for the case window: start, open, issue, export, print and close."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans, queries
from carehome_desk.store.plans import PlanRow, VersionContent
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.plan_delegates import EnterKeyFilter
from carehome_desk.ui.plan_issue import ask_and_issue, show_not_ready
from carehome_desk.ui.plan_item_models import ID_ROLE, PlansModel
from carehome_desk.ui.plan_output import PlanOutput
from carehome_desk.ui.presentation import format_date, translate_error

log = logging.getLogger(__name__)


class PlansPanel(QWidget):
    """The DAPs and CAPs of the case ``case_id``, one row per plan.

    Emits ``plans_changed`` with the case id after a plan is saved, issued or closed.
    """

    plans_changed = Signal(object)

    def __init__(
        self, context: UiContext, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.ui = load_form("plans_panel.ui", self)

        self.model = PlansModel(self)
        self.output = PlanOutput(context, self)
        self._set_up_table()
        self._connect()
        self._show_output_busy(False)
        self.refresh()

    def _set_up_table(self) -> None:
        table = self.ui.plans_table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlansModel.STATUS, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.plans_table.selectionModel().currentRowChanged.connect(self._selection_changed)
        ui.plans_table.doubleClicked.connect(lambda *_: self.open_plan())
        self.enter_filter = EnterKeyFilter(ui.plans_table)
        self.enter_filter.pressed.connect(self.open_plan)
        ui.new_dap_button.clicked.connect(lambda: self.new_plan("DAP"))
        ui.new_cap_button.clicked.connect(lambda: self.new_plan("CAP"))
        ui.open_button.clicked.connect(self.open_plan)
        ui.issue_button.clicked.connect(self.issue)
        ui.close_plan_button.clicked.connect(self.close_plan)
        ui.export_button.clicked.connect(lambda: self._output(self.output.export))
        ui.print_button.clicked.connect(lambda: self._output(self.output.print_plan))
        ui.stop_printing_button.clicked.connect(self.output.cancel)
        self.output.busy_changed.connect(self._show_output_busy)
        self.output.status_changed.connect(ui.status_label.setText)
        self.output.progress_changed.connect(self._show_progress)

    # --- showing --------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the plans, keeping the selected plan or selecting the plan ``select``."""
        select = select or self.selected_plan_id()
        self.model.set_rows(plans.plan_rows(self.case_id))
        row = self.model.row_of(select)
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        if row >= 0:
            self.ui.plans_table.setCurrentIndex(self.model.index(row, 0))
        self._selection_changed()

    def selected_plan(self) -> PlanRow | None:
        index = self.ui.plans_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_plan_id(self) -> uuid.UUID | None:
        index = self.ui.plans_table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _selection_changed(self, *_: Any) -> None:
        self._fill_versions(self.selected_plan())
        self._update_buttons()

    def _fill_versions(self, plan: PlanRow | None) -> None:
        """List the plan's versions, choosing the latest issued one, else the draft."""
        combo = self.ui.version_combo
        combo.clear()
        if plan is None:
            return
        for version in plans.plan_versions(plan.id):
            if version.status == plans.ISSUED:
                text = self.tr("{number}, issued {date}").format(
                    number=version.number, date=format_date(version.issued_on)
                )
            else:
                text = self.tr("{number}, draft").format(number=version.number)
            combo.addItem(text, version.id)
        if plan.issued_version is not None:
            combo.setCurrentIndex(plan.version - plan.issued_version)

    def _update_buttons(self) -> None:
        ui = self.ui
        plan = self.selected_plan()
        busy = self.output.busy
        is_open = plan is not None and plan.status != plans.CLOSED
        ui.new_dap_button.setEnabled(not busy)
        ui.new_cap_button.setEnabled(not busy)
        ui.open_button.setEnabled(plan is not None and not busy)
        ui.issue_button.setEnabled(is_open and plan.version_status == plans.DRAFT and not busy)
        ui.close_plan_button.setEnabled(is_open and not busy)
        has_version = ui.version_combo.count() > 0
        ui.version_combo.setEnabled(has_version and not busy)
        ui.export_button.setEnabled(has_version and not busy)
        ui.print_button.setEnabled(has_version and not busy)

    def _show_output_busy(self, busy: bool) -> None:
        self.ui.output_progress.setVisible(busy)
        self.ui.stop_printing_button.setVisible(busy and self.output.job is not None)
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        self.ui.output_progress.setRange(0, total)
        self.ui.output_progress.setValue(done)
        self.ui.stop_printing_button.setVisible(self.output.job is not None)

    # --- plans ----------------------------------------------------------------

    def new_plan(self, plan_type: str) -> None:
        """Open a new plan of ``plan_type``, pre-filled from the case; nothing is saved yet."""
        self._open_dialog(plan_type, None)

    def open_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._open_dialog(plan.plan_type, plan.id)

    def _open_dialog(self, plan_type: str, plan_id: uuid.UUID | None) -> None:
        from carehome_desk.ui.plan_dialog import PlanDialog

        dialog = PlanDialog(self.context, self.case_id, plan_type, self, plan_id=plan_id)
        dialog.saved.connect(lambda _case_id: self._plan_saved(dialog.plan_id))
        dialog.open()

    def _plan_saved(self, plan_id: uuid.UUID | None) -> None:
        self.refresh(select=plan_id)
        self.plans_changed.emit(self.case_id)

    def issue(self) -> None:
        """Issue the selected plan's draft after checking its items and asking."""
        plan = self.selected_plan()
        if plan is None or plan.version_status != plans.DRAFT:
            return
        content = plans.version_content(plans.latest_version(plan.id).id)
        if not show_not_ready(self.context, self, content.items):
            ask_and_issue(self.context, self, content, self._issued)

    def _issued(self, content: VersionContent) -> None:
        self._plan_saved(content.plan_id)
        self.ui.status_label.setText(
            self.tr("Issued {reference} version {number}").format(
                reference=content.reference, number=content.number
            )
        )

    def close_plan(self) -> None:
        from carehome_desk.ui.plan_small_dialogs import ClosePlanDialog

        plan = self.selected_plan()
        case = queries.case_with_home(self.case_id)
        if plan is None or case is None:
            return
        dialog = ClosePlanDialog(self.context, plan.id, plan.reference, QDate(case.raised_on), self)
        dialog.closed.connect(self._plan_saved)
        dialog.open()

    def _output(self, send: Any) -> None:
        """Export or print the version chosen in the version list with ``send``."""
        from carehome_desk.documents.plan_data import export_data

        version_id = self.ui.version_combo.currentData()
        if version_id is None or self.output.busy:
            return
        try:
            data = export_data(self.context.session, version_id)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("PDF not made"), translate_error(error))
            return
        send(data)
