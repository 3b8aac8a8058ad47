"""A wizard page of one alert level's criteria, built from the process map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carehome_desk.process.assessment import Answer
from carehome_desk.process.processmap import Criterion, Level
from carehome_desk.ui.presentation import level_text
from carehome_desk.ui.wizard.level_badge import show_level_badge

_EVIDENCE_HEIGHT = 70


def widget_name(criterion_id: str, suffix: str) -> str:
    """Return the object name of a criterion's widget, e.g. ``red_staffing_check``."""
    return f"{criterion_id.replace('-', '_')}_{suffix}"


class _CriterionLabel(QLabel):
    """A criterion's wrapped text that ticks its check box when clicked, as check box text does."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CriterionRow(QWidget):
    """One criterion: a check box, its full text and an evidence box enabled while ticked.

    A QCheckBox cannot wrap its text, so the text is a separate label with the
    check box as its buddy, and the check box's accessible name is the text.
    """

    changed = Signal()

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion

        self.check = QCheckBox(self)
        self.check.setObjectName(widget_name(criterion.id, "check"))
        self.check.setAccessibleName(criterion.text)

        # A label with a buddy reads "&" as a mnemonic marker, so a literal one is doubled.
        self.text_label = _CriterionLabel(criterion.text.replace("&", "&&"), self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setBuddy(self.check)

        self.evidence_label = QLabel(self.tr("Evidence:"), self)
        self.evidence_edit = QPlainTextEdit(self)
        self.evidence_edit.setObjectName(widget_name(criterion.id, "evidence_edit"))
        self.evidence_edit.setAccessibleName(self.tr("Evidence"))
        self.evidence_edit.setAccessibleDescription(criterion.text)
        self.evidence_edit.setPlaceholderText(
            self.tr("What you saw, read or were told, and by whom")
        )
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setFixedHeight(_EVIDENCE_HEIGHT)
        self.evidence_label.setBuddy(self.evidence_edit)

        self._lay_out()
        self.text_label.clicked.connect(self.check.click)
        self.check.toggled.connect(self._ticked)
        self.evidence_edit.textChanged.connect(self.changed)
        self._ticked(False)

    def _lay_out(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(self.check, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 0, 1, 1, 2)
        layout.addWidget(self.evidence_label, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.evidence_edit, 1, 2)
        layout.setColumnStretch(2, 1)

    def _ticked(self, met: bool) -> None:
        self.evidence_edit.setEnabled(met)
        self.evidence_label.setEnabled(met)
        self.changed.emit()

    def is_met(self) -> bool:
        return self.check.isChecked()

    def has_evidence(self) -> bool:
        return bool(self.evidence_edit.toPlainText().strip())

    def answer(self) -> Answer:
        """Return the answer. Evidence typed and then unticked stays on screen but is not stored."""
        evidence = self.evidence_edit.toPlainText() if self.is_met() else ""
        return Answer(self.criterion.id, self.is_met(), evidence)


class CriteriaPage(QWizardPage):
    """The criteria of one level, complete when every ticked criterion has evidence.

    The page scrolls when the criteria do not fit. With ``with_other_concern``
    it also has a free-text box for a concern the map's lists do not name.
    """

    def __init__(
        self,
        level: Level,
        criteria: tuple[Criterion, ...],
        with_other_concern: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"{level.id}_criteria_page")
        self.setTitle(self.tr("{level}: criteria").format(level=level_text(level)))
        self.setSubTitle(level.summary)

        self.rows = [CriterionRow(criterion) for criterion in criteria]
        self.other_concern_edit: QPlainTextEdit | None = None
        self.missing_evidence_label = QLabel(
            self.tr("Give the evidence for each ticked criterion to continue."), self
        )
        self.missing_evidence_label.setObjectName(f"{level.id}_missing_evidence_label")
        self.missing_evidence_label.setWordWrap(True)

        contents = self._build_contents(with_other_concern)
        self._lay_out(contents)
        for row in self.rows:
            row.changed.connect(self._changed)
        self._changed()

    def _build_contents(self, with_other_concern: bool) -> QWidget:
        contents = QWidget()
        layout = QVBoxLayout(contents)
        layout.addLayout(self._heading())
        intro = QLabel(
            self.tr(
                "Tick each criterion the concern meets and give the evidence for it."
                " The list is not exhaustive."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        for row in self.rows:
            layout.addWidget(row)
        if with_other_concern:
            layout.addWidget(self._other_concern_box())
        layout.addStretch(1)
        return contents

    def _heading(self) -> QHBoxLayout:
        badge = QLabel()
        badge.setObjectName(f"{self.level.id}_level_badge_label")
        show_level_badge(badge, self.level, level_text(self.level))

        description = QLabel(self.level.description)
        description.setTextFormat(Qt.TextFormat.PlainText)
        description.setWordWrap(True)

        heading = QHBoxLayout()
        heading.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(description, 1)
        return heading

    def _other_concern_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        label = QLabel(self.tr("&Other concern, not in the lists:"))
        self.other_concern_edit = QPlainTextEdit()
        self.other_concern_edit.setObjectName("other_concern_edit")
        self.other_concern_edit.setAccessibleName(self.tr("Other concern"))
        self.other_concern_edit.setPlaceholderText(
            self.tr("A concern none of the criteria describes, with its evidence")
        )
        self.other_concern_edit.setTabChangesFocus(True)
        self.other_concern_edit.setFixedHeight(_EVIDENCE_HEIGHT * 3 // 2)
        label.setBuddy(self.other_concern_edit)
        layout.addWidget(label)
        layout.addWidget(self.other_concern_edit)
        return box

    def _lay_out(self, contents: QWidget) -> None:
        scroll_area = QScrollArea(self)
        scroll_area.setWidgetResizable(True)
        scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # The area takes no focus, so Tab goes straight to the first check box. It still
        # scrolls to show whichever widget inside it has focus.
        scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll_area.setWidget(contents)

        # The hint sits below the scrolling part, lined up with the text above it.
        margins = contents.layout().contentsMargins()
        self.missing_evidence_label.setContentsMargins(margins.left(), 0, margins.right(), 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area, 1)
        layout.addWidget(self.missing_evidence_label)

    def _changed(self) -> None:
        self.missing_evidence_label.setVisible(not self.isComplete())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return all(row.has_evidence() for row in self.rows if row.is_met())

    def answers(self) -> tuple[Answer, ...]:
        return tuple(row.answer() for row in self.rows)

    def other_concern(self) -> str:
        return self.other_concern_edit.toPlainText() if self.other_concern_edit else ""
