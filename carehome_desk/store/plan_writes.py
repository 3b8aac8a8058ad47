"""Write a plan version's items, with their actions and progress logs, to the database."""

from __future__ import annotations

from carehome_desk.store.plan_checks import CheckedItem
from carehome_desk.store.plan_models import (
    PlanItem,
    PlanItemAction,
    PlanProgressEntry,
    PlanVersion,
)
from carehome_desk.store.plan_types import ProgressInput


def write_items(version: PlanVersion, rows: list[CheckedItem]) -> None:
    """Make the version's items ``rows``, keeping each saved row that is still listed.

    Rows keep their ids, and only changed values are written, so other laptops receive
    each change as made. Items of another version (copied into a new version) are new rows.
    """
    saved = {item.id: item for item in PlanItem.select().where(PlanItem.version == version)}
    kept = {row.id for row in rows if row.id in saved}
    removed = saved.keys() - kept
    if removed:
        PlanItem.delete().where(PlanItem.id.in_(list(removed))).execute()

    for row in rows:
        item = saved.get(row.id) if row.id in kept else None
        if item is None:
            item = PlanItem.create(version=version, **row.fields)
        else:
            update_row(item, row.fields)
        _write_actions(item, row.actions)
        _write_progress(item, row.progress)


def update_row(record: PlanItem | PlanVersion, fields: dict[str, object]) -> None:
    """Write the ``fields`` whose values differ from ``record``'s, and no others."""
    changed = [name for name, value in fields.items() if _field_value(record, name) != value]
    if changed:
        for name in changed:
            setattr(record, name, fields[name])
        record.save(only=[getattr(type(record), name) for name in changed])


def _field_value(record: PlanItem | PlanVersion, name: str) -> object:
    """Return the field's value as the inputs give it: an id for a foreign key."""
    if name == "source_action":
        return record.source_action_id  # type: ignore[union-attr]
    return getattr(record, name)


def _write_actions(item: PlanItem, actions: list[str]) -> None:
    """Make the item's actions ``actions``, in order, changing only the rows that differ."""
    saved = list(
        PlanItemAction.select().where(PlanItemAction.item == item).order_by(PlanItemAction.number)
    )
    for number, text in enumerate(actions, start=1):
        if number <= len(saved):
            if saved[number - 1].text != text:
                saved[number - 1].text = text
                saved[number - 1].save(only=[PlanItemAction.text])
        else:
            PlanItemAction.create(item=item, number=number, text=text)
    for extra in saved[len(actions) :]:
        extra.delete_instance()


def _write_progress(item: PlanItem, entries: list[ProgressInput]) -> None:
    """Make the item's progress log ``entries``. Saved entries are never changed, only
    kept or removed, because the log is append-only."""
    saved = {
        entry.id: entry
        for entry in PlanProgressEntry.select().where(PlanProgressEntry.item == item)
    }
    unchanged = {
        entry.id for entry in entries if entry.id in saved and _same_entry(saved[entry.id], entry)
    }
    for entry_id in saved.keys() - unchanged:
        saved[entry_id].delete_instance()

    number = max((saved[entry_id].number for entry_id in unchanged), default=0)
    for entry in entries:
        if entry.id not in unchanged:
            number += 1
            PlanProgressEntry.create(
                item=item,
                number=number,
                entry_on=entry.entry_on,
                author=entry.author,
                text=entry.text,
            )


def _same_entry(saved: PlanProgressEntry, entry: ProgressInput) -> bool:
    return (saved.entry_on, saved.author, saved.text) == (entry.entry_on, entry.author, entry.text)
