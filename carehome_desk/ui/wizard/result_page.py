"""The wizard's last page: the recommended level, the officer's choice and what Finish records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWizardPage

from carehome_desk.process.assessment import NO_ESCALATION, Answer, Recommendation, recommend
from carehome_desk.process.level_change import (
    ESCALATION,
    SAME_LEVEL,
    NewActions,
    change_kind,
    level_rank,
    new_actions,
)
from carehome_desk.process.processmap import MapAction, ProcessMap
from carehome_desk.ui.forms import Form
from carehome_desk.ui.presentation import level_text
from carehome_desk.ui.wizard.level_badge import level_icon, show_level_badge
from carehome_desk.ui.wizard.reassess_pages import CaseSnapshot


class ResultPage(QWizardPage):
    """The recommendation and the level to set, incomplete while a different level has no reason.

    The form promotes ``result_page`` to this class, and ``set_up`` connects it
    to the form's widgets once the form is loaded. The recommendation is worked
    out again each time the officer moves on to this page. When reassessing,
    the page shows which actions the new level adds, and leads on to
    ``step_down_page_id`` when the case steps down with higher-level actions open.
    """

    def set_up(
        self,
        ui: Form,
        process_map: ProcessMap,
        today: date,
        get_answers: Callable[[], tuple[Answer, ...]],
        get_earliest: Callable[[], date],
        reassessing: CaseSnapshot | None = None,
    ) -> None:
        self.ui = ui
        self.process_map = process_map
        self.get_answers = get_answers
        self.get_earliest = get_earliest
        self.reassessing = reassessing
        self.step_down_page_id: int | None = None
        self.recommendation = Recommendation(None, ())
        self._shown_level_id: str | None = None

        for level in process_map.levels_by_rank():
            ui.level_combo.addItem(level_icon(level), level_text(level), level.id)
        ui.level_combo.addItem(self.tr("No escalation"), NO_ESCALATION)

        ui.assessed_on_edit.setMaximumDate(today)
        ui.assessed_on_edit.setDate(today)

        ui.level_combo.currentIndexChanged.connect(self._choice_changed)
        ui.reason_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.recommendation = recommend(self.process_map, self.get_answers())
        self._show_recommendation()

        # Keep the officer's choice when they come back unless the recommendation changed.
        if self.recommendation.level_id != self._shown_level_id:
            index = self.ui.level_combo.findData(self.recommendation.level_id)
            self.ui.level_combo.setCurrentIndex(index)
            self._shown_level_id = self.recommendation.level_id

        self.ui.assessed_on_edit.setMinimumDate(self.get_earliest())
        self._choice_changed()

    def isComplete(self) -> bool:
        return not self.differs() or bool(self.ui.reason_edit.toPlainText().strip())

    def nextId(self) -> int:
        if self.step_down_page_id is not None and self.needs_step_down():
            return self.step_down_page_id
        return -1

    def chosen_rank(self) -> int:
        return level_rank(self.process_map, self.chosen_level())

    def needs_step_down(self) -> bool:
        """Return True when reassessing to a lower level while higher-level actions are open."""
        snapshot = self.reassessing
        if snapshot is None:
            return False
        rank = self.chosen_rank()
        return rank < snapshot.level_rank and bool(snapshot.open_above(rank))

    def chosen_level(self) -> str:
        return self.ui.level_combo.currentData()

    def differs(self) -> bool:
        return self.chosen_level() != self.recommendation.level_id

    def override_reason(self) -> str:
        """Return the reason typed, or "" when the chosen level is the recommended one."""
        return self.ui.reason_edit.toPlainText() if self.differs() else ""

    def assessed_on(self) -> date:
        return self.ui.assessed_on_edit.date().toPython()

    def _show_recommendation(self) -> None:
        level = self.recommendation.level
        if level is None:
            show_level_badge(
                self.ui.recommendation_badge_label, None, self.tr("No escalation needed")
            )
            self.ui.reasons_label.setText(self.tr("None of the criteria is met."))
            return

        show_level_badge(self.ui.recommendation_badge_label, level, level_text(level))
        reasons = "\n".join(f"• {criterion.text}" for criterion in self.recommendation.reasons)
        self.ui.reasons_label.setText(
            self.tr("Because these criteria are met:\n{reasons}").format(reasons=reasons)
        )

    def _choice_changed(self) -> None:
        differs = self.differs()
        self.ui.reason_edit.setEnabled(differs)
        self.ui.reason_label.setEnabled(differs)
        self.ui.reason_hint_label.setVisible(differs)
        self._show_outcome()
        # setFinalPage makes QWizard ask nextId() again, so Finish and Next follow the choice.
        self.setFinalPage(not self.needs_step_down())
        self.completeChanged.emit()

    def _show_outcome(self) -> None:
        """Say what Finish records: the chosen level and its required actions."""
        if self.reassessing is not None:
            self._show_reassessment_outcome(self.reassessing)
            return
        chosen = self.chosen_level()
        if chosen == NO_ESCALATION:
            self.ui.outcome_label.setText(
                self.tr("Finish records the case with no escalation and no actions.")
            )
            self.ui.actions_label.clear()
            return

        level = self.process_map.level(chosen)
        actions = self.process_map.actions_for(chosen)
        if len(actions) == 1:
            template = self.tr("Finish records the case at {level} with 1 required action:")
        else:
            template = self.tr("Finish records the case at {level} with {count} required actions:")
        self.ui.outcome_label.setText(template.format(level=level_text(level), count=len(actions)))

        self.ui.actions_label.setText("\n".join(self._action_lines(actions)))

    def _action_lines(self, actions: tuple[MapAction, ...]) -> list[str]:
        lines = []
        for action in actions:
            if action.condition:
                lines.append(
                    self.tr("• {action} ({condition})").format(
                        action=action.name, condition=action.condition
                    )
                )
            else:
                lines.append(f"• {action.name}")
        return lines

    def _show_reassessment_outcome(self, snapshot: CaseSnapshot) -> None:
        """Say how the level changes, which actions are added and which are already open."""
        chosen = self.chosen_level()
        old = level_text(snapshot.level)
        new = level_text(self.process_map.level(chosen) if chosen else None)
        kind = change_kind(snapshot.level_rank, self.chosen_rank())
        if kind == SAME_LEVEL and chosen == snapshot.case.level:
            self.ui.outcome_label.setText(
                self.tr("Finish records the reassessment. The level stays {level}.").format(
                    level=old
                )
            )
            self.ui.actions_label.setText(self.tr("No actions are added."))
            return

        planned = new_actions(self.process_map, chosen, snapshot.open_by_purpose)
        if kind == ESCALATION:
            template = self.tr(
                "Finish records the reassessment and escalates the case from {old} to {new}. "
                "Actions added: {count}."
            )
        else:
            template = self.tr(
                "Finish records the reassessment and steps the case down from {old} to {new}. "
                "Actions added: {count}."
            )
        self.ui.outcome_label.setText(template.format(old=old, new=new, count=len(planned.added)))
        self.ui.actions_label.setText("\n".join(self._reassessment_lines(planned)))

    def _reassessment_lines(self, planned: NewActions) -> list[str]:
        lines = self._action_lines(planned.added)
        if planned.already_open:
            lines.append(self.tr("Already open for the same purpose, so not added again:"))
            for action, existing in planned.already_open:
                lines.append(
                    self.tr("• {action} (open as “{existing}”)").format(
                        action=action.name, existing=existing.name
                    )
                )
        if self.needs_step_down():
            lines.append(self.tr("Next, choose what happens to the higher level's open actions."))
        return lines
