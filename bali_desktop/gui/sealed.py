"""A section of a long page that the page's layout sizes without asking every label inside it again.

A pathway is a column of sections (pause points, signs, contacts) in a scroll area, built one section
per turn of the event loop. In a plain column every new section makes Qt ask every word-wrapped label
of every section above it for its height again: each turn costs more than the last (measured: 3 ms
for the first section, 22 ms for the last on the victim pathway). `Sealed` holds one section at the
height it needs for the current width and tells the column only that height, so adding a section
costs the same however long the page already is. The section still lays itself out when its own
contents change (a step marked current, a contact line filled in) or the width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class Sealed(QWidget):
    """Holds `inner` (a widget with a layout) at its height for this widget's width."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        inner.setParent(self)
        self._width = -1
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # no height yet: the section is laid out once, for the width the column gives it (resizeEvent)
        self.setFixedHeight(0)
        inner.installEventFilter(self)

    def _height_for(self, width: int) -> int:
        inner = self.inner
        return inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()

    def _fit(self) -> None:
        width = self.width()
        height = self._height_for(width)
        self.inner.setGeometry(0, 0, width, height)
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width() if self._width > 0 else 0, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.size().width() != self._width:
            self._width = event.size().width()
            self._fit()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.inner and event.type() == QEvent.Type.LayoutRequest and self._width > 0:
            self._fit()  # the section's own contents changed: its height may have too
        return False
