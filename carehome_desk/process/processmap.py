"""Load and validate a process map: levels, criteria and actions as data."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError

_CTX = "ProcessMap"

DUE_RULES = ("same_day", "calendar_days", "working_days", "series", "open_ended")
EVENT_ANCHORS = ("concern_raised", "level_set", "council_exit")
ACTION_ANCHOR_PREFIX = "action:"


class ProcessMapError(DeskError):
    """A process map file that cannot be used; the message names file, entry and problem."""

    def __init__(self, path: Path, entry: str, problem: str) -> None:
        self.path = path
        self.entry = entry
        self.problem = problem
        super().__init__(
            _CTX,
            QT_TRANSLATE_NOOP("ProcessMap", "Invalid process map {path}: {entry}: {problem}"),
            path=str(path),
            entry=entry,
            problem=problem,
        )


@dataclass(frozen=True)
class Level:
    id: str
    name: str
    rank: int
    colour: str
    summary: str
    description: str


@dataclass(frozen=True)
class Criterion:
    id: str
    level: str
    text: str


@dataclass(frozen=True)
class DueRule:
    rule: str
    anchor: str | None = None
    days: int = 0
    every_days: int = 0
    occurrences: int = 0
    until: str = ""

    @property
    def anchor_action(self) -> str | None:
        """The map action id this rule counts from, when anchored on another action."""
        if self.anchor and self.anchor.startswith(ACTION_ANCHOR_PREFIX):
            return self.anchor[len(ACTION_ANCHOR_PREFIX) :]
        return None


@dataclass(frozen=True)
class MapAction:
    id: str
    level: str
    name: str
    purpose: str
    text: str
    teams: tuple[str, ...]
    due: DueRule
    condition: str = ""


@dataclass(frozen=True)
class ProcessMap:
    id: str
    version: str
    title: str
    teams: Mapping[str, str]
    levels: tuple[Level, ...]
    criteria: tuple[Criterion, ...]
    actions: tuple[MapAction, ...]
    source: Path

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def levels_by_rank(self) -> tuple[Level, ...]:
        """Return the levels, most severe first."""
        return tuple(sorted(self.levels, key=lambda level: -level.rank))

    def criteria_for(self, level_id: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.level == level_id)

    def actions_for(self, level_id: str) -> tuple[MapAction, ...]:
        return tuple(a for a in self.actions if a.level == level_id)

    def action(self, action_id: str) -> MapAction:
        for action in self.actions:
            if action.id == action_id:
                return action
        raise KeyError(action_id)

    def team_names(self, team_ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self.teams[team] for team in team_ids)


def load_process_map(path: Path) -> ProcessMap:
    """Read and validate the process map at ``path``; raise ProcessMapError on any fault."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ProcessMapError(path, "file", f"cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ProcessMapError(path, "file", "is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise ProcessMapError(path, "file", f"is not valid TOML ({error})") from error
    return _Validator(path, raw).build()


def load_process_maps(folder: Path) -> dict[tuple[str, str], ProcessMap]:
    """Load every ``*.toml`` map in ``folder``, keyed by (id, version)."""
    maps: dict[tuple[str, str], ProcessMap] = {}
    for path in sorted(Path(folder).glob("*.toml")):
        loaded = load_process_map(path)
        key = (loaded.id, loaded.version)
        if key in maps:
            raise ProcessMapError(
                path, "id", f"{loaded.id} version {loaded.version} is also in {maps[key].source}"
            )
        maps[key] = loaded
    return maps


# The keys each kind of entry may have. A misspelt key ("conditon") would
# otherwise be ignored silently and change what the map means.
_KNOWN_KEYS = {
    "map": {"id", "version", "title", "teams", "levels", "criteria", "actions"},
    "levels": {"id", "name", "rank", "colour", "summary", "description"},
    "criteria": {"id", "level", "text"},
    "actions": {"id", "level", "name", "purpose", "text", "teams", "due", "condition"},
    "due": {"rule", "anchor", "days", "every_days", "occurrences", "until"},
}


class _Validator:
    def __init__(self, path: Path, raw: dict[str, Any]) -> None:
        self.path = path
        self.raw = raw

    def check_keys(self, table: Mapping[str, Any], kind: str, entry: str) -> None:
        unknown = sorted(set(table) - _KNOWN_KEYS[kind])
        if unknown:
            allowed = ", ".join(sorted(_KNOWN_KEYS[kind]))
            raise self.fail(entry, f"unknown key {unknown[0]!r}; the keys allowed are {allowed}")

    def fail(self, entry: str, problem: str) -> ProcessMapError:
        return ProcessMapError(self.path, entry, problem)

    def text(self, table: Mapping[str, Any], key: str, entry: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.fail(entry, f"'{key}' must be text, not {type(value).__name__}")
        if required and not value.strip():
            raise self.fail(entry, f"'{key}' is missing or empty")
        return value.strip()

    def integer(self, table: Mapping[str, Any], key: str, entry: str, minimum: int) -> int:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(entry, f"'{key}' must be a whole number")
        if value < minimum:
            raise self.fail(entry, f"'{key}' must be at least {minimum}, not {value}")
        return value

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.raw.get(key)
        if not isinstance(value, list) or not value:
            raise self.fail(key, f"the map needs at least one [[{key}]] entry")
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{index}]", "must be a table")
        return value

    def build(self) -> ProcessMap:
        self.check_keys(self.raw, "map", "file")
        map_id = self.text(self.raw, "id", "id")
        version = self.raw.get("version")
        if isinstance(version, int) and not isinstance(version, bool):
            version = str(version)
        version = self.text({"version": version}, "version", "version")
        title = self.text(self.raw, "title", "title")
        teams = self.build_teams()
        levels = self.build_levels()
        level_ids = {level.id for level in levels}
        criteria = self.build_criteria(level_ids)
        actions = self.build_actions(level_ids, teams)
        for level in levels:
            if not any(c.level == level.id for c in criteria):
                raise self.fail(f"level {level.id}", "has no criteria")
            if not any(a.level == level.id for a in actions):
                raise self.fail(f"level {level.id}", "has no actions")
        return ProcessMap(map_id, version, title, teams, levels, criteria, actions, self.path)

    def build_teams(self) -> dict[str, str]:
        teams = self.raw.get("teams")
        if not isinstance(teams, dict) or not teams:
            raise self.fail("teams", "the map needs a [teams] table naming each team")
        return {key: self.text(teams, key, f"teams.{key}") for key in teams}

    def build_levels(self) -> tuple[Level, ...]:
        levels: list[Level] = []
        for index, table in enumerate(self.tables("levels")):
            entry = f"levels[{index}]"
            level_id = self.text(table, "id", entry)
            entry = f"level {level_id}"
            self.check_keys(table, "levels", entry)
            colour = self.text(table, "colour", entry)
            if len(colour) != 7 or not colour.startswith("#"):
                raise self.fail(entry, f"'colour' must look like #RRGGBB, not {colour!r}")
            levels.append(
                Level(
                    id=level_id,
                    name=self.text(table, "name", entry),
                    rank=self.integer(table, "rank", entry, minimum=1),
                    colour=colour,
                    summary=self.text(table, "summary", entry),
                    description=self.text(table, "description", entry, required=False),
                )
            )
        self.check_unique([level.id for level in levels], "level")
        self.check_unique([str(level.rank) for level in levels], "level rank")
        return tuple(levels)

    def build_criteria(self, level_ids: set[str]) -> tuple[Criterion, ...]:
        criteria: list[Criterion] = []
        for index, table in enumerate(self.tables("criteria")):
            criterion_id = self.text(table, "id", f"criteria[{index}]")
            entry = f"criterion {criterion_id}"
            self.check_keys(table, "criteria", entry)
            level = self.known_level(table, entry, level_ids)
            criteria.append(Criterion(criterion_id, level, self.text(table, "text", entry)))
        self.check_unique([c.id for c in criteria], "criterion")
        return tuple(criteria)

    def build_actions(self, level_ids: set[str], teams: Mapping[str, str]) -> tuple[MapAction, ...]:
        actions: list[MapAction] = []
        for index, table in enumerate(self.tables("actions")):
            action_id = self.text(table, "id", f"actions[{index}]")
            entry = f"action {action_id}"
            self.check_keys(table, "actions", entry)
            team_ids = table.get("teams")
            if not isinstance(team_ids, list) or not team_ids:
                raise self.fail(entry, "'teams' must list at least one team")
            for team in team_ids:
                if team not in teams:
                    raise self.fail(entry, f"team {team!r} is not in [teams]")
            actions.append(
                MapAction(
                    id=action_id,
                    level=self.known_level(table, entry, level_ids),
                    name=self.text(table, "name", entry),
                    purpose=self.text(table, "purpose", entry),
                    text=self.text(table, "text", entry),
                    teams=tuple(team_ids),
                    due=self.build_due(table.get("due"), entry),
                    condition=self.text(table, "condition", entry, required=False),
                )
            )
        self.check_unique([a.id for a in actions], "action")
        self.check_action_anchors(actions)
        return tuple(actions)

    def build_due(self, due: Any, entry: str) -> DueRule:
        if not isinstance(due, dict):
            raise self.fail(entry, "'due' must be a table such as { rule = \"same_day\" }")
        self.check_keys(due, "due", entry)
        rule = self.text(due, "rule", entry)
        if rule not in DUE_RULES:
            raise self.fail(entry, f"due rule {rule!r} is not one of {', '.join(DUE_RULES)}")
        if rule == "open_ended":
            return DueRule(rule, until=self.text(due, "until", entry))
        anchor = self.text(due, "anchor", entry)
        if anchor not in EVENT_ANCHORS and not anchor.startswith(ACTION_ANCHOR_PREFIX):
            raise self.fail(
                entry,
                f"anchor {anchor!r} must be one of {', '.join(EVENT_ANCHORS)} or action:<id>",
            )
        if rule in ("calendar_days", "working_days"):
            return DueRule(rule, anchor, days=self.integer(due, "days", entry, minimum=0))
        if rule == "series":
            return DueRule(
                rule,
                anchor,
                every_days=self.integer(due, "every_days", entry, minimum=1),
                occurrences=self.integer(due, "occurrences", entry, minimum=1),
            )
        return DueRule(rule, anchor)

    def known_level(self, table: Mapping[str, Any], entry: str, level_ids: set[str]) -> str:
        level = self.text(table, "level", entry)
        if level not in level_ids:
            raise self.fail(entry, f"level {level!r} is not one of {', '.join(sorted(level_ids))}")
        return level

    def check_unique(self, ids: list[str], kind: str) -> None:
        seen: set[str] = set()
        for item_id in ids:
            if item_id in seen:
                raise self.fail(f"{kind} {item_id}", "appears more than once")
            seen.add(item_id)

    def check_action_anchors(self, actions: list[MapAction]) -> None:
        by_id = {action.id: action for action in actions}
        for action in actions:
            target = action.due.anchor_action
            if target is None:
                continue
            if target == action.id:
                raise self.fail(
                    f"action {action.id}", "is anchored on itself, so it never gets a date"
                )
            if target not in by_id:
                raise self.fail(f"action {action.id}", f"anchor action {target!r} does not exist")
            if by_id[target].level != action.level:
                raise self.fail(
                    f"action {action.id}", f"anchor action {target!r} is on another level"
                )
