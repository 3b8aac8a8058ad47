"""Workarounds for faults in the pinned Qt for Python release.

PySide6 6.12.0 on CPython 3.11 drops references it never took, in two places:

- each call from Python that returns an empty QVariant as ``None`` (for example
  ``QModelIndex.data()`` for a role the model leaves empty) drops one reference to
  ``None``; in this app that took about 140 key presses in the homes list;
- each ``Signal.emit()`` called from Python drops one reference to ``True``, whatever
  the signal's arguments and whether or not a slot is connected, so a few thousand
  emits (progress reports, busy flags) use up the references ``True`` starts with.

When such a count reaches zero CPython aborts with "Fatal Python error: none_dealloc"
or "bool_dealloc". CPython 3.12 made ``None``, ``True`` and ``False`` immortal, and
PySide6 6.11.3 does not drop the reference to ``None`` (checked on Linux x86_64 with
the reproductions in ``tests/test_qt_workarounds.py``). PySide6-Pdf, which printing
needs, exists only for 6.12, so the app stays on 6.12 and pads the counts instead.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

# Enough references for billions of dropped ones, far below the counter's
# range; the padding only delays a count that would otherwise reach zero.
_PADDING = 1 << 40


def needs_padding(python: tuple[int, int], pyside_version: str) -> bool:
    """Return True for the Python and PySide6 versions known to drop these references."""
    return python < (3, 12) and pyside_version.startswith("6.12.0")


def pad_refcounts() -> bool:
    """Add references to None, True and False where PySide6 drops them; return True if done."""
    import PySide6

    if not needs_padding(sys.version_info[:2], PySide6.__version__):
        return False
    if sys.implementation.name != "cpython":
        return False
    # False is padded too: nothing is known to drop it, but it is as cheap to protect.
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))
        if refcount.value < _PADDING:
            refcount.value += _PADDING
    log.info(
        "Padded the reference counts of None, True and False for PySide6 %s", PySide6.__version__
    )
    return True
