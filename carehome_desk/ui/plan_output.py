"""Export a plan as a PDF file, or print it, for the plan dialog and the plans panel.

Both paths render the same PDF from the same data: the export writes it where the
officer chooses, and printing writes it to a private temporary file and prints that.
The PDF is laid out in the render worker process (``documents.render_worker``) and
written by a TaskRunner thread, so the GUI thread never waits for ReportLab. The
caller gathers the data from the store first, on the GUI thread, because the
database has one writer there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
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
        self.context.tasks.run(
            lambda: _make_pdf(data, path),
            lambda warnings: self._export_done(path, warnings),
            self._failed,
        )

    def _export_done(self, path: Path, warnings: list[str]) -> None:
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
        self.context.tasks.run(
            lambda: _make_pdf(data, path),
            lambda warnings: self._pdf_ready(path, printer, warnings),
            lambda error: self._print_failed(path, error),
        )

    def _pdf_ready(self, path: Path, printer: QPrinter, warnings: list[str]) -> None:
        if not shiboken6.isValid(self.owner):
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

        self._set_busy(True, self.tr("Printing…"))
        job = PdfPrintJob(path, printer, self)
        job.progress.connect(self._print_progress)
        job.finished.connect(lambda: self._print_done(path))
        job.failed.connect(lambda message: self._print_stopped(path, message))
        self.job = job
        self.printer = printer  # kept alive until the job ends
        job.start()

    def cancel(self) -> None:
        """Stop the print run after the page being printed."""
        if self.job is not None:
            self.job.cancel()

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
        parent = self._finish(self.tr("Not printed"))
        self.context.prompts.error(parent, self.tr("Plan not printed"), message)

    def _print_failed(self, path: Path, error: BaseException) -> None:
        _remove(path)
        self._failed(error, self.tr("Not printed"))

    # --- shared ---------------------------------------------------------------

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


def _make_pdf(data: PlanData, path: Path) -> list[str]:
    """Write the plan's PDF at ``path`` and return the warnings, on a TaskRunner thread.

    The renderer's modules are imported here, off the GUI thread, because the first
    import takes tens of milliseconds.
    """
    from carehome_desk.documents.render_worker import export_plan_pdf

    return export_plan_pdf(data, path)


def _reference(data: PlanData) -> str:
    return data.plan_reference or f"{data.case_reference}-{data.plan_type}"


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
