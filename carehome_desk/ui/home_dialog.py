"""Add or edit a care home."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store.homes import HomeInput, home_input, save_home
from carehome_desk.store.models import CareHome
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error

log = logging.getLogger(__name__)


class HomeDialog(QDialog):
    """A form for one care home; emits ``home_saved`` with the home's id once saved."""

    home_saved = Signal(object)

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, home_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.home_id = home_id
        self.ui = load_form("home_dialog.ui", self)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.textChanged.connect(self._update_save_button)

        if home_id is None:
            self.setWindowTitle(self.tr("Add care home"))
        else:
            self.setWindowTitle(self.tr("Edit care home"))
            self._show(home_input(CareHome.get_by_id(home_id)))
        self._update_save_button()

    def _show(self, home: HomeInput) -> None:
        self.ui.name_edit.setText(home.name)
        self.ui.address_edit.setPlainText(home.address)
        self.ui.postcode_edit.setText(home.postcode)
        self.ui.ciw_number_edit.setText(home.ciw_number)
        self.ui.provider_edit.setText(home.provider)
        self.ui.responsible_individual_edit.setText(home.responsible_individual)
        self.ui.registered_manager_edit.setText(home.registered_manager)
        self.ui.phone_edit.setText(home.phone)
        self.ui.email_edit.setText(home.email)
        self.ui.beds_spin.setValue(-1 if home.beds is None else home.beds)

    def entered(self) -> HomeInput:
        """Return the values in the form as typed."""
        beds = self.ui.beds_spin.value()
        return HomeInput(
            name=self.ui.name_edit.text(),
            address=self.ui.address_edit.toPlainText(),
            postcode=self.ui.postcode_edit.text(),
            ciw_number=self.ui.ciw_number_edit.text(),
            provider=self.ui.provider_edit.text(),
            responsible_individual=self.ui.responsible_individual_edit.text(),
            registered_manager=self.ui.registered_manager_edit.text(),
            phone=self.ui.phone_edit.text(),
            email=self.ui.email_edit.text(),
            beds=None if beds < 0 else beds,
        )

    def _update_save_button(self) -> None:
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(bool(self.ui.name_edit.text().strip()))

    def save(self) -> None:
        """Save the home; on invalid input say why and keep everything typed."""
        session = self.context.session
        try:
            record = save_home(self.entered(), session.officer().name, self.home_id)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Care home not saved"), translate_error(error))
            return
        log.info("Saved care home %s", record.id)
        self.home_saved.emit(record.id)
        self.accept()
