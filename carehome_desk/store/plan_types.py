"""Values and plain data of action plans, shared by the store's plan modules and the screens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from carehome_desk.process.i18n import QT_TRANSLATE_NOOP, DeskError, Translator, untranslated

_CTX = "Validation"

PLAN_TYPES = ("DAP", "CAP")

DRAFT = "draft"
ISSUED = "issued"
CLOSED = "closed"

EMBARGO_NONE = "none"
EMBARGO_FULL = "full"
EMBARGO_CONDITIONAL = "conditional"
EMBARGOES = (EMBARGO_NONE, EMBARGO_FULL, EMBARGO_CONDITIONAL)

PRIORITIES = ("", "high", "medium", "low")  # "" when the officer sets none

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
POSTPONED = "postponed"
CANCELLED = "cancelled"
ITEM_STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED)

# A finding may quote long evidence: an 8,000-word finding is about 50,000 characters.
FINDING_MAX = 100_000


@dataclass(frozen=True)
class ProgressInput:
    entry_on: date
    author: str
    text: str
    id: uuid.UUID | None = field(default=None, compare=False)  # None until saved


@dataclass(frozen=True)
class ItemInput:
    """One item of a plan as the editor holds it; its number is its position."""

    finding: str
    actions: tuple[str, ...] = ()  # the required actions, at least one to issue
    responsible_person: str = ""
    target_date: date | None = None
    source_action_id: uuid.UUID | None = None
    evidence: str = ""
    area: str = ""
    priority: str = ""
    accountable_person: str = ""
    completion_evidence: str = ""
    council_support: str = ""
    status: str = NOT_STARTED
    completed_on: date | None = None
    verified_by: str = ""
    verified_on: date | None = None
    progress: tuple[ProgressInput, ...] = ()
    source_visit_id: uuid.UUID | None = None
    # The saved row's id, so a save updates the row in place. None for a new item.
    id: uuid.UUID | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # A bare string would be taken as one action per character.
        if isinstance(self.actions, str):
            raise TypeError("ItemInput.actions is a tuple of strings, not a string")


@dataclass(frozen=True)
class PlanDetails:
    """The front matter and closing part of a plan version, apart from its items."""

    follows: str = ""
    embargo: str = EMBARGO_NONE
    embargo_terms: str = ""
    agencies: str = ""
    trigger: str = ""
    respond_by: date | None = None
    next_visit_on: date | None = None
    review_on: date | None = None
    escalation: str = ""


@dataclass(frozen=True)
class VersionContent:
    """A saved plan version with everything the editor shows."""

    plan_id: uuid.UUID
    version_id: uuid.UUID
    case_id: uuid.UUID
    plan_type: str
    reference: str
    number: int
    status: str  # of the version: draft or issued
    plan_status: str  # of the plan: draft, issued or closed
    issued_on: date | None
    issued_by: str
    details: PlanDetails
    items: tuple[ItemInput, ...] = ()


@dataclass(frozen=True)
class PlanRow:
    """One plan of a case, as the list of plans shows it."""

    id: uuid.UUID
    plan_type: str
    reference: str
    status: str  # draft, issued or closed
    version: int  # the latest version's number
    version_status: str  # the latest version's status: draft or issued
    issued_version: int | None  # the latest issued version, if any
    issued_on: date | None
    closed_on: date | None
    closed_by: str = ""
    closure_reason: str = ""
    closure_told: str = ""


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    number: int
    status: str
    issued_on: date | None
    issued_by: str


@dataclass(frozen=True)
class ItemProblem:
    """What an item lacks before its plan can be issued."""

    number: int
    no_action: bool
    no_target_date: bool


class PlanNotReady(DeskError):
    """A plan cannot be issued: it has no items, or items lack an action or a target date."""

    def __init__(self, problems: Sequence[ItemProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(_CTX, QT_TRANSLATE_NOOP("Validation", "The plan cannot be issued yet."))

    def message(self, translate: Translator = untranslated) -> str:
        lines = [translate(_CTX, self.template)]
        if not self.problems:
            lines.append(translate(_CTX, QT_TRANSLATE_NOOP("Validation", "It has no items.")))
        for problem in self.problems:
            lines.append(translate(_CTX, _problem_template(problem)).format(number=problem.number))
        lines.append(
            translate(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Give every item at least one required action and a target date, "
                    "then issue the plan.",
                ),
            )
        )
        return "\n".join(lines)


def _problem_template(problem: ItemProblem) -> str:
    if problem.no_action and problem.no_target_date:
        return QT_TRANSLATE_NOOP(
            "Validation", "Item {number} has no required action and no target date."
        )
    if problem.no_action:
        return QT_TRANSLATE_NOOP("Validation", "Item {number} has no required action.")
    return QT_TRANSLATE_NOOP("Validation", "Item {number} has no target date.")


class ItemError(DeskError):
    """An invalid value in one item, naming the item by its number."""

    def __init__(self, number: int, error: DeskError) -> None:
        self.number = number
        self.error = error
        super().__init__(_CTX, QT_TRANSLATE_NOOP("Validation", "Item {number}: {problem}"))

    def message(self, translate: Translator = untranslated) -> str:
        template = translate(_CTX, self.template)
        return template.format(number=self.number, problem=self.error.message(translate))


def check_plan_type(plan_type: str) -> str:
    normalised = plan_type.strip().upper()
    if normalised not in PLAN_TYPES:
        raise DeskError(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "Plan type {value} is not DAP or CAP."),
            value=plan_type,
        )
    return normalised


def issue_problems(items: Sequence[ItemInput]) -> list[ItemProblem]:
    """Return what each item lacks before the plan can be issued, by item number."""
    problems = []
    for number, item in enumerate(items, start=1):
        no_action = not any(action.strip() for action in item.actions)
        no_target_date = item.target_date is None
        if no_action or no_target_date:
            problems.append(ItemProblem(number, no_action, no_target_date))
    return problems


def check_ready(items: Sequence[ItemInput]) -> None:
    """Raise PlanNotReady unless the plan has items, each with an action and a target date."""
    problems = issue_problems(items)
    if problems or not items:
        raise PlanNotReady(problems)
