"""Logging set-up: module loggers write to a rotating file in the per-user log folder.

Records carry record ids, file names and errors, never names or text the
officer typed. Paths are written with the user's home folder as ``~``,
because on most laptops the home folder is named after the person.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from carehome_desk.paths import default_log_dir, ensure_private_dir

LOG_FILE_NAME = "carehome_desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


class HomeHidingFormatter(logging.Formatter):
    """A formatter that writes the user's home folder as ``~`` wherever it appears."""

    def __init__(self, fmt: str, home: Path) -> None:
        super().__init__(fmt)
        # A home folder of "/" or "C:\" names nobody, and replacing it would mangle every path.
        spellings = {str(home), home.as_posix()} if len(home.parts) > 1 else set()
        self.home_spellings = sorted(spellings, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for spelling in self.home_spellings:
            text = text.replace(spelling, "~")
        return text


def set_up_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send log records to a rotating file; return the file's path."""
    folder = ensure_private_dir(log_dir or default_log_dir())
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(HomeHidingFormatter(_FORMAT, Path.home()))

    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)

    # peewee logs every query with its values at DEBUG, and those values are records.
    logging.getLogger("peewee").setLevel(max(level, logging.INFO))
    return path
