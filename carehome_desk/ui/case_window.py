"""One case: its alert level, the concern, the latest assessment and the required actions."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from carehome_desk.process.assessment import source_label
from carehome_desk.process.i18n import DeskError
from carehome_desk.process.processmap import Level
from carehome_desk.store import cases, queries
from carehome_desk.store.models import Assessment, Case, CaseAction
from carehome_desk.ui.action_dialogs import MarkDoneDialog, NotApplicableDialog
from carehome_desk.ui.case_models import ActionsModel
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
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
    """A top-level window for one case, emitting ``case_changed`` with its id after each save."""

    case_changed = Signal(object)

    def __init__(self, context: UiContext, case_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.context = context
        self.case_id = case_id
        self.case: Case | None = None
        self.ui = load_form("case_window.ui", self)

        self.actions_model = ActionsModel(self)
        self._set_up_table()
        self._connect()
        self.refresh()
        self._size_details()
        self.ui.actions_table.setFocus()

    def _set_up_table(self) -> None:
        table = self.ui.actions_table
        table.setModel(self.actions_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionsModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActionsModel.DUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionsModel.STATUS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ActionsModel.TEAMS, 170)
        header.resizeSection(ActionsModel.CONDITION, 210)

        self.ui.case_splitter.setStretchFactor(0, 2)
        self.ui.case_splitter.setStretchFactor(1, 3)

    def _size_details(self) -> None:
        """Give the concern and assessment the height they need, up to about a third."""
        wanted = self.ui.details_widget.sizeHint().height() + 2
        available = sum(self.ui.case_splitter.sizes()) or self.height()
        details = min(wanted, max(available // 3, 200))
        self.ui.case_splitter.setSizes([details, max(available - details, 1)])

    def _connect(self) -> None:
        ui = self.ui
        ui.actions_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.applies_button.clicked.connect(lambda: self.set_applies(True))
        ui.does_not_apply_button.clicked.connect(lambda: self.set_applies(False))
        ui.mark_done_button.clicked.connect(self.mark_done)
        ui.not_applicable_button.clicked.connect(self.mark_not_applicable)
        ui.export_dap_button.clicked.connect(lambda: self.open_plan("DAP"))
        ui.export_cap_button.clicked.connect(lambda: self.open_plan("CAP"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # --- showing the case -----------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the case, keeping the selected action or selecting the action ``select``."""
        select = select or self.selected_action_id()
        self.case = queries.case_with_home(self.case_id)
        if self.case is None:
            self._show_missing()
            return

        assessment = queries.latest_assessment(self.case_id)
        self._show_heading(self.case, assessment)
        self._show_concern(self.case)
        self._show_assessment(assessment)
        self._show_actions(queries.case_actions(self.case_id), select)

    def _show_missing(self) -> None:
        log.warning("Case %s not found", self.case_id)
        self._show_banner(None, self.tr("This case no longer exists."))
        self.actions_model.set_actions((), self.context.session.today())
        self.ui.details_scroll.setEnabled(False)
        self.ui.export_dap_button.setEnabled(False)
        self.ui.export_cap_button.setEnabled(False)
        self._update_buttons()

    def _show_heading(self, case: Case, assessment: Assessment | None) -> None:
        level = self._level(case.level, assessment)
        if level is None:
            self._show_banner(None, level_text(None))
        else:
            text = self.tr("{level} — set on {date}").format(
                level=level_text(level), date=format_date(case.level_set_on)
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
        return self.context.session.level(level_id)

    def _show_actions(self, actions: list[CaseAction], select: uuid.UUID | None) -> None:
        self.actions_model.set_actions(actions, self.context.session.today())
        row = self.actions_model.row_of(select)
        if row < 0 and actions:
            row = 0
        if row >= 0:
            self.ui.actions_table.setCurrentIndex(self.actions_model.index(row, 0))
        self._update_buttons()

    # --- the selected action --------------------------------------------------

    def selected_action(self) -> CaseAction | None:
        index = self.ui.actions_table.currentIndex()
        return self.actions_model.action_at(index.row()) if index.isValid() else None

    def selected_action_id(self) -> uuid.UUID | None:
        action = self.selected_action()
        return action.id if action is not None else None

    def _update_buttons(self, *_: QModelIndex) -> None:
        action = self.selected_action()
        status = action.status if action is not None else None
        conditional = action is not None and bool(action.condition)
        ui = self.ui

        ui.applies_button.setEnabled(
            conditional and action.applies is not True and status != cases.DONE
        )
        ui.does_not_apply_button.setEnabled(
            conditional and action.applies is not False and status == cases.OPEN
        )
        ui.mark_done_button.setEnabled(action is not None and status != cases.DONE)
        ui.not_applicable_button.setEnabled(action is not None and status != cases.NOT_APPLICABLE)

    # --- updating actions -----------------------------------------------------

    def set_applies(self, applies: bool) -> None:
        """Record whether the selected action's condition is met."""
        action = self.selected_action()
        if action is None or not action.condition:
            return
        try:
            cases.set_condition(action.id, applies, self.context.session.officer())
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Action not updated"), translate_error(error))
            return
        log.info("Condition of action %s set to %s", action.id, applies)
        self._action_saved(action.id)

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None or self.case is None:
            return
        dialog = MarkDoneDialog(self.context, action, self.case.raised_on, self)
        dialog.saved.connect(self._action_saved)
        dialog.open()

    def mark_not_applicable(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        dialog = NotApplicableDialog(self.context, action, self)
        dialog.saved.connect(self._action_saved)
        dialog.open()

    def _action_saved(self, action_id: uuid.UUID) -> None:
        self.refresh(select=action_id)
        self.case_changed.emit(self.case_id)

    # --- plans ----------------------------------------------------------------

    def open_plan(self, plan_type: str) -> None:
        """Open the DAP or CAP of this case for editing and export."""
        from carehome_desk.ui.plan_dialog import PlanDialog

        dialog = PlanDialog(self.context, self.case_id, plan_type, self)
        dialog.saved.connect(lambda: self.case_changed.emit(self.case_id))
        dialog.open()
