"""``carehome-desk`` and ``python -m carehome_desk``: the window, or a subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from carehome_desk import cli

    args = cli.parse_args(argv)
    if args.command is None:
        from carehome_desk.app import run_gui

        return run_gui(args.data_dir)
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
