"""The accessible interfaces we give assistive technology in place of Qt's own.

Installed once per process before the window is built (gui/app.create_window), so that no widget
of ours was handed Qt's interface first (Qt keeps the first interface it made for an object).

A scroll area (issue 17 point 5, the AT-SPI segfault): Qt's QAccessibleAbstractScrollArea, given
to every QScrollArea and QGraphicsView, counts as its children the viewport plus each scroll bar
*while it is visible*, and its child(index) indexes that list without checking the index. A screen
reader walks a node by asking its child count, then each child by index over D-Bus; if a scroll
bar hides in between (a pathway being built a section at a time, or the page it was on hidden),
Qt reads past the end of the list and dereferences what lies there. Backtrace (Qt 6.11.3, gdb,
tests/gui/test_atspi_bus.py's reader, every run since the first start got faster):

    #0 QAccessibleCache::idForObject(QObject*) const            libQt6Gui    <- reads garbage's vtable
    #1 QAccessible::queryAccessibleInterface(QObject*)          libQt6Gui
    #2 ?? (QAccessibleAbstractScrollArea::child)                libQt6Widgets: a list of 1, index 1
    #3 ?? (AtSpiAdaptor, GetChildAtIndex: iface->child(i))     libQt6Gui
    #5-6 ?? (QtDBus delivering the call)                         libQt6DBus
    (the ?? frames are stripped; named from their machine code and Qt's source: #2 builds
    accessibleChildren() and reads .at(index) with no check, and the list it built held 1 widget)

So each such scroll area is given Qt's plain QAccessibleWidget instead (role Client, as Qt's):
its children are the scroll area's child widgets, always the same three (viewport and the two
scroll-bar containers, a hidden one reported as not showing), and its child(index) checks the
index. The text views, item views and MDI areas have interfaces of their own and keep them.

An interface made in Python would be deleted as soon as Python let go of it, leaving Qt's cache a
dangling pointer, so each is held here until its widget is destroyed, then given up without
deleting it (Qt's cache deletes it), and all are given up at exit."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QListView,
    QMdiArea,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from shiboken6 import Shiboken

# scroll areas Qt gives an interface of their own (text, items, sub-windows): not ours to replace
_OWN_INTERFACE = (QTextEdit, QPlainTextEdit, QListView, QTableView, QTreeView, QMdiArea)

Maker = Callable[[QObject], "QAccessibleWidget | None"]

_faces: dict[int, QAccessibleWidget] = {}  # C++ address of the widget -> the interface we gave it
_makers: list[Maker] = []
_installed = False


def _address(obj: QObject) -> int:
    return int(Shiboken.getCppPointer(obj)[0])


def _forget(key: int, *_args: object) -> None:
    face = _faces.pop(key, None)
    if face is not None:
        Shiboken.invalidate(face)  # Qt deletes it: Python must not


def _forget_all() -> None:
    for key in list(_faces):
        _forget(key)


def hold(
    widget: QWidget, role: QAccessible.Role, name: str = "", kind: type[QAccessibleWidget] = QAccessibleWidget
) -> QAccessibleWidget:
    """Qt's QAccessibleWidget (or `kind`, a subclass) for `widget` with `role`, kept alive until
    the widget is destroyed."""
    key = _address(widget)
    face = _faces.get(key)
    if face is None:
        face = _faces[key] = kind(widget, role, name)
        widget.destroyed.connect(partial(_forget, key))
    return face


def _scroll_area(obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, QAbstractScrollArea) and not isinstance(obj, _OWN_INTERFACE):
        return hold(obj, QAccessible.Role.Client)
    return None


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for make in _makers:
        face = make(obj)
        if face is not None:
            return face
    return None


def install(make: Maker | None = None) -> None:
    """Once per process: our interfaces replace Qt's; `make` adds one more kind (links.py's)."""
    global _installed
    if make is not None and make not in _makers:
        _makers.insert(0, make)
    if not _installed:
        _makers.append(_scroll_area)
        QAccessible.installFactory(_factory)
        atexit.register(_forget_all)
        _installed = True
