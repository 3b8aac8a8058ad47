"""The "New concern" wizard: records a case and its first assessment in one go."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from carehome_desk.process.assessment import Answer
from carehome_desk.process.i18n import DeskError
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error
from carehome_desk.ui.wizard.criteria_page import CriteriaPage
from carehome_desk.ui.wizard.details_page import DetailsPage
from carehome_desk.ui.wizard.home_page import HomePage
from carehome_desk.ui.wizard.result_page import ResultPage

log = logging.getLogger(__name__)

_PAGE_CLASSES = (HomePage, DetailsPage, ResultPage)


class ConcernWizard(QWizard):
    """Walks the officer from a care home and a concern to a level, then records the case.

    Pages: care home, concern details, one page of criteria per level (most
    severe first, from the process map chosen in settings) and the result.
    Finish records everything in one transaction and emits ``case_recorded``
    with the new case's id. Construction raises DeskError when the chosen
    process map is not installed.
    """

    case_recorded = Signal(object)

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, home_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.process_map = context.session.process_map()
        self.ui = load_form("concern_wizard.ui", self, _PAGE_CLASSES)
        today = context.session.today()

        self.ui.home_page.set_up(self.ui, context, home_id)
        self.ui.details_page.set_up(self.ui, today)
        self.criteria_pages = self._insert_criteria_pages()
        self.ui.result_page.set_up(
            self.ui, self.process_map, today, self.answers, self.ui.details_page.raised_on
        )

    def _insert_criteria_pages(self) -> list[CriteriaPage]:
        """Add a page per level between the details page and the result page."""
        result_page_id = next(
            page_id for page_id in self.pageIds() if self.page(page_id) is self.ui.result_page
        )
        self.removePage(result_page_id)

        levels = self.process_map.levels_by_rank()
        pages = []
        for level in levels:
            page = CriteriaPage(
                level,
                self.process_map.criteria_for(level.id),
                with_other_concern=level == levels[-1],
            )
            self.addPage(page)
            pages.append(page)

        self.addPage(self.ui.result_page)
        return pages

    def answers(self) -> tuple[Answer, ...]:
        """Return an answer for every criterion of the map, met or not."""
        return tuple(answer for page in self.criteria_pages for answer in page.answers())

    def other_concern(self) -> str:
        return self.criteria_pages[-1].other_concern()

    def has_typed_text(self) -> bool:
        texts = [
            self.ui.details_page.summary(),
            self.ui.reason_edit.toPlainText(),
            self.other_concern(),
            *(answer.evidence for answer in self.answers()),
        ]
        return any(text.strip() for text in texts)

    def accept(self) -> None:
        """Record the case, or show why it was not recorded and keep the wizard open as typed."""
        try:
            case = self._record_case()
        except DeskError as error:
            home_id = self.ui.home_page.selected_home_id()
            log.info("Case not recorded for home %s: %s", home_id, error)
            self.context.prompts.error(self, self.tr("Case not recorded"), translate_error(error))
            return

        log.info("Recorded case %s (%s) at level %r", case.reference, case.id, case.level)
        self.case_recorded.emit(case.id)
        super().accept()

    def reject(self) -> None:
        """Close without recording, after asking first when the officer has typed anything."""
        if not self.has_typed_text():
            super().reject()
            return
        self.context.prompts.confirm(
            self,
            self.tr("Discard concern"),
            self.tr("Close the wizard and discard what you typed? Nothing has been recorded."),
            self._discard,
        )

    def _discard(self) -> None:
        super().reject()

    def _record_case(self) -> Case:
        session = self.context.session
        details = self.ui.details_page
        result = self.ui.result_page
        concern = ConcernInput(
            home_id=self.ui.home_page.selected_home_id(),
            raised_on=details.raised_on(),
            source=details.source(),
            summary=details.summary(),
        )
        assessment = AssessmentInput(
            answers=self.answers(),
            chosen_level=result.chosen_level(),
            assessed_on=result.assessed_on(),
            override_reason=result.override_reason(),
            other_concern=self.other_concern(),
        )
        return record_new_case(
            self.process_map, concern, assessment, session.officer(), session.today()
        )
