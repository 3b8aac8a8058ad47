"""The one place the app asks the user something or tells them something.

Every message box, file dialog and "open in viewer" goes through a
``Prompts`` object handed to each window. Dialogs open window-modal with
``open()``, never with a blocking ``exec()``, and report back through
callbacks, so a test can hand a window a ``Prompts`` subclass that answers
at once and the app never hangs a test run.

Each dialog deletes itself when closed, and ``_open_dialogs`` holds it until then:
PySide deletes a widget that has no parent once Python no longer refers to it, so
a message with a parent of None (such as "cannot start") would vanish unseen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

_open_dialogs: set[QDialog] = set()  # dialogs shown, each kept until Qt deletes it


class Prompts:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a problem the user can fix."""
        log.info("Error shown: %s", title)
        self._message(parent, QMessageBox.Icon.Warning, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._message(parent, QMessageBox.Icon.Information, title, text)

    def confirm(
        self, parent: QWidget | None, title: str, text: str, on_yes: Callable[[], None]
    ) -> None:
        """Ask a yes/no question; call ``on_yes`` only if the user answers yes."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # typed names such as "<b>" show as typed
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                on_yes()

        box.finished.connect(finished)
        _open(box)

    def save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested: Path,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        """Ask where to save a file; call ``on_chosen`` with the path unless cancelled."""
        dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
        dialog.selectFile(str(suggested))
        dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
        _open(dialog)

    def choose_file(
        self,
        parent: QWidget | None,
        title: str,
        folder: Path,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        """Ask for an existing file to open; call ``on_chosen`` with its path unless cancelled."""
        dialog = QFileDialog(parent, title, str(folder), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
        _open(dialog)

    def fatal(
        self, parent: QWidget | None, title: str, text: str, on_closed: Callable[[], None]
    ) -> None:
        """Show why the app cannot go on; call ``on_closed`` once the user has read it."""
        log.info("Fatal error shown: %s", title)
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close)
        box.setParent(parent, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name shows as typed
        box.finished.connect(lambda _result: on_closed())
        _open(box)

    def crash(
        self, parent: QWidget | None, summary: str, details: str, on_closed: Callable[[], None]
    ) -> None:
        """Show an unexpected error: ``summary`` for the officer, ``details`` for support."""
        from carehome_desk.ui.crash_dialog import CrashDialog

        dialog = CrashDialog(summary, details, parent)
        dialog.finished.connect(lambda _result: on_closed())
        _open(dialog, modal=False)

    def print_dialog(
        self, parent: QWidget | None, printer: QPrinter, on_accepted: Callable[[], None]
    ) -> None:
        """Let the user choose the printer and its options; call ``on_accepted`` on Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.accepted.connect(on_accepted)
        _open(dialog)

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the system's viewer; return False when none could be started."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not opened:
            log.warning("No viewer opened %s", path.name)
        return opened

    def _message(
        self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
    ) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # typed names such as "<b>" show as typed
        _open(box)


def _open(dialog: QDialog, modal: bool = True) -> None:
    """Show ``dialog`` without blocking, and keep it until it closes and Qt deletes it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.add(dialog)
    dialog.destroyed.connect(lambda: _open_dialogs.discard(dialog))
    if modal:
        # QDialog's own open(): PySide6 6.12 offers QPrintDialog only open(receiver, member).
        QDialog.open(dialog)
    else:
        dialog.show()
