"""The ``sync`` command: exchange records with the shared folder, as "Sync now" does.

Meant for a scheduled task at log-on. It prints the report and exits with
code 1 when a file was skipped or the shared folder could not be reached
or became unreachable, so the task shows as failed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def add_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    """Add ``sync`` to the command line's subcommands."""
    from carehome_desk.cli import _add_data_dir, _folder

    parser = commands.add_parser(
        "sync",
        help=QCoreApplication.translate("cli", "exchange records with the shared folder"),
        description=QCoreApplication.translate(
            "cli",
            "Send this laptop's new changes to the shared folder and apply the other laptops' "
            "changes from it, then print a report: changes sent, changes received from each "
            "laptop, records updated, conflicts waiting and files skipped with the reason. "
            "Exits with code 1 when a file was skipped or the folder is unreachable. The app "
            "may stay open meanwhile and shows the changes at its next refresh.",
        ),
    )
    _add_data_dir(parser, default_dir, default=argparse.SUPPRESS)
    parser.add_argument(
        "--share",
        type=_folder,
        metavar="PATH",
        help=QCoreApplication.translate(
            "cli", "shared folder to sync with (default: the shared folder set in the app)"
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    from carehome_desk.cli import CommandError, _open_existing
    from carehome_desk.store import settings
    from carehome_desk.sync.exchange import sync
    from carehome_desk.sync.report import format_report

    _open_existing(args.data_dir)
    share = args.share or _configured_share(settings.setting("shared_folder"), args.data_dir)
    report = sync(share)
    for line in format_report(report, QCoreApplication.translate):
        print(line)

    if report.interrupted:
        raise CommandError(
            QCoreApplication.translate(
                "cli", "The shared folder {path} became unreachable; run the sync again later."
            ).format(path=share)
        )
    if report.skipped:
        raise CommandError(
            QCoreApplication.translate(
                "cli", "{count} files on the shared folder were skipped; see the reasons above."
            ).format(count=len(report.skipped))
        )


def _configured_share(configured: str, data_dir: Path) -> Path:
    from carehome_desk.cli import PROG, CommandError, _quoted

    if not configured.strip():
        message = QCoreApplication.translate(
            "cli",
            "No shared folder is set for {path}; give one with --share PATH, or set it in the "
            "app under File > Settings. For example: {command}",
        )
        command = f"{PROG} sync --data-dir {_quoted(data_dir)} --share PATH"
        raise CommandError(message.format(path=data_dir, command=command))
    return Path(configured).expanduser()
