"""Sync now: one sync off the GUI thread, with progress, then its report.

The sync writes to the database from a worker thread, through that thread's
own connection, unlike other background jobs (see ``ui.tasks``). It must be
the only writer while it runs, so the dialog is application-modal: no window
of the app takes input until the sync has finished, while all keep painting.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store.models import database
from carehome_desk.sync.exchange import RECEIVING, Progress, sync
from carehome_desk.sync.report import SyncReport, format_report
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error

log = logging.getLogger(__name__)


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog, on the GUI thread."""

    progress = Signal(object)


def run_sync(share: Path, relay: _ProgressRelay) -> SyncReport:
    """Run one sync on the calling (worker) thread with a connection of its own."""
    database.connect(reuse_if_open=True)
    try:
        return sync(share, progress=relay.progress.emit)
    finally:
        database.close()


class SyncDialog(QDialog):
    """Emits ``sync_finished`` with the report (None if the sync failed) when it ends."""

    sync_finished = Signal(object)
    conflicts_requested = Signal()

    def __init__(self, context: UiContext, share: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.share = share
        self.running = False
        self.report: SyncReport | None = None
        self.ui = load_form("sync_dialog.ui", self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.relay = _ProgressRelay(self)
        self.relay.progress.connect(self._show_progress)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.conflicts_button.clicked.connect(self._open_conflicts)

    def start(self) -> None:
        """Show the dialog and start the sync; the dialog stays until the sync has ended."""
        self.running = True
        self._close_button().setEnabled(False)
        self.ui.status_label.setText(
            self.tr("Checking the shared folder {path}…").format(path=self.share)
        )
        self.show()
        log.info("Sync now started")
        share, relay = self.share, self.relay
        self.context.tasks.run(lambda: run_sync(share, relay), self._done, self._failed)

    def _close_button(self) -> QWidget:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)

    def _show_progress(self, progress: Progress) -> None:
        if progress.stage == RECEIVING:
            text = self.tr("Receiving changes: file {done} of {total}")
        else:
            text = self.tr("Sending changes: file {done} of {total}")
        self.ui.status_label.setText(text.format(done=progress.done, total=progress.total))
        self.ui.progress_bar.setRange(0, max(progress.total, 1))
        self.ui.progress_bar.setValue(progress.done)

    def _done(self, report: SyncReport) -> None:
        self._stop()
        self.report = report
        if report.succeeded:
            self.ui.status_label.setText(self.tr("Sync finished."))
        else:
            self.ui.status_label.setText(
                self.tr("Sync finished, but not everything could be read; see the report.")
            )
        lines = format_report(report, QCoreApplication.translate)
        self.ui.report_edit.setPlainText("\n".join(lines))
        self.ui.conflicts_button.setEnabled(report.conflicts > 0)
        self.sync_finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.ui.status_label.setText(self.tr("Sync failed; nothing more was changed."))
        if isinstance(error, DeskError):
            message = translate_error(error)
        else:
            log.error("Sync failed: %r", error)
            message = self.tr(
                "An unexpected error stopped the sync: {error}. What was received before it "
                "is kept. The details are in the log file."
            ).format(error=error)
        self.ui.report_edit.setPlainText(message)
        self.sync_finished.emit(None)

    def _stop(self) -> None:
        self.running = False
        self.ui.progress_bar.setRange(0, 1)
        self.ui.progress_bar.setValue(1)
        self._close_button().setEnabled(True)
        self._close_button().setFocus()

    def _open_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
