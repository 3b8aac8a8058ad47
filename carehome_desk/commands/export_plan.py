"""Pick the plan and version that ``carehome-desk export-plan`` prints.

REFERENCE is a case reference with ``--type``, or a plan reference. Without
``--plan-version`` the plan's latest version prints: a draft as it is now, an
issued version exactly as it was issued. ``--plan-version N`` picks another version.
"""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from carehome_desk.documents.plan_document import PlanData
    from carehome_desk.store.plan_models import Plan
    from carehome_desk.store.session import Session


def version_number(text: str) -> int:
    """Parse the value of ``--plan-version``: a whole number from 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        message = QCoreApplication.translate(
            "cli", "{value} is not a version number; give a whole number such as 1"
        )
        raise argparse.ArgumentTypeError(message.format(value=text))
    return number


def plan_to_export(session: Session, args: argparse.Namespace) -> tuple[PlanData, str]:
    """Return the plan data to print and a description such as "DAP-2026-K7QF-0001 version 2".

    Raises CommandError naming the reference, the version or the option to fix.
    """
    from carehome_desk.cli import CommandError
    from carehome_desk.store import plans

    plan = plans.plan_by_reference(args.reference)
    if plan is not None:
        if args.plan_type is not None and args.plan_type.upper() != plan.plan_type:
            message = QCoreApplication.translate(
                "cli", "{reference} is a {type}, not a {asked}; leave out --type or correct it."
            )
            raise CommandError(
                message.format(
                    reference=plan.reference, type=plan.plan_type, asked=args.plan_type.upper()
                )
            )
        return _version_to_export(session, plan, args)

    case_id = _case_id(args)
    if args.plan_type is None:
        message = QCoreApplication.translate(
            "cli", "Add --type dap or --type cap to choose the plan of case {reference}."
        )
        raise CommandError(message.format(reference=args.reference))

    plan = plans.saved_plan(case_id, args.plan_type)
    if plan is not None:
        return _version_to_export(session, plan, args)
    return _unsaved_plan(session, case_id, args)


def _case_id(args: argparse.Namespace) -> uuid.UUID:
    from carehome_desk.cli import PROG, CommandError, _quoted
    from carehome_desk.store.queries import case_by_reference

    case = case_by_reference(args.reference)
    if case is None:
        message = QCoreApplication.translate(
            "cli",
            "No case or plan has the reference {reference} in {path}; list the case "
            "references with: {command}",
        )
        command = f"{PROG} list-cases --data-dir {_quoted(args.data_dir)}"
        raise CommandError(
            message.format(reference=args.reference, path=args.data_dir, command=command)
        )
    return case.id


def _unsaved_plan(
    session: Session, case_id: uuid.UUID, args: argparse.Namespace
) -> tuple[PlanData, str]:
    """Return the plan pre-filled from the case's actions, for a case with no saved plan."""
    from carehome_desk.cli import CommandError, _signing_officer
    from carehome_desk.documents.plan_data import plan_data

    if args.plan_version is not None:
        message = QCoreApplication.translate(
            "cli", "Case {reference} has no saved {type}, so it has no version {version}."
        )
        raise CommandError(
            message.format(
                reference=args.reference, type=args.plan_type.upper(), version=args.plan_version
            )
        )
    data = plan_data(session, case_id, args.plan_type, officer=_signing_officer(args))
    description = QCoreApplication.translate("cli", "the {type} of {reference}").format(
        type=data.plan_type, reference=data.case_reference
    )
    return data, description


def _version_to_export(
    session: Session, plan: Plan, args: argparse.Namespace
) -> tuple[PlanData, str]:
    from carehome_desk.cli import CommandError, _signing_officer
    from carehome_desk.documents.plan_data import export_data, issued_data
    from carehome_desk.store import plans

    latest = plans.latest_version(plan.id)
    version = (
        latest if args.plan_version is None else plans.version_by_number(plan.id, args.plan_version)
    )
    if version is None:
        message = QCoreApplication.translate(
            "cli", "{reference} has no version {version}; its versions are 1 to {latest}."
        )
        raise CommandError(
            message.format(
                reference=plan.reference, version=args.plan_version, latest=latest.number
            )
        )

    description = QCoreApplication.translate("cli", "{reference} version {version}").format(
        reference=plan.reference, version=version.number
    )
    if version.status != plans.ISSUED:
        draft = export_data(session, version.id, officer=_signing_officer(args))
        return draft, description

    if args.officer is not None:
        message = QCoreApplication.translate(
            "cli",
            "Version {version} of {reference} was issued, so it prints as issued, with its "
            "lead officer; leave out --officer.",
        )
        raise CommandError(message.format(version=version.number, reference=plan.reference))
    return issued_data(version.id), description
