"""The officer's name and team, asked at first start and changeable later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import settings
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error


class OfficerDialog(QDialog):
    """Emits ``officer_saved`` with the saved ``settings.Officer``."""

    officer_saved = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = load_form("officer_dialog.ui", self)
        for team in settings.OFFICER_TEAMS:
            self.ui.team_combo.addItem(QCoreApplication.translate("Team", team), team)

        current = settings.officer()
        if current is not None:
            self.ui.name_edit.setText(current.name)
            self.ui.team_combo.setCurrentText(current.team)
        else:
            self.ui.team_combo.setCurrentIndex(-1)

        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.textChanged.connect(self._update_save_button)
        self.ui.team_combo.currentTextChanged.connect(self._update_save_button)
        self._update_save_button()

    def _update_save_button(self) -> None:
        complete = bool(
            self.ui.name_edit.text().strip() and self.ui.team_combo.currentText().strip()
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)

    def save(self) -> None:
        try:
            officer = settings.save_officer(
                self.ui.name_edit.text(), self.ui.team_combo.currentText()
            )
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Not saved"), translate_error(error))
            return
        self.officer_saved.emit(officer)
        self.accept()
