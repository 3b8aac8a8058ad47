"""The ``backup`` command: a checked copy of the database, written with SQLite's backup API."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def add_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    """Add ``backup`` to the command line's subcommands."""
    from carehome_desk.cli import _add_data_dir, _folder

    parser = commands.add_parser(
        "backup",
        help=QCoreApplication.translate("cli", "write a checked copy of the database to a file"),
        description=QCoreApplication.translate(
            "cli",
            "Write a copy of the database in the data folder to FILE with SQLite's backup "
            "API, which is safe while the app is open. The copy is checked with SQLite's "
            "integrity check before it replaces an existing FILE. Restore it with: "
            "carehome-desk restore FILE",
        ),
    )
    _add_data_dir(parser, default_dir, default=argparse.SUPPRESS)
    parser.add_argument(
        "--out",
        required=True,
        type=_folder,
        metavar="FILE",
        help=QCoreApplication.translate(
            "cli", "file to write, e.g. carehome-desk-backup.sqlite3 on a USB drive"
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    from carehome_desk.cli import CommandError
    from carehome_desk.store.backup import backup_to
    from carehome_desk.store.db import has_data

    if not has_data(args.data_dir):
        message = QCoreApplication.translate(
            "cli", "The folder {path} contains no Care Home Desk database; check --data-dir."
        )
        raise CommandError(message.format(path=args.data_dir))

    out = args.out.absolute()
    contents = backup_to(args.data_dir, out)
    done = QCoreApplication.translate(
        "cli", "Backed up {homes} care homes and {cases} cases from {path} to {file}."
    )
    print(done.format(homes=contents.homes, cases=contents.cases, path=args.data_dir, file=out))
