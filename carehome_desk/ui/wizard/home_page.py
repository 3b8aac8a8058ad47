"""The wizard's first page: choose the care home, or add a new one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWizardPage

from carehome_desk.store.queries import home_rows
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import Form
from carehome_desk.ui.home_dialog import HomeDialog
from carehome_desk.ui.main_models import ID_ROLE, HomeFilterProxy, HomesModel
from carehome_desk.ui.table_columns import ColumnFitter


class HomePage(QWizardPage):
    """A filterable list of care homes, complete once one home is selected.

    The form promotes ``home_page`` to this class, and ``set_up`` connects it to
    the form's widgets once the form is loaded.
    """

    def set_up(self, ui: Form, context: UiContext, home_id: uuid.UUID | None) -> None:
        self.context = context
        self.filter_edit = ui.home_filter_edit
        self.table = ui.homes_table
        self.choice_label = ui.home_choice_label

        self.model = HomesModel(context.session.level, self)
        self.proxy = HomeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFitter(self.table, HomesModel.stretch_column)
        # Choosing a home needs its name, level, postcode, CIW number and provider. The
        # counts are hidden, because the main window shows them, to leave room for names.
        for column in HomesModel.count_columns:
            self.table.setColumnHidden(column, True)

        self.filter_edit.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._choose_and_continue)
        ui.add_home_button.clicked.connect(self._add_home)

        self._load_homes()
        if home_id is not None:
            self.select_home(home_id)
        self._selection_changed()

    def isComplete(self) -> bool:
        return self.selected_home_id() is not None

    def selected_home_id(self) -> uuid.UUID | None:
        selection = self.table.selectionModel()
        if selection is None:
            return None
        rows = selection.selectedRows()
        if not rows:
            return None
        return rows[0].data(ID_ROLE)

    def select_home(self, home_id: uuid.UUID) -> None:
        """Select ``home_id`` in the list, clearing the filter if it hides that home."""
        row = self.model.row_of(home_id)
        if row < 0:
            return

        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))

        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _load_homes(self) -> None:
        session = self.context.session
        self.model.set_rows(home_rows(session.today(), session.level_ranks()))
        self.model.fit_columns(self.columns)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)

        # When one home is left, select it, so Enter moves on without a trip to the list.
        if self.proxy.rowCount() == 1 and self.selected_home_id() is None:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        home_id = self.selected_home_id()
        if home_id is None:
            self.choice_label.setText(self.tr("No care home selected."))
        else:
            row = self.model.rows[self.model.row_of(home_id)]
            self.choice_label.setText(self.tr("Selected: {home}").format(home=row.name))
        self.completeChanged.emit()

    def _choose_and_continue(self) -> None:
        if self.isComplete():
            self.wizard().next()

    def _add_home(self) -> None:
        dialog = HomeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.home_saved.connect(self._home_added)
        dialog.open()

    def _home_added(self, home_id: uuid.UUID) -> None:
        self._load_homes()
        self.select_home(home_id)
        self.table.setFocus()
