"""Peewee models. Every record has a UUID key so laptops never collide."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
    UUIDField,
)

# Deferred: init_db() opens it on a file in the data folder.
database = SqliteDatabase(None)


def utc_now() -> datetime:
    """Return the current time in UTC, without tzinfo, as stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    id = UUIDField(primary_key=True, default=uuid.uuid4)

    class Meta:
        database = database
        legacy_table_names = False


class Setting(Model):
    key = CharField(primary_key=True)
    value = TextField()

    class Meta:
        database = database
        table_name = "setting"


class CareHome(BaseModel):
    name = CharField()
    address = TextField(default="")
    postcode = CharField(default="")
    ciw_number = CharField(default="")
    provider = CharField(default="")
    responsible_individual = CharField(default="")
    registered_manager = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    beds = IntegerField(null=True)
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")


class Case(BaseModel):
    reference = CharField(unique=True)
    home = ForeignKeyField(CareHome, backref="cases", on_delete="RESTRICT", index=True)
    raised_on = DateField()
    source = CharField()
    summary = TextField()
    level = CharField(default="")  # "" while no escalation is needed
    level_set_on = DateField(null=True)
    status = CharField(default="open", index=True)
    created_at = DateTimeField(default=utc_now)
    created_by = CharField()


class Assessment(BaseModel):
    case = ForeignKeyField(Case, backref="assessments", on_delete="CASCADE", index=True)
    assessed_on = DateField()
    recorded_at = DateTimeField(default=utc_now)
    officer = CharField()
    officer_team = CharField()
    map_id = CharField()
    map_version = CharField()
    recommended_level = CharField()
    chosen_level = CharField()
    override_reason = TextField(default="")
    other_concern = TextField(default="")


class AssessmentAnswer(BaseModel):
    assessment = ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE", index=True)
    criterion_id = CharField()
    criterion_text = TextField()
    level = CharField()
    met = BooleanField()
    evidence = TextField(default="")


class CaseAction(BaseModel):
    """A required action of a case, copied from the process map when the level was set."""

    case = ForeignKeyField(Case, backref="actions", on_delete="CASCADE", index=True)
    assessment = ForeignKeyField(Assessment, on_delete="CASCADE")
    map_action_id = CharField()
    level = CharField()
    name = CharField()
    text = TextField()
    teams = CharField()  # display names joined with "; "
    condition = CharField(default="")  # "" for an action that always applies
    applies = BooleanField(null=True)  # None until the officer decides a condition
    due_rule = CharField()
    anchor = CharField(default="")
    due_days = IntegerField(default=0)
    due_on = DateField(null=True, index=True)
    due_note = TextField(default="")  # the condition standing in for a date
    occurrence = IntegerField(default=0)  # 1..N within a series, else 0
    sort_order = IntegerField(default=0)
    status = CharField(default="open", index=True)  # open, done, not_applicable
    done_on = DateField(null=True)
    done_by = CharField(default="")
    not_applicable_reason = TextField(default="")
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")


class Plan(BaseModel):
    case = ForeignKeyField(Case, backref="plans", on_delete="CASCADE", index=True)
    plan_type = CharField()  # DAP or CAP
    created_at = DateTimeField(default=utc_now)
    updated_at = DateTimeField(default=utc_now)
    updated_by = CharField(default="")


class PlanItem(BaseModel):
    plan = ForeignKeyField(Plan, backref="items", on_delete="CASCADE", index=True)
    number = IntegerField()
    finding = TextField(default="")
    action_required = TextField(default="")
    responsible_person = CharField(default="")
    target_date = DateField(null=True)
    source_action = ForeignKeyField(CaseAction, null=True, on_delete="SET NULL")


ALL_MODELS: tuple[type[Model], ...] = (
    Setting,
    CareHome,
    Case,
    Assessment,
    AssessmentAnswer,
    CaseAction,
    Plan,
    PlanItem,
)
