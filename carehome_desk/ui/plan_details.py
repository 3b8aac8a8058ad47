"""The plan dialog's "Details and closing" page: front matter and closing part of a version."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from carehome_desk.store import plans, visits
from carehome_desk.store.plans import PlanDetails
from carehome_desk.ui.forms import Form
from carehome_desk.ui.plan_delegates import optional_date, set_optional_date, set_up_optional_date
from carehome_desk.ui.presentation import format_date


def new_plan_details(case_id: uuid.UUID) -> PlanDetails:
    """Return the details a new plan starts with, from the case's visits and meetings."""
    details = plans.default_details(case_id)
    meetings = visits.list_meetings(case_id)
    agencies = meetings[-1].agencies.replace("\n", "; ") if meetings else ""
    choices = follows_choices(case_id)
    return PlanDetails(
        follows=choices[-1] if choices else "",
        agencies=agencies,
        trigger=details.trigger,
        escalation=QCoreApplication.translate(
            "PlanDetails",
            "Items not completed by their target dates, or new concerns about the safety "
            "or wellbeing of residents, may lead the council to raise the alert level.",
        ),
    )


def follows_choices(case_id: uuid.UUID) -> list[str]:
    """Return the visits and meetings, oldest first, as "Unannounced visit on 3 Dec 2026"."""
    kinds = dict(visits.VISIT_KINDS)
    dated: list[tuple[date, str]] = []
    for visit in visits.list_visits(case_id):
        kind = QCoreApplication.translate("Visits", kinds.get(visit.kind, visit.kind))
        text = QCoreApplication.translate("PlanDetails", "{kind} visit on {date}").format(
            kind=kind, date=format_date(visit.visited_on)
        )
        dated.append((visit.visited_on, text))
    for meeting in visits.list_meetings(case_id):
        text = QCoreApplication.translate("PlanDetails", "{kind} on {date}").format(
            kind=meeting.kind, date=format_date(meeting.held_on)
        )
        dated.append((meeting.held_on, text))
    return [text for _, text in sorted(dated, key=lambda pair: pair[0])]


class DetailsPage:
    """Loads a version's details into the page's widgets and reads them back."""

    def __init__(self, ui: Form, case_id: uuid.UUID, raised_on: date) -> None:
        self.ui = ui
        self.editable = True
        ui.follows_combo.addItems(follows_choices(case_id))
        for embargo, text in (
            (plans.EMBARGO_NONE, QCoreApplication.translate("PlanDetails", "None")),
            (
                plans.EMBARGO_FULL,
                QCoreApplication.translate("PlanDetails", "Full: no new admissions"),
            ),
            (plans.EMBARGO_CONDITIONAL, QCoreApplication.translate("PlanDetails", "Conditional")),
        ):
            ui.embargo_combo.addItem(text, embargo)
        for edit in (ui.respond_by_edit, ui.next_visit_edit, ui.review_edit):
            set_up_optional_date(edit, raised_on)
        ui.embargo_combo.currentIndexChanged.connect(self._update_terms)

    def show(self, details: PlanDetails) -> None:
        ui = self.ui
        ui.follows_combo.setCurrentText(details.follows)
        ui.embargo_combo.setCurrentIndex(max(0, ui.embargo_combo.findData(details.embargo)))
        ui.embargo_terms_edit.setPlainText(details.embargo_terms)
        ui.agencies_edit.setPlainText(details.agencies)
        ui.trigger_edit.setPlainText(details.trigger)
        set_optional_date(ui.respond_by_edit, details.respond_by)
        set_optional_date(ui.next_visit_edit, details.next_visit_on)
        set_optional_date(ui.review_edit, details.review_on)
        ui.escalation_edit.setPlainText(details.escalation)
        self._update_terms()

    def details(self) -> PlanDetails:
        ui = self.ui
        return PlanDetails(
            follows=ui.follows_combo.currentText(),
            embargo=ui.embargo_combo.currentData(),
            embargo_terms=ui.embargo_terms_edit.toPlainText(),
            agencies=ui.agencies_edit.toPlainText(),
            trigger=ui.trigger_edit.toPlainText(),
            respond_by=optional_date(ui.respond_by_edit),
            next_visit_on=optional_date(ui.next_visit_edit),
            review_on=optional_date(ui.review_edit),
            escalation=ui.escalation_edit.toPlainText(),
        )

    def connect_changes(self, changed: Callable[..., None]) -> None:
        ui = self.ui
        ui.follows_combo.currentTextChanged.connect(changed)
        ui.embargo_combo.currentIndexChanged.connect(changed)
        for edit in (ui.embargo_terms_edit, ui.agencies_edit, ui.trigger_edit, ui.escalation_edit):
            edit.textChanged.connect(changed)
        for edit in (ui.respond_by_edit, ui.next_visit_edit, ui.review_edit):
            edit.dateChanged.connect(changed)

    def set_editable(self, editable: bool) -> None:
        ui = self.ui
        for widget in (
            ui.follows_combo,
            ui.embargo_combo,
            ui.respond_by_edit,
            ui.next_visit_edit,
            ui.review_edit,
        ):
            widget.setEnabled(editable)
        for edit in (ui.agencies_edit, ui.trigger_edit, ui.escalation_edit):
            edit.setReadOnly(not editable)
        self.editable = editable
        self._update_terms()

    def _update_terms(self, *_: object) -> None:
        conditional = self.ui.embargo_combo.currentData() == plans.EMBARGO_CONDITIONAL
        self.ui.embargo_terms_edit.setEnabled(conditional and self.editable)
