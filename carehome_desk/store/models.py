"""Peewee models. Every record has a UUID key so laptops never collide."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    UUIDField,
)

from carehome_desk.store.database import DeskDatabase

# Statuses of a case action. store.cases works with them; the queries count by them.
OPEN = "open"
DONE = "done"
NOT_APPLICABLE = "not_applicable"
CLOSED = "closed"  # an action ended by an officer with a reason, e.g. an open-ended one

# Statuses of a case.
CASE_OPEN = "open"
CASE_CLOSED = "closed"

# Deferred: init_db() opens it on a file in the data folder.
database = DeskDatabase(None)


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
    council_exit_on = DateField(null=True)  # the Council's exit from a Red case
    closed_on = DateField(null=True)
    closed_by = CharField(default="")
    closed_reason = TextField(default="")


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
    reason = TextField(default="")  # why a case was reassessed; "" for the first assessment

    class Meta:
        append_only = True  # never updated once saved; sync never overwrites it


class AssessmentAnswer(BaseModel):
    assessment = ForeignKeyField(Assessment, backref="answers", on_delete="CASCADE", index=True)
    criterion_id = CharField()
    criterion_text = TextField()
    level = CharField()
    met = BooleanField()
    evidence = TextField(default="")

    class Meta:
        append_only = True  # never updated once saved; sync never overwrites it


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
    purpose = CharField(default="")  # the map action's purpose, to avoid duplicates on escalation
    every_days = IntegerField(default=0)  # days between the occurrences of a series
    closed_on = DateField(null=True)  # status "closed": ended by an officer, with a reason
    closed_by = CharField(default="")
    closed_reason = TextField(default="")
    # The visit or meeting that fulfilled the action. NOTE: peewee creates deferred keys
    # without a FOREIGN KEY constraint, so code that deletes a visit or meeting must clear these.
    visit = DeferredForeignKey("Visit", null=True, on_delete="SET NULL")
    meeting = DeferredForeignKey("Meeting", null=True, on_delete="SET NULL")


# Action plans have their own module, which builds on Case and CaseAction above.
from carehome_desk.store.plan_models import (  # noqa: E402
    Plan,
    PlanItem,
    PlanItemAction,
    PlanProgressEntry,
    PlanVersion,
)


class Visit(BaseModel):
    case = ForeignKeyField(Case, backref="visits", on_delete="CASCADE", index=True)
    visited_on = DateField()
    kind = CharField()  # "announced" or "unannounced"
    purpose = TextField(default="")
    attendees = TextField(default="")  # one "Name (Team)" per line
    findings = TextField(default="")
    recorded_at = DateTimeField(default=utc_now)
    recorded_by = CharField(default="")


class Meeting(BaseModel):
    case = ForeignKeyField(Case, backref="meetings", on_delete="CASCADE", index=True)
    kind = CharField()  # JIMP, JQMM, QAM or PPM
    held_on = DateField()
    attendees = TextField(default="")  # one "Name (Team)" per line
    agencies = TextField(default="")  # one agency per line
    outcome = TextField(default="")
    decisions = TextField(default="")
    recorded_at = DateTimeField(default=utc_now)
    recorded_by = CharField(default="")


class ActionReschedule(BaseModel):
    """A new due date given to an action, with the officer's reason."""

    action = ForeignKeyField(CaseAction, backref="reschedules", on_delete="CASCADE", index=True)
    old_due_on = DateField(null=True)
    new_due_on = DateField()
    reason = TextField()
    recorded_at = DateTimeField(default=utc_now)
    recorded_by = CharField(default="")

    class Meta:
        append_only = True  # never updated once saved; sync never overwrites it


class CaseEvent(BaseModel):
    """A dated event in a case's life: the Council's exit, closing or reopening the case."""

    case = ForeignKeyField(Case, backref="events", on_delete="CASCADE", index=True)
    kind = CharField()  # council_exit, closed, reopened
    happened_on = DateField()
    reason = TextField(default="")
    recorded_at = DateTimeField(default=utc_now)
    recorded_by = CharField(default="")

    class Meta:
        append_only = True  # never updated once saved; sync never overwrites it


ALL_MODELS: tuple[type[Model], ...] = (
    Setting,
    CareHome,
    Case,
    Assessment,
    AssessmentAnswer,
    CaseAction,
    Plan,
    PlanVersion,
    PlanItem,
    PlanItemAction,
    PlanProgressEntry,
    Visit,
    Meeting,
    ActionReschedule,
    CaseEvent,
)
