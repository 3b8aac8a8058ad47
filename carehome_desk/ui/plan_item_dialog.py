"""Edit one plan item: finding, required actions, responsibility, status and progress log."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import plans
from carehome_desk.store.models import Case
from carehome_desk.store.plans import ItemInput, ProgressInput
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.plan_delegates import (
    MultiLineDelegate,
    optional_date,
    set_optional_date,
    set_up_optional_date,
)
from carehome_desk.ui.plan_item_models import ProgressModel, item_status_text, priority_text
from carehome_desk.ui.presentation import translate_error

log = logging.getLogger(__name__)


class PlanItemDialog(QDialog):
    """Dialog for item ``number`` of a plan. OK checks the item and emits ``item_accepted``.

    With ``read_only`` the item is shown and nothing can change.
    """

    item_accepted = Signal(object)  # the edited ItemInput

    def __init__(
        self,
        context: UiContext,
        item: ItemInput,
        number: int,
        case: Case,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.item = item
        self.number = number
        self.case = case
        self.read_only = read_only
        self.ui = load_form("plan_item_dialog.ui", self)

        self.progress_model = ProgressModel(item.progress, self)
        self._set_up_fields()
        self._show(item)
        self._connect()
        self._update_completion()
        self._update_buttons()
        if read_only:
            self._make_read_only()
        self.ui.finding_edit.setFocus()

    def _set_up_fields(self) -> None:
        ui = self.ui
        ui.number_label.setText(self.tr("Item {number}").format(number=self.number))
        self.setWindowTitle(self.tr("Plan item {number}").format(number=self.number))
        for priority in plans.PRIORITIES:
            ui.priority_combo.addItem(priority_text(priority), priority)
        for status in plans.ITEM_STATUSES:
            ui.status_combo.addItem(item_status_text(status), status)

        self.action_delegate = MultiLineDelegate(ui.actions_list)
        ui.actions_list.setItemDelegate(self.action_delegate)

        today = self.context.session.today()
        raised_on = self.case.raised_on
        set_up_optional_date(ui.target_date_edit, raised_on)
        for edit in (ui.completed_on_edit, ui.verified_on_edit):
            set_up_optional_date(edit, raised_on)
            edit.setMaximumDate(QDate(today))
        ui.entry_date_edit.setDateRange(QDate(raised_on), QDate(today))
        ui.entry_date_edit.setDate(QDate(today))

        table = ui.progress_table
        table.setModel(self.progress_model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ProgressModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgressModel.AUTHOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgressModel.NOTE, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _show(self, item: ItemInput) -> None:
        ui = self.ui
        ui.area_edit.setText(item.area)
        ui.priority_combo.setCurrentIndex(max(0, ui.priority_combo.findData(item.priority)))
        ui.finding_edit.setPlainText(item.finding)
        ui.evidence_edit.setPlainText(item.evidence)
        for action in item.actions:
            self._append_action(action)
        ui.responsible_edit.setText(item.responsible_person)
        ui.accountable_edit.setText(item.accountable_person)
        set_optional_date(ui.target_date_edit, item.target_date)
        ui.completion_evidence_edit.setPlainText(item.completion_evidence)
        ui.council_support_edit.setPlainText(item.council_support)
        ui.status_combo.setCurrentIndex(max(0, ui.status_combo.findData(item.status)))
        set_optional_date(ui.completed_on_edit, item.completed_on)
        ui.verified_by_edit.setText(item.verified_by)
        set_optional_date(ui.verified_on_edit, item.verified_on)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_action_button.clicked.connect(self.add_action)
        ui.remove_action_button.clicked.connect(self.remove_action)
        ui.actions_list.currentRowChanged.connect(self._update_buttons)
        ui.status_combo.currentIndexChanged.connect(self._update_completion)
        ui.add_entry_button.clicked.connect(self.add_entry)
        ui.remove_entry_button.clicked.connect(self.remove_entry)
        ui.progress_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.entry_text_edit.textChanged.connect(self._update_buttons)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _make_read_only(self) -> None:
        ui = self.ui
        for widget in (
            ui.area_edit,
            ui.verified_by_edit,
            ui.responsible_edit,
            ui.accountable_edit,
            ui.finding_edit,
            ui.evidence_edit,
            ui.completion_evidence_edit,
            ui.council_support_edit,
        ):
            widget.setReadOnly(True)
        for widget in (
            ui.priority_combo,
            ui.status_combo,
            ui.target_date_edit,
            ui.completed_on_edit,
            ui.verified_on_edit,
            ui.add_action_button,
            ui.remove_action_button,
            ui.entry_date_edit,
            ui.entry_text_edit,
            ui.add_entry_button,
            ui.remove_entry_button,
        ):
            widget.setEnabled(False)
        ui.actions_list.setEditTriggers(ui.actions_list.EditTrigger.NoEditTriggers)

    # --- actions --------------------------------------------------------------

    def _append_action(self, text: str) -> QListWidgetItem:
        entry = QListWidgetItem(text, self.ui.actions_list)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
        return entry

    def add_action(self) -> None:
        """Add an empty required action and open its editor."""
        self.action_delegate.commit_open_editor()
        entry = self._append_action("")
        self.ui.actions_list.setCurrentItem(entry)
        self.ui.actions_list.setFocus()
        self.ui.actions_list.editItem(entry)

    def remove_action(self) -> None:
        self.action_delegate.commit_open_editor()
        row = self.ui.actions_list.currentRow()
        if row >= 0:
            self.ui.actions_list.takeItem(row)
        self._update_buttons()

    def actions(self) -> tuple[str, ...]:
        self.action_delegate.commit_open_editor()
        texts = (
            self.ui.actions_list.item(row).text() for row in range(self.ui.actions_list.count())
        )
        return tuple(text for text in texts if text.strip())

    # --- progress log ---------------------------------------------------------

    def add_entry(self) -> None:
        """Add the typed entry to the log, dated as chosen and in the officer's name."""
        text = self.ui.entry_text_edit.toPlainText().strip()
        if not text:
            return
        author = self.context.session.officer().name
        entry_on = self.ui.entry_date_edit.date().toPython()
        self.progress_model.add_entry(ProgressInput(entry_on, author, text))
        self.ui.entry_text_edit.clear()
        self.ui.progress_table.scrollToBottom()

    def remove_entry(self) -> None:
        row = self.ui.progress_table.currentIndex().row()
        if row >= 0:
            self.progress_model.remove_entry(row)
        self._update_buttons()

    # --- status ---------------------------------------------------------------

    def status(self) -> str:
        return self.ui.status_combo.currentData()

    def _update_completion(self, *_: object) -> None:
        """Enable the completion date and verification only for a completed item."""
        ui = self.ui
        completed = self.status() == plans.COMPLETED
        for widget in (ui.completed_on_edit, ui.verified_by_edit, ui.verified_on_edit):
            widget.setEnabled(completed)
        if completed and optional_date(ui.completed_on_edit) is None:
            ui.completed_on_edit.setDate(QDate(self.context.session.today()))

    def _update_buttons(self, *_: object) -> None:
        ui = self.ui
        if self.read_only:
            return
        ui.remove_action_button.setEnabled(ui.actions_list.currentRow() >= 0)
        ui.remove_entry_button.setEnabled(ui.progress_table.currentIndex().isValid())
        ui.add_entry_button.setEnabled(bool(ui.entry_text_edit.toPlainText().strip()))

    # --- result ---------------------------------------------------------------

    def edited_item(self) -> ItemInput:
        """Return the item as the form shows it."""
        ui = self.ui
        completed = self.status() == plans.COMPLETED
        return dataclasses.replace(
            self.item,
            finding=ui.finding_edit.toPlainText(),
            actions=self.actions(),
            responsible_person=ui.responsible_edit.text(),
            target_date=optional_date(ui.target_date_edit),
            evidence=ui.evidence_edit.toPlainText(),
            area=ui.area_edit.text(),
            priority=ui.priority_combo.currentData(),
            accountable_person=ui.accountable_edit.text(),
            completion_evidence=ui.completion_evidence_edit.toPlainText(),
            council_support=ui.council_support_edit.toPlainText(),
            status=self.status(),
            completed_on=optional_date(ui.completed_on_edit) if completed else None,
            verified_by=ui.verified_by_edit.text() if completed else "",
            verified_on=optional_date(ui.verified_on_edit) if completed else None,
            progress=tuple(self.progress_model.entries),
        )

    def accept(self) -> None:
        """Check the item as the store will; on a problem show it and keep the dialog open."""
        if self.read_only:
            super().accept()
            return
        item = self.edited_item()
        try:
            plans.check_item(self.number, item, self.case.id, self.context.session.today())
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Item not changed"), translate_error(error))
            return
        log.info("Edited item %d of a plan of case %s", self.number, self.case.id)
        self.item_accepted.emit(item)
        super().accept()
