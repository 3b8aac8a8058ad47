"""Locations of bundled data files and per-user folders.

Bundled files (``resources/`` and ``forms/``) sit beside the package in a
source checkout, inside it in an installed wheel (hatchling ``force-include``),
and under ``sys._MEIPASS`` in a frozen build. Every lookup goes through
:func:`bundled_path` so the three layouts stay in one place.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "CareHomeDesk"
DATABASE_FILE_NAME = "carehome_desk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root)] if frozen_root else []
    candidates += [_PACKAGE_DIR, _PACKAGE_DIR.parent]
    for candidate in candidates:
        if (candidate / "resources").is_dir() and (candidate / "forms").is_dir():
            return candidate
    raise FileNotFoundError(
        f"Bundled resources not found beside {_PACKAGE_DIR}; reinstall Care Home Desk."
    )


def bundled_path(*parts: str) -> Path:
    """Return the path of a bundled file, e.g. ``bundled_path("forms", "main_window.ui")``."""
    return _bundle_root().joinpath(*parts)


def resource_path(*parts: str) -> Path:
    return bundled_path("resources", *parts)


def form_path(name: str) -> Path:
    return bundled_path("forms", name)


def default_data_dir() -> Path:
    """Return the per-user local (not roaming) data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by its owner only, and return it."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path
