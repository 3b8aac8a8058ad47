"""Unexpected errors: logged with their traceback and shown in a dialog that does not block.

:class:`CrashHandler` replaces ``sys.excepthook``, which PySide6 calls for an
exception a slot or an overridden Qt method lets escape. It logs the error
and shows :class:`CrashDialog` through the prompts seam with what happened,
the app version and the log file's path. While that dialog is open, further
errors are logged but not shown, and a repeated error is logged in full only
the first time, so an error in a paint event cannot flood the screen or the log.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from carehome_desk import __version__
from carehome_desk.ui.forms import load_form

log = logging.getLogger(__name__)

# Repeats of one error logged again in full: the 2nd, 10th, 100th, 1000th...
_LOGGED_REPEATS = {2, 10, 100}


class CrashDialog(QDialog):
    """Shows an unexpected error with details the officer can copy for support."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = load_form("crash_dialog.ui", self)
        self.ui.summary_label.setText(summary)
        self.ui.details_edit.setPlainText(details)
        self.ui.details_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.copy_button.clicked.connect(self.copy_details)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.details_edit.toPlainText())


class CrashHandler:
    """Logs unexpected errors and shows them through ``prompts.crash``."""

    def __init__(self, prompts: Any, log_path: Path) -> None:
        self.prompts = prompts
        self.log_path = log_path
        self.showing = False
        self.seen: Counter[tuple[str, str, int]] = Counter()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        self._log(kind, error, tb)
        if self.showing:
            return
        self.showing = True
        self.prompts.crash(
            QApplication.activeWindow(),
            self.summary(kind, error),
            self.details(kind, error, tb),
            self._closed,
        )

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """Log an error that ended a thread; a dialog cannot be shown from another thread."""
        if args.exc_value is None:
            return
        self._log(args.exc_type, args.exc_value, args.exc_traceback)

    def summary(self, kind: type[BaseException], error: BaseException) -> str:
        text = QCoreApplication.translate(
            "Crash",
            "Care Home Desk met an unexpected error and did not finish what it was doing:\n"
            "{error}\n\n"
            "Changes saved before the error are kept, because each save is complete or "
            "not made at all. Restart the app if it misbehaves.\n\n"
            "Care Home Desk {version}. The details are in the log file:\n{log}",
        )
        return text.format(error=_one_line(kind, error), version=__version__, log=self.log_path)

    def details(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> str:
        lines = [
            f"Care Home Desk {__version__}",
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
            platform.platform(),
            f"Log file: {self.log_path}",
            "",
            *traceback.format_exception(kind, error, tb),
        ]
        return "\n".join(line.rstrip("\n") for line in lines)

    def _log(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        frames = traceback.extract_tb(tb)
        where = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("", 0)
        signature = (kind.__name__, *where)
        self.seen[signature] += 1
        count = self.seen[signature]
        if count == 1:
            log.critical("Unexpected error", exc_info=(kind, error, tb))
        elif count in _LOGGED_REPEATS or count % 1000 == 0:
            log.critical(
                "The unexpected error %s at %s line %s happened again (%s times)",
                kind.__name__,
                Path(where[0]).name,
                where[1],
                count,
            )

    def _closed(self) -> None:
        self.showing = False


def _one_line(kind: type[BaseException], error: BaseException) -> str:
    return "".join(traceback.format_exception_only(kind, error)).strip()
