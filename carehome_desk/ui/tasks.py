"""Run slow work off the GUI thread and hand the result back on it.

One helper for every background job (PDF export now, sync later). The job
function must touch neither widgets nor the database: read what it needs on
the GUI thread first, because the database has one writer, on that thread.
The one exception is Sync now (``ui.sync_dialog``), which writes through its
own connection while an application-modal dialog keeps every window from writing.
``on_done`` and ``on_error`` run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to on_error on the GUI thread
            log.exception("Background job failed")
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Runs jobs on a thread pool; keeps each job's relay alive until it reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            callback(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs; used at shutdown and by tests."""
        return self.pool.waitForDone(msecs)
