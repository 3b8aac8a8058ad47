"""The ``restore`` command: replace the database with a backup, keeping a copy of the old one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def add_command(commands: argparse._SubParsersAction, default_dir: Path) -> None:
    """Add ``restore`` to the command line's subcommands."""
    from carehome_desk.cli import _add_data_dir, _folder

    parser = commands.add_parser(
        "restore",
        help=QCoreApplication.translate("cli", "replace the database with a backup"),
        description=QCoreApplication.translate(
            "cli",
            "Replace every record in the data folder with those in FILE, a backup made by the "
            "app or by carehome-desk backup. FILE is checked first. The current database is "
            "copied into the backups folder of the data folder before it is replaced, even "
            "when it is damaged. Asks for confirmation; without a terminal, add --yes. "
            "Rejected while the app window is open on the data folder.",
        ),
    )
    _add_data_dir(parser, default_dir, default=argparse.SUPPRESS)
    parser.add_argument(
        "file",
        type=_folder,
        metavar="FILE",
        help=QCoreApplication.translate("cli", "backup file to restore"),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("cli", "restore without asking, for scripts"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    from carehome_desk.cli import CommandError
    from carehome_desk.instance import InstanceLock
    from carehome_desk.paths import ensure_private_dir

    try:
        ensure_private_dir(args.data_dir)
    except OSError as error:
        message = QCoreApplication.translate("cli", "Cannot use the data folder {path}: {reason}")
        raise CommandError(
            message.format(path=args.data_dir, reason=error.strerror or error)
        ) from error

    lock = InstanceLock(args.data_dir)
    if not lock.acquire():
        raise CommandError(_locked_message(args.data_dir, lock))
    try:
        _restore(args)
    finally:
        lock.release()


def _restore(args: argparse.Namespace) -> None:
    from carehome_desk.store import restore

    source = args.file.absolute()
    contents = restore.inspect_file(source)
    if not args.yes:
        _confirm(args.data_dir, source, contents)

    result = restore.restore(args.data_dir, source)
    done = QCoreApplication.translate(
        "cli", "Restored {homes} care homes and {cases} cases from {file} into {path}."
    )
    print(done.format(homes=contents.homes, cases=contents.cases, file=source, path=args.data_dir))
    if result.replaced is not None:
        kept = QCoreApplication.translate(
            "cli", "The database it replaced is kept as {file}; restore that file to go back."
        )
        print(kept.format(file=result.replaced))


def _confirm(data_dir: Path, source: Path, contents: object) -> None:
    from carehome_desk.cli import CommandError
    from carehome_desk.store.backup import backups_folder

    if not sys.stdin.isatty():
        message = QCoreApplication.translate(
            "cli",
            "Nothing was restored: restore replaces every record in {path}, so it asks for "
            "confirmation on a terminal; add --yes to restore without asking.",
        )
        raise CommandError(message.format(path=data_dir))

    question = QCoreApplication.translate(
        "cli",
        "Replace every record in {path} with the {homes} care homes and {cases} cases in "
        "{file}? The current database is first copied into {backups}. [y/N] ",
    ).format(
        path=data_dir,
        homes=contents.homes,  # type: ignore[attr-defined]
        cases=contents.cases,  # type: ignore[attr-defined]
        file=source,
        backups=backups_folder(data_dir),
    )
    answer = input(question).strip().lower()
    accepted = {
        "y",
        "yes",
        QCoreApplication.translate("cli", "y"),
        QCoreApplication.translate("cli", "yes"),
    }
    if answer not in accepted:
        message = QCoreApplication.translate("cli", "Nothing was restored.")
        raise CommandError(message)


def _locked_message(data_dir: Path, lock: object) -> str:
    if lock.is_read_only():  # type: ignore[attr-defined]
        message = QCoreApplication.translate(
            "cli", "Nothing was restored: you may not write to the data folder {path}."
        )
        return message.format(path=data_dir)
    message = QCoreApplication.translate(
        "cli",
        "Nothing was restored: Care Home Desk is open on {path} (process {pid}). Close its "
        "window, or restore from its File menu, then try again.",
    )
    return message.format(path=data_dir, pid=lock.holder() or "?")  # type: ignore[attr-defined]
