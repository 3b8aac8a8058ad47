"""The conflicts between laptops, each laptop's version, and the officer's decision.

A decision is itself a change: it names every version as a parent, so it
supersedes them on every laptop once synced.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.sync import queries
from carehome_desk.sync.queries import Conflict, Version
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error
from carehome_desk.ui.sync_models import ConflictsModel, VersionsModel, field_text, value_text

log = logging.getLogger(__name__)


def _set_up_table(table: QTableView, model: ConflictsModel | VersionsModel) -> None:
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class ConflictsDialog(QDialog):
    """Emits ``conflicts_changed`` after each decision, so other windows can refresh."""

    conflicts_changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = load_form("sync_conflicts_dialog.ui", self)
        self.conflicts_model = ConflictsModel(self)
        self.versions_model = VersionsModel(self)
        _set_up_table(self.ui.conflicts_table, self.conflicts_model)
        _set_up_table(self.ui.versions_table, self.versions_model)
        self.ui.conflicts_table.selectionModel().currentRowChanged.connect(
            lambda: self._conflict_changed()
        )
        self.ui.versions_table.selectionModel().currentRowChanged.connect(
            lambda: self._update_use_button()
        )
        self.ui.use_button.clicked.connect(self.use_selected_version)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh()

    # ------------------------------------------------------------ reading

    def selected_conflict(self) -> Conflict | None:
        return self.conflicts_model.row(self.ui.conflicts_table.currentIndex())

    def selected_version(self) -> Version | None:
        return self.versions_model.row(self.ui.versions_table.currentIndex())

    def refresh(self) -> None:
        """Reload the conflicts, keeping the selected one if it is still waiting."""
        current = self.selected_conflict()
        conflicts = queries.list_conflicts()
        self.conflicts_model.set_rows(conflicts)
        row = next(
            (
                number
                for number, conflict in enumerate(conflicts)
                if current is not None and _same_place(conflict, current)
            ),
            0,
        )
        self._select(self.ui.conflicts_table, row)
        self._conflict_changed()

    def _select(self, table: QTableView, row: int) -> None:
        index = table.model().index(row, 0)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            table.selectionModel().setCurrentIndex(index, flags)

    def _conflict_changed(self) -> None:
        conflict = self.selected_conflict()
        self.versions_model.set_rows(conflict.versions if conflict else ())
        self._select(self.ui.versions_table, 0)
        self.ui.explanation_label.setText(self._explanation(conflict))
        self._update_use_button()

    def _explanation(self, conflict: Conflict | None) -> str:
        if conflict is None:
            return self.tr("No conflicts are waiting. Every laptop that has synced agrees.")
        if conflict.is_delete:
            return self.tr(
                "{record} was deleted on one laptop while it, or a record that refers to it, "
                "was changed on another. It is kept on every laptop until you decide."
            ).format(record=conflict.record_label)
        return self.tr(
            "{field} of {record} was changed on several laptops at the same time. Until you "
            "decide, every laptop shows: {shown}"
        ).format(
            field=field_text(conflict.column),
            record=conflict.record_label,
            shown=value_text(conflict.shown),
        )

    def _update_use_button(self) -> None:
        conflict, version = self.selected_conflict(), self.selected_version()
        self.ui.use_button.setEnabled(conflict is not None and version is not None)
        if conflict is None or version is None or not conflict.is_delete:
            self.ui.use_button.setText(self.tr("&Use the selected version"))
        elif version.op == "delete":
            self.ui.use_button.setText(self.tr("&Delete the record"))
        else:
            self.ui.use_button.setText(self.tr("&Keep the record"))

    # ------------------------------------------------------------ deciding

    def use_selected_version(self) -> None:
        """Resolve the selected conflict with the selected version, as a change that syncs."""
        conflict, version = self.selected_conflict(), self.selected_version()
        if conflict is None or version is None:
            return
        try:
            _resolve(conflict, version)
        except DeskError as error:
            self.context.prompts.error(
                self, self.tr("Conflict not resolved"), translate_error(error)
            )
            self.refresh()
            return
        log.info("Resolved a conflict in %s %s", conflict.table, conflict.column or "(record)")
        self.refresh()
        self.conflicts_changed.emit()


def _resolve(conflict: Conflict, version: Version) -> None:
    if not conflict.is_delete:
        queries.resolve_with_value(conflict, version.value)
    elif version.op == "delete":
        queries.delete_record(conflict)
    else:
        queries.keep_record(conflict)


def _same_place(left: Conflict, right: Conflict) -> bool:
    return (left.table, left.record, left.column) == (right.table, right.record, right.column)
