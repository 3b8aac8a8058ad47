"""The ``deadlines`` command: open actions across all homes, for the weekly JQMM.

It lists the same rows as the app's deadlines view, from the same query and
with the same meaning of "this week" (today and the six days after it).
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from carehome_desk.store.queries import DeadlineFilter
    from carehome_desk.store.session import Session


def add_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    """Add ``deadlines`` to the command line's subcommands."""
    from carehome_desk.cli import _add_data_dir, _iso_date

    parser = commands.add_parser(
        "deadlines",
        help=QCoreApplication.translate("cli", "print the open actions of all homes by due date"),
        description=QCoreApplication.translate(
            "cli",
            "Print the open actions of every open case across all homes, by due date, then "
            "the actions without a date. Columns: reference, care home, alert level, action, "
            "teams, due date (YYYY-MM-DD, or - when the action has none) and status (Overdue, "
            "Due today, Due this week, Later or No date). This week is today and the six days "
            "after it. The first line names the columns; columns are separated by tabs, or "
            "by commas with --csv.",
        ),
    )
    _add_data_dir(parser, default_dir, default=argparse.SUPPRESS)
    parser.add_argument(
        "--overdue",
        action="store_true",
        help=QCoreApplication.translate("cli", "list only actions due before today"),
    )
    parser.add_argument(
        "--from",
        dest="due_from",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "cli", "list only actions due on or after this date; drops actions without a date"
        ),
    )
    parser.add_argument(
        "--to",
        dest="due_to",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "cli", "list only actions due on or before this date; drops actions without a date"
        ),
    )
    parser.add_argument(
        "--team",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate(
            "cli", "list only actions of this team, named as on the actions, e.g. Contracts"
        ),
    )
    parser.add_argument(
        "--csv",
        action="store_true",
        help=QCoreApplication.translate("cli", "print comma-separated values (RFC 4180 quoting)"),
    )
    parser.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "cli", "date that overdue and this week count from (default: today)"
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    from carehome_desk.cli import _level_name, _open_existing
    from carehome_desk.process import deadlines
    from carehome_desk.store.queries import deadline_rows

    session = _open_existing(args.data_dir)
    today = args.today or session.today()
    team = known_team(args.team, session)
    selection = deadline_filter(args.overdue, args.due_from, args.due_to, team, today)

    header = [
        QCoreApplication.translate("cli", "Reference"),
        QCoreApplication.translate("cli", "Care home"),
        QCoreApplication.translate("cli", "Level"),
        QCoreApplication.translate("cli", "Action"),
        QCoreApplication.translate("cli", "Teams"),
        QCoreApplication.translate("cli", "Due date"),
        QCoreApplication.translate("cli", "Status"),
    ]
    lines = [header]
    no_date = "" if args.csv else "-"
    for row in deadline_rows(selection):
        status = deadlines.BUCKET_LABELS[deadlines.bucket(row.due_on, today)]
        lines.append(
            [
                row.reference,
                row.home_name,
                _level_name(session, row.level),
                row.action_name,
                row.teams,
                row.due_on.isoformat() if row.due_on else no_date,
                QCoreApplication.translate("Deadlines", status),
            ]
        )
    _print(lines, args.csv)

    if len(lines) == 1:
        message = QCoreApplication.translate("cli", "No open actions match in {path}.")
        print(message.format(path=args.data_dir), file=sys.stderr)


def known_team(team: str, session: Session) -> str:
    """Return ``team`` as the process maps and actions spell it; "" for every team.

    Letter case does not matter. Raises CommandError, listing the teams, when no
    process map or open action names the team, so a typo is not read as "no actions".
    """
    from carehome_desk.cli import CommandError
    from carehome_desk.store.queries import deadline_teams

    requested = " ".join(team.split())
    if not requested:
        return ""
    names = set(deadline_teams())
    for process_map in session.maps.values():
        names.update(process_map.teams.values())
    for name in names:
        if name.casefold() == requested.casefold():
            return name
    message = QCoreApplication.translate(
        "cli", "No process map or open action names the team {team}; use one of: {teams}"
    )
    raise CommandError(message.format(team=requested, teams=", ".join(sorted(names))))


def deadline_filter(
    overdue: bool, due_from: date | None, due_to: date | None, team: str, today: date
) -> DeadlineFilter:
    """Return the query filter for the command's options, raising CommandError on a bad range."""
    from carehome_desk.cli import CommandError
    from carehome_desk.process.deadlines import OVERDUE, due_range
    from carehome_desk.store.queries import DeadlineFilter

    if due_from is not None and due_to is not None and due_from > due_to:
        message = QCoreApplication.translate(
            "cli", "--from {start} is after --to {end}; swap the dates"
        )
        raise CommandError(message.format(start=due_from, end=due_to))

    before_today = due_range(OVERDUE, today).due_to
    if overdue and before_today is not None:
        due_to = before_today if due_to is None else min(due_to, before_today)
    dated_only = overdue or due_from is not None or due_to is not None
    return DeadlineFilter(
        due_from=due_from, due_to=due_to, undated=not dated_only, team=team.strip()
    )


def _print(lines: list[list[str]], as_csv: bool) -> None:
    if as_csv:
        # "\n" because stdout is a text stream: Windows turns it into "\r\n" itself.
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows(lines)
        return
    for line in lines:
        print("\t".join(" ".join(cell.split()) for cell in line))
