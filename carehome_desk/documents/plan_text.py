"""Text for the action plan PDF: cleaning user text, ReportLab markup, dates and labels."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date

from PySide6.QtCore import QCoreApplication

from carehome_desk.documents import fonts

# Every user string may print in any face of the family (bold names, italic notes), so a
# character is kept only when all four faces can draw it.
ALL_FACES = (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC)

_SPACE_BEFORE_SPACE = re.compile(r" (?= )")


class TextCleaner:
    """Cleaner for user text before printing, with the warnings about characters it left out."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def plain(self, text: str, field: str) -> str:
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

        missing = fonts.unsupported_characters(text, ALL_FACES)
        if missing:
            text = "".join(character for character in text if character not in missing)
            warning = QCoreApplication.translate(
                "PlanPdf", "{field}: left out {characters}, which the PDF font cannot print."
            ).format(field=field, characters=", ".join(map(_describe_character, missing)))
            # The home name and the references print more than once, so each warning is kept once.
            if warning not in self.warnings:
                self.warnings.append(warning)
        return text

    def markup(self, text: str, field: str) -> str:
        """Return ``text`` cleaned and escaped as ReportLab paragraph markup.

        Line breaks become ``<br/>``, and runs of spaces keep their width.
        """
        return escape_lines(self.plain(text, field))

    def line(self, text: str, field: str) -> str:
        """Return ``text`` cleaned and on one line, for the page header and the metadata."""
        return " ".join(self.plain(text, field).split())


def escape(text: str) -> str:
    """Return ``text`` with &, < and > escaped for ReportLab's paragraph markup.

    This is what ``xml.sax.saxutils.escape`` returns, without importing that module,
    which imports ``urllib.request`` and costs the app about 20 ms at the first export.
    """
    return html.escape(text, quote=False)


def escape_lines(text: str) -> str:
    """Return plain ``text`` as paragraph markup that prints as typed.

    ReportLab joins runs of spaces into one, so all but the last space of a run become
    no-break spaces, and the line may still wrap at the last one.
    """
    escaped = escape(text)
    escaped = _SPACE_BEFORE_SPACE.sub("\u00a0", escaped)
    return escaped.replace("\n", "<br/>")


def _describe_character(character: str) -> str:
    code_point = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    return f"{character} ({code_point} {name})" if name else f"{character} ({code_point})"


def format_date(value: date | None) -> str:
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


def plan_title(plan_type: str, cleaner: TextCleaner) -> str:
    if plan_type == "DAP":
        return QCoreApplication.translate("PlanPdf", "Developmental Action Plan (DAP)")
    if plan_type == "CAP":
        return QCoreApplication.translate("PlanPdf", "Corrective Action Plan (CAP)")
    # An unknown type is printed as stored rather than guessed.
    return QCoreApplication.translate("PlanPdf", "Action Plan ({plan_type})").format(
        plan_type=cleaner.line(plan_type, QCoreApplication.translate("PlanPdf", "Plan type"))
    )


def level_label(level_name: str, cleaner: TextCleaner) -> str:
    labels = {
        "Red": QCoreApplication.translate("PlanPdf", "Red"),
        "Amber": QCoreApplication.translate("PlanPdf", "Amber"),
        "Blue": QCoreApplication.translate("PlanPdf", "Blue"),
    }
    if level_name in labels:
        return labels[level_name]
    return cleaner.line(level_name, QCoreApplication.translate("PlanPdf", "Alert level"))


def status_label(status: str) -> str:
    labels = {
        "not_started": QCoreApplication.translate("PlanPdf", "Not started"),
        "in_progress": QCoreApplication.translate("PlanPdf", "In progress"),
        "completed": QCoreApplication.translate("PlanPdf", "Completed"),
        "postponed": QCoreApplication.translate("PlanPdf", "Postponed"),
        "cancelled": QCoreApplication.translate("PlanPdf", "Cancelled"),
    }
    return labels.get(status, status)


def priority_label(priority: str) -> str:
    labels = {
        "high": QCoreApplication.translate("PlanPdf", "High"),
        "medium": QCoreApplication.translate("PlanPdf", "Medium"),
        "low": QCoreApplication.translate("PlanPdf", "Low"),
    }
    return labels.get(priority, priority)


def embargo_label(embargo: str) -> str:
    labels = {
        "none": QCoreApplication.translate("PlanPdf", "None"),
        "full": QCoreApplication.translate("PlanPdf", "Full: no new admissions"),
        "conditional": QCoreApplication.translate("PlanPdf", "Conditional"),
    }
    return labels.get(embargo, embargo)
