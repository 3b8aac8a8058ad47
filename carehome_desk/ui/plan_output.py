"""Export a plan as a PDF file, or print it, for the plan dialog and the plans panel.

Both paths render the same PDF from the same data: the export writes it where the
officer chooses, and printing writes it to a private temporary file and prints that.
The PDF is laid out in the render worker process (``documents.render_worker``) and
written by a TaskRunner thread, so the GUI thread never waits for ReportLab. The
caller gathers the data from the store first, on the GUI thread, because the
database has one writer there.

No thread waits for the worker while it renders, because its result comes back
through a signal. So closing a window does not wait for a render, quitting waits at
most two seconds for the worker to stop (``RenderWorker.shutdown``), and a window may
close while its PDF is made. An export is then still written, but no viewer or
message opens, and a print's temporary file is removed. A render still going when
the app quits is dropped, and no file is written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from carehome_desk.documents.plan_document import PlanData
from carehome_desk.ui.context import UiContext

if TYPE_CHECKING:
    from concurrent.futures import Future

    from carehome_desk.documents.plan_pdf import RenderedPdf
    from carehome_desk.ui.plan_printing import PdfPrintJob

log = logging.getLogger(__name__)


class PlanOutput(QObject):
    """Exports and prints plans for the widget ``owner``, reporting through its signals.

    ``busy_changed(True)`` while a PDF is made or printed, ``status_changed`` with a line
    for the window's status label, and ``progress_changed(done, total)``, with a total of
    0 while the amount of work is unknown.
    """

    busy_changed = Signal(bool)
    status_changed = Signal(str)
    progress_changed = Signal(int, int)

    def __init__(self, context: UiContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.context = context
        self.owner = owner
        self.busy = False
        self.job: PdfPrintJob | None = None
        self.print_path: Path | None = None  # the temporary PDF being printed
        self.printer: QPrinter | None = None

    # --- exporting ------------------------------------------------------------

    def export(self, data: PlanData) -> None:
        """Ask where to save the plan's PDF, then write it and open it in the viewer."""
        if self.busy:
            return
        # The render worker process starts while the officer chooses the file.
        self._start_render_worker()
        self.context.prompts.save_file(
            self.owner,
            self.tr("Export {reference} as PDF").format(reference=_reference(data)),
            suggested_path(data),
            self.tr("PDF files (*.pdf)"),
            lambda path: self._export_to(data, path),
        )

    def _export_to(self, data: PlanData, path: Path) -> None:
        log.info("Exporting %s to %s", _reference(data), path)
        self._set_busy(True, self.tr("Making the PDF…"))
        self._make_pdf(data, path, lambda warnings: self._export_done(path, warnings), self._failed)

    def _export_done(self, path: Path, warnings: list[str]) -> None:
        if not self.owner_shown():
            log.info("Exported %s after its window closed; not opening it", path.name)
            return
        parent = self._finish(self.tr("Exported to {name}").format(name=path.name))
        prompts = self.context.prompts
        # One message at most: the warnings, and the file's place when no viewer opened.
        parts = list(warnings)
        if not prompts.open_file(path):
            parts.append(
                self.tr(
                    "The PDF was saved as {path}. No PDF viewer could be opened; "
                    "open the file from that folder."
                ).format(path=path)
            )
        if parts:
            title = self.tr("PDF exported with warnings") if warnings else self.tr("PDF exported")
            prompts.info(parent, title, "\n\n".join(parts))

    # --- printing -------------------------------------------------------------

    def print_plan(self, data: PlanData) -> None:
        """Open the print dialog; on Print, make the plan's PDF and print its pages."""
        if self.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(_reference(data))
        self._start_render_worker()
        self.context.prompts.print_dialog(
            self.owner, printer, lambda: self._make_pdf_to_print(data, printer)
        )

    def _make_pdf_to_print(self, data: PlanData, printer: QPrinter) -> None:
        # mkstemp makes the file readable by its owner only, as suits OFFICIAL-SENSITIVE.
        handle, name = tempfile.mkstemp(prefix="carehome-desk-print-", suffix=".pdf")
        os.close(handle)
        path = Path(name)
        self._set_busy(True, self.tr("Making the PDF…"))
        self._make_pdf(
            data,
            path,
            lambda warnings: self._pdf_ready(path, printer, warnings),
            lambda error: self._print_failed(path, error),
        )

    def _pdf_ready(self, path: Path, printer: QPrinter, warnings: list[str]) -> None:
        if not self.owner_shown():
            _remove(path)
            return
        if not warnings:
            self._start_printing(path, printer)
            return

        self._finish(self.tr("Waiting for your answer…"))
        self.context.prompts.confirm(
            self.owner,
            self.tr("Print without some characters?"),
            self.tr("{warnings}\n\nPrint the plan without these characters?").format(
                warnings="\n".join(warnings)
            ),
            lambda: self._start_printing(path, printer),
        )
        # The prompt reports only Yes, so after a No the file goes when the window does.
        self.owner.destroyed.connect(lambda: _remove(path))

    def _start_printing(self, path: Path, printer: QPrinter) -> None:
        from carehome_desk.ui.plan_printing import PdfPrintJob

        job = PdfPrintJob(path, printer, self)
        job.progress.connect(self._print_progress)
        job.finished.connect(lambda: self._print_done(path))
        job.failed.connect(lambda message: self._print_stopped(path, message))
        self.job = job
        self.print_path = path
        self.printer = printer  # kept alive until the job ends
        self._set_busy(True, self.tr("Printing…"))  # after self.job is set: see printing()
        job.start()

    def printing(self) -> bool:
        """Return whether pages are going to the printer; closing the owner would cut them off.

        While the PDF is only being made, the owner may close (see the module's notes).
        """
        return self.job is not None

    def cancel(self) -> None:
        """Stop the print run after the page being printed."""
        if self.job is not None:
            self.job.cancel()

    def stop_printing_now(self) -> None:
        """Discard a print run at once and delete its PDF, because its window is closing."""
        if self.job is None:
            return
        self.job.stop_now()
        self.job = None
        if self.print_path is not None:
            _remove(self.print_path)

    def _print_progress(self, done: int, total: int) -> None:
        self.progress_changed.emit(done, total)
        self.status_changed.emit(
            self.tr("Printing page {done} of {total}…").format(done=done, total=total)
        )

    def _print_done(self, path: Path) -> None:
        _remove(path)
        self.job = None
        self._finish(self.tr("Sent to the printer"))

    def _print_stopped(self, path: Path, message: str) -> None:
        _remove(path)
        self.job = None
        if self.owner_shown():
            parent = self._finish(self.tr("Not printed"))
            self.context.prompts.error(parent, self.tr("Plan not printed"), message)

    def _print_failed(self, path: Path, error: BaseException) -> None:
        _remove(path)
        self._failed(error, self.tr("Not printed"))

    # --- shared ---------------------------------------------------------------

    def owner_shown(self) -> bool:
        """Return whether the owner, and each window it is in, still exists and is shown.

        False once the officer has closed the owner's window, or the main window to quit.
        """
        if not shiboken6.isValid(self):
            return False
        widget: QWidget | None = self.owner
        while widget is not None:
            if not shiboken6.isValid(widget) or not widget.window().isVisible():
                return False
            widget = widget.window().parentWidget()
        return True

    def _make_pdf(
        self,
        data: PlanData,
        path: Path,
        on_done: Callable[[list[str]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Render ``data`` in the worker process, then write the PDF at ``path``.

        Calls ``on_done`` with the warnings or ``on_error`` with the error, on the GUI
        thread, even after the owner has closed. The file is written even then, but
        not after the task runner has gone, as it has once the app has quit.
        """
        tasks = self.context.tasks
        relay = _RenderRelay()
        _rendering.add(relay)

        def rendered(outcome: Future[RenderedPdf]) -> None:
            _rendering.discard(relay)
            error = outcome.exception()
            if error is None and not shiboken6.isValid(tasks):
                error = RuntimeError("the app quit before the PDF was written")
            if error is not None:
                on_error(error)
                return
            pdf = outcome.result()
            tasks.run(lambda: _write_pdf(data, path, pdf), on_done, on_error)

        def not_submitted(error: BaseException) -> None:
            _rendering.discard(relay)
            on_error(error)

        relay.rendered.connect(rendered)
        tasks.run(
            lambda: _submit_render(data),
            lambda outcome: outcome.add_done_callback(relay.rendered.emit),
            not_submitted,
        )

    def _start_render_worker(self) -> None:
        # A failed start is logged by the task runner and shows again at the render.
        self.context.tasks.run(_start_render_worker, lambda _result: None, lambda _error: None)

    def _set_busy(self, busy: bool, status: str) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
        self.progress_changed.emit(0, 0)
        self.status_changed.emit(status)

    def _finish(self, status: str) -> QWidget | None:
        """Report the end of the work. Return the window as the messages' parent, or None."""
        if not shiboken6.isValid(self.owner):
            return None
        self._set_busy(False, status)
        return self.owner

    def _failed(self, error: BaseException, status: str = "") -> None:
        from carehome_desk.documents.plan_pdf import DocumentError

        if not self.owner_shown():
            log.info("A PDF was not made after its window closed: %s", error)
            return
        parent = self._finish(status or self.tr("Not exported"))
        if isinstance(error, DocumentError):
            message = str(error)
        else:
            # The task runner has logged the traceback. This is a bug, not the officer's mistake.
            message = self.tr(
                "The PDF could not be made because of an unexpected error: {error}. "
                "The log file has the details."
            ).format(error=error)
        self.context.prompts.error(parent, self.tr("PDF not made"), message)


class _RenderRelay(QObject):
    """Carries the worker's result to the GUI thread. ``_rendering`` keeps it until then."""

    rendered = Signal(object)  # the render's concurrent.futures.Future


_rendering: set[_RenderRelay] = set()


def suggested_path(data: PlanData) -> Path:
    """Return e.g. ``~/Documents/DAP-2026-K7QF-0001-v2.pdf``, or in the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    name = _reference(data)
    if data.version is not None:
        name = f"{name}-v{data.version}"
    return folder / f"{name}.pdf"


def _start_render_worker() -> None:
    from carehome_desk.documents.render_worker import default_worker

    default_worker().start()


def _submit_render(data: PlanData) -> Future[RenderedPdf]:
    """Start the plan's render in the worker, on a TaskRunner thread; return its future.

    The renderer's modules are imported here, off the GUI thread, because the first
    import takes tens of milliseconds, and the worker may have to start first.
    """
    from carehome_desk.documents.render_worker import default_worker

    return default_worker().submit_render(data)


def _write_pdf(data: PlanData, path: Path, pdf: RenderedPdf) -> list[str]:
    """Write the rendered PDF at ``path`` and return its warnings, on a TaskRunner thread."""
    from carehome_desk.documents.plan_pdf import write_plan_pdf

    write_plan_pdf(data, path, pdf.content)
    return list(pdf.warnings)


def _reference(data: PlanData) -> str:
    return data.plan_reference or f"{data.case_reference}-{data.plan_type}"


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
