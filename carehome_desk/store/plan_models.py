"""Peewee models of action plans: a plan, its versions, their items, actions and progress log.

A plan (DAP or CAP) of a case has numbered versions. A draft version is edited in place;
issuing freezes it and stores the printed document's data as ``snapshot``, and later edits
make the next version. Every item, with its required actions and progress log, belongs to
one version, so an issued version's rows never change.

``carehome_desk.store.models`` imports this module after defining ``Case`` and
``CaseAction``, and the package imports ``models`` first, so this module may be imported
on its own.
"""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    UUIDField,
)

from carehome_desk.store.models import BaseModel, Case, CaseAction, utc_now


class Plan(BaseModel):
    case = ForeignKeyField(Case, backref="plans", on_delete="CASCADE", index=True)
    plan_type = CharField()  # DAP or CAP
    reference = CharField(unique=True)  # e.g. DAP-2026-K7QF-0001
    status = CharField(default="draft", index=True)  # draft, issued, closed
    closed_on = DateField(null=True)
    closed_by = CharField(default="")
    closure_reason = TextField(default="")
    closure_told = TextField(default="")  # who was told that the plan closed
    created_at = DateTimeField(default=utc_now)
    created_by = CharField(default="")
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")


class PlanVersion(BaseModel):
    """One version of a plan: the front matter and closing part it prints, and its items."""

    plan = ForeignKeyField(Plan, backref="versions", on_delete="CASCADE", index=True)
    number = IntegerField()  # 1, 2, ...
    status = CharField(default="draft")  # draft or issued
    follows = TextField(default="")  # the visit or meeting the plan follows
    embargo = CharField(default="none")  # admissions embargo: none, full or conditional
    embargo_terms = TextField(default="")  # the conditions of a conditional embargo
    agencies = TextField(default="")  # agencies involved
    trigger = TextField(default="")  # what triggered the concern
    respond_by = DateField(null=True)  # the provider's deadline to respond
    next_visit_on = DateField(null=True)
    review_on = DateField(null=True)
    escalation = TextField(default="")  # what would trigger escalation
    issued_on = DateField(null=True)
    issued_by = CharField(default="")
    issued_at = DateTimeField(null=True)
    snapshot = TextField(default="")  # JSON of the document as issued; "" for a draft
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")

    class Meta:
        indexes = ((("plan", "number"), True),)


class PlanItem(BaseModel):
    version = ForeignKeyField(PlanVersion, backref="items", on_delete="CASCADE", index=True)
    number = IntegerField()
    finding = TextField(default="")
    evidence = TextField(default="")  # what the officer saw or read that supports the finding
    area = CharField(default="")  # the area or standard the finding relates to
    priority = CharField(default="")  # "", high, medium or low
    responsible_person = CharField(default="")  # at the provider
    accountable_person = CharField(default="")  # "" when the responsible person is accountable
    target_date = DateField(null=True)
    completion_evidence = TextField(default="")  # evidence that will show the item is done
    council_support = TextField(default="")
    status = CharField(default="not_started")
    completed_on = DateField(null=True)
    verified_by = CharField(default="")
    verified_on = DateField(null=True)
    source_action = ForeignKeyField(CaseAction, null=True, on_delete="SET NULL")
    # Visits are kept forever, so the item keeps the id without a foreign key.
    source_visit_id = UUIDField(null=True)


class PlanItemAction(BaseModel):
    """A required action of an item; an item needs at least one before its plan is issued."""

    item = ForeignKeyField(PlanItem, backref="actions", on_delete="CASCADE", index=True)
    number = IntegerField()
    text = TextField()


class PlanProgressEntry(BaseModel):
    """A dated entry in an item's progress log."""

    item = ForeignKeyField(PlanItem, backref="progress", on_delete="CASCADE", index=True)
    number = IntegerField()
    entry_on = DateField()
    author = CharField()
    text = TextField()
    recorded_at = DateTimeField(default=utc_now)

    class Meta:
        append_only = True  # never updated once saved; sync never overwrites it


PLAN_MODELS = (Plan, PlanVersion, PlanItem, PlanItemAction, PlanProgressEntry)
