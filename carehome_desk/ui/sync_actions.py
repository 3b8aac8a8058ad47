"""The main window's sync commands: Sync now, Conflicts (with their count), and History.

Kept apart from the main window so its logic stays short; the main window
creates one :class:`SyncActions` and the actions live in its form.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from carehome_desk.store import settings
from carehome_desk.store.models import database
from carehome_desk.sync import queries

log = logging.getLogger(__name__)


class SyncActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        ui = window.ui  # type: ignore[attr-defined]
        ui.action_sync_now.triggered.connect(self.sync_now)
        ui.action_conflicts.triggered.connect(self.open_conflicts)
        ui.action_home_history.triggered.connect(
            lambda: self.open_history("care_home", window.selected_home_id())  # type: ignore[attr-defined]
        )
        ui.action_case_history.triggered.connect(
            lambda: self.open_history("case", window.selected_case_id())  # type: ignore[attr-defined]
        )
        ui.sync_menu.aboutToShow.connect(self.update_conflict_count)
        for table in (ui.homes_table, ui.cases_table):
            table.selectionModel().selectionChanged.connect(self._update_history_actions)
        self._update_history_actions()
        self.update_conflict_count()

    @property
    def context(self) -> Any:
        return self.main_window.context  # type: ignore[attr-defined]

    def _update_history_actions(self) -> None:
        ui = self.main_window.ui  # type: ignore[attr-defined]
        ui.action_home_history.setEnabled(self.main_window.selected_home_id() is not None)  # type: ignore[attr-defined]
        ui.action_case_history.setEnabled(self.main_window.selected_case_id() is not None)  # type: ignore[attr-defined]

    def update_conflict_count(self) -> None:
        """Show the number of conflicts waiting in the Conflicts command's text."""
        count = queries.conflict_count(database.connection())
        text = (
            self.tr("&Conflicts ({count})…").format(count=count)
            if count
            else self.tr("&Conflicts…")
        )
        self.main_window.ui.action_conflicts.setText(text)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ commands

    def sync_now(self) -> None:
        share = settings.setting("shared_folder").strip()
        if not share:
            self.context.prompts.error(
                self.main_window,
                self.tr("No shared folder"),
                self.tr(
                    "No shared folder is set for this laptop. Choose it in File > Settings, "
                    "under Sharing records, then sync again."
                ),
            )
            return
        from carehome_desk.ui.sync_dialog import SyncDialog

        dialog = SyncDialog(self.context, Path(share).expanduser(), self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sync_finished.connect(self._sync_finished)
        dialog.conflicts_requested.connect(self.open_conflicts)
        self.sync_dialog = dialog
        dialog.start()

    def _sync_finished(self, _report: object) -> None:
        self._conflicts_changed()

    def _conflicts_changed(self) -> None:
        self.main_window.refresh()  # type: ignore[attr-defined]
        self.update_conflict_count()

    def open_conflicts(self) -> None:
        from carehome_desk.ui.sync_conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.context, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.conflicts_changed.connect(self._conflicts_changed)
        self.conflicts_dialog = dialog
        dialog.open()

    def open_history(self, table: str, record_id: uuid.UUID | None) -> None:
        if record_id is None:
            return
        from carehome_desk.ui.sync_history import RecordHistoryDialog

        dialog = RecordHistoryDialog(self.context, table, record_id, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()
