"""One case: its alert level, the concern, the latest assessment, actions, visits and history."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from carehome_desk.process.assessment import source_label
from carehome_desk.process.i18n import DeskError
from carehome_desk.process.processmap import Level
from carehome_desk.store import cases, lifecycle, queries
from carehome_desk.store.models import Assessment, Case, CaseAction
from carehome_desk.ui.case_actions import CaseActions
from carehome_desk.ui.case_dialogs import CloseCaseDialog, CouncilExitDialog, ReopenCaseDialog
from carehome_desk.ui.case_models import ActionsModel
from carehome_desk.ui.case_records import CaseRecords
from carehome_desk.ui.case_table_view import FittedRowsTableView
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.plan_output import PlanOutput
from carehome_desk.ui.plans_panel import PlansPanel
from carehome_desk.ui.presentation import (
    format_date,
    level_colour,
    level_text,
    text_colour_on,
    translate_error,
)

log = logging.getLogger(__name__)

NO_LEVEL_BACKGROUND = QColor("#E0E0E0")
BANNER_STYLE = (
    "QLabel {{ background-color: {background}; color: {foreground};"
    " padding: 8px 12px; border-radius: 4px; font-size: 14pt; font-weight: bold; }}"
)


class CaseWindow(QWidget):
    """A top-level window for one case, emitting ``case_changed`` with its id after each save.

    A closed case is shown read-only, with a banner saying when and why it was
    closed, until an officer reopens it.
    """

    case_changed = Signal(object)

    def __init__(self, context: UiContext, case_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.case_id = case_id
        self.case: Case | None = None
        self.levels: dict[str, Level] = {}
        self.ui = load_form("case_window.ui", self, [FittedRowsTableView])

        self.actions = CaseActions(context, self.ui, self._action_level_name, self)
        self.plans_panel = PlansPanel(context, case_id, self.ui.plans_tab)
        self.ui.plans_tab_layout.addWidget(self.plans_panel)
        self.records = CaseRecords(context, self.ui, self._level_name, self)
        self.ui.case_splitter.setStretchFactor(0, 2)
        self.ui.case_splitter.setStretchFactor(1, 3)
        self._connect()
        self.refresh()
        self._size_details()
        self.ui.actions_table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A print run from this window's plans panel or plan dialogs would paint on after
        # the window is deleted, as when the officer quits the app while a plan prints.
        for output in self.findChildren(PlanOutput):
            output.stop_printing_now()
        super().closeEvent(event)

    @property
    def actions_model(self) -> ActionsModel:
        return self.actions.model

    def _size_details(self) -> None:
        """Give the concern and assessment the height they need, up to about a third."""
        wanted = self.ui.details_widget.sizeHint().height() + 2
        available = sum(self.ui.case_splitter.sizes()) or self.height()
        details = min(wanted, max(available // 3, 200))
        self.ui.case_splitter.setSizes([details, max(available - details, 1)])

    def _connect(self) -> None:
        ui = self.ui
        self.actions.changed.connect(self._saved)
        self.records.changed.connect(lambda _case_id: self._saved(None))
        self.plans_panel.plans_changed.connect(self.case_changed.emit)
        ui.export_dap_button.clicked.connect(lambda: self.open_plan("DAP"))
        ui.export_cap_button.clicked.connect(lambda: self.open_plan("CAP"))
        ui.reassess_button.clicked.connect(self.reassess)
        ui.record_visit_button.clicked.connect(self.record_visit)
        ui.record_meeting_button.clicked.connect(self.record_meeting)
        ui.council_exit_button.clicked.connect(self.record_council_exit)
        ui.close_case_button.clicked.connect(self.close_case)
        ui.reopen_case_button.clicked.connect(self.reopen_case)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        for number in range(ui.case_tabs.count()):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                lambda tab=number: ui.case_tabs.setCurrentIndex(tab),
            )

    # --- showing the case -----------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the case, keeping the selected action or selecting the action ``select``."""
        select = select or self.selected_action_id()
        self.case = queries.case_with_home(self.case_id)
        if self.case is None:
            self._show_missing()
            return

        history = queries.level_history(self.case_id)
        self.levels = self._levels_of(history)
        assessment = history[-1] if history else None
        actions = queries.case_actions(self.case_id)
        self._show_heading(self.case, assessment)
        self._show_concern(self.case)
        self._show_assessment(assessment)
        self.actions.show_actions(
            actions,
            queries.rescheduled_action_ids(self.case_id),
            self.case.raised_on,
            select,
            case_closed=self.case.status == cases.CASE_CLOSED,
        )
        self.records.show_case(self.case, history)
        self._show_state(self.case, actions)

    def _show_missing(self) -> None:
        log.warning("Case %s not found", self.case_id)
        self._show_banner(None, self.tr("This case no longer exists."))
        self.ui.closed_banner_label.hide()
        self.actions.show_actions((), frozenset(), None, None)
        self.records.show_case(None)
        self.ui.details_scroll.setEnabled(False)
        self.ui.export_dap_button.setEnabled(False)
        self.ui.export_cap_button.setEnabled(False)
        self._enable_case_buttons(False, follows_exit=False)
        self.ui.reopen_case_button.hide()

    def _show_state(self, case: Case, actions: list[CaseAction]) -> None:
        """Show whether the case is closed, and allow only what its state allows."""
        closed = case.status == cases.CASE_CLOSED
        banner = self.ui.closed_banner_label
        banner.setVisible(closed)
        if closed:
            banner.setText(
                self.tr(
                    "Closed on {date} by {officer}: {reason}\nReopen the case to change it."
                ).format(
                    date=format_date(case.closed_on),
                    officer=case.closed_by,
                    reason=case.closed_reason,
                )
            )
        follows_exit = any(action.anchor == lifecycle.EVENT_ANCHOR for action in actions)
        self._enable_case_buttons(not closed, follows_exit)
        self.ui.close_case_button.setVisible(not closed)
        self.ui.reopen_case_button.setVisible(closed)
        self.actions.set_read_only(closed)
        self.records.set_read_only(closed)

    def _enable_case_buttons(self, writable: bool, follows_exit: bool) -> None:
        ui = self.ui
        for button in (
            ui.reassess_button,
            ui.record_visit_button,
            ui.record_meeting_button,
            ui.close_case_button,
        ):
            button.setEnabled(writable)
        ui.council_exit_button.setEnabled(writable and follows_exit)

    def _show_heading(self, case: Case, assessment: Assessment | None) -> None:
        level = self._level(case.level, assessment)
        if level is None:
            self._show_banner(None, level_text(None))
        else:
            text = self.tr("{level} — set on {date}").format(
                level=level_text(level), date=format_date(case.level_set_on)
            )
            if case.council_exit_on is not None:
                text = self.tr("{level}; the Council exited on {date}").format(
                    level=text, date=format_date(case.council_exit_on)
                )
            self._show_banner(level, text)
        self.ui.level_banner_label.setToolTip(level.summary if level else "")

        self.ui.reference_label.setText(case.reference)
        self.ui.home_name_label.setText(case.home.name)
        self.setWindowTitle(
            self.tr("{reference} — {home}").format(reference=case.reference, home=case.home.name)
        )

    def _show_banner(self, level: Level | None, text: str) -> None:
        background = level_colour(level) or NO_LEVEL_BACKGROUND
        foreground = text_colour_on(background)
        banner = self.ui.level_banner_label
        banner.setText(text)
        banner.setStyleSheet(
            BANNER_STYLE.format(background=background.name(), foreground=foreground.name())
        )

    def _show_concern(self, case: Case) -> None:
        self.ui.raised_on_label.setText(format_date(case.raised_on))
        self.ui.source_label.setText(
            QCoreApplication.translate("ConcernSource", source_label(case.source))
        )
        self.ui.summary_label.setText(case.summary)

    def _show_assessment(self, assessment: Assessment | None) -> None:
        ui = self.ui
        ui.assessment_group.setVisible(assessment is not None)
        if assessment is None:
            return

        ui.assessed_by_label.setText(
            self.tr("{date} by {officer} ({team})").format(
                date=format_date(assessment.assessed_on),
                officer=assessment.officer,
                team=assessment.officer_team,
            )
        )
        ui.levels_label.setText(self._levels_text(assessment))
        ui.override_reason_label.setText(assessment.override_reason)
        ui.assessment_layout.setRowVisible(
            ui.override_reason_label, bool(assessment.override_reason)
        )
        ui.criteria_label.setText(self._criteria_text(assessment))
        ui.other_concern_label.setText(assessment.other_concern)
        ui.assessment_layout.setRowVisible(ui.other_concern_label, bool(assessment.other_concern))

    def _levels_text(self, assessment: Assessment) -> str:
        chosen = level_text(self._level(assessment.chosen_level, assessment))
        if assessment.chosen_level == assessment.recommended_level:
            return self.tr("{chosen}, as recommended").format(chosen=chosen)
        recommended = level_text(self._level(assessment.recommended_level, assessment))
        return self.tr("{chosen} chosen; {recommended} recommended").format(
            chosen=chosen, recommended=recommended
        )

    def _criteria_text(self, assessment: Assessment) -> str:
        answers = queries.met_answers(assessment.id)
        if not answers:
            return self.tr("None")
        lines = []
        for answer in answers:
            lines.append(f"• {answer.criterion_text}")
            evidence = self.tr("Evidence: {evidence}").format(evidence=answer.evidence)
            lines.append(f"    {evidence}")
        return "\n".join(lines)

    # --- levels from the maps the case's assessments used ---------------------

    def _levels_of(self, history: list[Assessment]) -> dict[str, Level]:
        """Return the levels of every map the case's assessments used, later maps winning."""
        levels: dict[str, Level] = {}
        for assessment in history:
            try:
                process_map = self.context.session.map_for(
                    assessment.map_id, assessment.map_version
                )
            except DeskError:
                log.warning("Map %s %s not installed", assessment.map_id, assessment.map_version)
                continue
            levels.update({level.id: level for level in process_map.levels})
        return levels

    def _level(self, level_id: str, assessment: Assessment | None) -> Level | None:
        """Return the level from the map the assessment used, falling back to the current map."""
        if not level_id:
            return None
        if assessment is not None:
            try:
                return self.context.session.map_for(
                    assessment.map_id, assessment.map_version
                ).level(level_id)
            except (DeskError, KeyError):
                log.warning("Level %s not in map %s", level_id, assessment.map_id)
        return self.levels.get(level_id) or self.context.session.level(level_id)

    def _level_name(self, level_id: str, assessment: Assessment | None) -> str:
        level = self._level(level_id, assessment)
        return level.name if level is not None else level_text(None)

    def _action_level_name(self, level_id: str) -> str:
        level = self.levels.get(level_id) or self.context.session.level(level_id)
        return level.name if level is not None else level_id

    # --- the selected action --------------------------------------------------

    def selected_action(self) -> CaseAction | None:
        return self.actions.selected_action()

    def selected_action_id(self) -> uuid.UUID | None:
        action = self.selected_action()
        return action.id if action is not None else None

    def _saved(self, action_id: uuid.UUID | None) -> None:
        self.refresh(select=action_id)
        self.case_changed.emit(self.case_id)

    # --- changing the case ----------------------------------------------------

    def reassess(self) -> None:
        """Open the wizard on this case, to assess it again."""
        from carehome_desk.ui.wizard import ConcernWizard

        try:
            wizard = ConcernWizard.for_reassessment(self.context, self.case_id, self)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Cannot reassess"), translate_error(error))
            return
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.case_recorded.connect(lambda _case_id: self._saved(None))
        wizard.open()

    def record_visit(self) -> None:
        self.records.record_visit(tick=self._open_selected_action())

    def record_meeting(self) -> None:
        self.records.record_meeting(tick=self._open_selected_action())

    def _open_selected_action(self) -> CaseAction | None:
        action = self.selected_action()
        return action if action is not None and action.status == cases.OPEN else None

    def record_council_exit(self) -> None:
        if self.case is not None:
            self._open_case_dialog(CouncilExitDialog(self.context, self.case, self))

    def close_case(self) -> None:
        if self.case is None:
            return
        open_actions = sum(
            1
            for action in self.actions_model.actions
            if action.status == cases.OPEN and action.applies is not False
        )
        self._open_case_dialog(CloseCaseDialog(self.context, self.case, open_actions, self))

    def reopen_case(self) -> None:
        if self.case is not None:
            self._open_case_dialog(ReopenCaseDialog(self.context, self.case, self))

    def _open_case_dialog(self, dialog: CouncilExitDialog) -> None:
        dialog.saved.connect(lambda _case_id: self._saved(None))
        dialog.open()

    # --- plans ----------------------------------------------------------------

    def open_plan(self, plan_type: str) -> None:
        """Show the plans tab and start a new DAP or CAP, pre-filled from this case."""
        self.ui.case_tabs.setCurrentWidget(self.ui.plans_tab)
        self.plans_panel.new_plan(plan_type)
