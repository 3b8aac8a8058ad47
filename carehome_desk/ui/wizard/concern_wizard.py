"""The concern wizard: records a new case and its first assessment, or reassesses a case."""

from __future__ import annotations

import logging
import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from carehome_desk.process.assessment import Answer
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.processmap import Level, ProcessMap
from carehome_desk.store import cases, lifecycle, queries
from carehome_desk.store.cases import AssessmentInput, ConcernInput, record_new_case
from carehome_desk.store.models import Case
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error
from carehome_desk.ui.wizard.criteria_page import CriteriaPage
from carehome_desk.ui.wizard.details_page import DetailsPage
from carehome_desk.ui.wizard.home_page import HomePage
from carehome_desk.ui.wizard.reassess_pages import CaseSnapshot, ReassessPage, StepDownPage
from carehome_desk.ui.wizard.result_page import ResultPage

log = logging.getLogger(__name__)

_PAGE_CLASSES = (HomePage, DetailsPage, ReassessPage, ResultPage, StepDownPage)


class ConcernWizard(QWizard):
    """Walks the officer from a care home and a concern to a level, then records the case.

    Pages: care home, concern details, one page of criteria per level (most
    severe first, from the process map chosen in settings) and the result.
    Finish records everything in one transaction and emits ``case_recorded``
    with the case's id. With ``case_id`` the wizard reassesses that case
    instead: its first page shows the case and asks why, and a step down adds a
    page for the higher level's open actions. Construction raises DeskError
    when the chosen process map is not installed, or the case is gone or closed.
    """

    case_recorded = Signal(object)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        home_id: uuid.UUID | None = None,
        case_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.process_map = context.session.process_map()
        self.snapshot = case_snapshot(context, case_id, self.process_map) if case_id else None
        self.ui = load_form("concern_wizard.ui", self, _PAGE_CLASSES)
        today = context.session.today()

        if self.snapshot is None:
            self._remove(self.ui.reassess_page, self.ui.step_down_page)
            self.ui.home_page.set_up(self.ui, context, home_id)
            self.ui.details_page.set_up(self.ui, today)
        else:
            self._remove(self.ui.home_page, self.ui.details_page)
            self.setWindowTitle(
                self.tr("Reassess {reference}").format(reference=self.snapshot.case.reference)
            )
            self.ui.reassess_page.set_up(self.ui, self.snapshot)
            self.ui.step_down_page.set_up(self.ui, self.snapshot, self.ui.result_page.chosen_rank)

        self.criteria_pages = self._insert_criteria_pages()
        self.ui.result_page.set_up(
            self.ui, self.process_map, today, self.answers, self._earliest_date, self.snapshot
        )
        if self.snapshot is not None:
            self.ui.result_page.step_down_page_id = self._page_id(self.ui.step_down_page)

    @classmethod
    def for_reassessment(
        cls, context: UiContext, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> ConcernWizard:
        return cls(context, parent, case_id=case_id)

    def is_reassessment(self) -> bool:
        return self.snapshot is not None

    def _earliest_date(self) -> date:
        """Return the earliest date the assessment may have: the concern's, or the last one's."""
        if self.snapshot is not None:
            return self.snapshot.earliest
        return self.ui.details_page.raised_on()

    def _remove(self, *pages: QWizardPage) -> None:
        for page in pages:
            self.removePage(self._page_id(page))
            page.hide()

    def _page_id(self, page: QWizardPage) -> int:
        return next(page_id for page_id in self.pageIds() if self.page(page_id) is page)

    def _insert_criteria_pages(self) -> list[CriteriaPage]:
        """Add a page per level before the result page (and the step-down page after it)."""
        last_pages = [self.ui.result_page]
        if self.snapshot is not None:
            last_pages.append(self.ui.step_down_page)
        for page in last_pages:
            self.removePage(self._page_id(page))

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

        for page in last_pages:
            self.addPage(page)
        return pages

    def answers(self) -> tuple[Answer, ...]:
        """Return an answer for every criterion of the map, met or not."""
        return tuple(answer for page in self.criteria_pages for answer in page.answers())

    def other_concern(self) -> str:
        return self.criteria_pages[-1].other_concern()

    def has_typed_text(self) -> bool:
        texts = [
            self.ui.reason_edit.toPlainText(),
            self.other_concern(),
            *(answer.evidence for answer in self.answers()),
        ]
        if self.snapshot is None:
            texts.append(self.ui.details_page.summary())
        else:
            texts.append(self.ui.reassess_reason_edit.toPlainText())
            texts.append(self.ui.step_down_reason_edit.toPlainText())
        return any(text.strip() for text in texts)

    def accept(self) -> None:
        """Record the case, or show why it was not recorded and keep the wizard open as typed."""
        try:
            case_id = self._record()
        except DeskError as error:
            log.info("Assessment not recorded: %s", error)
            title = self.tr("Reassessment not recorded") if self.snapshot else None
            self.context.prompts.error(
                self, title or self.tr("Case not recorded"), translate_error(error)
            )
            return

        self.case_recorded.emit(case_id)
        super().accept()

    def reject(self) -> None:
        """Close without recording, after asking first when the officer has typed anything."""
        if not self.has_typed_text():
            super().reject()
            return
        if self.snapshot is None:
            title = self.tr("Discard concern")
            text = self.tr(
                "Close the wizard and discard what you typed? Nothing has been recorded."
            )
        else:
            title = self.tr("Discard reassessment")
            text = self.tr(
                "Close the wizard and discard what you typed? The case has not been reassessed."
            )
        self.context.prompts.confirm(self, title, text, self._discard)

    def _discard(self) -> None:
        super().reject()

    def _assessment_input(self) -> AssessmentInput:
        result = self.ui.result_page
        return AssessmentInput(
            answers=self.answers(),
            chosen_level=result.chosen_level(),
            assessed_on=result.assessed_on(),
            override_reason=result.override_reason(),
            other_concern=self.other_concern(),
        )

    def _record(self) -> uuid.UUID:
        if self.snapshot is not None:
            return self._record_reassessment(self.snapshot)
        case = self._record_case()
        log.info("Recorded case %s (%s) at level %r", case.reference, case.id, case.level)
        return case.id

    def _record_case(self) -> Case:
        session = self.context.session
        details = self.ui.details_page
        concern = ConcernInput(
            home_id=self.ui.home_page.selected_home_id(),
            raised_on=details.raised_on(),
            source=details.source(),
            summary=details.summary(),
        )
        return record_new_case(
            self.process_map, concern, self._assessment_input(), session.officer(), session.today()
        )

    def _record_reassessment(self, snapshot: CaseSnapshot) -> uuid.UUID:
        session = self.context.session
        step_down = lifecycle.StepDown()
        if self.ui.result_page.needs_step_down():
            step_down = self.ui.step_down_page.step_down()
        record = lifecycle.reassess_case(
            self.process_map,
            snapshot.case.id,
            self._assessment_input(),
            self.ui.reassess_reason_edit.toPlainText(),
            session.officer(),
            session.today(),
            previous_map=snapshot.previous_map,
            step_down=step_down,
        )
        log.info("Reassessed case %s at level %r", snapshot.case.id, record.chosen_level)
        return snapshot.case.id


def case_snapshot(context: UiContext, case_id: uuid.UUID, process_map: ProcessMap) -> CaseSnapshot:
    """Read what the wizard needs of the case; raise DeskError when it is gone or closed."""
    case = queries.case_with_home(case_id)
    if case is None:
        raise DeskError("Wizard", QT_TRANSLATE_NOOP("Wizard", "That case no longer exists."))
    if case.status == cases.CASE_CLOSED:
        raise DeskError(
            "Wizard",
            QT_TRANSLATE_NOOP("Wizard", "Case {reference} is closed; reopen it to reassess it."),
            reference=case.reference,
        )

    history = queries.level_history(case_id)
    maps = [_map_of(context, record.map_id, record.map_version) for record in history]
    previous_map = next((m for m in reversed(maps) if m is not None), process_map)
    ranks: dict[str, int] = {}
    for used in [*maps, process_map]:
        if used is not None:
            ranks.update({level.id: level.rank for level in used.levels})

    level = _level_in(previous_map, case.level) or _level_in(process_map, case.level)
    earliest = max(case.raised_on, history[-1].assessed_on) if history else case.raised_on
    open_actions = [
        action
        for action in queries.case_actions(case_id)
        if action.status == cases.OPEN and action.applies is not False
    ]
    return CaseSnapshot(
        case=case,
        level=level,
        level_rank=level.rank if level else 0,
        earliest=earliest,
        previous_map=previous_map,
        open_by_purpose=cases.open_by_purpose(case_id),
        open_actions=open_actions,
        ranks=ranks,
    )


def _map_of(context: UiContext, map_id: str, version: str) -> ProcessMap | None:
    try:
        return context.session.map_for(map_id, version)
    except DeskError:
        log.warning("Process map %s version %s is not installed", map_id, version)
        return None


def _level_in(process_map: ProcessMap, level_id: str) -> Level | None:
    if not level_id:
        return None
    try:
        return process_map.level(level_id)
    except KeyError:
        return None
