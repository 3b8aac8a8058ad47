"""Logging set-up: module loggers write to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from carehome_desk.paths import default_log_dir, ensure_private_dir

LOG_FILE_NAME = "carehome_desk.log"


def set_up_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send log records to a rotating file; return the file's path.

    Records carry record ids, file names and errors, never personal data.
    """
    folder = ensure_private_dir(log_dir or default_log_dir())
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    return path
