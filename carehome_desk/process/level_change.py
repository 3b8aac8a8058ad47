"""The effect of a new level on a case's actions: those to add and those already open.

Any change of level adds the new level's actions, except an action whose
purpose matches an action the case still has open: escalating from Amber to
Red does not add a second urgent visit while Amber's is still to do.
Reassessing at the same level adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from carehome_desk.process.assessment import NO_ESCALATION
from carehome_desk.process.processmap import MapAction, ProcessMap

FIRST = "first"
ESCALATION = "escalation"
STEP_DOWN = "step_down"
SAME_LEVEL = "same_level"


@dataclass(frozen=True)
class OpenAction:
    """An open action of the case, as far as a level change needs to know it."""

    map_action_id: str
    name: str


@dataclass(frozen=True)
class NewActions:
    added: tuple[MapAction, ...]
    already_open: tuple[tuple[MapAction, OpenAction], ...]  # skipped, with the open action


def change_kind(old_rank: int | None, new_rank: int) -> str:
    """Classify a change from ``old_rank`` (None before any assessment) to ``new_rank``.

    Ranks are the map's level ranks, with 0 for no escalation.
    """
    if old_rank is None:
        return FIRST
    if new_rank > old_rank:
        return ESCALATION
    if new_rank < old_rank:
        return STEP_DOWN
    return SAME_LEVEL


def level_rank(process_map: ProcessMap, level_id: str) -> int:
    """Return the rank of ``level_id`` in ``process_map``: 0 for no escalation or an unknown id."""
    if level_id == NO_ESCALATION:
        return 0
    try:
        return process_map.level(level_id).rank
    except KeyError:
        return 0


def new_actions(
    process_map: ProcessMap, level_id: str, open_by_purpose: Mapping[str, OpenAction]
) -> NewActions:
    """Split the level's map actions into those to add and those already open by purpose."""
    if level_id == NO_ESCALATION:
        return NewActions((), ())
    added = []
    already_open = []
    for action in process_map.actions_for(level_id):
        existing = open_by_purpose.get(action.purpose)
        if existing is None:
            added.append(action)
        else:
            already_open.append((action, existing))
    return NewActions(tuple(added), tuple(already_open))
