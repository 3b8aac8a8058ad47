"""Edit one DAP or CAP of a case: its items and details, then save, issue, export or print it.

A new plan exists only in the dialog until the first save gives it a reference. Saving
after the latest version was issued makes the next version; a closed plan is read-only.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans, queries
from carehome_desk.store.plans import ItemInput, VersionContent
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.plan_delegates import EnterKeyFilter
from carehome_desk.ui.plan_details import DetailsPage, new_plan_details
from carehome_desk.ui.plan_issue import ask_and_issue, show_not_ready
from carehome_desk.ui.plan_item_dialog import PlanItemDialog
from carehome_desk.ui.plan_item_models import ItemsModel
from carehome_desk.ui.plan_output import PlanOutput
from carehome_desk.ui.plan_small_dialogs import PlanSourceDialog, action_choices, visit_choices
from carehome_desk.ui.presentation import format_date, level_text, translate_error

log = logging.getLogger(__name__)


class PlanDialog(QDialog):
    """The plan ``plan_id`` of the case, or a new plan of ``plan_type`` when it is None.

    Emits ``saved`` with the case id after each save and each issue.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: UiContext,
        case_id: uuid.UUID,
        plan_type: str,
        parent: QWidget | None = None,
        plan_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.case_id = case_id
        self.plan_type = plans.check_plan_type(plan_type)
        self.case = queries.case_with_home(case_id)
        if self.case is None:
            raise LookupError(f"case {case_id} not found")
        self.plan_id = plan_id
        self.content: VersionContent | None = None
        self.dirty = False
        self.has_visit_findings = False
        self.ui = load_form("plan_dialog.ui", self)

        self.details_page = DetailsPage(self.ui, case_id, self.case.raised_on)
        self.model = ItemsModel((), self)
        self.output = PlanOutput(context, self)
        self._set_up_table()
        self._load()
        self._connect()
        self._show_output_busy(False)
        self.ui.status_label.setText("")
        self.ui.items_table.setFocus()

    def _set_up_table(self) -> None:
        table = self.ui.items_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ItemsModel.FINDING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ItemsModel.ACTIONS, QHeaderView.ResizeMode.Stretch)

        # Row heights follow the wrapped text, measured again once the event loop is idle.
        self.row_heights_timer = QTimer(self)
        self.row_heights_timer.setSingleShot(True)
        self.row_heights_timer.timeout.connect(table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.row_heights_timer.start(0))

    def _load(self) -> None:
        """Show the plan's latest version, or the starting content of a new plan."""
        if self.plan_id is None:
            details = new_plan_details(self.case_id)
            items: tuple[ItemInput, ...] = tuple(plans.prefilled_items(self.case_id))
        else:
            latest = plans.latest_version(self.plan_id)
            self.content = plans.version_content(latest.id)
            details, items = self.content.details, self.content.items

        self.details_page.show(details)
        self.model.beginResetModel()
        self.model.items = list(items)
        self.model.endResetModel()
        self.row_heights_timer.start(0)
        if items:
            self.ui.items_table.setCurrentIndex(self.model.index(0, ItemsModel.FINDING))
        self._show_state()

    def _connect(self) -> None:
        ui = self.ui
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._changed)
        self.details_page.connect_changes(self._changed)
        ui.items_table.selectionModel().currentChanged.connect(self._update_buttons)
        ui.items_table.doubleClicked.connect(lambda *_: self.edit_item())
        self.enter_filter = EnterKeyFilter(ui.items_table)
        self.enter_filter.pressed.connect(self.edit_item)
        ui.new_item_button.clicked.connect(self.new_item)
        ui.from_actions_button.clicked.connect(self.add_from_actions)
        ui.from_visits_button.clicked.connect(self.add_from_visits)
        ui.edit_item_button.clicked.connect(self.edit_item)
        ui.remove_item_button.clicked.connect(self.remove_item)
        ui.move_up_button.clicked.connect(lambda: self.move_item(-1))
        ui.move_down_button.clicked.connect(lambda: self.move_item(1))
        ui.save_button.clicked.connect(self.save)
        ui.issue_button.clicked.connect(self.issue)
        ui.export_button.clicked.connect(lambda: self._output(self.output.export))
        ui.print_button.clicked.connect(lambda: self._output(self.output.print_plan))
        ui.stop_printing_button.clicked.connect(self.output.cancel)
        ui.close_button.clicked.connect(self.reject)
        self.output.busy_changed.connect(self._show_output_busy)
        self.output.status_changed.connect(ui.status_label.setText)
        self.output.progress_changed.connect(self._show_progress)

    # --- state ----------------------------------------------------------------

    def editable(self) -> bool:
        return self.content is None or self.content.plan_status != plans.CLOSED

    def _show_state(self) -> None:
        case = self.case
        level = self.context.session.level(case.level)
        title = self._plan_title()
        reference = self.content.reference if self.content else self.tr("(not yet saved)")
        self.ui.heading_label.setText(
            self.tr("{title} {reference} for {home}, case {case}. {level} since {date}.").format(
                title=title,
                reference=reference,
                home=case.home.name,
                case=case.reference,
                level=level_text(level),
                date=format_date(case.level_set_on),
            )
        )
        self.ui.state_label.setText(self._state_text())
        self.setWindowTitle(
            self.tr("{plan_type} — {reference}").format(
                plan_type=self.plan_type,
                reference=self.content.reference if self.content else case.reference,
            )
        )
        editable = self.editable()
        self.details_page.set_editable(editable)
        self.has_visit_findings = bool(plans.visit_findings(self.case_id))
        self._update_buttons()

    def _state_text(self) -> str:
        content = self.content
        if content is None:
            return self.tr("The first save gives the plan its reference, as version 1, a draft.")
        if content.plan_status == plans.CLOSED:
            return self.tr("This plan is closed, so it cannot change. It can still be printed.")
        if content.status == plans.ISSUED:
            return self.tr(
                "Version {number} was issued on {date} and cannot change. Saving your "
                "changes makes version {next}, a draft."
            ).format(
                number=content.number, date=format_date(content.issued_on), next=content.number + 1
            )
        return self.tr(
            "Version {number}, a draft. Issue it when it is ready for the provider."
        ).format(number=content.number)

    def _plan_title(self) -> str:
        if self.plan_type == "DAP":
            return self.tr("Developmental Action Plan (DAP)")
        return self.tr("Corrective Action Plan (CAP)")

    def _changed(self, *_: Any) -> None:
        self.dirty = True
        self.ui.status_label.setText(self.tr("Unsaved changes"))
        self.row_heights_timer.start(0)
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        ui = self.ui
        busy = self.output.busy
        editable = self.editable() and not busy
        row = self.current_row()
        count = self.model.rowCount()
        for button in (ui.new_item_button, ui.from_actions_button):
            button.setEnabled(editable)
        ui.from_visits_button.setEnabled(editable and self.has_visit_findings)
        ui.edit_item_button.setEnabled(row >= 0 and not busy)
        ui.remove_item_button.setEnabled(editable and row >= 0)
        ui.move_up_button.setEnabled(editable and row > 0)
        ui.move_down_button.setEnabled(editable and 0 <= row < count - 1)
        ui.save_button.setEnabled(editable and (self.dirty or self.content is None))
        issued = self.content is not None and self.content.status == plans.ISSUED
        ui.issue_button.setEnabled(editable and (self.dirty or not issued))
        ui.export_button.setEnabled(not busy)
        ui.print_button.setEnabled(not busy)
        ui.close_button.setEnabled(not self.output.printing())

    def _show_output_busy(self, busy: bool) -> None:
        self.ui.output_progress.setVisible(busy)
        self.ui.stop_printing_button.setVisible(busy and self.output.job is not None)
        self.ui.items_table.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        self.ui.output_progress.setRange(0, total)
        self.ui.output_progress.setValue(done)
        self.ui.stop_printing_button.setVisible(self.output.job is not None)

    # --- items ----------------------------------------------------------------

    def current_row(self) -> int:
        index = self.ui.items_table.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.ui.items_table.setCurrentIndex(self.model.index(row, ItemsModel.FINDING))
        self._update_buttons()

    def _insert_row(self) -> int:
        row = self.current_row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def new_item(self) -> None:
        """Open an empty item; OK adds it below the selected item."""
        home = self.case.home
        item = ItemInput("", responsible_person=home.registered_manager or home.provider)
        row = self._insert_row()
        dialog = PlanItemDialog(self.context, item, row + 1, self.case, parent=self)
        dialog.item_accepted.connect(lambda edited: self._insert_items(row, [edited]))
        dialog.open()

    def edit_item(self) -> None:
        """Open the selected item; OK replaces it, and a closed plan shows it read-only."""
        row = self.current_row()
        if row < 0:
            return
        dialog = PlanItemDialog(
            self.context,
            self.model.items[row],
            row + 1,
            self.case,
            read_only=not self.editable(),
            parent=self,
        )
        dialog.item_accepted.connect(lambda edited: self.model.replace_item(row, edited))
        dialog.open()

    def add_from_actions(self) -> None:
        choices = action_choices(self.case_id, self.model.items)
        self._choose_items(self.tr("Add items from the case's actions"), choices)

    def add_from_visits(self) -> None:
        choices = visit_choices(self.case, self.model.items)
        self._choose_items(self.tr("Add items from visit findings"), choices)

    def _choose_items(self, title: str, choices: list[tuple[str, ItemInput, bool]]) -> None:
        row = self._insert_row()
        dialog = PlanSourceDialog(title, choices, self)
        dialog.items_chosen.connect(lambda items: self._insert_items(row, items))
        dialog.open()

    def _insert_items(self, row: int, items: list[ItemInput]) -> None:
        """Insert ``items`` at ``row`` and select the last, so the next ones follow it."""
        self.model.insert_items(row, items)
        self._select(row + len(items) - 1)

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove_item(row)
        self._select(min(row, self.model.rowCount() - 1))

    def move_item(self, offset: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move_item(row, offset))

    # --- saving and issuing ---------------------------------------------------

    def save(self) -> bool:
        """Save the draft and return True. On invalid input, show why and return False."""
        session = self.context.session
        details = self.details_page.details()
        items = list(self.model.items)
        try:
            if self.plan_id is None:
                version = plans.create_plan(
                    self.case_id, self.plan_type, details, items, session.officer(), session.today()
                )
            else:
                version = plans.save_draft(
                    self.plan_id, details, items, session.officer(), session.today()
                )
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Plan not saved"), translate_error(error))
            return False

        self.content = plans.version_content(version.id)
        self.plan_id = self.content.plan_id
        log.info("Saved %s version %d", self.content.reference, self.content.number)
        self._reload_items(self.content.items)
        self.dirty = False
        self._show_state()
        self.ui.status_label.setText(self.tr("Saved"))
        self.saved.emit(self.case_id)
        return True

    def _reload_items(self, items: tuple[ItemInput, ...]) -> None:
        """Show the saved items, which carry their rows' ids, keeping the selected row."""
        row = self.current_row()
        self.model.beginResetModel()
        self.model.items = list(items)
        self.model.endResetModel()
        self._select(row)
        self.row_heights_timer.start(0)

    def _saved_if_needed(self) -> bool:
        if not self.editable() or (not self.dirty and self.content is not None):
            return True
        return self.save()

    def issue(self) -> None:
        """Check every item has an action and a target date, save, then ask and issue."""
        if show_not_ready(self.context, self, self.model.items) or not self._saved_if_needed():
            return
        assert self.content is not None
        ask_and_issue(self.context, self, self.content, self._issued)

    def _issued(self, content: VersionContent) -> None:
        self.content = content
        self._show_state()
        self.ui.status_label.setText(
            self.tr("Issued version {number}").format(number=content.number)
        )
        self.saved.emit(self.case_id)

    # --- output and closing ---------------------------------------------------

    def _output(self, send: Any) -> None:
        """Save any changes, then export or print the latest version with ``send``."""
        from carehome_desk.documents.plan_data import export_data

        if self.output.busy or not self._saved_if_needed():
            return
        assert self.content is not None
        try:
            data = export_data(self.context.session, self.content.version_id)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("PDF not made"), translate_error(error))
            return
        send(data)

    def reject(self) -> None:
        """Close, after confirming that unsaved changes may be lost. Ignored while printing."""
        if self.output.printing():
            return
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
