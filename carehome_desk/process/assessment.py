"""The assessment: from the criteria met to a recommended alert level."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError
from carehome_desk.process.processmap import Criterion, Level, ProcessMap

_CTX = "Assessment"

NO_ESCALATION = ""
"""The chosen level when the officer decides no escalation is needed."""


@dataclass(frozen=True)
class Answer:
    criterion_id: str
    met: bool
    evidence: str = ""


@dataclass(frozen=True)
class Recommendation:
    level: Level | None
    reasons: tuple[Criterion, ...]

    @property
    def level_id(self) -> str:
        return self.level.id if self.level else NO_ESCALATION


def recommend(process_map: ProcessMap, answers: Iterable[Answer]) -> Recommendation:
    """Recommend the most severe level with at least one criterion met.

    The criteria met at that level are the reasons. With none met the
    recommendation is no escalation.
    """
    met = {answer.criterion_id for answer in answers if answer.met}
    for level in process_map.levels_by_rank():
        reasons = tuple(c for c in process_map.criteria_for(level.id) if c.id in met)
        if reasons:
            return Recommendation(level, reasons)
    return Recommendation(None, ())


def check_answers(process_map: ProcessMap, answers: Iterable[Answer]) -> None:
    """Raise DeskError for an unknown criterion or a criterion met without evidence."""
    known = {c.id: c for c in process_map.criteria}
    for answer in answers:
        if answer.criterion_id not in known:
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Assessment", "Unknown criterion {criterion} in process map {map}."
                ),
                criterion=answer.criterion_id,
                map=process_map.id,
            )
        if answer.met and not answer.evidence.strip():
            raise DeskError(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Assessment", "Criterion met without evidence: {text}. Add evidence."
                ),
                text=known[answer.criterion_id].text,
            )


def check_choice(process_map: ProcessMap, recommended: str, chosen: str, reason: str) -> None:
    """Raise DeskError when the chosen level is unknown, or differs without a reason."""
    if chosen != NO_ESCALATION and chosen not in {level.id for level in process_map.levels}:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Assessment", "Unknown alert level {level}."),
            level=chosen,
        )
    if chosen != recommended and not reason.strip():
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Assessment",
                "The chosen level differs from the recommendation; give a reason for the change.",
            ),
        )


CONCERN_SOURCES: tuple[tuple[str, str], ...] = (
    ("ciw", QT_TRANSLATE_NOOP("ConcernSource", "CIW")),
    ("health_board", QT_TRANSLATE_NOOP("ConcernSource", "Health board")),
    ("police", QT_TRANSLATE_NOOP("ConcernSource", "Police")),
    ("hse", QT_TRANSLATE_NOOP("ConcernSource", "HSE")),
    ("ambulance", QT_TRANSLATE_NOOP("ConcernSource", "Ambulance service")),
    ("other_la", QT_TRANSLATE_NOOP("ConcernSource", "Another local authority")),
    ("case_management", QT_TRANSLATE_NOOP("ConcernSource", "Case Management review")),
    ("complaint", QT_TRANSLATE_NOOP("ConcernSource", "Complaint or whistleblower")),
    ("other", QT_TRANSLATE_NOOP("ConcernSource", "Other")),
)
"""Where a concern came from: (stored id, English label in context "ConcernSource")."""


def source_label(source_id: str) -> str:
    return dict(CONCERN_SOURCES).get(source_id, source_id)
