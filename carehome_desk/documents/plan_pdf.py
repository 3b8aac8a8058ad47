"""Action plan (DAP or CAP) printed as an A4 PDF for the provider.

ReportLab is imported inside the functions, so importing this module for the
data types costs nothing until the first export.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication

from carehome_desk.documents import fonts
from carehome_desk.documents.plan_document import PlanData, PlanItemData, ProgressData
from carehome_desk.documents.plan_story import (
    LEVEL_COLOURS,
    MM,
    RULE_COLOUR,
    ProgressReporter,
    StoryBuilder,
)
from carehome_desk.documents.plan_text import TextCleaner, format_date, plan_title

__all__ = [
    "LEVEL_COLOURS",
    "DocumentError",
    "PlanData",
    "PlanItemData",
    "ProgressData",
    "RenderedPdf",
    "render_plan_pdf",
    "render_plan_pdf_bytes",
    "write_plan_pdf",
]

logger = logging.getLogger(__name__)

PDF_LANGUAGE = "en-GB"

_MARGIN = 18 * MM
_TOP_MARGIN = 24 * MM
_BOTTOM_MARGIN = 22 * MM


class DocumentError(Exception):
    """A document could not be written. The message names the path and what the officer can do."""


def render_plan_pdf(
    plan: PlanData,
    out_path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Write the plan as a PDF at out_path and return warnings for the officer.

    The warnings name each field from which characters were left out because the
    bundled font cannot print them (emoji, for example).

    The PDF is built in a temporary file in the same folder and then moved onto
    ``out_path``, so a failed export leaves any existing file unchanged.
    ``progress(done, total)`` is called as item rows are drawn, with ``done`` rising
    until it reaches ``total`` (also when there are no items).
    Raises DocumentError when the file cannot be written.
    """
    out_path = Path(out_path)
    fonts.register_fonts()

    cleaner = TextCleaner()
    reporter = ProgressReporter(progress, len(plan.items))
    story = StoryBuilder(plan, cleaner, reporter).build()
    page_header = _page_header(plan, cleaner)

    _write_atomically(out_path, partial(_build_pdf, story, page_header))
    reporter.report(len(plan.items))
    _log_written(plan, out_path)
    return cleaner.warnings


@dataclass(frozen=True)
class RenderedPdf:
    """A plan's PDF rendered in memory, and the warnings for the officer."""

    content: bytes
    warnings: tuple[str, ...]


def render_plan_pdf_bytes(plan: PlanData) -> RenderedPdf:
    """Return the PDF that :func:`render_plan_pdf` writes for ``plan``, as bytes in memory.

    The render worker process runs this and sends the result back to the app, which
    writes it with :func:`write_plan_pdf`.
    """
    fonts.register_fonts()

    cleaner = TextCleaner()
    story = StoryBuilder(plan, cleaner, ProgressReporter(None, len(plan.items))).build()
    buffer = io.BytesIO()
    _build_pdf(story, _page_header(plan, cleaner), buffer)
    return RenderedPdf(buffer.getvalue(), tuple(cleaner.warnings))


def write_plan_pdf(plan: PlanData, out_path: Path, content: bytes) -> None:
    """Write the PDF ``content`` rendered from ``plan`` at ``out_path``.

    The file is written as :func:`render_plan_pdf` writes it: atomically, readable by
    its owner only, raising DocumentError when it cannot be written.
    """
    out_path = Path(out_path)
    _write_atomically(out_path, lambda temp_path: temp_path.write_bytes(content))
    _log_written(plan, out_path)


def _log_written(plan: PlanData, out_path: Path) -> None:
    logger.info(
        "Wrote %s plan %s version %s with %d items to %s",
        plan.plan_type,
        plan.plan_reference or plan.case_reference,
        plan.version,
        len(plan.items),
        out_path,
    )


# --- pages --------------------------------------------------------------------


@dataclass(frozen=True)
class _PageHeader:
    """Text printed at the top and bottom of every page, and in the PDF metadata."""

    marking: str
    plan_title: str
    reference: str  # the plan's reference, or the case's for a plan not yet saved
    version: str  # e.g. "Version 2, issued 4 December 2026"
    council_name: str
    home_name: str
    case_reference: str
    draft: bool


def _page_header(plan: PlanData, cleaner: TextCleaner) -> _PageHeader:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanPdf", text)

    reference = plan.plan_reference or plan.case_reference
    if plan.version is None:
        version = tr("Draft, not issued")
    elif plan.issued_on is None:
        version = tr("Version {number}, draft, not issued").format(number=plan.version)
    else:
        version = tr("Version {number}, issued {date}").format(
            number=plan.version, date=format_date(plan.issued_on)
        )
    return _PageHeader(
        marking=cleaner.line(plan.protective_marking, tr("Protective marking")),
        plan_title=" ".join(plan_title(plan.plan_type, cleaner).split()),
        reference=cleaner.line(reference, tr("Plan reference")),
        version=version,
        council_name=cleaner.line(plan.council_name, tr("Council")),
        home_name=cleaner.line(plan.home_name, tr("Home name")),
        case_reference=cleaner.line(plan.case_reference, tr("Case reference")),
        draft=plan.issued_on is None,
    )


def _draw_page_furniture(canvas: Any, header: _PageHeader, page: int, page_count: int) -> None:
    """Draw the marking at top and bottom, the plan, version, council and page number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    width, height = A4
    left, right = _MARGIN, width - _MARGIN
    canvas.saveState()
    if header.draft:
        _draw_draft_mark(canvas, width, height)

    canvas.setFillColor(colors.black)
    canvas.setFont(fonts.BOLD, 10)
    canvas.drawCentredString(width / 2, height - 10 * MM, header.marking)
    canvas.drawCentredString(width / 2, 8 * MM, header.marking)

    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.drawString(left, height - 17 * MM, f"{header.plan_title} {header.reference}")
    canvas.drawRightString(right, height - 17 * MM, header.version)
    canvas.drawString(left, 14 * MM, header.council_name)
    page_text = QCoreApplication.translate("PlanPdf", "Page {page} of {page_count}").format(
        page=page, page_count=page_count
    )
    canvas.drawRightString(right, 14 * MM, page_text)

    canvas.setStrokeColor(colors.HexColor(RULE_COLOUR))
    canvas.setLineWidth(0.5)
    canvas.line(left, height - 19 * MM, right, height - 19 * MM)
    canvas.line(left, 18 * MM, right, 18 * MM)
    canvas.restoreState()


def _draw_draft_mark(canvas: Any, width: float, height: float) -> None:
    """Draw a large pale "DRAFT" across the page, so a draft is never taken for the plan."""
    from reportlab.lib import colors

    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#9E9E9E"))
    canvas.setFillAlpha(0.18)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.setFont(fonts.BOLD, 110)
    canvas.drawCentredString(0, -38, QCoreApplication.translate("PlanPdf", "DRAFT"))
    canvas.restoreState()


@cache
def _numbered_canvas_class() -> type:
    """Return a Canvas subclass that holds back every page until the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(
            self, *args: Any, draw_page: Callable[[Any, int, int], None], **kwargs: Any
        ) -> None:
            super().__init__(*args, **kwargs)
            self._draw_page = draw_page
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            page_count = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                self._draw_page(self, self._pageNumber, page_count)
                super().showPage()
            super().save()

    return NumberedCanvas


def _build_pdf(story: list[Any], header: _PageHeader, target: Path | BinaryIO) -> None:
    """Lay out ``story`` and write the PDF to ``target``, a file path or a binary stream."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    subject = QCoreApplication.translate(
        "PlanPdf", "Action plan for {home_name}, case {case_reference}: {version}"
    ).format(
        home_name=header.home_name, case_reference=header.case_reference, version=header.version
    )
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_TOP_MARGIN,
        bottomMargin=_BOTTOM_MARGIN,
        title=f"{header.plan_title} {header.reference}",
        author=header.council_name,
        subject=subject,
        creator="Care Home Desk",
        lang=PDF_LANGUAGE,
        initialFontName=fonts.REGULAR,
    )
    # Without padding the frame edges are the margins, so the tables line up with the
    # rules in the page header and footer.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="plan", frames=[frame])])

    def draw_page(canvas: Any, page: int, page_count: int) -> None:
        _draw_page_furniture(canvas, header, page, page_count)

    canvas_class = _numbered_canvas_class()
    doc.build(story, canvasmaker=partial(canvas_class, draw_page=draw_page))


# --- files --------------------------------------------------------------------


def _write_atomically(out_path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``out_path``, then move it onto ``out_path``.

    The temporary file is removed on any failure. OSError becomes DocumentError.
    On POSIX the PDF ends up readable by its owner only (mkstemp's mode 0600), which
    suits an OFFICIAL-SENSITIVE document. A symbolic link is followed, so the file
    it points to is replaced rather than the link. Anything else that exists and is
    not a regular file (a device, a pipe) is rejected, because renaming onto it
    would replace it.
    """
    out_path = _regular_file_target(out_path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent
        )
    except OSError as error:
        raise _document_error(out_path, error) from error
    os.close(handle)
    temp_path = Path(temp_name)

    try:
        write(temp_path)
        with open(temp_path, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp_path, out_path)
    except OSError as error:
        raise _document_error(out_path, error) from error
    finally:
        with contextlib.suppress(OSError):
            temp_path.unlink(missing_ok=True)


def _regular_file_target(out_path: Path) -> Path:
    """Return the path to replace: the target of a link, checked to be a regular file."""
    try:
        target = out_path.resolve() if out_path.is_symlink() else out_path
        mode = target.stat().st_mode
    except OSError:
        # Missing, unreachable or an invalid name: writing reports it with its fix.
        return out_path
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        message = QCoreApplication.translate(
            "PlanPdf",
            "Could not save {path}: it is not a regular file (it may be a device). "
            "Choose a file name in a folder such as Documents and export again.",
        )
        raise DocumentError(message.format(path=out_path))
    return target


def _document_error(out_path: Path, error: OSError) -> DocumentError:
    logger.warning("Could not write PDF %s: %s", out_path, error)
    if isinstance(error, FileNotFoundError):
        message = QCoreApplication.translate(
            "PlanPdf",
            "Could not save {path}: the folder {folder} does not exist. "
            "Choose an existing folder and export again.",
        )
    elif isinstance(error, IsADirectoryError):
        message = QCoreApplication.translate(
            "PlanPdf", "Could not save {path}: it is a folder. Choose a file name and export again."
        )
    elif isinstance(error, PermissionError) or error.errno == errno.EROFS:
        message = QCoreApplication.translate(
            "PlanPdf",
            "Could not save {path}: permission denied. If the file is open in another "
            "program, close it and export again. Otherwise choose a folder you can "
            "write to, such as Documents.",
        )
    elif error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = QCoreApplication.translate(
            "PlanPdf",
            "Could not save {path}: the disk is full. Free some space or choose another "
            "drive, then export again.",
        )
    else:
        message = QCoreApplication.translate(
            "PlanPdf", "Could not save {path}: {reason}. Choose another folder and export again."
        )
    reason = error.strerror or str(error)
    return DocumentError(message.format(path=out_path, folder=out_path.parent, reason=reason))
