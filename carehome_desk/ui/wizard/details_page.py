"""The wizard's second page: when the concern was raised, its source and summary."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizardPage

from carehome_desk.process.assessment import CONCERN_SOURCES
from carehome_desk.ui.forms import Form


class DetailsPage(QWizardPage):
    """The concern's details, complete once a source is chosen and the summary is not blank.

    The form promotes ``details_page`` to this class, and ``set_up`` connects it
    to the form's widgets once the form is loaded.
    """

    def set_up(self, ui: Form, today: date) -> None:
        self.raised_on_edit = ui.raised_on_edit
        self.source_combo = ui.source_combo
        self.summary_edit = ui.summary_edit

        self.raised_on_edit.setMaximumDate(today)
        self.raised_on_edit.setDate(today)

        for source_id, label in CONCERN_SOURCES:
            self.source_combo.addItem(QCoreApplication.translate("ConcernSource", label), source_id)
        self.source_combo.setCurrentIndex(-1)

        self.source_combo.currentIndexChanged.connect(self.completeChanged)
        self.summary_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.source() and self.summary().strip())

    def raised_on(self) -> date:
        return self.raised_on_edit.date().toPython()

    def source(self) -> str:
        """Return the chosen source's stored id, or "" before the officer chooses one."""
        return self.source_combo.currentData() or ""

    def summary(self) -> str:
        return self.summary_edit.toPlainText()
