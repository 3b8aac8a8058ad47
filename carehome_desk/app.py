"""Start-up of the windowed app: one window per data folder, crash reports, then the controller.

``run_gui`` sets up logging, translations and the crash handler and takes the
data folder's lock. A second start on the same folder asks the running window
to come forward and exits without opening the database. The controller in
``carehome_desk.ui.recovery`` then opens the folder and shows the main window.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from carehome_desk import __version__
from carehome_desk.instance import InstanceLock, request_raise
from carehome_desk.logs import set_up_logging
from carehome_desk.paths import ensure_private_dir, resource_path

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _route_qt_messages(kind: QtMsgType, context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def install_translators(app: QApplication) -> None:
    """Load the app's and Qt's translations for the system language, where present."""
    locale = QLocale.system()
    own = QTranslator(app)
    if own.load(locale, "carehome_desk", "_", str(resource_path("translations"))):
        app.installTranslator(own)
    qt_base = QTranslator(app)
    if qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)


def run_gui(data_dir: Path, log_dir: Path | None = None, prompts: object = None) -> int:
    """Run the windowed app on ``data_dir`` until the user quits; return the exit code.

    ``prompts`` replaces the message boxes and file dialogs in tests.
    """
    log_path = set_up_logging(log_dir)
    log.info("Care Home Desk %s starting with the data folder %s", __version__, data_dir)
    qInstallMessageHandler(_route_qt_messages)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Care Home Desk")
    app.setApplicationVersion(__version__)
    install_translators(app)

    from carehome_desk.ui.crash_dialog import CrashHandler
    from carehome_desk.ui.prompts import Prompts

    prompts = prompts or Prompts()
    crash_handler = CrashHandler(prompts, log_path)
    crash_handler.install()
    # The controller quits when the main window closes, not when a window it
    # replaces (after a restore) or the damaged-database dialog closes.
    quit_on_last_window = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        code = _run_locked(app, Path(data_dir), prompts, log_path)
    finally:
        app.setQuitOnLastWindowClosed(quit_on_last_window)
        crash_handler.uninstall()
    log.info("Care Home Desk stopped with code %s", code)
    return code


def _run_locked(app: QApplication, data_dir: Path, prompts: object, log_path: Path) -> int:
    try:
        ensure_private_dir(data_dir)
    except OSError as error:
        log.error("Cannot create the data folder: %s", error.strerror or error)
        return _show_fatal(app, prompts, _folder_error_text(data_dir, error))

    lock = InstanceLock(data_dir)
    if not lock.acquire():
        return _already_running(app, prompts, data_dir, lock)

    from carehome_desk.store.db import close_db
    from carehome_desk.ui.recovery import DeskController

    controller = DeskController(app, data_dir, prompts, log_path)
    try:
        QTimer.singleShot(0, controller.start)
        return app.exec()
    finally:
        controller.shut_down()
        controller.setParent(None)  # frees it and its folder watcher
        close_db()
        lock.release()


def _already_running(app: QApplication, prompts: object, data_dir: Path, lock: InstanceLock) -> int:
    """Ask the window that holds the folder to come forward, or explain why it did not."""
    if lock.is_read_only():
        log.error("Cannot lock the data folder: it is read-only")
        return _show_fatal(app, prompts, _folder_error_text(data_dir, None))

    holder = lock.holder()
    if request_raise(data_dir):
        log.info("Process %s has the data folder open and came forward; exiting", holder)
        message = app.translate(
            "App", "Care Home Desk is already open on {path}; its window was brought forward."
        )
        print(message.format(path=data_dir), file=sys.stderr)
        return EXIT_OK

    log.warning("Process %s has the data folder open and did not respond; exiting", holder)
    text = app.translate(
        "App",
        "Care Home Desk is already open on the data folder {path} (process {pid}), and "
        "that window did not come forward. Switch to it, or if it has stopped responding, "
        "end process {pid} and start Care Home Desk again.",
    ).format(path=data_dir, pid=holder or "?")
    return _show_fatal(app, prompts, text)


def _folder_error_text(data_dir: Path, error: OSError | None) -> str:
    if data_dir.exists() and not data_dir.is_dir():
        text = QApplication.translate(
            "App",
            "The data folder {path} is a file, not a folder. Start Care Home Desk with "
            "a folder: carehome-desk --data-dir FOLDER",
        )
        return text.format(path=data_dir)
    if error is not None:
        text = QApplication.translate(
            "App", "Care Home Desk cannot use the data folder {path}: {reason}."
        )
        return text.format(path=data_dir, reason=error.strerror or str(error))
    text = QApplication.translate(
        "App",
        "Care Home Desk cannot write to the data folder {path}. Allow writing to it, "
        "or start the app with another folder: carehome-desk --data-dir FOLDER",
    )
    return text.format(path=data_dir)


def _show_fatal(app: QApplication, prompts: object, text: str) -> int:
    """Show ``text`` and return EXIT_FAILED once the user has closed it."""
    title = app.translate("App", "Care Home Desk cannot start")
    QTimer.singleShot(
        0,
        lambda: prompts.fatal(None, title, text, lambda: app.exit(EXIT_FAILED)),  # type: ignore[attr-defined]
    )
    app.exec()
    return EXIT_FAILED
