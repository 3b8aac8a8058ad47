"""One window per data folder: a lock file, and a file that asks the running window to come forward.

The window holds ``carehome_desk.lock`` in the data folder with ``QLockFile``
while it runs; ``restore`` holds it while it replaces the database. QLockFile
records the holder's process id and host and treats the lock of a process
that no longer runs (one that crashed) as stale, so a crash never locks the
officer out.

A second start on the same folder writes ``carehome_desk.raise`` there. The
running window watches the folder with ``QFileSystemWatcher``, deletes that
file and brings itself to the front. No socket is used, because the app opens
no sockets at all.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "carehome_desk.lock"
RAISE_FILE_NAME = "carehome_desk.raise"


class InstanceLock:
    """The lock that one window (or one restore) holds on a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_FILE_NAME))
        # Age alone never makes the lock stale: the window may hold it for days.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock if no running process holds it; return whether it was taken."""
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def is_read_only(self) -> bool:
        """Return True when the last acquire failed because the folder cannot be written."""
        return self._lock.error() == QLockFile.LockError.PermissionError

    def holder(self) -> int | None:
        """Return the process id of the lock's holder, when it can be read."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None


class RaiseRequests(QObject):
    """Watches a data folder for a second start's request, and emits ``requested`` for each."""

    requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request_file = Path(data_dir) / RAISE_FILE_NAME
        self.request_file.unlink(missing_ok=True)
        self.watcher = QFileSystemWatcher([str(data_dir)], self)
        self.watcher.directoryChanged.connect(self._folder_changed)

    def _folder_changed(self, _folder: str) -> None:
        if not self.request_file.exists():
            return
        self.request_file.unlink(missing_ok=True)
        log.info("Another start on this data folder asked the window to come forward")
        self.requested.emit()


def request_raise(data_dir: Path, timeout: float = 3.0) -> bool:
    """Ask the window running on ``data_dir`` to come forward; return True if it responded.

    The window responds by deleting the request file. Without a response within
    ``timeout`` seconds, the request file is deleted and False returned.
    """
    request = Path(data_dir) / RAISE_FILE_NAME
    try:
        request.write_text(str(os.getpid()), encoding="ascii")
    except OSError as error:
        log.warning("Could not ask the running window to come forward: %s", error)
        return False

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    request.unlink(missing_ok=True)
    return False
