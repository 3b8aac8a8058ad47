"""Due dates from a map action's due rule and the dates of the case's events."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from carehome_desk.process.calendar import add_working_days
from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from carehome_desk.process.processmap import DueRule, ProcessMap

_CTX = "DueRule"

_EVENT_LABELS = {
    "concern_raised": QT_TRANSLATE_NOOP("DueRule", "the concern being raised"),
    "level_set": QT_TRANSLATE_NOOP("DueRule", "the level being set"),
    "council_exit": QT_TRANSLATE_NOOP("DueRule", "the Council's exit"),
}

_RULE_TEMPLATES = {
    "same_day": QT_TRANSLATE_NOOP("DueRule", "on the day of {anchor}"),
    "calendar_days": QT_TRANSLATE_NOOP("DueRule", "within {days} days of {anchor}"),
    "working_days": QT_TRANSLATE_NOOP("DueRule", "within {days} working days of {anchor}"),
    "series": QT_TRANSLATE_NOOP("DueRule", "every {every} days, {count} times, after {anchor}"),
}


def anchor_label(rule: DueRule, process_map: ProcessMap, translate: Translator) -> str:
    """Return a phrase naming the event ``rule`` counts from."""
    target = rule.anchor_action
    if target is not None:
        template = translate(_CTX, QT_TRANSLATE_NOOP("DueRule", "completing “{action}”"))
        return template.format(action=process_map.action(target).name)
    return translate(_CTX, _EVENT_LABELS[rule.anchor or ""])


def describe_rule(
    rule: DueRule, process_map: ProcessMap, translate: Translator = untranslated
) -> str:
    """Return the rule in words, e.g. "within 5 working days of the concern being raised"."""
    if rule.rule == "open_ended":
        return rule.until
    template = translate(_CTX, _RULE_TEMPLATES[rule.rule])
    return template.format(
        anchor=anchor_label(rule, process_map, translate),
        days=rule.days,
        every=rule.every_days,
        count=rule.occurrences,
    )


def due_dates(rule: DueRule, anchors: Mapping[str, date | None]) -> list[date | None]:
    """Return the due dates ``rule`` gives from the known ``anchors``.

    ``anchors`` maps an anchor name ("concern_raised", "level_set",
    "council_exit" or "action:<id>") to its date, or to ``None`` while that
    event has not happened. An open-ended rule gives one undated deadline, a
    series one date per occurrence, and an anchor still to come ``None`` for
    each.
    """
    if rule.rule == "open_ended":
        return [None]
    start = anchors.get(rule.anchor or "")
    if rule.rule == "series":
        if start is None:
            return [None] * rule.occurrences
        step = timedelta(days=rule.every_days)
        return [start + step * (n + 1) for n in range(rule.occurrences)]
    if start is None:
        return [None]
    if rule.rule == "same_day":
        return [start]
    if rule.rule == "calendar_days":
        return [start + timedelta(days=rule.days)]
    if rule.rule == "working_days":
        return [add_working_days(start, rule.days)]
    raise ValueError(f"unknown due rule {rule.rule!r}")
