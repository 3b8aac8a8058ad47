"""Edit a case's DAP or CAP items, save them, and export the plan as a PDF."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans, queries
from carehome_desk.store.plans import ItemInput
from carehome_desk.ui.case_models import PlanItemsModel
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.plan_delegates import (
    MultiLineDelegate,
    TargetDateDelegate,
    TrackingDelegate,
)
from carehome_desk.ui.presentation import format_date, level_text, translate_error

log = logging.getLogger(__name__)


class PlanDialog(QDialog):
    """The DAP or CAP of one case: edit its items, save them, export a PDF.

    Emits ``saved`` with the case id after each save.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: UiContext,
        case_id: uuid.UUID,
        plan_type: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.case_id = case_id
        self.plan_type = plans.check_plan_type(plan_type)
        self.case = queries.case_with_home(case_id)
        if self.case is None:
            raise LookupError(f"case {case_id} not found")
        self.dirty = False
        self.exporting = False
        self.ui = load_form("plan_dialog.ui", self)

        self.model = PlanItemsModel(plans.plan_items(case_id, self.plan_type), self)
        self._set_up_table()
        self._connect()
        self._show_heading()
        self._set_busy(False)
        self.ui.status_label.setText("")

    def _set_up_table(self) -> None:
        table = self.ui.items_table
        table.setModel(self.model)
        self.text_delegate = MultiLineDelegate(table)
        self.line_delegate = TrackingDelegate(table)
        self.date_delegate = TargetDateDelegate(self.case.raised_on, table)
        table.setItemDelegateForColumn(PlanItemsModel.FINDING, self.text_delegate)
        table.setItemDelegateForColumn(PlanItemsModel.ACTION_REQUIRED, self.text_delegate)
        table.setItemDelegateForColumn(PlanItemsModel.RESPONSIBLE_PERSON, self.line_delegate)
        table.setItemDelegateForColumn(PlanItemsModel.TARGET_DATE, self.date_delegate)

        header = table.horizontalHeader()
        header.setSectionResizeMode(PlanItemsModel.FINDING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlanItemsModel.ACTION_REQUIRED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            PlanItemsModel.RESPONSIBLE_PERSON, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(PlanItemsModel.TARGET_DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            PlanItemsModel.TARGET_DATE, max(header.sectionSizeHint(PlanItemsModel.TARGET_DATE), 140)
        )

        # Row heights follow the wrapped text. They are measured again once the event loop
        # is idle after a column's width or a row's text changes, because heights measured
        # during a layout pass use some column widths from before it.
        self.row_heights_timer = QTimer(self)
        self.row_heights_timer.setSingleShot(True)
        self.row_heights_timer.timeout.connect(table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.row_heights_timer.start(0))
        self.model.dataChanged.connect(lambda *_: self.row_heights_timer.start(0))
        self.model.rowsInserted.connect(lambda *_: self.row_heights_timer.start(0))
        if self.model.rowCount():
            table.setCurrentIndex(self.model.index(0, PlanItemsModel.FINDING))

    def _connect(self) -> None:
        ui = self.ui
        ui.items_table.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._changed)
        ui.add_item_button.clicked.connect(self.add_item)
        ui.remove_item_button.clicked.connect(self.remove_item)
        ui.move_up_button.clicked.connect(lambda: self.move_item(-1))
        ui.move_down_button.clicked.connect(lambda: self.move_item(1))
        ui.clear_date_button.clicked.connect(self.clear_target_date)
        ui.save_button.clicked.connect(self.save)
        ui.export_button.clicked.connect(self.export_pdf)
        ui.close_button.clicked.connect(self.reject)

    def _show_heading(self) -> None:
        case = self.case
        level = self.context.session.level(case.level)
        if level is None:
            level_line = level_text(None)
        else:
            level_line = self.tr("{level} since {date}").format(
                level=level_text(level), date=format_date(case.level_set_on)
            )
        self.ui.heading_label.setText(
            self.tr("{plan_type} for {home}, case {reference}. {level}.").format(
                plan_type=self._plan_title(),
                home=case.home.name,
                reference=case.reference,
                level=level_line,
            )
        )
        self.setWindowTitle(
            self.tr("{plan_type} — {reference}").format(
                plan_type=self.plan_type, reference=case.reference
            )
        )

    def _plan_title(self) -> str:
        if self.plan_type == "DAP":
            return self.tr("Developmental Action Plan (DAP)")
        return self.tr("Corrective Action Plan (CAP)")

    # --- editing items --------------------------------------------------------

    def current_row(self) -> int:
        index = self.ui.items_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int, column: int = PlanItemsModel.FINDING) -> None:
        if 0 <= row < self.model.rowCount():
            self.ui.items_table.setCurrentIndex(self.model.index(row, column))
        self._update_buttons()

    def add_item(self) -> None:
        """Insert an empty item below the selected one and start editing its finding."""
        self._commit_open_editor()
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        home = self.case.home
        item = ItemInput("", "", home.registered_manager or home.provider, None)
        self.model.insert_item(row, item)

        self._select(row)
        self.ui.items_table.setFocus()
        self.ui.items_table.edit(self.model.index(row, PlanItemsModel.FINDING))

    def remove_item(self) -> None:
        self._commit_open_editor()
        row = self.current_row()
        if row < 0:
            return
        column = self.ui.items_table.currentIndex().column()
        self.model.remove_item(row)
        self._select(min(row, self.model.rowCount() - 1), column)

    def move_item(self, offset: int) -> None:
        self._commit_open_editor()
        row = self.current_row()
        if row < 0:
            return
        column = self.ui.items_table.currentIndex().column()
        self._select(self.model.move_item(row, offset), column)

    def clear_target_date(self) -> None:
        self._commit_open_editor()
        row = self.current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, PlanItemsModel.TARGET_DATE), None)

    def _commit_open_editor(self) -> None:
        for delegate in (self.text_delegate, self.line_delegate, self.date_delegate):
            delegate.commit_open_editor()

    def _changed(self, *_: Any) -> None:
        self.dirty = True
        self.ui.status_label.setText(self.tr("Unsaved changes"))
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        if self.exporting:
            return
        row = self.current_row()
        count = self.model.rowCount()
        ui = self.ui
        ui.remove_item_button.setEnabled(row >= 0)
        ui.move_up_button.setEnabled(row > 0)
        ui.move_down_button.setEnabled(0 <= row < count - 1)
        ui.clear_date_button.setEnabled(row >= 0 and self.model.items[row].target_date is not None)

    # --- saving and closing ---------------------------------------------------

    def save(self) -> bool:
        """Save the items and return True. On invalid input, show why and return False."""
        self._commit_open_editor()
        session = self.context.session
        try:
            plans.save_plan(self.case_id, self.plan_type, list(self.model.items), session.officer())
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Plan not saved"), translate_error(error))
            return False
        log.info("Saved %s of case %s", self.plan_type, self.case_id)
        self.dirty = False
        self.ui.status_label.setText(self.tr("Saved"))
        self.saved.emit(self.case_id)
        return True

    def reject(self) -> None:
        """Close, after confirming that unsaved changes may be lost. Ignored during an export."""
        if self.exporting:
            return
        self._commit_open_editor()
        if not self.dirty:
            super().reject()
            return
        self.context.prompts.confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("The plan has unsaved changes. Close it and discard them?"),
            self._discard_and_close,
        )

    def _discard_and_close(self) -> None:
        self.dirty = False
        QDialog.reject(self)

    # --- exporting ------------------------------------------------------------

    def export_pdf(self) -> None:
        """Save the plan, ask where to write the PDF, then write it off the GUI thread."""
        if self.exporting or not self.save():
            return
        self.context.prompts.save_file(
            self,
            self.tr("Export {plan_type} as PDF").format(plan_type=self.plan_type),
            self.suggested_path(),
            self.tr("PDF files (*.pdf)"),
            self._export_to,
        )

    def suggested_path(self) -> Path:
        """Return e.g. ``~/Documents/CHD-2026-K7QF-0003-DAP.pdf``, or the home folder's."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / f"{self.case.reference}-{self.plan_type}.pdf"

    def _export_to(self, path: Path) -> None:
        from carehome_desk.documents.plan_data import plan_data
        from carehome_desk.documents.plan_pdf import render_plan_pdf

        try:
            data = plan_data(self.context.session, self.case_id, self.plan_type)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("PDF not exported"), translate_error(error))
            return

        log.info("Exporting %s of case %s to %s", self.plan_type, self.case_id, path)
        self._set_busy(True)
        self.context.tasks.run(
            lambda: render_plan_pdf(data, path),
            lambda warnings: self._export_done(path, warnings),
            lambda error: self._export_failed(path, error),
        )

    def _set_busy(self, busy: bool) -> None:
        self.exporting = busy
        ui = self.ui
        for widget in (
            ui.items_table,
            ui.add_item_button,
            ui.remove_item_button,
            ui.move_up_button,
            ui.move_down_button,
            ui.clear_date_button,
            ui.save_button,
            ui.export_button,
            ui.close_button,
        ):
            widget.setEnabled(not busy)
        ui.export_progress.setVisible(busy)
        if busy:
            ui.status_label.setText(self.tr("Making the PDF…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self._update_buttons()

    def _finish_export(self, status: str) -> QWidget | None:
        """Make the dialog usable again. Return it as the messages' parent, or None if deleted."""
        if not shiboken6.isValid(self):
            return None
        self._set_busy(False)
        self.ui.status_label.setText(status)
        return self

    def _export_done(self, path: Path, warnings: list[str]) -> None:
        parent = self._finish_export(
            QCoreApplication.translate("PlanDialog", "Exported to {name}").format(name=path.name)
        )
        prompts = self.context.prompts
        log.info("Exported %s of case %s to %s", self.plan_type, self.case_id, path)
        if warnings:
            prompts.info(
                parent,
                QCoreApplication.translate("PlanDialog", "PDF exported with warnings"),
                "\n".join(warnings),
            )
        if not prompts.open_file(path):
            prompts.info(
                parent,
                QCoreApplication.translate("PlanDialog", "PDF exported"),
                QCoreApplication.translate(
                    "PlanDialog",
                    "The PDF was saved as {path}. No PDF viewer could be opened; "
                    "open the file from that folder.",
                ).format(path=path),
            )

    def _export_failed(self, path: Path, error: BaseException) -> None:
        from carehome_desk.documents.plan_pdf import DocumentError

        parent = self._finish_export(QCoreApplication.translate("PlanDialog", "Not exported"))
        if isinstance(error, DocumentError):
            message = str(error)
        else:
            # The task runner has logged the traceback. This is a bug, not the officer's mistake.
            message = QCoreApplication.translate(
                "PlanDialog",
                "The PDF could not be made because of an unexpected error: {error}. "
                "The log file has the details.",
            ).format(error=error)
        self.context.prompts.error(
            parent, QCoreApplication.translate("PlanDialog", "PDF not exported"), message
        )
