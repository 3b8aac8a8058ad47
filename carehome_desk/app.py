"""Start-up of the windowed app: Qt application, translations, data folder, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from carehome_desk import __version__
from carehome_desk.logs import set_up_logging
from carehome_desk.paths import resource_path

log = logging.getLogger(__name__)

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


def run_gui(data_dir: Path, log_dir: Path | None = None) -> int:
    """Run the windowed app on ``data_dir`` until the user quits; return the exit code."""
    log_path = set_up_logging(log_dir)
    log.info("Care Home Desk %s starting, data folder %s", __version__, data_dir)
    qInstallMessageHandler(_route_qt_messages)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Care Home Desk")
    app.setApplicationVersion(__version__)
    install_translators(app)

    from carehome_desk.ui.context import UiContext
    from carehome_desk.ui.prompts import Prompts
    from carehome_desk.ui.tasks import TaskRunner

    prompts = Prompts()
    sys.excepthook = _crash_handler(prompts, log_path)
    try:
        from carehome_desk.store.session import open_session

        session = open_session(data_dir)
    except Exception as error:
        return _fail_to_start(app, prompts, error)

    from carehome_desk.ui.main_window import MainWindow

    window = MainWindow(UiContext(session, prompts, TaskRunner(app)))
    window.show()
    window.ask_officer_if_missing()
    code = app.exec()
    log.info("Care Home Desk stopped with code %s", code)
    return code


def _fail_to_start(app: QApplication, prompts: object, error: Exception) -> int:
    from PySide6.QtWidgets import QMessageBox

    from carehome_desk.ui.presentation import translate_error

    log.error("Could not open the data folder: %s", error)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        app.translate("App", "Care Home Desk cannot start"),
        translate_error(error),
        QMessageBox.StandardButton.Close,
    )
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return 1


def _crash_handler(prompts: object, log_path: Path):  # type: ignore[no-untyped-def]
    """Return an excepthook that logs an unexpected error and tells the user where the log is."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("Unexpected error", exc_info=(kind, error, tb))
        text = QApplication.translate(
            "App",
            "Something went wrong: {error}\n\nCare Home Desk {version}. "
            "The details are in the log file:\n{log}",
        ).format(
            error="".join(traceback.format_exception_only(kind, error)).strip(),
            version=__version__,
            log=log_path,
        )
        prompts.error(None, QApplication.translate("App", "Unexpected error"), text)  # type: ignore[attr-defined]

    return handle
