"""Choose a backup to restore: from the File menu, or at start when the database is damaged.

The dialog only chooses. It checks the chosen file, asks the officer to
confirm, and emits ``restore_chosen`` with the file's path. The controller
that opened it then closes the database and restores. Nothing is replaced
unless the officer confirms.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from carehome_desk.process.i18n import DeskError
from carehome_desk.store import backup, restore
from carehome_desk.ui.forms import load_form
from carehome_desk.ui.presentation import format_date, translate_error
from carehome_desk.ui.prompts import Prompts

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RecoveryDialog(QDialog):
    """Lists the data folder's backups and lets the officer restore one or another file.

    With ``damage`` set (the reason the database could not be opened), the
    newest backup that passes its check is selected, Cancel reads Quit, and
    the officer may also start with an empty database instead.
    """

    restore_chosen = Signal(object)  # Path of a checked database file
    start_empty_chosen = Signal()

    def __init__(
        self,
        prompts: Prompts,
        data_dir: Path,
        parent: QWidget | None = None,
        damage: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.data_dir = Path(data_dir)
        self.damage = damage
        self.ui = load_form("recovery_dialog.ui", self)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self._set_up_table()
        self._fill(backup.list_backups(self.data_dir))
        self._set_up_mode()
        self._connect()
        self._update_buttons()

    def _set_up_table(self) -> None:
        table = self.ui.backups_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _fill(self, backups: list[backup.Backup]) -> None:
        locale = QLocale()
        for found in backups:
            made = QStandardItem(_made_text(found.made_at))
            made.setData(str(found.path), PATH_ROLE)
            kind = QStandardItem(self._kind_text(found.kind))
            size = QStandardItem(locale.formattedDataSize(found.path.stat().st_size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([made, kind, size])

    def _kind_text(self, kind: str) -> str:
        if kind == backup.DAILY:
            return self.tr("Daily backup")
        if kind == backup.REPLACED:
            return self.tr("Database replaced by a restore or set aside")
        version = kind.removeprefix("before-v")
        return self.tr("Made before the upgrade to schema version {version}").format(
            version=version
        )

    def _set_up_mode(self) -> None:
        folder = backup.backups_folder(self.data_dir)
        if self.damage is None:
            self.setWindowTitle(self.tr("Restore from backup"))
            self.ui.start_empty_button.hide()
            self.ui.message_label.setText(
                self.tr(
                    "Restoring replaces every record in {folder} with the records in the "
                    "backup. The current database is first copied into {backups}, so you can "
                    "go back to it by restoring that copy."
                ).format(folder=self.data_dir, backups=folder)
            )
            self._select_row(0)
            return

        self.setWindowTitle(self.tr("Damaged database"))
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit"))
        newest = restore.newest_restorable(self.data_dir)
        self.ui.message_label.setText(self._damage_text(newest, folder))
        if newest is not None:
            self._select_path(newest[0].path)

    def _damage_text(
        self, newest: tuple[backup.Backup, backup.Contents] | None, folder: Path
    ) -> str:
        intro = self.tr(
            "The database in {folder} is damaged ({detail}), so Care Home Desk did not open "
            "it and changed nothing."
        ).format(folder=self.data_dir, detail=self.damage)
        if newest is None:
            advice = self.tr(
                "No backup in {backups} passes its check. Restore a backup kept elsewhere, "
                "or start with an empty database; the damaged one is then kept in {backups}."
            ).format(backups=folder)
        else:
            found, contents = newest
            advice = self.tr(
                "The newest backup that passes its check was made on {made} and holds "
                "{homes} care homes and {cases} cases. Restore it, or choose another backup."
            ).format(made=_made_text(found.made_at), homes=contents.homes, cases=contents.cases)
        return f"{intro}\n\n{advice}"

    def _connect(self) -> None:
        ui = self.ui
        ui.restore_button.clicked.connect(self.restore_selected)
        ui.choose_file_button.clicked.connect(self.choose_file)
        ui.start_empty_button.clicked.connect(self.start_empty)
        ui.button_box.rejected.connect(self.reject)
        ui.backups_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.backups_table.activated.connect(lambda _index: self.restore_selected())

    # ------------------------------------------------------------ selection

    def selected_path(self) -> Path | None:
        rows = self.ui.backups_table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(rows[0].data(PATH_ROLE))

    def _select_path(self, path: Path) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(PATH_ROLE) == str(path):
                self._select_row(row)
                return

    def _select_row(self, row: int) -> None:
        if row >= self.model.rowCount():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, 0)
        self.ui.backups_table.selectionModel().setCurrentIndex(index, flags)

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(self.selected_path() is not None)

    # ------------------------------------------------------------ commands

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.offer(path)

    def choose_file(self) -> None:
        self.prompts.choose_file(
            self,
            self.tr("Restore from another file"),
            backup.backups_folder(self.data_dir),
            self.tr("Care Home Desk databases (*.sqlite3 *.db);;All files (*)"),
            self.offer,
        )

    def offer(self, path: Path) -> None:
        """Check the database file ``path`` and ask the officer to confirm restoring it."""
        try:
            contents = restore.inspect_file(path)
        except DeskError as error:
            log.warning("Chosen backup cannot be restored: %s", error.template)
            self.prompts.error(self, self.tr("Cannot restore this file"), translate_error(error))
            return
        question = self.tr(
            "Replace every record in {folder} with the {homes} care homes and {cases} cases "
            "in {file}?\n\nThe current database is first copied into {backups}."
        ).format(
            folder=self.data_dir,
            homes=contents.homes,
            cases=contents.cases,
            file=path,
            backups=backup.backups_folder(self.data_dir),
        )
        self.prompts.confirm(self, self.tr("Restore backup"), question, lambda: self._chosen(path))

    def _chosen(self, path: Path) -> None:
        log.info("The officer chose to restore a backup")
        self.restore_chosen.emit(path)
        self.accept()

    def start_empty(self) -> None:
        question = self.tr(
            "Start with an empty database? The damaged database is moved unchanged into "
            "{backups}, where support may still recover records from it."
        ).format(backups=backup.backups_folder(self.data_dir))
        self.prompts.confirm(self, self.tr("Start with an empty database"), question, self._empty)

    def _empty(self) -> None:
        log.info("The officer chose to start with an empty database")
        self.start_empty_chosen.emit()
        self.accept()


def _made_text(made_at: datetime) -> str:
    local = made_at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"
