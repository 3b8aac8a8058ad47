"""The reference-count padding keeps the app alive on PySide6 6.12.0 with Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from carehome_desk.qt_workarounds import needs_padding

# Asks a Qt model for an empty role 200,000 times: more dropped references
# than None holds in a fresh interpreter (about 12,000 when the app starts).
REPRODUCTION = """
import carehome_desk.ui
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
model = QStandardItemModel(1, 1)
index = model.index(0, 0)
for _ in range(200_000):
    index.data(Qt.ItemDataRole.ForegroundRole)
print("survived")
"""

# Emits a signal from Python 200,000 times: each emit drops a reference to True, which
# a fresh interpreter holds about 3,500 times.
EMIT_REPRODUCTION = """
import carehome_desk.ui
from PySide6.QtCore import QObject, Signal

class Busy(QObject):
    changed = Signal(bool)

busy = Busy()
busy.changed.connect(lambda value: None)
for _ in range(100_000):
    busy.changed.emit(True)
    busy.changed.emit(False)
print("survived")
"""


@pytest.mark.parametrize(
    ("python", "pyside", "expected"),
    [((3, 11), "6.12.0", True), ((3, 12), "6.12.0", False), ((3, 11), "6.11.3", False)],
)
def test_padding_only_where_needed(python, pyside, expected):
    assert needs_padding(python, pyside) is expected


@pytest.mark.parametrize("program", [REPRODUCTION, EMIT_REPRODUCTION], ids=["roles", "emits"])
def test_dropped_references_do_not_abort(program):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
