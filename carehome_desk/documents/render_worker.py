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
dies has written nothing, and a worker that hangs can be killed at any time. A render
that takes longer than ``RENDER_TIMEOUT_SECONDS`` ends with an error, and the worker
is replaced. Stopping the worker waits ``STOP_WAIT_SECONDS`` for it, then kills it.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, InvalidStateError, ProcessPoolExecutor
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

# The benchmark's 200-item plan renders in about 0.5 s on a 2-core machine, and a
# 600-item plan in about 3 s. A render still going after two minutes is taken to be
# a hung or suspended worker, so it fails rather than keeping the officer waiting.
RENDER_TIMEOUT_SECONDS = 120

# How long stopping waits for the worker to finish its render and exit. Then it is
# killed, which loses nothing, because the worker writes no file.
STOP_WAIT_SECONDS = 2.0

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

        Raises DocumentError when the worker process stops before it returns the PDF,
        or has not returned it after RENDER_TIMEOUT_SECONDS.
        """
        return self.submit_render(plan).result()

    def submit_render(self, plan: PlanData) -> Future[RenderedPdf]:
        """Start rendering ``plan`` in the worker process; return a future for the PDF.

        The future ends with the PDF, or with the DocumentError that ``render`` raises,
        within RENDER_TIMEOUT_SECONDS. Its callbacks run on a background thread, or at
        once on the calling thread when the future has already ended.
        """
        executor, work = self._submit(render_plan_pdf_bytes, plan)
        outcome: Future[RenderedPdf] = Future()
        outcome.set_running_or_notify_cancel()
        timer = threading.Timer(RENDER_TIMEOUT_SECONDS, self._time_out, (executor, outcome))
        timer.daemon = True
        timer.start()

        def settle(done: Future[RenderedPdf]) -> None:
            timer.cancel()
            self._settle(executor, done, outcome)

        work.add_done_callback(settle)
        return outcome

    def process_id(self) -> int:
        """Return the worker process's id, starting it if needed."""
        return self._submit(os.getpid)[1].result(timeout=RENDER_TIMEOUT_SECONDS)

    def shutdown(self) -> None:
        """Stop the worker process, killing it if it has not exited after STOP_WAIT_SECONDS.

        A render in progress then ends with a DocumentError. A later render starts a new
        worker. Waits at most twice STOP_WAIT_SECONDS (before and after the kill), so a
        hung worker cannot keep the app from quitting.
        """
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            _stop(executor, STOP_WAIT_SECONDS)
            log.info("PDF render worker stopped")

    def _submit(
        self, function: Callable[..., Any], *args: Any
    ) -> tuple[ProcessPoolExecutor, Future[Any]]:
        with self._lock:
            try:
                executor = self._running_executor()
                return executor, executor.submit(function, *args)
            except BrokenProcessPool:
                # The worker died while idle (killed, or out of memory), so start a new one.
                log.warning("The PDF render worker had stopped; starting a new one")
                self._executor = None
                executor = self._running_executor()
                return executor, executor.submit(function, *args)

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

    def _settle(
        self,
        executor: ProcessPoolExecutor,
        work: Future[RenderedPdf],
        outcome: Future[RenderedPdf],
    ) -> None:
        """Pass the worker's result to ``outcome``, unless the render has timed out."""
        if outcome.done():
            return  # timed out: the worker was ended, and the error is given
        try:
            _succeed(outcome, work.result())
        except (BrokenProcessPool, CancelledError) as error:
            log.error("The PDF render worker stopped while rendering: %r", error)
            self._replace(executor)
            _fail(outcome, _stopped_error())
        except BaseException as error:
            _fail(outcome, error)

    def _time_out(self, executor: ProcessPoolExecutor, outcome: Future[RenderedPdf]) -> None:
        if outcome.done():
            return
        log.error("The PDF render worker took longer than %s s; ending it", RENDER_TIMEOUT_SECONDS)
        _fail(outcome, _timed_out_error())
        self._replace(executor)

    def _replace(self, executor: ProcessPoolExecutor) -> None:
        """End ``executor``'s worker process at once; the next render starts a new one."""
        with self._lock:
            if self._executor is executor:
                self._executor = None
        _stop(executor, 0.0)


def _stopped_error() -> DocumentError:
    return DocumentError(
        QCoreApplication.translate(
            "PlanPdf",
            "The PDF could not be made because the process that makes it stopped "
            "unexpectedly. No file was written. Try again; if it fails again, "
            "restart Care Home Desk.",
        )
    )


def _timed_out_error() -> DocumentError:
    text = QCoreApplication.translate(
        "PlanPdf",
        "The PDF could not be made because the process that makes it had not finished "
        "after {minutes} minutes. No file was written. Try again; if it fails again, "
        "restart Care Home Desk.",
    )
    return DocumentError(text.format(minutes=RENDER_TIMEOUT_SECONDS // 60))


def _succeed(outcome: Future[RenderedPdf], result: RenderedPdf) -> None:
    with contextlib.suppress(InvalidStateError):  # the render has already timed out
        outcome.set_result(result)


def _fail(outcome: Future[RenderedPdf], error: BaseException) -> None:
    """Set ``outcome``'s error, unless a time-out or the worker's result has set it first."""
    with contextlib.suppress(InvalidStateError):
        outcome.set_exception(error)


def _stop(executor: ProcessPoolExecutor, wait_seconds: float) -> None:
    """Shut ``executor`` down, then kill its process if it has not exited in ``wait_seconds``.

    ProcessPoolExecutor can only wait for its processes without a limit, so this keeps
    their handles and ends them itself: SIGKILL, because a suspended process does not
    act on SIGTERM until it is resumed.
    """
    processes = list((executor._processes or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)

    deadline = time.monotonic() + wait_seconds
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            log.warning("The PDF render worker (process %s) did not exit; ending it", process.pid)
            process.kill()
            process.join(STOP_WAIT_SECONDS)


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
