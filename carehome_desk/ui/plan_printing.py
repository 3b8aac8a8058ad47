"""Print an existing PDF, page by page, on a QPrinter that the print dialog set up.

The printed pages are the exported PDF's pages: QtPdf (the PySide6-Pdf wheel) renders
each page to an image at up to 300 dpi, which is painted onto the printer's page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

# Maximum resolution that pages are rendered at. An A4 page at 300 dpi is a 35 MB image.
# Text and rules stay sharp on paper, and the printer driver scales the image to its own
# resolution.
MAX_RENDER_DPI = 300


class PdfPrintJob(QObject):
    """One print run of a PDF file on ``printer``, started with :meth:`start`.

    Pages are rendered and painted one per turn of the event loop, on the GUI thread,
    because a QPainter on a QPrinter must stay on the thread that made it. Rendering
    ahead on a worker thread would hold every page image at once (about 2 GB for a
    60-page plan at 300 dpi) or hand pages across threads one at a time. That gains
    little, since a page renders in well under a second. Between pages the window
    repaints, shows ``progress`` and takes a click on Stop printing.

    Emits ``progress(done, total)`` after each page, then ``finished`` or ``failed``
    with a message for the officer. The PDF file is not deleted.
    """

    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, pdf_path: Path, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument

        self.pdf_path = Path(pdf_path)
        self.printer = printer
        self.document = QPdfDocument(self)
        self.painter = QPainter()
        self.pages: list[int] = []
        self.done = 0
        self.cancelled = False
        self.stopped = False  # set by stop_now: the run is over and reports nothing

    def start(self) -> None:
        """Open the PDF and the printer, then print the first page on the next loop turn."""
        from PySide6.QtPdf import QPdfDocument

        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            log.warning("Could not open %s for printing: %s", self.pdf_path, error)
            self._fail(
                self.tr("The PDF could not be opened for printing ({error}).").format(
                    error=error.name
                )
            )
            return

        self.pages = pages_to_print(self.printer, self.document.pageCount())
        if not self.pages:
            self._fail(
                self.tr("The pages chosen are not in the plan, which has {count} pages.").format(
                    count=self.document.pageCount()
                )
            )
            return
        if not self.painter.begin(self.printer):
            log.warning("Printer %s did not start", self.printer.printerName())
            self._fail(
                self.tr(
                    "The printer {printer} did not start. Check that it is switched on "
                    "and connected, then print again."
                ).format(printer=self.printer.printerName() or self.printer.outputFileName())
            )
            return

        log.info("Printing %d pages of %s", len(self.pages), self.pdf_path.name)
        QTimer.singleShot(0, self, self._print_next)

    def cancel(self) -> None:
        """Stop after the current page and discard the print run."""
        self.cancelled = True

    def stop_now(self) -> None:
        """Discard the print run at once, without signals, as when its window closes."""
        self.stopped = True
        if self.painter.isActive():
            self.printer.abort()
            self.painter.end()
            log.info("Printing %s stopped after %d pages", self.pdf_path.name, self.done)

    def _print_next(self) -> None:
        if self.stopped:
            return
        if self.cancelled:
            self.printer.abort()
            self.painter.end()
            log.info("Printing %s cancelled after %d pages", self.pdf_path.name, self.done)
            self._fail(self.tr("Printing was cancelled."))
            return

        if self.done > 0:
            self.printer.newPage()
        self._paint_page(self.pages[self.done])
        self.done += 1
        self.progress.emit(self.done, len(self.pages))

        if self.done < len(self.pages):
            QTimer.singleShot(0, self, self._print_next)
            return
        if not self.painter.end():
            self._fail(self.tr("The printer stopped before the last page; print again."))
            return
        log.info("Printed %d pages of %s", self.done, self.pdf_path.name)
        self.finished.emit()

    def _paint_page(self, page: int) -> None:
        """Render ``page`` and paint it centred on the printable area, keeping its shape."""
        area = self.printer.pageLayout().paintRectPixels(self.printer.resolution())
        size = self.document.pagePointSize(page)  # in points, 1/72 inch
        scale = min(area.width() / size.width(), area.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)

        render_scale = min(1.0, MAX_RENDER_DPI / self.printer.resolution())
        image_size = QSize(round(width * render_scale), round(height * render_scale))
        image = self.document.render(page, image_size)
        self.painter.drawImage(target, image)

    def _fail(self, message: str) -> None:
        self.failed.emit(message)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """Return the 0-based pages to paint, in order, for the range, order and copies chosen."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()

    # The printer driver makes the copies when it can; otherwise each copy is painted.
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        pages = pages * printer.copyCount()
    return pages
