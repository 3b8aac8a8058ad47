"""The assessment rule: criteria met to a recommended level, and overrides."""

from __future__ import annotations

import pytest

from carehome_desk.process.assessment import Answer, check_answers, check_choice, recommend
from carehome_desk.process.i18n import DeskError


def _met(*criterion_ids: str) -> list[Answer]:
    return [Answer(criterion_id, True, "seen on visit") for criterion_id in criterion_ids]


@pytest.mark.parametrize(
    ("met", "expected"),
    [
        (["red-neglect"], "red"),
        (["amber-infection-control"], "amber"),
        (["blue-notified"], "blue"),
        (["blue-notified", "amber-staffing", "red-environment"], "red"),
        (["blue-notified", "amber-staffing"], "amber"),
    ],
)
def test_recommends_most_severe_level_met(process_map, met, expected):
    recommendation = recommend(process_map, _met(*met))
    assert recommendation.level is not None
    assert recommendation.level.id == expected


def test_reasons_are_the_criteria_met_at_that_level(process_map):
    recommendation = recommend(process_map, _met("red-neglect", "red-staffing", "amber-staffing"))
    assert {c.id for c in recommendation.reasons} == {"red-neglect", "red-staffing"}


def test_no_criteria_means_no_escalation(process_map):
    answers = [Answer(c.id, False) for c in process_map.criteria]
    recommendation = recommend(process_map, answers)
    assert recommendation.level is None
    assert recommendation.level_id == ""
    assert recommendation.reasons == ()


def test_override_without_reason_is_rejected(process_map):
    with pytest.raises(DeskError, match="give a reason"):
        check_choice(process_map, "red", "amber", "   ")


def test_override_with_reason_is_accepted(process_map):
    check_choice(process_map, "red", "amber", "Interim manager already in post")


def test_escalating_without_criteria_needs_reason(process_map):
    with pytest.raises(DeskError):
        check_choice(process_map, "", "blue", "")


def test_unknown_level_is_rejected(process_map):
    with pytest.raises(DeskError, match="Unknown alert level purple"):
        check_choice(process_map, "red", "purple", "because")


def test_criterion_met_without_evidence_is_rejected(process_map):
    with pytest.raises(DeskError, match="without evidence"):
        check_answers(process_map, [Answer("red-neglect", True, "  ")])


def test_unknown_criterion_is_rejected(process_map):
    with pytest.raises(DeskError, match="Unknown criterion"):
        check_answers(process_map, [Answer("red-dragons", True, "seen")])
