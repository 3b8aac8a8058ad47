"""``carehome-desk`` and ``python -m carehome_desk``: the window, or a subcommand."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    folder = window_folder(arguments)
    if folder is None:
        from carehome_desk import cli

        args = cli.parse_args(arguments)
        if args.command is not None:
            return cli.main(arguments)
        folder = args.data_dir

    from carehome_desk.app import run_gui

    return run_gui(folder)


def window_folder(arguments: list[str]) -> Path | None:
    """Return the data folder when ``arguments`` only start the window, else None.

    The two plain forms (no arguments, or ``--data-dir FOLDER``) skip building the
    whole command-line parser, which cost about 20 ms of start-up. Everything else
    goes through ``cli.parse_args``, which also explains mistakes.
    """
    if not arguments:
        from carehome_desk.paths import default_data_dir

        return default_data_dir()
    if len(arguments) == 2 and arguments[0] == "--data-dir":
        text = arguments[1]
    elif len(arguments) == 1 and arguments[0].startswith("--data-dir="):
        text = arguments[0].removeprefix("--data-dir=")
    else:
        return None
    if not text.strip() or text.startswith("-"):
        return None
    return Path(text).expanduser()


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        # A frozen build starts the PDF render worker by running this program again, and
        # freeze_support runs the worker in that copy and exits there.
        multiprocessing.freeze_support()
    sys.exit(main())
