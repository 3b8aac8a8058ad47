"""Settings: the officer, the council's details on plans, the process map, sharing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import settings
from carehome_desk.store.models import database
from carehome_desk.ui.context import UiContext
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import translate_error


class SettingsDialog(QDialog):
    """Emits ``settings_saved`` once every value has been checked and saved."""

    settings_saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = load_form("settings_dialog.ui", self)
        self._fill()
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.name_edit.textChanged.connect(self._update_save_button)
        self.ui.team_combo.currentTextChanged.connect(self._update_save_button)
        self._update_save_button()

    def _fill(self) -> None:
        ui = self.ui
        for team in settings.OFFICER_TEAMS:
            ui.team_combo.addItem(QCoreApplication.translate("Team", team), team)
        officer = settings.officer()
        ui.name_edit.setText(officer.name if officer else "")
        ui.team_combo.setCurrentText(officer.team if officer else "")
        ui.contact_edit.setText(settings.setting("officer_contact"))
        ui.council_name_edit.setText(settings.setting("council_name"))
        ui.protective_marking_edit.setText(settings.setting("protective_marking"))
        ui.shared_folder_edit.setText(settings.setting("shared_folder"))
        ui.laptop_name_edit.setText(settings.setting("laptop_name"))

        chosen = settings.setting("process_map")
        for (map_id, version), process_map in sorted(self.context.session.maps.items()):
            key = f"{map_id}:{version}"
            label = self.tr("{title} (version {version})").format(
                title=process_map.title, version=version
            )
            ui.process_map_combo.addItem(label, key)
            if key == chosen:
                ui.process_map_combo.setCurrentIndex(ui.process_map_combo.count() - 1)

    def _update_save_button(self) -> None:
        complete = bool(
            self.ui.name_edit.text().strip() and self.ui.team_combo.currentText().strip()
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Shared folder"), self.ui.shared_folder_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(
            lambda folder: self.ui.shared_folder_edit.setText(str(Path(folder)))
        )
        dialog.open()

    def save(self) -> None:
        """Save every value or none; on invalid input say why and keep what was typed."""
        ui = self.ui
        values = {
            "officer_contact": ui.contact_edit.text(),
            "council_name": ui.council_name_edit.text(),
            "protective_marking": ui.protective_marking_edit.text(),
            "process_map": ui.process_map_combo.currentData() or settings.setting("process_map"),
            "shared_folder": ui.shared_folder_edit.text(),
            "laptop_name": ui.laptop_name_edit.text(),
        }
        try:
            with database.atomic():
                settings.save_officer(ui.name_edit.text(), ui.team_combo.currentText())
                settings.save_settings(values)
        except DeskError as error:
            self.context.prompts.error(self, self.tr("Settings not saved"), translate_error(error))
            return
        self.settings_saved.emit()
        self.accept()
