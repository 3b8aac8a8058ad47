"""The controller of one data folder's window: open, recover, back up and restore.

:class:`DeskController` opens the data folder and shows the main window. When
the database is damaged it shows the recovery dialog instead and changes
nothing until the officer chooses. Restoring from the File menu first closes
the main window and the database, so no connection of this process is open
while the database is replaced. It then opens the folder again with a new
main window, which runs any migrations the restored backup needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from carehome_desk.process.i18n import DeskError
from carehome_desk.startup import open_data_folder
from carehome_desk.store import backup
from carehome_desk.store.db import DamagedDatabaseError, close_db
from carehome_desk.store.session import Session
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.presentation import translate_error
from carehome_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    # Needed only when something goes wrong or the officer restores a backup.
    from carehome_desk.store import restore
    from carehome_desk.ui.recovery_dialog import RecoveryDialog

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1


class DeskController(QObject):
    """Owns the main window of one data folder and replaces it after a restore."""

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        prompts: Any,
        log_path: Path,
        exit_app: Callable[[int], None] | None = None,
    ) -> None:
        from carehome_desk.instance import RaiseRequests

        super().__init__(app)
        self.app = app
        self.exit_app = exit_app or app.exit  # tests record the exit code instead
        self.data_dir = Path(data_dir)
        self.prompts = prompts
        self.log_path = log_path
        self.tasks = TaskRunner(self)
        self.window: QMainWindow | None = None
        self.dialog: RecoveryDialog | None = None
        self.generation = 0  # numbers the main windows, so closing a replaced one never quits
        self.raise_requests = RaiseRequests(self.data_dir, self)
        self.raise_requests.requested.connect(self.bring_to_front)

    # ------------------------------------------------------------ opening

    def start(self, restored: restore.RestoreResult | None = None) -> None:
        """Open the data folder and show the main window, or offer a backup if it is damaged."""
        try:
            session = open_data_folder(self.data_dir)
        except DamagedDatabaseError as error:
            log.error("The database is damaged: %s", error.detail)
            close_db()
            self._offer_recovery(error.detail)
            return
        except DeskError as error:
            log.error("Could not open the data folder: %s", error.template)
            close_db()
            self._fail(error)
            return
        except Exception as error:
            # Without a window nothing would be left to close, so the app would not quit.
            log.exception("Could not open the data folder")
            self._fail(error)
            return

        self._show_window(session)
        if restored is not None:
            self._tell_restored(restored)
        self.back_up_daily()

    def _show_window(self, session: Session) -> None:
        from carehome_desk.ui.main_window import MainWindow

        self.generation += 1
        generation = self.generation
        window = MainWindow(UiContext(session, self.prompts, self.tasks))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.ui.action_restore_backup.triggered.connect(self.choose_backup)
        window.ui.action_back_up_now.triggered.connect(self.back_up_now)
        window.destroyed.connect(lambda: self._window_closed(generation))
        self.window = window
        window.show()
        log.info("Main window shown")
        window.ask_officer_if_missing()

    def _window_closed(self, generation: int) -> None:
        if generation == self.generation:
            self.window = None
            self.exit_app(EXIT_OK)

    def _fail(self, error: Exception) -> None:
        self.prompts.fatal(
            None,
            self.tr("Care Home Desk cannot start"),
            translate_error(error),
            lambda: self.exit_app(EXIT_FAILED),
        )

    def _offer_recovery(self, damage: str) -> None:
        from carehome_desk.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.prompts, self.data_dir, None, damage=damage)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self._later_restore)
        dialog.start_empty_chosen.connect(lambda: QTimer.singleShot(0, self.start_empty))
        dialog.rejected.connect(lambda: self.exit_app(EXIT_FAILED))
        self._keep_dialog(dialog)
        dialog.open()

    def shut_down(self) -> None:
        """Close the main window, if still open, and wait for background jobs; quit nothing.

        QCoreApplication.exit() called outside the event loop would make every
        later QEventLoop return at once, so a window closed now must not call it.
        """
        self.generation += 1
        if self.window is not None:
            self.window.close()
            self.window = None
        self.tasks.wait()

    def bring_to_front(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        log.info("Window brought forward")

    # ------------------------------------------------------------ backups

    def back_up_daily(self) -> None:
        """Make the day's backup off the GUI thread, unless one was made today."""
        self.tasks.run(
            lambda: backup.backup_if_due(self.data_dir),
            self._daily_backup_done,
            self._daily_backup_failed,
        )

    def _daily_backup_done(self, made: backup.Backup | None) -> None:
        if made is None:
            log.info("Today's backup was already made")

    def _daily_backup_failed(self, error: BaseException) -> None:
        log.error("The daily backup failed: %s", getattr(error, "template", error))
        text = self.tr(
            "Today's backup could not be made: {reason}\n\nYour records are unchanged. Once "
            "the problem is solved, choose File > Back up now to make one."
        ).format(reason=translate_error(error))  # type: ignore[arg-type]
        self.prompts.error(self.window, self.tr("Backup not made"), text)

    def back_up_now(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        suggested = folder / f"carehome_desk-backup-{date.today().isoformat()}.sqlite3"
        self.prompts.save_file(
            self.window,
            self.tr("Back up to a file"),
            suggested,
            self.tr("Care Home Desk databases (*.sqlite3)"),
            self.back_up_to,
        )

    def back_up_to(self, path: Path) -> None:
        """Write a checked backup to ``path`` off the GUI thread and report the outcome."""
        window = self.window
        self.tasks.run(
            lambda: backup.backup_to(self.data_dir, path),
            lambda contents: self._backed_up(path, contents),
            lambda error: self.prompts.error(
                window,
                self.tr("Backup not made"),
                translate_error(error),  # type: ignore[arg-type]
            ),
        )

    def _backed_up(self, path: Path, contents: backup.Contents) -> None:
        text = self.tr("Backed up {homes} care homes and {cases} cases to {file}.").format(
            homes=contents.homes, cases=contents.cases, file=path
        )
        self.prompts.info(self.window, self.tr("Backup made"), text)

    # ------------------------------------------------------------ restoring

    def choose_backup(self) -> None:
        from carehome_desk.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.prompts, self.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self._later_restore)
        self._keep_dialog(dialog)
        dialog.open()

    def _keep_dialog(self, dialog: RecoveryDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))

    def _forget_dialog(self, dialog: RecoveryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _later_restore(self, path: Path) -> None:
        # After the dialog has closed, since closing the main window deletes it.
        QTimer.singleShot(0, lambda: self.restore(path))

    def restore(self, path: Path) -> None:
        """Close the window and the database, restore ``path``, then open the folder again."""
        if not self._close_window():
            return
        close_db()
        try:
            result = self._restore_busy(path)
        except (DeskError, OSError) as error:
            log.error("Restore failed: %s", getattr(error, "template", error))
            self.prompts.error(None, self.tr("Backup not restored"), translate_error(error))
            self.start()
            return
        self.start(restored=result)

    def _restore_busy(self, path: Path) -> restore.RestoreResult:
        # A large database takes seconds to check and copy, while no window is shown.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from carehome_desk.store import restore

            return restore.restore(self.data_dir, path)
        finally:
            QApplication.restoreOverrideCursor()

    def start_empty(self) -> None:
        """Move the damaged database into the backups folder and start with an empty one."""
        from carehome_desk.store import restore

        close_db()
        try:
            restore.set_aside(self.data_dir)
        except OSError as error:
            log.error("Could not move the damaged database aside: %s", error.strerror)
            self._fail(error)
            return
        self.start()

    def _close_window(self) -> bool:
        """Close the main window, with its case windows, and let its background jobs finish."""
        window = self.window
        if window is None:
            return True
        self.generation += 1  # its closing must not quit the app
        if not window.close():
            self.generation -= 1
            return False
        self.window = None
        self.tasks.wait()
        return True

    def _tell_restored(self, restored: restore.RestoreResult) -> None:
        contents = restored.contents
        text = self.tr("Restored {homes} care homes and {cases} cases.").format(
            homes=contents.homes, cases=contents.cases
        )
        if restored.replaced is not None:
            text += "\n\n" + self.tr(
                "The database it replaced is kept as {file}; restore that file to go back."
            ).format(file=restored.replaced)
        self.prompts.info(self.window, self.tr("Backup restored"), text)
