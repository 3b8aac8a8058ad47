"""The None reference-count padding keeps the app alive on PySide6 6.12.0 with Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from carehome_desk.qt_workarounds import needs_none_padding

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


@pytest.mark.parametrize(
    ("python", "pyside", "expected"),
    [((3, 11), "6.12.0", True), ((3, 12), "6.12.0", False), ((3, 11), "6.11.3", False)],
)
def test_padding_only_where_needed(python, pyside, expected):
    assert needs_none_padding(python, pyside) is expected


def test_empty_roles_do_not_abort_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", REPRODUCTION], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
