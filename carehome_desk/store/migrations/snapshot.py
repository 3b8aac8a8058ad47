"""Write or check the schema snapshot of the latest version, from a fresh database.

Run ``python -m carehome_desk.store.migrations.snapshot`` after adding a
migration, to record the schema it produces as ``snapshots/vNNNN.json``;
``--check`` compares instead and exits with 1 when the models and the
snapshot differ. An existing snapshot of a released version must not change:
change the schema through a new migration instead.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from carehome_desk.store.migrations import latest_version
from carehome_desk.store.migrations.schema import (
    SNAPSHOT_DIR,
    differences,
    read_snapshot,
    snapshot_path,
    take_snapshot,
    write_snapshot,
)


def fresh_snapshot() -> dict[str, Any]:
    """Return the snapshot of a database that ``init_db`` creates from the current models."""
    from carehome_desk.store.db import close_db, database_path, init_db

    with tempfile.TemporaryDirectory(prefix="carehome-desk-schema-") as folder:
        init_db(Path(folder))
        close_db()
        connection = sqlite3.connect(database_path(Path(folder)))
        try:
            return take_snapshot(connection, latest_version())
        finally:
            connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m carehome_desk.store.migrations.snapshot",
        description="Write the schema snapshot of the latest schema version from the models.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare the models with the snapshot instead of writing it; exit 1 if they differ",
    )
    parser.add_argument(
        "--folder",
        type=Path,
        default=SNAPSHOT_DIR,
        help="folder of the snapshot files (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    snapshot = fresh_snapshot()
    if args.check:
        return _check(snapshot, args.folder)
    path = write_snapshot(snapshot, args.folder)
    print(f"Wrote the schema of version {snapshot['version']} to {path}")
    return 0


def _check(snapshot: dict[str, Any], folder: Path) -> int:
    version = snapshot["version"]
    if not snapshot_path(version, folder).exists():
        print(f"No snapshot of schema version {version} in {folder}", file=sys.stderr)
        return 1
    found = differences(read_snapshot(version, folder)["schema"], snapshot["schema"])
    for line in found:
        print(line, file=sys.stderr)
    if found:
        return 1
    print(f"The models match the snapshot of schema version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
