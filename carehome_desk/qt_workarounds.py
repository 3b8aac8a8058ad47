"""Workarounds for faults in the pinned Qt for Python release.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` each time a
call from Python returns an empty QVariant as ``None`` (for example
``QModelIndex.data()`` for a role the model leaves empty). When ``None``'s
reference count reaches zero CPython aborts with "Fatal Python error:
none_dealloc"; in this app that took about 140 key presses in the homes
list. CPython 3.12 made ``None`` immortal, and PySide6 6.11.3 does not drop
the reference (both checked on Linux x86_64 with the reproduction in
``tests/test_qt_workarounds.py``). PySide6-Pdf, which printing needs, exists
only for 6.12, so the app stays on 6.12 and pads ``None``'s count instead.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

# Enough references for billions of dropped ones, far below the counter's
# range; the padding only delays a count that would otherwise reach zero.
_NONE_PADDING = 1 << 40


def needs_none_padding(python: tuple[int, int], pyside_version: str) -> bool:
    """Return True for the Python and PySide6 versions known to drop references to None."""
    return python < (3, 12) and pyside_version.startswith("6.12.0")


def pad_none_refcount() -> bool:
    """Add references to ``None`` where the running PySide6 drops them; return True if done."""
    import PySide6

    if not needs_none_padding(sys.version_info[:2], PySide6.__version__):
        return False
    if sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _NONE_PADDING:
        refcount.value += _NONE_PADDING
        log.info("Padded None's reference count for PySide6 %s", PySide6.__version__)
    return True
