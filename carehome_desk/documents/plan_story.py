"""The flowing content of an action plan PDF: front matter, items table and closing part.

Every user string passes through :class:`TextCleaner`, which escapes it for ReportLab's
paragraph markup and leaves out characters the bundled fonts cannot draw.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from carehome_desk.documents import fonts
from carehome_desk.documents.plan_document import PlanData, PlanItemData
from carehome_desk.documents.plan_text import (
    TextCleaner,
    embargo_label,
    escape,
    escape_lines,
    format_date,
    level_label,
    plan_title,
    priority_label,
    status_label,
)

MM = 72 / 25.4  # PDF points per millimetre

# Alert level name -> (badge background, badge text colour). White on amber is hard
# to read, so the amber badge has black text.
LEVEL_COLOURS = {
    "Red": ("#C62828", "#FFFFFF"),
    "Amber": ("#EF8F00", "#000000"),
    "Blue": ("#1565C0", "#FFFFFF"),
}
_UNKNOWN_LEVEL_COLOURS = ("#E0E0E0", "#000000")

RULE_COLOUR = "#9E9E9E"
_HEADER_FILL = "#E3E7EC"
_LABEL_FILL = "#F3F5F7"

# Items table column widths in mm, summing to the 174 mm between the margins of A4.
# The fourth fits "30 September 2026" in 9 pt DejaVu Sans (31.7 mm) plus 8 pt padding.
_ITEM_COLUMN_WIDTHS_MM = (9, 49, 49, 35, 32)
_LABEL_COLUMN_MM = 44

# The council's standard statement, in Welsh first as the Welsh Language Standards ask.
WELSH_STATEMENT_CY = (
    "Rydym yn croesawu gohebiaeth yn Gymraeg. Ni fydd gohebu â ni yn Gymraeg yn arwain at oedi."
)


class ProgressReporter:
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


class StoryBuilder:
    """Builder of the plan's flowables, holding the cleaner and paragraph styles."""

    def __init__(self, plan: PlanData, cleaner: TextCleaner, reporter: ProgressReporter) -> None:
        self.plan = plan
        self.cleaner = cleaner
        self.reporter = reporter
        self.styles = make_styles()

    def build(self) -> list[Any]:
        from reportlab.platypus import CondPageBreak, Paragraph

        story = self._title_block()
        story += self._front_matter()
        # The heading moves to the next page with the table unless a row can follow it.
        story.append(CondPageBreak(35 * MM))
        story.append(
            Paragraph(
                escape(QCoreApplication.translate("PlanPdf", "Plan items")), self.styles["heading"]
            )
        )
        if self.plan.items:
            story.append(self._items_table())
        else:
            story.append(
                Paragraph(
                    escape(QCoreApplication.translate("PlanPdf", "This plan has no items.")),
                    self.styles["value"],
                )
            )
        story += self._closing_part()
        return story

    # --- paragraphs -----------------------------------------------------------

    def para(self, markup: str, style: str = "value") -> Any:
        return _paragraph_class()(markup, self.styles[style])

    def user(self, text: str, field: str, style: str = "value") -> Any:
        """Return a paragraph of user text, or an italic "Not recorded" when it is blank."""
        cleaned = self.cleaner.plain(text, field).strip()
        if not cleaned:
            return self.para(
                escape(QCoreApplication.translate("PlanPdf", "Not recorded")), "missing"
            )
        return self.para(escape_lines(cleaned), style)

    def labelled(self, label: str, text: str, field: str, style: str = "cell") -> Any:
        """Return "<b>label:</b> text" as one paragraph."""
        value = self.cleaner.markup(text, field)
        return self.para(f"<b>{escape(label)}</b> {value}", style)

    # --- front matter ---------------------------------------------------------

    def _title_block(self) -> list[Any]:
        plan = self.plan
        council = self.cleaner.markup(
            plan.council_name, QCoreApplication.translate("PlanPdf", "Council")
        )
        home = self.cleaner.markup(
            plan.home_name, QCoreApplication.translate("PlanPdf", "Home name")
        )
        return [
            self.para(council, "council"),
            self.para(escape(plan_title(plan.plan_type, self.cleaner)), "title"),
            self.para(home, "home"),
        ]

    def _front_matter(self) -> list[Any]:
        """Return the plan's facts: short ones in a grid, long ones in full-width rows."""
        plan = self.plan
        address = "\n".join(
            part for part in (plan.home_address.strip(), plan.home_postcode.strip()) if part
        )
        plan_facts = [
            (
                QCoreApplication.translate("PlanPdf", "Case reference"),
                self.user(
                    plan.case_reference, QCoreApplication.translate("PlanPdf", "Case reference")
                ),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Version"),
                self.para(escape(self._version_text())),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Date issued"),
                self.para(escape(self._issued_text())),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Lead officer and contact"),
                self._officer_cell(),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Current alert level and date set"),
                self._level_cell(),
            ),
        ]
        if plan.plan_reference:
            plan_facts.insert(
                0,
                (
                    QCoreApplication.translate("PlanPdf", "Plan reference"),
                    self.user(
                        plan.plan_reference, QCoreApplication.translate("PlanPdf", "Plan reference")
                    ),
                ),
            )
        service_facts = [
            (
                QCoreApplication.translate("PlanPdf", "Provider"),
                self.user(plan.provider, QCoreApplication.translate("PlanPdf", "Provider")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Care home"),
                self.user(plan.home_name, QCoreApplication.translate("PlanPdf", "Care home")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Address"),
                self.user(address, QCoreApplication.translate("PlanPdf", "Address")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "CIW registration number"),
                self.user(plan.ciw_number, QCoreApplication.translate("PlanPdf", "CIW number")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Responsible Individual"),
                self.user(
                    plan.responsible_individual,
                    QCoreApplication.translate("PlanPdf", "Responsible Individual"),
                ),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Registered Manager"),
                self.user(
                    plan.registered_manager,
                    QCoreApplication.translate("PlanPdf", "Registered Manager"),
                ),
            ),
        ]
        long_facts = [
            (
                QCoreApplication.translate("PlanPdf", "Follows the visit or meeting"),
                self.user(plan.follows, QCoreApplication.translate("PlanPdf", "Follows")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "What triggered the concern"),
                self.user(plan.trigger, QCoreApplication.translate("PlanPdf", "Trigger")),
            ),
            (
                QCoreApplication.translate("PlanPdf", "Agencies involved"),
                self.user(
                    plan.agencies, QCoreApplication.translate("PlanPdf", "Agencies involved")
                ),
            ),
            (QCoreApplication.translate("PlanPdf", "Admissions embargo"), self._embargo_cell()),
        ]
        return [
            self.grid_table(plan_facts + service_facts, columns=4),
            self.facts_table(long_facts, continues=True),
        ]

    def _version_text(self) -> str:
        if self.plan.version is None:
            return QCoreApplication.translate("PlanPdf", "Not yet saved")
        return str(self.plan.version)

    def _issued_text(self) -> str:
        if self.plan.issued_on is None:
            return QCoreApplication.translate("PlanPdf", "Not issued: draft of {date}").format(
                date=format_date(self.plan.prepared_on)
            )
        return format_date(self.plan.issued_on)

    def _officer_cell(self) -> list[Any]:
        plan = self.plan
        officer = ", ".join(part for part in (plan.lead_officer, plan.lead_officer_team) if part)
        return [
            self.user(officer, QCoreApplication.translate("PlanPdf", "Lead officer")),
            self.user(plan.officer_contact, QCoreApplication.translate("PlanPdf", "Contact")),
        ]

    def _embargo_cell(self) -> Any:
        plan = self.plan
        label = escape(embargo_label(plan.embargo))
        if plan.embargo != "conditional":
            return self.para(label)
        terms = self.cleaner.markup(
            plan.embargo_terms, QCoreApplication.translate("PlanPdf", "Embargo conditions")
        )
        return self.para(f"{label}: {terms}")

    def facts_table(self, rows: list[tuple[str, Any]], continues: bool = False) -> Any:
        """Return a table of label and value rows, full width, that may split inside a row.

        A table that ``continues`` the one before it follows it without a gap or a top rule.
        """
        data = [[self.para(escape(label), "label"), value] for label, value in rows]
        widths = [_LABEL_COLUMN_MM * MM, (174 - _LABEL_COLUMN_MM) * MM]
        table = self._table(data, widths, space_before=0 if continues else 6)
        table.setStyle(self._facts_style(label_columns=(0,), top_rule=not continues))
        return table

    def grid_table(self, facts: list[tuple[str, Any]], columns: int) -> Any:
        """Return the facts in a grid, each cell a small label above its value, row by row."""
        cells = [[self.para(escape(label), "grid_label"), value] for label, value in facts]
        cells += [[]] * (-len(cells) % columns)
        data = [cells[start : start + columns] for start in range(0, len(cells), columns)]
        table = self._table(data, [174 / columns * MM] * columns)
        table.setStyle(self._facts_style(label_columns=()))
        return table

    def _table(self, data: list[list[Any]], widths: list[float], space_before: float = 6) -> Any:
        from reportlab.platypus import Table

        return Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1, spaceBefore=space_before)

    def _facts_style(self, label_columns: tuple[int, ...], top_rule: bool = True) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE_COLOUR)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if top_rule:
            commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.HexColor(RULE_COLOUR)))
        for column in label_columns:
            commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor(_LABEL_FILL)))
        return TableStyle(commands)

    def _level_cell(self) -> list[Any]:
        """Return the alert level as a coloured badge with its name, and the date it was set."""
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, Table, TableStyle

        plan = self.plan
        set_on = QCoreApplication.translate("PlanPdf", "Set on {date}").format(
            date=format_date(plan.level_set_on)
        )
        if not plan.level_name:
            return [self.para(escape(QCoreApplication.translate("PlanPdf", "No alert")))]

        background, text_colour = LEVEL_COLOURS.get(plan.level_name, _UNKNOWN_LEVEL_COLOURS)
        badge_style = ParagraphStyle(
            "PlanBadgeLevel", parent=self.styles["badge"], textColor=colors.HexColor(text_colour)
        )
        badge_text = escape(level_label(plan.level_name, self.cleaner))
        badge = Table([[Paragraph(badge_text, badge_style)]], colWidths=[28 * MM], hAlign="LEFT")
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
        return [badge, self.para(escape(set_on))]

    # --- items ----------------------------------------------------------------

    def _items_table(self) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        headers = (
            QCoreApplication.translate("PlanPdf", "No."),
            QCoreApplication.translate("PlanPdf", "Finding and evidence"),
            QCoreApplication.translate("PlanPdf", "Required actions"),
            QCoreApplication.translate("PlanPdf", "Responsibility and target"),
            QCoreApplication.translate("PlanPdf", "Status and progress"),
        )
        data: list[list[Any]] = [[self.para(escape(text), "cell_header") for text in headers]]
        for index, item in enumerate(self.plan.items, start=1):
            data.append(self._item_row(index, item))

        # repeatRows repeats the header on every page, and splitInRow lets one long row
        # continue over several pages instead of raising LayoutError. With splitByRow=0,
        # ReportLab splits inside the row that crosses the page end rather than moving it
        # whole to the next page. Checked with ReportLab 5.1.0.
        table = _items_table_class()(
            data,
            colWidths=[width * MM for width in _ITEM_COLUMN_WIDTHS_MM],
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
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE_COLOUR)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(_HEADER_FILL)),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _item_row(self, index: int, item: PlanItemData) -> list[Any]:
        from reportlab.platypus.flowables import CallerMacro

        # The zero-size marker is drawn with the first part of the row, so progress
        # follows the rows as they reach the page.
        reporter = self.reporter
        marker = CallerMacro(drawCallable=lambda _flowable, done=index: reporter.report(done))
        field = (
            QCoreApplication.translate("PlanPdf", "Item {number}").format(number=item.number)
            + ", {column}"
        )
        number = self._number_cell(item.number, f"<b>{item.number}</b>", "cell")
        return [
            [number, marker],
            self._finding_cell(item, field),
            self._actions_cell(item, field),
            self._responsibility_cell(item, field),
            self._status_cell(item, field),
        ]

    def _number_cell(self, number: int, markup: str, style: str) -> Any:
        """Return the item number's paragraph, which the items table repeats in grey italic
        at the top of each page the item's row continues on."""
        paragraph = self.para(markup, style)
        paragraph.continued = lambda: self._number_cell(number, f"<i>{number}</i>", "cell_missing")
        return paragraph

    def _finding_cell(self, item: PlanItemData, field: str) -> list[Any]:
        cell = []
        if item.area.strip():
            cell.append(
                self.labelled(
                    QCoreApplication.translate("PlanPdf", "Area:"),
                    item.area,
                    field.format(column=QCoreApplication.translate("PlanPdf", "Area")),
                )
            )
        if item.priority:
            cell.append(
                self.para(
                    f"<b>{escape(QCoreApplication.translate('PlanPdf', 'Priority:'))}</b> {escape(priority_label(item.priority))}",  # noqa: E501
                    "cell",
                )
            )
        finding = self.cleaner.markup(
            item.finding, field.format(column=QCoreApplication.translate("PlanPdf", "Finding"))
        )
        if finding.strip():
            cell.append(self.para(finding, "cell"))
        if item.evidence.strip():
            evidence = self.cleaner.markup(
                item.evidence,
                field.format(column=QCoreApplication.translate("PlanPdf", "Evidence")),
            )
            cell.append(
                self.para(
                    f"<b>{escape(QCoreApplication.translate('PlanPdf', 'Evidence:'))}</b> {evidence}",  # noqa: E501
                    "note",
                )
            )
        return cell or [
            self.para(escape(QCoreApplication.translate("PlanPdf", "Not recorded")), "cell_missing")
        ]

    def _actions_cell(self, item: PlanItemData, field: str) -> list[Any]:
        cell = []
        column = field.format(column=QCoreApplication.translate("PlanPdf", "Required action"))
        for number, action in enumerate(item.actions, start=1):
            text = self.cleaner.markup(action, column)
            cell.append(self.para(f"<bullet>{number}.</bullet>{text}", "action"))
        if not cell:
            cell.append(
                self.para(
                    escape(QCoreApplication.translate("PlanPdf", "No action set")), "cell_missing"
                )
            )
        if item.completion_evidence.strip():
            cell.append(
                self.labelled(
                    QCoreApplication.translate("PlanPdf", "Evidence of completion:"),
                    item.completion_evidence,
                    field.format(
                        column=QCoreApplication.translate("PlanPdf", "Evidence of completion")
                    ),
                    "cell_spaced",
                )
            )
        if item.council_support.strip():
            cell.append(
                self.labelled(
                    QCoreApplication.translate("PlanPdf", "Support from the council:"),
                    item.council_support,
                    field.format(
                        column=QCoreApplication.translate("PlanPdf", "Support from the council")
                    ),
                    "cell_spaced",
                )
            )
        return cell

    def _responsibility_cell(self, item: PlanItemData, field: str) -> list[Any]:
        # Each label and its value make one paragraph that does not split across pages.
        def block(label: str, value: str, style: str = "cell_block_spaced") -> Any:
            return self.para(f"<b>{escape(label)}</b><br/>{value}", style)

        responsible = self.cleaner.plain(
            item.responsible_person,
            field.format(column=QCoreApplication.translate("PlanPdf", "Responsible")),
        ).strip()
        cell = [
            block(
                QCoreApplication.translate("PlanPdf", "Responsible"),
                escape_lines(responsible)
                or f"<i>{escape(QCoreApplication.translate('PlanPdf', 'Not recorded'))}</i>",
                "cell_block",
            )
        ]
        accountable = item.accountable_person.strip()
        if accountable and accountable != item.responsible_person.strip():
            value = self.cleaner.markup(
                accountable,
                field.format(column=QCoreApplication.translate("PlanPdf", "Accountable")),
            )
            cell.append(block(QCoreApplication.translate("PlanPdf", "Accountable"), value))
        cell.append(
            block(
                QCoreApplication.translate("PlanPdf", "Target date"),
                escape(format_date(item.target_date)),
            )
        )
        return cell

    def _status_cell(self, item: PlanItemData, field: str) -> list[Any]:
        cell = [self.para(f"<b>{escape(status_label(item.status))}</b>", "cell")]
        if item.completed_on is not None:
            completed = QCoreApplication.translate("PlanPdf", "Completed on {date}").format(
                date=format_date(item.completed_on)
            )
            cell.append(self.para(escape(completed), "cell"))
        if item.verified_by.strip():
            verifier = self.cleaner.markup(
                item.verified_by,
                field.format(column=QCoreApplication.translate("PlanPdf", "Verified by")),
            )
            verified = escape(
                QCoreApplication.translate("PlanPdf", "Verified by {name} on {date}")
            ).format(name=verifier, date=escape(format_date(item.verified_on)))
            cell.append(self.para(verified, "cell"))
        for entry in item.progress:
            author = self.cleaner.markup(
                entry.author, field.format(column=QCoreApplication.translate("PlanPdf", "Progress"))
            )
            text = self.cleaner.markup(
                entry.text, field.format(column=QCoreApplication.translate("PlanPdf", "Progress"))
            )
            heading = f"{escape(format_date(entry.entry_on))}, {author}"
            cell.append(self.para(f"<b><i>{heading}</i></b><br/>{text}", "note_spaced"))
        return cell

    # --- closing part ---------------------------------------------------------

    def _closing_part(self) -> list[Any]:
        from reportlab.platypus import CondPageBreak, KeepTogether

        plan = self.plan
        dates = [
            (QCoreApplication.translate("PlanPdf", "Respond by"), plan.respond_by),
            (QCoreApplication.translate("PlanPdf", "Next monitoring visit"), plan.next_visit_on),
            (QCoreApplication.translate("PlanPdf", "Plan review date"), plan.review_on),
        ]
        prose = [
            (
                QCoreApplication.translate("PlanPdf", "Responding"),
                self.para(escape(self._respond_text())),
            ),
            (
                QCoreApplication.translate("PlanPdf", "What would lead to escalation"),
                self.user(plan.escalation, QCoreApplication.translate("PlanPdf", "Escalation")),
            ),
        ]
        return [
            CondPageBreak(45 * MM),
            self.para(
                escape(QCoreApplication.translate("PlanPdf", "Responding to this plan")), "heading"
            ),
            self.grid_table(
                [(label, self.para(escape(format_date(value)))) for label, value in dates],
                columns=3,
            ),
            self.facts_table(prose, continues=True),
            KeepTogether(
                [
                    self.para(
                        escape(QCoreApplication.translate("PlanPdf", "Signatures")), "heading"
                    ),
                    self._signature_table(),
                    self._welsh_statement(),
                ]
            ),
        ]

    def _respond_text(self) -> str:
        return QCoreApplication.translate(
            "PlanPdf",
            "Write to the lead officer by the response date, confirming that you accept the "
            "plan and the people named as responsible. If you believe a finding is factually "
            "wrong, say which item and why, with any evidence; the council will consider it "
            "and reply in writing.",
        )

    def _signature_table(self) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        plan = self.plan
        council = self.cleaner.markup(
            plan.council_name, QCoreApplication.translate("PlanPdf", "Council")
        )
        provider = self.cleaner.markup(
            plan.provider, QCoreApplication.translate("PlanPdf", "Provider")
        )
        officer = self.cleaner.markup(
            plan.lead_officer, QCoreApplication.translate("PlanPdf", "Lead officer")
        )
        team = self.cleaner.markup(
            plan.lead_officer_team, QCoreApplication.translate("PlanPdf", "Lead officer")
        )
        signature = escape(QCoreApplication.translate("PlanPdf", "Signature:"))
        day = escape(QCoreApplication.translate("PlanPdf", "Date:"))
        data = [
            [
                self.para(
                    f"<b>{escape(QCoreApplication.translate('PlanPdf', 'For the council'))}</b><br/>{council}"  # noqa: E501
                ),
                "",
                self.para(
                    f"<b>{escape(QCoreApplication.translate('PlanPdf', 'For the provider'))}</b><br/>{provider}"  # noqa: E501
                ),
                "",
            ],
            [
                self.para(
                    f"{escape(QCoreApplication.translate('PlanPdf', 'Name and role:'))} {officer}, {team}"  # noqa: E501
                ),
                "",
                self.para(escape(QCoreApplication.translate("PlanPdf", "Name and role:"))),
                "",
            ],
            [self.para(signature), self.para(day), self.para(signature), self.para(day)],
        ]
        widths = [55 * MM, 32 * MM, 55 * MM, 32 * MM]
        table = Table(data, colWidths=widths, hAlign="LEFT", spaceBefore=6)
        rule = colors.HexColor(RULE_COLOUR)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("SPAN", (0, 0), (1, 0)),
                    ("SPAN", (2, 0), (3, 0)),
                    ("SPAN", (0, 1), (1, 1)),
                    ("SPAN", (2, 1), (3, 1)),
                    ("VALIGN", (0, 0), (-1, 0), "TOP"),
                    ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                    ("BOX", (0, 0), (1, -1), 0.5, rule),
                    ("BOX", (2, 0), (3, -1), 0.5, rule),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(_LABEL_FILL)),
                    ("TOPPADDING", (0, 0), (-1, 0), 4),
                    ("TOPPADDING", (0, 1), (-1, -1), 12),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def _welsh_statement(self) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        english = QCoreApplication.translate(
            "PlanPdf",
            "We welcome correspondence in Welsh. "
            "Corresponding with us in Welsh will not lead to delay.",
        )
        box = Table(
            [[[self.para(escape(WELSH_STATEMENT_CY), "label"), self.para(escape(english))]]],
            colWidths=[174 * MM],
            hAlign="LEFT",
            spaceBefore=8,
        )
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(RULE_COLOUR)),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return box


@cache
def _paragraph_class() -> type:
    """Return a Paragraph subclass that keeps its line breaks while the width stays the same."""
    from reportlab.platypus import Paragraph

    class WidthCachedParagraph(Paragraph):
        # A table wraps each paragraph of a cell at the column's width up to four times: to
        # size the row, to split it at the end of a page, and again to place and draw it.
        # In ReportLab 5.1.0, Paragraph.wrap breaks the lines from the width alone and
        # ignores availHeight, so a second wrap at the same width returns the same size.
        # split() deletes blPara when the paragraph moves on whole; the next wrap then
        # breaks the lines again.
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            wrapped = getattr(self, "_wrapped", None)
            if wrapped is not None and wrapped[0] == availWidth and hasattr(self, "blPara"):
                return wrapped[1]
            size = super().wrap(availWidth, availHeight)
            self._wrapped = (availWidth, size)
            return size

    return WidthCachedParagraph


@cache
def _items_table_class() -> type:
    """Return a Table subclass that repeats an item's number where its row continues."""
    from reportlab.platypus import Table

    class ItemsTable(Table):
        # NOTE: _splitCell is ReportLab's private step that splits one cell of a row that
        # continues on the next page (ReportLab 5.1.0). Were it renamed, the continued
        # part would only lose the repeated number.
        def _splitCell(
            self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float
        ) -> Any:
            parts = super()._splitCell(value, style, oldHeight, newHeight, width)
            first = value[0] if isinstance(value, (list, tuple)) and value else None
            continued = getattr(first, "continued", None)
            if continued is not None and parts and not parts[1]:
                parts = (parts[0], (continued(),))
            return parts

    return ItemsTable


def make_styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("PlanBase", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("PlanCell", parent=base, fontSize=9, leading=11.5)
    grey = colors.HexColor("#616161")
    return {
        "council": ParagraphStyle("PlanCouncil", parent=base, textColor=colors.HexColor("#424242")),
        "title": ParagraphStyle(
            "PlanTitle", parent=base, fontName=fonts.BOLD, fontSize=18, leading=23, spaceBefore=2
        ),
        "home": ParagraphStyle(
            "PlanHome", parent=base, fontName=fonts.BOLD, fontSize=13, leading=17, spaceAfter=6
        ),
        "heading": ParagraphStyle(
            "PlanHeading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=0,
        ),
        "label": ParagraphStyle(
            "PlanLabel", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=11
        ),
        "value": ParagraphStyle("PlanValue", parent=base, fontSize=9, leading=11.5),
        "grid_label": ParagraphStyle(
            "PlanGridLabel",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=colors.HexColor("#424242"),
        ),
        "missing": ParagraphStyle(
            "PlanMissing", parent=base, fontName=fonts.ITALIC, textColor=grey
        ),
        "badge": ParagraphStyle("PlanBadge", parent=base, fontName=fonts.BOLD, alignment=TA_CENTER),
        "cell": cell,
        "cell_spaced": ParagraphStyle("PlanCellSpaced", parent=cell, spaceBefore=4),
        "cell_block": ParagraphStyle("PlanCellBlock", parent=cell, allowWidows=0, allowOrphans=0),
        "cell_block_spaced": ParagraphStyle(
            "PlanCellBlockSpaced", parent=cell, allowWidows=0, allowOrphans=0, spaceBefore=4
        ),
        "cell_missing": ParagraphStyle(
            "PlanCellMissing", parent=cell, fontName=fonts.ITALIC, textColor=grey
        ),
        "cell_header": ParagraphStyle("PlanCellHeader", parent=cell, fontName=fonts.BOLD),
        "action": ParagraphStyle(
            "PlanAction",
            parent=cell,
            leftIndent=11,
            bulletIndent=0,
            bulletFontName=fonts.REGULAR,
            bulletFontSize=9,
            spaceAfter=2,
        ),
        "note": ParagraphStyle("PlanNote", parent=cell, fontName=fonts.ITALIC, spaceBefore=4),
        "note_spaced": ParagraphStyle(
            "PlanNoteSpaced",
            parent=cell,
            allowWidows=0,
            allowOrphans=0,
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=11,
            spaceBefore=5,
        ),
    }
