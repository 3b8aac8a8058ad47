"""Opening a data folder the one way every program that writes to it must use.

The window, the command line and the tests call :func:`open_data_folder`, which
opens the database (creating or migrating it) and installs the change capture
of :mod:`carehome_desk.sync`, so every change any of them makes is logged for
the other laptops. It sits above ``store`` because ``store`` may not import
``sync``.
"""

from __future__ import annotations

from pathlib import Path

from carehome_desk.store.models import database
from carehome_desk.store.session import Session, open_session
from carehome_desk.sync import capture


def open_data_folder(data_dir: Path, maps_folder: Path | None = None) -> Session:
    """Open the data folder ``data_dir`` with change capture on, and return its session."""
    session = open_session(data_dir, maps_folder)
    capture.install(database)
    return session
