"""Cell editors for a plan's items: multi-line text and a target date that may be unset."""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDateEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from carehome_desk.ui.presentation import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 6  # height of the multi-line cell editor, in text lines


class TrackingDelegate(QStyledItemDelegate):
    """A delegate that remembers its open editor, so the dialog can commit it before saving."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.open_editor: QWidget | None = None
        self.closeEditor.connect(self._forget)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = self.make_editor(parent, option, index)
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        self.open_editor = editor
        return editor

    def make_editor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        return super().createEditor(parent, option, index)

    def commit_open_editor(self) -> None:
        """Write the open editor's value to the model and close the editor."""
        editor = self.open_editor
        self.open_editor = None
        # The view hides an editor it closes itself (on a change of current cell, say)
        # without this delegate's closeEditor signal, and deletes it later.
        if editor is not None and shiboken6.isValid(editor) and editor.isVisible():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _forget(self, editor: QWidget, *_: Any) -> None:
        if editor is self.open_editor:
            self.open_editor = None


class MultiLineDelegate(TrackingDelegate):
    """Edits long text in a plain-text box; Enter starts a new line, Tab commits."""

    def make_editor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        minimum_height = editor.fontMetrics().lineSpacing() * EDITOR_LINES
        rect.setHeight(max(rect.height(), minimum_height))
        editor.setGeometry(rect)


class TargetDateDelegate(TrackingDelegate):
    """Edits a target date; the day before ``earliest`` is shown as "Not set" and stored as None."""

    def __init__(self, earliest: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.not_set = QDate(earliest).addDays(-1)

    def make_editor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("d MMM yyyy")
        editor.setMinimumDate(self.not_set)
        editor.setSpecialValueText(format_date(None))
        editor.setToolTip(
            QCoreApplication.translate(
                "PlanDelegates",
                "Step below the earliest date, the day the concern was raised, to clear the date",
            )
        )
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value) if value is not None else self.not_set)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        value = None if chosen <= self.not_set else chosen.toPython()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


# --- date fields that may be unset ---------------------------------------------


def set_up_optional_date(edit: QDateEdit, earliest: date, value: date | None = None) -> None:
    """Make ``edit`` show "Not set" on the day before ``earliest``, which stands for no date."""
    not_set = QDate(earliest).addDays(-1)
    edit.setMinimumDate(not_set)
    edit.setSpecialValueText(format_date(None))
    set_optional_date(edit, value)


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value is not None else edit.minimumDate())


def optional_date(edit: QDateEdit) -> date | None:
    """Return the date in ``edit``, or None when it shows "Not set"."""
    chosen = edit.date()
    return None if chosen <= edit.minimumDate() else chosen.toPython()


class EnterKeyFilter(QObject):
    """Event filter that turns Return or Enter on a view into its ``pressed`` signal.

    Unlike the view's ``activated`` signal, this consumes the key. QDialog passes an unused
    Return on to the default button of any visible dialog among its children. So a child
    dialog opened on Return would otherwise take the same key press as its OK.
    """

    pressed = Signal()

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pressed.emit()
            return True
        return super().eventFilter(watched, event)
