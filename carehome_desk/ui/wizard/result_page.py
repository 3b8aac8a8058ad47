"""The wizard's last page: the recommended level, the officer's choice and what Finish records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWizardPage

from carehome_desk.process.assessment import NO_ESCALATION, Answer, Recommendation, recommend
from carehome_desk.process.processmap import ProcessMap
from carehome_desk.ui.forms import Form
from carehome_desk.ui.presentation import level_text
from carehome_desk.ui.wizard.level_badge import level_icon, show_level_badge


class ResultPage(QWizardPage):
    """The recommendation and the level to set, incomplete while a different level has no reason.

    The form promotes ``result_page`` to this class, and ``set_up`` connects it
    to the form's widgets once the form is loaded. The recommendation is worked
    out again each time the officer moves on to this page.
    """

    def set_up(
        self,
        ui: Form,
        process_map: ProcessMap,
        today: date,
        get_answers: Callable[[], tuple[Answer, ...]],
        get_raised_on: Callable[[], date],
    ) -> None:
        self.ui = ui
        self.process_map = process_map
        self.get_answers = get_answers
        self.get_raised_on = get_raised_on
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

        self.ui.assessed_on_edit.setMinimumDate(self.get_raised_on())
        self._choice_changed()

    def isComplete(self) -> bool:
        return not self.differs() or bool(self.ui.reason_edit.toPlainText().strip())

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
        self.completeChanged.emit()

    def _show_outcome(self) -> None:
        """Say what Finish records: the chosen level and its required actions."""
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
        self.ui.actions_label.setText("\n".join(lines))
