"""The history of one record: every change to it, from the change log (the audit trail).

The dialog only reads: the change log cannot be edited, by this window or any other.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from carehome_desk.store.models import database
from carehome_desk.sync import queries
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.sync_models import HistoryModel


class RecordHistoryDialog(QDialog):
    """Lists every change to the record ``record_id`` of ``table``, oldest first."""

    def __init__(
        self,
        context: UiContext,
        table: str,
        record_id: uuid.UUID | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = load_form("sync_history_dialog.ui", self)
        record = record_id.hex if isinstance(record_id, uuid.UUID) else str(record_id)

        self.model = HistoryModel(self)
        self.model.set_rows(queries.record_history(table, record))
        table_view = self.ui.history_table
        table_view.setModel(self.model)
        table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table_view.verticalHeader().setVisible(False)
        header = table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        label = queries.describe_record(database.connection(), table, record)
        self.setWindowTitle(self.tr("History of {record}").format(record=label))
        self.ui.record_label.setText(
            self.tr("{record}: {count} changes, with the officer, laptop and time of each.").format(
                record=label, count=self.model.rowCount()
            )
        )
        self.ui.button_box.rejected.connect(self.reject)
        table_view.setFocus()
