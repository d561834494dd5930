"""A list of links a screen reader can list: each link is its own focusable widget, named by its
title and exposed to assistive technology with the role Link (window review 13).

A rich-text QLabel with several <a> is one StaticText with no children: Orca hears "Related" and
cannot list or name the links. `LinkList` lays out one `LinkLabel` per link instead; Tab goes
from link to link, Enter or Space opens it, as does a click."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QVBoxLayout, QWidget

from bali_desktop.gui import accessible
from bali_desktop.gui.widgets import esc

translate = QCoreApplication.translate


def _link_face(obj: QObject) -> QAccessibleWidget | None:
    if not isinstance(obj, LinkLabel):
        return None
    return accessible.hold(obj, QAccessible.Role.Link, getattr(obj, "title", "") or obj.accessibleName())


def install_link_role() -> None:
    """Once per process: a `LinkLabel` is told to assistive technology as a Link (gui/accessible.py
    holds the interface until the widget goes, then hands it to Qt)."""
    accessible.install(_link_face)


class LinkLabel(QLabel):
    """One link: its title underlined in the link colour, a Tab stop, opened by Enter, Space or a click."""

    activated = Signal(str)

    def __init__(self, ref: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_link_role()
        self.ref, self.title = ref, title
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<a href='{esc(ref)}'>{esc(title)}</a>")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setAccessibleDescription(translate("links", "Link: Enter opens it"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.ref)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.ref)
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus():  # a ring 2 px wide in the highlight colour, as on other controls
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()


class LinkList(QWidget):
    """Links one under the other, named as a group (`name`) and each by its title."""

    activated = Signal(str)

    def __init__(self, name: str, links: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.links: list[LinkLabel] = []
        for ref, title in links:
            link = LinkLabel(ref, title, self)
            link.activated.connect(self.activated.emit)
            lay.addWidget(link)
            self.links.append(link)
