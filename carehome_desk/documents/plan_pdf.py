"""Action plan (DAP or CAP) printed as an A4 PDF for the provider.

ReportLab is imported inside the functions, so importing this module for the
data types costs nothing until the first export.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from carehome_desk.documents import fonts

logger = logging.getLogger(__name__)

PDF_LANGUAGE = "en-GB"

# Alert level name -> (badge background, badge text colour). White on amber is hard
# to read, so the amber badge has black text.
LEVEL_COLOURS = {
    "Red": ("#C62828", "#FFFFFF"),
    "Amber": ("#EF8F00", "#000000"),
    "Blue": ("#1565C0", "#FFFFFF"),
}
_UNKNOWN_LEVEL_COLOURS = ("#E0E0E0", "#000000")

_MM = 72 / 25.4  # PDF points per millimetre
_MARGIN = 18 * _MM
_TOP_MARGIN = 26 * _MM
_BOTTOM_MARGIN = 24 * _MM
_RULE_COLOUR = "#9E9E9E"
_HEADER_FILL = "#E3E7EC"

# Items table column widths in mm. They sum to the 174 mm between the margins of A4,
# and the last fits "30 September 2026" in 9 pt DejaVu Sans (31.7 mm) plus 8 pt padding.
_ITEM_COLUMN_WIDTHS_MM = (10, 49, 49, 31, 35)


@dataclass(frozen=True)
class PlanItemData:
    number: int
    finding: str
    action_required: str
    responsible_person: str
    target_date: date | None


@dataclass(frozen=True)
class PlanData:
    plan_type: str  # "DAP" or "CAP"
    case_reference: str  # e.g. "CHD-2026-K7QF-0003"
    council_name: str
    home_name: str
    home_address: str  # may contain line breaks
    home_postcode: str
    ciw_number: str
    provider: str
    responsible_individual: str
    registered_manager: str
    level_name: str | None  # "Red", "Amber", "Blue" or None
    level_set_on: date | None
    prepared_by: str  # officer name
    prepared_by_team: str
    prepared_on: date
    protective_marking: str = "OFFICIAL-SENSITIVE"
    items: tuple[PlanItemData, ...] = ()


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

    cleaner = _TextCleaner()
    reporter = _ProgressReporter(progress, len(plan.items))
    styles = _make_styles()
    story = _build_story(plan, cleaner, styles, reporter)
    page_header = _page_header(plan, cleaner)

    _write_atomically(out_path, partial(_build_pdf, story, page_header))
    reporter.report(len(plan.items))
    logger.info(
        "Wrote %s plan %s with %d items to %s",
        plan.plan_type,
        page_header.case_reference,
        len(plan.items),
        out_path,
    )
    return cleaner.warnings


# --- text ---------------------------------------------------------------------


class _TextCleaner:
    """Cleaner for user text before printing, with the warnings about characters it left out."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def plain(self, text: str, field: str, font_names: tuple[str, ...] = (fonts.REGULAR,)) -> str:
        """Return ``text`` with control characters and characters the fonts cannot draw removed.

        Line breaks are kept as ``\\n``. A warning names the field and every character
        left out because the fonts lack it.
        """
        text = unicodedata.normalize("NFC", text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", " ")
        text = "".join(
            character
            for character in text
            if character == "\n" or unicodedata.category(character) not in ("Cc", "Cs")
        )

        missing = fonts.unsupported_characters(text, font_names)
        if missing:
            text = "".join(character for character in text if character not in missing)
            warning = QCoreApplication.translate(
                "PlanPdf", "{field}: left out {characters}, which the PDF font cannot print."
            ).format(field=field, characters=", ".join(map(_describe_character, missing)))
            # The home name and the case reference print twice, so each warning is kept once.
            if warning not in self.warnings:
                self.warnings.append(warning)
        return text

    def markup(self, text: str, field: str, font_names: tuple[str, ...] = (fonts.REGULAR,)) -> str:
        """Return ``text`` cleaned and escaped as ReportLab paragraph markup.

        Line breaks become ``<br/>``.
        """
        return _escape_lines(self.plain(text, field, font_names))


def _escape_lines(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _describe_character(character: str) -> str:
    code_point = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    return f"{character} ({code_point} {name})" if name else f"{character} ({code_point})"


def _format_date(value: date | None) -> str:
    """Return e.g. "4 December 2026", or "Not set" for None."""
    if value is None:
        return QCoreApplication.translate("PlanPdf", "Not set")
    month_names = (
        QCoreApplication.translate("PlanPdf", "January"),
        QCoreApplication.translate("PlanPdf", "February"),
        QCoreApplication.translate("PlanPdf", "March"),
        QCoreApplication.translate("PlanPdf", "April"),
        QCoreApplication.translate("PlanPdf", "May"),
        QCoreApplication.translate("PlanPdf", "June"),
        QCoreApplication.translate("PlanPdf", "July"),
        QCoreApplication.translate("PlanPdf", "August"),
        QCoreApplication.translate("PlanPdf", "September"),
        QCoreApplication.translate("PlanPdf", "October"),
        QCoreApplication.translate("PlanPdf", "November"),
        QCoreApplication.translate("PlanPdf", "December"),
    )
    return f"{value.day} {month_names[value.month - 1]} {value.year}"


def _plan_title(plan_type: str, cleaner: _TextCleaner) -> str:
    if plan_type == "DAP":
        return QCoreApplication.translate("PlanPdf", "Developmental Action Plan (DAP)")
    if plan_type == "CAP":
        return QCoreApplication.translate("PlanPdf", "Corrective Action Plan (CAP)")
    # An unknown type is printed as stored rather than guessed.
    return QCoreApplication.translate("PlanPdf", "Action Plan ({plan_type})").format(
        plan_type=cleaner.plain(plan_type, QCoreApplication.translate("PlanPdf", "Plan type"))
    )


def _level_label(level_name: str, cleaner: _TextCleaner) -> str:
    labels = {
        "Red": QCoreApplication.translate("PlanPdf", "Red"),
        "Amber": QCoreApplication.translate("PlanPdf", "Amber"),
        "Blue": QCoreApplication.translate("PlanPdf", "Blue"),
    }
    if level_name in labels:
        return labels[level_name]
    return cleaner.plain(level_name, QCoreApplication.translate("PlanPdf", "Alert level"))


# --- progress -----------------------------------------------------------------


class _ProgressReporter:
    """Wrapper around the caller's progress callback that passes on only increasing counts."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self._callback = callback
        self._total = total
        self._reported: int | None = None

    def report(self, done: int) -> None:
        if self._callback is None:
            return
        if self._reported is not None and done <= self._reported:
            return
        self._reported = done
        self._callback(done, self._total)


# --- story --------------------------------------------------------------------


def _make_styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("PlanBase", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    return {
        "council": ParagraphStyle("PlanCouncil", parent=base, textColor=colors.HexColor("#424242")),
        "title": ParagraphStyle(
            "PlanTitle", parent=base, fontName=fonts.BOLD, fontSize=18, leading=23, spaceBefore=2
        ),
        "home": ParagraphStyle(
            "PlanHome", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17, spaceAfter=8
        ),
        "heading": ParagraphStyle(
            "PlanHeading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "label": ParagraphStyle("PlanLabel", parent=base, fontName=fonts.BOLD),
        "value": base,
        "missing": ParagraphStyle(
            "PlanMissing", parent=base, fontName=fonts.ITALIC, textColor=colors.HexColor("#616161")
        ),
        "badge": ParagraphStyle("PlanBadge", parent=base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "cell": ParagraphStyle("PlanCell", parent=base, fontSize=9, leading=11.5),
        "cell_header": ParagraphStyle(
            "PlanCellHeader", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11.5
        ),
        "closing": ParagraphStyle("PlanClosing", parent=base, spaceBefore=14),
    }


def _build_story(
    plan: PlanData,
    cleaner: _TextCleaner,
    styles: dict[str, Any],
    reporter: _ProgressReporter,
) -> list[Any]:
    from reportlab.platypus import Paragraph

    council = cleaner.markup(plan.council_name, QCoreApplication.translate("PlanPdf", "Council"))
    home_name = cleaner.markup(
        plan.home_name,
        QCoreApplication.translate("PlanPdf", "Home name"),
        font_names=(fonts.REGULAR, fonts.BOLD),
    )
    story: list[Any] = [
        Paragraph(council, styles["council"]),
        Paragraph(escape(_plan_title(plan.plan_type, cleaner)), styles["title"]),
        Paragraph(home_name, styles["home"]),
        _details_table(plan, cleaner, styles),
        Paragraph(escape(QCoreApplication.translate("PlanPdf", "Plan items")), styles["heading"]),
    ]

    if plan.items:
        story.append(_items_table(plan.items, cleaner, styles, reporter))
    else:
        no_items = QCoreApplication.translate("PlanPdf", "This plan has no items.")
        story.append(Paragraph(escape(no_items), styles["value"]))

    closing = QCoreApplication.translate(
        "PlanPdf",
        "We welcome correspondence in Welsh. "
        "Corresponding with us in Welsh will not lead to delay.",
    )
    story.append(Paragraph(escape(closing), styles["closing"]))
    return story


def _details_table(plan: PlanData, cleaner: _TextCleaner, styles: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    def value(text: str, label: str) -> Any:
        cleaned = cleaner.plain(text, label)
        if not cleaned.strip():
            not_recorded = QCoreApplication.translate("PlanPdf", "Not recorded")
            return Paragraph(escape(not_recorded), styles["missing"])
        return Paragraph(_escape_lines(cleaned), styles["value"])

    address = plan.home_address.strip()
    postcode = plan.home_postcode.strip()
    if postcode:
        address = f"{address}\n{postcode}" if address else postcode
    prepared_by = ", ".join(part for part in (plan.prepared_by, plan.prepared_by_team) if part)

    rows = [
        (QCoreApplication.translate("PlanPdf", "Case reference"), plan.case_reference),
        (QCoreApplication.translate("PlanPdf", "Care home"), plan.home_name),
        (QCoreApplication.translate("PlanPdf", "Address"), address),
        (QCoreApplication.translate("PlanPdf", "CIW registration number"), plan.ciw_number),
        (QCoreApplication.translate("PlanPdf", "Provider"), plan.provider),
        (
            QCoreApplication.translate("PlanPdf", "Responsible Individual"),
            plan.responsible_individual,
        ),
        (QCoreApplication.translate("PlanPdf", "Registered Manager"), plan.registered_manager),
    ]
    data = [[Paragraph(escape(label), styles["label"]), value(text, label)] for label, text in rows]

    level_label = QCoreApplication.translate("PlanPdf", "Current alert level")
    data.append(
        [Paragraph(escape(level_label), styles["label"]), _level_cell(plan, cleaner, styles)]
    )
    set_on_label = QCoreApplication.translate("PlanPdf", "Alert level set on")
    data.append(
        [
            Paragraph(escape(set_on_label), styles["label"]),
            Paragraph(escape(_format_date(plan.level_set_on)), styles["value"]),
        ]
    )
    prepared_by_label = QCoreApplication.translate("PlanPdf", "Prepared by")
    data.append(
        [
            Paragraph(escape(prepared_by_label), styles["label"]),
            value(prepared_by, prepared_by_label),
        ]
    )
    prepared_on_label = QCoreApplication.translate("PlanPdf", "Prepared on")
    data.append(
        [
            Paragraph(escape(prepared_on_label), styles["label"]),
            Paragraph(escape(_format_date(plan.prepared_on)), styles["value"]),
        ]
    )

    table = Table(data, colWidths=[52 * _MM, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(_RULE_COLOUR)),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.HexColor(_RULE_COLOUR)),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F3F5F7")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _level_cell(plan: PlanData, cleaner: _TextCleaner, styles: dict[str, Any]) -> Any:
    """Return the alert level as a coloured badge with its name, or "No escalation"."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    if not plan.level_name:
        no_escalation = QCoreApplication.translate("PlanPdf", "No escalation")
        return Paragraph(escape(no_escalation), styles["value"])

    background, text_colour = LEVEL_COLOURS.get(plan.level_name, _UNKNOWN_LEVEL_COLOURS)
    badge_style = ParagraphStyle(
        "PlanBadgeLevel", parent=styles["badge"], textColor=colors.HexColor(text_colour)
    )
    badge_text = escape(_level_label(plan.level_name, cleaner))
    badge = Table([[Paragraph(badge_text, badge_style)]], colWidths=[28 * _MM], hAlign="LEFT")
    badge.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return badge


def _items_table(
    items: tuple[PlanItemData, ...],
    cleaner: _TextCleaner,
    styles: dict[str, Any],
    reporter: _ProgressReporter,
) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.platypus.flowables import CallerMacro

    headers = (
        QCoreApplication.translate("PlanPdf", "No."),
        QCoreApplication.translate("PlanPdf", "Finding"),
        QCoreApplication.translate("PlanPdf", "Action required"),
        QCoreApplication.translate("PlanPdf", "Responsible person"),
        QCoreApplication.translate("PlanPdf", "Target date"),
    )
    data: list[list[Any]] = [[Paragraph(escape(text), styles["cell_header"]) for text in headers]]

    for index, item in enumerate(items, start=1):
        item_label = QCoreApplication.translate("PlanPdf", "Item {number}").format(
            number=item.number
        )

        def cell(text: str, column: str, item_label: str = item_label) -> Any:
            return Paragraph(cleaner.markup(text, f"{item_label}, {column}"), styles["cell"])

        # The zero-size marker is drawn with the first part of the row, so progress
        # follows the rows as they reach the page.
        marker = CallerMacro(drawCallable=lambda _flowable, done=index: reporter.report(done))
        data.append(
            [
                [Paragraph(str(item.number), styles["cell"]), marker],
                cell(item.finding, headers[1]),
                cell(item.action_required, headers[2]),
                cell(item.responsible_person, headers[3]),
                Paragraph(escape(_format_date(item.target_date)), styles["cell"]),
            ]
        )

    # repeatRows repeats the header on every page, and splitInRow lets one long row
    # continue over several pages instead of raising LayoutError. With splitByRow=1
    # ReportLab first splits between rows and then places the rest, with a second header
    # row, on the same page, so the table splits inside the row that crosses the page end.
    # Checked with ReportLab 5.1.0.
    # NOTE: the continued part of a split row has an empty "No." cell.
    table = Table(
        data,
        colWidths=[width * _MM for width in _ITEM_COLUMN_WIDTHS_MM],
        repeatRows=1,
        splitByRow=0,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(_RULE_COLOUR)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(_HEADER_FILL)),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


# --- pages --------------------------------------------------------------------


@dataclass(frozen=True)
class _PageHeader:
    """Text printed at the top and bottom of every page, and in the PDF metadata."""

    marking: str
    plan_title: str
    case_reference: str
    council_name: str
    home_name: str


def _page_header(plan: PlanData, cleaner: _TextCleaner) -> _PageHeader:
    def single_line(text: str, field: str) -> str:
        return " ".join(cleaner.plain(text, field).split())

    return _PageHeader(
        marking=single_line(
            plan.protective_marking, QCoreApplication.translate("PlanPdf", "Protective marking")
        ),
        plan_title=" ".join(_plan_title(plan.plan_type, cleaner).split()),
        case_reference=single_line(
            plan.case_reference, QCoreApplication.translate("PlanPdf", "Case reference")
        ),
        council_name=single_line(
            plan.council_name, QCoreApplication.translate("PlanPdf", "Council")
        ),
        home_name=single_line(plan.home_name, QCoreApplication.translate("PlanPdf", "Home name")),
    )


def _draw_page_furniture(canvas: Any, header: _PageHeader, page: int, page_count: int) -> None:
    """Draw the protective marking at top and bottom, the plan title, reference and page number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    width, height = A4
    left, right = _MARGIN, width - _MARGIN
    canvas.saveState()

    canvas.setFillColor(colors.black)
    canvas.setFont(fonts.BOLD, 10)
    canvas.drawCentredString(width / 2, height - 10 * _MM, header.marking)
    canvas.drawCentredString(width / 2, 8 * _MM, header.marking)

    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.drawString(left, height - 17 * _MM, header.plan_title)
    canvas.drawRightString(right, height - 17 * _MM, header.case_reference)
    canvas.drawString(left, 14 * _MM, header.council_name)
    page_text = QCoreApplication.translate("PlanPdf", "Page {page} of {page_count}").format(
        page=page, page_count=page_count
    )
    canvas.drawRightString(right, 14 * _MM, page_text)

    canvas.setStrokeColor(colors.HexColor(_RULE_COLOUR))
    canvas.setLineWidth(0.5)
    canvas.line(left, height - 19 * _MM, right, height - 19 * _MM)
    canvas.line(left, 18 * _MM, right, 18 * _MM)
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


def _build_pdf(story: list[Any], header: _PageHeader, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_TOP_MARGIN,
        bottomMargin=_BOTTOM_MARGIN,
        title=f"{header.plan_title} {header.case_reference}",
        author=header.council_name,
        subject=QCoreApplication.translate("PlanPdf", "Action plan for {home_name}").format(
            home_name=header.home_name
        ),
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
    suits an OFFICIAL-SENSITIVE document.
    """
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
