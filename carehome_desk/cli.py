"""The command line: sample data, the list of cases and plan exports, without the window.

``carehome_desk.__main__`` starts the window when no command is given and calls
:func:`main` otherwise. Every failure the user can fix ends the run with exit
code 1 and one line on stderr that names the value and the fix. Usage errors
exit with code 2, also on one line. The store, documents and sample data are
imported when a command runs, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication

from carehome_desk import __version__, paths
from carehome_desk.commands import backup as backup_command
from carehome_desk.commands import deadlines
from carehome_desk.commands import restore as restore_command
from carehome_desk.commands import sync as sync_command

if TYPE_CHECKING:
    from carehome_desk.store.session import Session
    from carehome_desk.store.settings import Officer

log = logging.getLogger(__name__)

PROG = "carehome-desk"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# The sample data is built around dates in this range; the store rejects dates
# before 2000, and sample concerns start about five weeks before --today.
_EARLIEST_DEMO_DAY = date(2001, 1, 1)
_LATEST_DEMO_DAY = date(2099, 12, 31)


class CommandError(Exception):
    """A failure the user can fix, with its message already translated."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports usage errors on one line instead of usage plus error."""

    def error(self, message: str) -> NoReturn:
        hint = QCoreApplication.translate("cli", "see {prog} --help").format(prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({hint})\n")


# --- argument types -----------------------------------------------------------


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = QCoreApplication.translate(
            "cli", "{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-04"
        )
        raise argparse.ArgumentTypeError(message.format(value=text)) from None


def _demo_day(text: str) -> date:
    day = _iso_date(text)
    if not _EARLIEST_DEMO_DAY <= day <= _LATEST_DEMO_DAY:
        message = QCoreApplication.translate(
            "cli", "{value} is outside {earliest} to {latest}; choose a date in that range"
        )
        raise argparse.ArgumentTypeError(
            message.format(value=text, earliest=_EARLIEST_DEMO_DAY, latest=_LATEST_DEMO_DAY)
        )
    return day


def _folder(text: str) -> Path:
    if not text.strip():
        message = QCoreApplication.translate("cli", "the folder name is empty; give a path")
        raise argparse.ArgumentTypeError(message)
    return Path(text).expanduser()


def _non_empty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(QCoreApplication.translate("cli", "the value is empty"))
    return text


# --- parser -------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for ``carehome-desk [--data-dir DIR] [COMMAND ...]``."""
    default_dir = paths.default_data_dir()
    parser = _Parser(
        prog=PROG,
        description=QCoreApplication.translate(
            "cli",
            "Care Home Desk records concerns about care homes and the actions they require. "
            "Without a command it opens the app window on the data folder.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_data_dir(parser, default_dir, default=default_dir)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_demo_command(commands, default_dir)
    _add_list_cases_command(commands, default_dir)
    _add_export_plan_command(commands, default_dir)
    deadlines.add_command(commands, default_dir)
    backup_command.add_command(commands, default_dir)
    restore_command.add_command(commands, default_dir)
    sync_command.add_command(commands, default_dir)
    return parser


def _add_data_dir(parser: argparse.ArgumentParser, shown_default: Path, default: object) -> None:
    # Subcommands default to SUPPRESS, so --data-dir given before the command is kept.
    parser.add_argument(
        "--data-dir",
        type=_folder,
        default=default,
        metavar="DIR",
        help=QCoreApplication.translate(
            "cli", "data folder that contains the database (default: {path})"
        ).format(path=shown_default),
    )


def _add_demo_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    demo = commands.add_parser(
        "demo",
        help=QCoreApplication.translate("cli", "fill an empty data folder with sample data"),
        description=QCoreApplication.translate(
            "cli",
            "Create a database in an empty data folder and fill it with fictitious sample "
            "data: about a dozen care homes across Wales and cases at the Red, Amber and Blue "
            "levels, with actions done, overdue and due later. Rejects a folder that already "
            "contains a database. Sets the officer to Demo Officer (Contracts).",
        ),
    )
    _add_data_dir(demo, default_dir, default=argparse.SUPPRESS)
    demo.add_argument(
        "--today",
        type=_demo_day,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "cli",
            "date the sample data is built around: concerns are dated days to weeks before "
            "it (default: today)",
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help=QCoreApplication.translate(
            "cli",
            "number that picks which homes get the cases and their CIW numbers; the same "
            "seed and --today give the same data (default: a fixed seed)",
        ),
    )
    demo.set_defaults(run=_run_demo)


def _add_list_cases_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    list_cases = commands.add_parser(
        "list-cases",
        help=QCoreApplication.translate("cli", "print one line per case"),
        description=QCoreApplication.translate(
            "cli",
            "Print one line per case, newest first, with tab-separated columns: reference, "
            "care home, alert level (Red, Amber, Blue or No alert), number of open actions, "
            "the earliest due date of an open action (YYYY-MM-DD, or - when none is "
            "dated), and the case's status (Open or Closed). No header line is printed.",
        ),
    )
    _add_data_dir(list_cases, default_dir, default=argparse.SUPPRESS)
    list_cases.set_defaults(run=_run_list_cases)


def _add_export_plan_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    from carehome_desk.commands.export_plan import version_number

    export = commands.add_parser(
        "export-plan",
        help=QCoreApplication.translate("cli", "write a case's DAP or CAP as a PDF"),
        description=QCoreApplication.translate(
            "cli",
            "Write the Developmental (DAP) or Corrective (CAP) Action Plan of a case as a "
            "PDF. The plan's latest version prints: a draft as it is now, an issued version "
            "exactly as it was issued. A case with no saved plan prints items pre-filled "
            "from its actions. An existing file at --out is replaced.",
        ),
    )
    _add_data_dir(export, default_dir, default=argparse.SUPPRESS)
    export.add_argument(
        "reference",
        type=_non_empty,
        metavar="REFERENCE",
        help=QCoreApplication.translate(
            "cli",
            "case reference, as list-cases prints it, e.g. CHD-2026-K7QF-0003, or plan "
            "reference, as the app shows it, e.g. DAP-2026-K7QF-0001",
        ),
    )
    export.add_argument(
        "--type",
        dest="plan_type",
        type=str.lower,
        choices=("dap", "cap"),
        help=QCoreApplication.translate(
            "cli", "plan type: dap or cap (required with a case reference)"
        ),
    )
    export.add_argument(
        "--plan-version",
        type=version_number,
        metavar="N",
        help=QCoreApplication.translate(
            "cli", "version of the plan to print, e.g. an earlier issued one (default: latest)"
        ),
    )
    export.add_argument(
        "--out",
        required=True,
        type=_folder,
        metavar="FILE.pdf",
        help=QCoreApplication.translate("cli", "PDF file to write"),
    )
    export.add_argument(
        "--officer",
        type=_non_empty,
        metavar="NAME",
        help=QCoreApplication.translate(
            "cli",
            "officer named as the plan's author (default: the officer set in the app)",
        ),
    )
    export.set_defaults(run=_run_export_plan)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse ``argv``; ``command`` is None when the window should start.

    Exits through SystemExit for --help, --version and usage errors, as argparse does.
    """
    return build_parser().parse_args(argv)


# --- running ------------------------------------------------------------------


def main(argv: list[str] | None = None, log_dir: Path | None = None) -> int:
    """Run the command in ``argv`` and return the exit code.

    With no command, print the usage line and return 2: the window starts from
    ``carehome_desk.__main__``, not from here. Log records go to the rotating
    log file in ``log_dir`` (default: the per-user log folder).
    """
    _replace_unprintable_characters()
    try:
        args = parse_args(argv)
    except SystemExit as exit_request:
        return _exit_code(exit_request)

    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_USAGE

    _start_logging(log_dir)
    return _run(args)


def _start_logging(log_dir: Path | None) -> None:
    """Log to the rotating file, or nowhere when its folder cannot be written."""
    from carehome_desk.logs import set_up_logging

    try:
        set_up_logging(log_dir)
    except OSError as error:
        logging.getLogger().addHandler(logging.NullHandler())
        message = QCoreApplication.translate("cli", "Not logging to a file: {reason}")
        print(f"{PROG}: {message.format(reason=error)}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from peewee import DatabaseError

    from carehome_desk.documents.plan_pdf import DocumentError
    from carehome_desk.process.i18n import DeskError
    from carehome_desk.store.db import close_db

    log.info("Command %s started, data folder %s", args.command, args.data_dir)
    try:
        args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader closed the pipe early, as `list-cases | head -1` does, because it had
        # read what it wanted. Whether a write fails at all depends on timing, so this
        # exits with 0, as when the whole output fitted in the pipe before it closed.
        _discard_stdout()
        log.info("Command %s stopped: the output pipe was closed", args.command)
        return EXIT_OK
    except CommandError as error:
        return _fail(args, str(error))
    except DeskError as error:
        return _fail(args, error.message(QCoreApplication.translate))
    except DocumentError as error:
        return _fail(args, str(error))
    except DatabaseError as error:
        message = QCoreApplication.translate(
            "cli", "Could not use the database in {path}: {reason}. Check the folder and retry."
        )
        return _fail(args, message.format(path=args.data_dir, reason=error))
    except KeyboardInterrupt:
        log.info("Command %s interrupted", args.command)
        return EXIT_INTERRUPTED
    finally:
        close_db()

    log.info("Command %s finished", args.command)
    return EXIT_OK


def _fail(args: argparse.Namespace, message: str) -> int:
    log.error("Command %s failed: %s", args.command, message)
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_FAILED


def _discard_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit does not fail again."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())


def _exit_code(exit_request: SystemExit) -> int:
    code = exit_request.code
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_FAILED


def _replace_unprintable_characters() -> None:
    """Print characters the console's encoding lacks (ŵ on a Windows code page) as "?"."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


# --- commands -----------------------------------------------------------------


def _run_demo(args: argparse.Namespace) -> None:
    from carehome_desk.demo import DEFAULT_SEED, create_demo_data

    today = args.today or date.today()
    seed = DEFAULT_SEED if args.seed is None else args.seed
    summary = create_demo_data(args.data_dir, today, seed)

    done = QCoreApplication.translate(
        "cli", "Created {homes} sample care homes and {cases} cases in {path}."
    )
    print(done.format(homes=summary.homes, cases=summary.cases, path=args.data_dir))
    start = QCoreApplication.translate("cli", "Open them in the app with: {command}")
    print(start.format(command=f"{PROG} --data-dir {_quoted(args.data_dir)}"))


def _run_list_cases(args: argparse.Namespace) -> None:
    from carehome_desk.store.queries import case_rows

    session = _open_existing(args.data_dir)
    rows = case_rows(session.today())
    statuses = {
        "open": QCoreApplication.translate("cli", "Open"),
        "closed": QCoreApplication.translate("cli", "Closed"),
    }
    for row in rows:
        next_due = row.next_due.isoformat() if row.next_due else "-"
        columns = (row.reference, row.home_name, _level_name(session, row.level))
        status = statuses.get(row.status, row.status)
        print("\t".join((*map(_one_cell, columns), str(row.open_actions), next_due, status)))

    if not rows:
        empty = QCoreApplication.translate("cli", "No cases in {path}.")
        print(empty.format(path=args.data_dir), file=sys.stderr)


def _run_export_plan(args: argparse.Namespace) -> None:
    from carehome_desk.commands.export_plan import plan_to_export
    from carehome_desk.documents.plan_pdf import render_plan_pdf

    session = _open_existing(args.data_dir)
    plan, description = plan_to_export(session, args)
    out_path = args.out.absolute()
    warnings = render_plan_pdf(plan, out_path)

    written = QCoreApplication.translate("cli", "Wrote {plan} to {path}")
    print(written.format(plan=description, path=out_path))
    for warning in warnings:
        line = QCoreApplication.translate("cli", "Warning: {warning}").format(warning=warning)
        print(line, file=sys.stderr)


# --- helpers ------------------------------------------------------------------


def _open_existing(data_dir: Path) -> Session:
    """Open the database in ``data_dir``; never create one, unlike the window's first start."""
    from carehome_desk.startup import open_data_folder
    from carehome_desk.store.db import has_data

    if data_dir.exists() and not data_dir.is_dir():
        message = QCoreApplication.translate(
            "cli", "The data folder {path} is a file, not a folder; check --data-dir."
        )
        raise CommandError(message.format(path=data_dir))

    if not data_dir.is_dir():
        message = QCoreApplication.translate(
            "cli",
            "The data folder {path} does not exist; check --data-dir, or create sample "
            "data there with: {command}",
        )
        command = f"{PROG} demo --data-dir {_quoted(data_dir)}"
        raise CommandError(message.format(path=data_dir, command=command))

    if not has_data(data_dir):
        message = QCoreApplication.translate(
            "cli",
            "The folder {path} contains no Care Home Desk database; check --data-dir, "
            "or start the app once to create one.",
        )
        raise CommandError(message.format(path=data_dir))

    return open_data_folder(data_dir)


def _signing_officer(args: argparse.Namespace) -> Officer:
    """Return the officer named by --officer, or else the officer set in the app."""
    from carehome_desk.process.i18n import QT_TRANSLATE_NOOP
    from carehome_desk.store import settings
    from carehome_desk.store.validation import clean_line

    if args.officer is not None:
        field = QT_TRANSLATE_NOOP("Validation", "Officer name")
        return settings.Officer(clean_line(args.officer, field, required=True, max_length=100), "")

    officer = settings.officer()
    if officer is None:
        message = QCoreApplication.translate(
            "cli",
            "No officer is set in {path} to sign the plan; start the app once to set "
            "your name, or add --officer NAME.",
        )
        raise CommandError(message.format(path=args.data_dir))
    return officer


def _level_name(session: Session, level_id: str) -> str:
    if not level_id:
        return QCoreApplication.translate("cli", "No alert")
    level = session.level(level_id)
    # A level id the current map lacks is printed as stored rather than hidden.
    return level.name if level is not None else level_id


def _one_cell(text: str) -> str:
    """Return ``text`` on one line without tabs, so it stays in its column."""
    return " ".join(text.split())


def _quoted(path: Path) -> str:
    """Return ``path`` quoted for the user's shell, for commands printed as hints."""
    text = str(path)
    if os.name == "posix":
        return shlex.quote(text)
    return f'"{text}"' if " " in text else text
