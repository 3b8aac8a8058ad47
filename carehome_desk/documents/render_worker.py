"""Render plan PDFs in a separate process, so the window keeps repainting meanwhile.

ReportLab is pure Python and holds the GIL while it lays out a plan (about 0.5 s
for the benchmark's 200-item plan on a 2-core machine), so rendering on a thread of
the app's process would stall its GUI thread. The app keeps one worker process,
started on first use and reused, through ``concurrent.futures.ProcessPoolExecutor``
with the "spawn" start method: a fresh interpreter, never a fork of the Qt process.
The app and the worker talk through pipes only. A frozen build starts the worker by
running its own program again, which ``multiprocessing.freeze_support()`` in
``carehome_desk.__main__`` handles.

NOTE: spawn imports the main module of the app's process again in the worker, so a
script that runs the app or exports through the worker must keep its top-level work
under ``if __name__ == "__main__":``. ``python -c`` programs are not imported again.

The worker returns the PDF as bytes and the app writes the file, so a worker that
dies has written nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from carehome_desk.documents.plan_document import PlanData
from carehome_desk.documents.plan_pdf import (
    DocumentError,
    RenderedPdf,
    render_plan_pdf_bytes,
    write_plan_pdf,
)
from carehome_desk.paths import resource_path

log = logging.getLogger(__name__)

_default_worker: RenderWorker | None = None
_default_lock = threading.Lock()


class RenderWorker:
    """One worker process that renders plan PDFs, started on first use and reused.

    ``translation_files`` are the compiled Qt translations (``.qm``) that the worker
    installs, so the PDF is in the app's language. Methods may be called from any thread.
    """

    def __init__(self, translation_files: Sequence[Path] = ()) -> None:
        self.translation_files = tuple(str(path) for path in translation_files)
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start the worker process now, if it is not running, without waiting for it."""
        self._submit(_warm_up)

    def render(self, plan: PlanData) -> RenderedPdf:
        """Render ``plan`` in the worker process and return the PDF, blocking until it is done.

        Raises DocumentError when the worker process stops before it returns the PDF.
        """
        future = self._submit(render_plan_pdf_bytes, plan)
        try:
            return future.result()
        except BrokenProcessPool as error:
            log.error("The PDF render worker stopped while rendering: %s", error)
            self._discard_broken()
            raise DocumentError(
                QCoreApplication.translate(
                    "PlanPdf",
                    "The PDF could not be made because the process that makes it stopped "
                    "unexpectedly. No file was written. Try again; if it fails again, "
                    "restart Care Home Desk.",
                )
            ) from error

    def process_id(self) -> int:
        """Return the worker process's id, starting it if needed."""
        return self._submit(os.getpid).result()

    def shutdown(self) -> None:
        """Stop the worker process and wait for it to exit. A later render starts a new one."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            log.info("PDF render worker stopped")

    def _submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        with self._lock:
            try:
                return self._running_executor().submit(function, *args)
            except BrokenProcessPool:
                # The worker died while idle (killed, or out of memory), so start a new one.
                log.warning("The PDF render worker had stopped; starting a new one")
                self._executor = None
                return self._running_executor().submit(function, *args)

    def _running_executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_initialise_worker,
                initargs=(self.translation_files,),
            )
            log.info("Starting the PDF render worker")
        return self._executor

    def _discard_broken(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def export_plan_pdf(
    plan: PlanData, out_path: Path, worker: RenderWorker | None = None
) -> list[str]:
    """Write ``plan`` as a PDF at ``out_path`` and return the warnings for the officer.

    The same contract as :func:`carehome_desk.documents.plan_pdf.render_plan_pdf`, but
    the PDF is laid out in the worker process (``worker``, or the app's default one).
    The calling thread waits without holding the GIL. The progress callback is not
    offered, because progress cannot be reported across the process boundary.
    """
    rendered = (worker or default_worker()).render(plan)
    write_plan_pdf(plan, Path(out_path), rendered.content)
    return list(rendered.warnings)


def default_worker() -> RenderWorker:
    """Return the app's render worker, which installs the app's translations.

    When a Qt application exists, the worker stops as the application quits.
    """
    global _default_worker
    with _default_lock:
        if _default_worker is None:
            _default_worker = RenderWorker(app_translation_files())
            app = QCoreApplication.instance()
            if app is not None:
                # Direct, because the first call may come from a TaskRunner thread, which
                # has no event loop to deliver a queued call.
                app.aboutToQuit.connect(
                    _default_worker.shutdown, Qt.ConnectionType.DirectConnection
                )
        return _default_worker


def app_translation_files() -> list[Path]:
    """Return the app's translation file for the system language, as ``app.py`` loads it."""
    translator = QTranslator()
    if not translator.load(
        QLocale.system(), "carehome_desk", "_", str(resource_path("translations"))
    ):
        return []
    return [Path(translator.filePath())]


# --- in the worker process ------------------------------------------------------

_worker_state: list[Any] = []  # keeps the worker's Qt application and translators alive


def _initialise_worker(translation_files: Sequence[str]) -> None:
    """Make the worker exit with the app, and load the translations, fonts and ReportLab."""
    # Ctrl+C in a terminal reaches the whole process group, and the app decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()

    _install_translations(translation_files)
    _warm_up()


def _exit_with_parent(parent: Any) -> None:
    """Exit when the app's process has ended, even if it was killed without a shutdown."""
    parent.join()  # returns when the pipe from the parent closes
    os._exit(0)


def _install_translations(translation_files: Sequence[str]) -> None:
    translators = []
    for file_name in translation_files:
        translator = QTranslator()
        if translator.load(file_name):
            translators.append(translator)
        else:
            log.warning("Could not load the translation file %s", file_name)
    if not translators:
        return

    # Qt installs translators only into an application object.
    app = QCoreApplication.instance() or QCoreApplication([])
    for translator in translators:
        app.installTranslator(translator)
    _worker_state.extend([app, *translators])


def _warm_up() -> None:
    """Load the fonts and ReportLab's layout modules, so the first render is not slower."""
    from reportlab.platypus import BaseDocTemplate, Paragraph, Table  # noqa: F401

    from carehome_desk.documents import fonts

    fonts.register_fonts()
