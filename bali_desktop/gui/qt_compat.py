"""Guard against a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6-Essentials 6.12.0 (abi3 wheel) returns None from every void method, and True from
`Signal.emit()`, without taking a reference. Python 3.12+ makes None, True and False immortal,
so nothing happens there; on 3.11 each call takes one reference away and after a few thousand
calls the interpreter aborts with "Fatal Python error: none_dealloc" (seen here within a minute
of clicking through the window). Until a fixed PySide6 is required, we give the three singletons
so many references that no session can use them up, which is what 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_PIN = 1 << 40  # a trillion calls; the leak is one reference per call
_pinned = False


def pin_singletons() -> bool:
    """Make None, True and False immortal on Python < 3.12; True when it did so now."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # already done, immortal already, or a debug build with another layout
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of PyObject
        before = sys.getrefcount(obj)
        count.value += _PIN
        if abs(sys.getrefcount(obj) - before - _PIN) > 2:  # not the layout we expected: undo
            count.value -= _PIN
            return False
    _pinned = True
    return True
