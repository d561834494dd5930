"""Guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

PySide6-Essentials 6.12.0 (abi3 wheel) returns None from every void method, and True from
`Signal.emit()`, without taking a reference. Python 3.12+ makes None, True and False immortal,
so nothing happens there; on 3.11 each call takes one reference away and after a few thousand
calls the interpreter aborts with "Fatal Python error: none_dealloc" (seen here within a minute
of clicking through the window).

pyproject.toml excludes 6.12.0, but a PySide6 installed some other way (a distribution's
package, a frozen build pinned by hand) can still be that version. Only then do we give the
three singletons so many references that no session can use them up, which is what 3.12 does
by design; with any other PySide6, or on 3.12+, nothing is touched.
"""

from __future__ import annotations

import sys

BAD_PYSIDE = (6, 12, 0)
_PIN = 1 << 40  # a trillion calls; the leak is one reference per call
_pinned = False


def affected(pyside: tuple[int, ...] | None = None, python: tuple[int, ...] | None = None) -> bool:
    """Whether this PySide6 and Python lose references to None (default: the ones running)."""
    if pyside is None:
        import PySide6

        pyside = tuple(PySide6.__version_info__[:3])
    if python is None:
        python = tuple(sys.version_info[:2])
    return tuple(pyside[:3]) == BAD_PYSIDE and tuple(python[:2]) < (3, 12)


def pin_singletons() -> bool:
    """On PySide6 6.12.0 with Python < 3.12, make None, True and False immortal; True when it
    did so now."""
    if _pinned or not affected():
        return False
    return _pin()


def _pin() -> bool:
    """Give None, True and False _PIN more references (False if the layout is not CPython's)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # already done, immortal already, or a debug build with another layout
    import ctypes

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of PyObject
        before = sys.getrefcount(obj)
        count.value += _PIN
        if abs(sys.getrefcount(obj) - before - _PIN) > 2:  # not the layout we expected: undo
            count.value -= _PIN
            return False
    _pinned = True
    return True
