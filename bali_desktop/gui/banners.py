"""The window's messages: the status-bar text (elided, so it never runs into the content version)
and the banner that tells of a problem with the library itself (until the user dismisses it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from bali_desktop.gui.widgets import button, esc, label
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

PROBLEM_TITLE = QT_TRANSLATE_NOOP("banners", "Problem with the library")


class StatusText(QLabel):
    """The status bar's message, cut with "…" to the room it is given (the whole text in the tip).

    Added to the status bar with a stretch, it takes the room left of the permanent widgets and
    no more: its size policy lets it shrink to nothing rather than push them aside.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setContentsMargins(0, 0, 12, 0)  # a gap before the content version

    def set_message(self, text: str) -> None:
        self.message = " ".join(text.split())
        self._fit()

    def _room(self) -> int:
        margins = self.contentsMargins()
        return max(0, self.width() - margins.left() - margins.right())

    def _elided(self, text: str) -> str:
        if not text:
            return ""
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self._room())

    def _fit(self) -> None:
        shown = self._elided(self.message)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self.message if shown != self.message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class ProblemBanner(QWidget):
    """A banner across the top of the window: what is wrong, that the user's data is safe, and a
    Dismiss button. Screen readers are told at once (an alert)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-banner")
        self.setAccessibleName(translate("banners", PROBLEM_TITLE))
        self.messages: list[str] = []
        self.text = label("", tone="warning", rich=True)
        self.text.setAccessibleName(translate("banners", PROBLEM_TITLE))
        self.dismiss_button = button(
            translate("banners", "&Dismiss"),
            translate("banners", "Dismiss the problem message"),
            translate("banners", "Hide this message. Your data stays as it is."),
            self.dismiss,
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def add(self, text: str) -> None:
        if text not in self.messages:
            self.messages.append(text)
        body = "<br><br>".join(esc(m) for m in self.messages)
        self.text.setText(f"<b>{esc(translate('banners', PROBLEM_TITLE))}.</b> {body}")
        self.text.setAccessibleDescription(" ".join(self.messages))
        self.setAccessibleDescription(" ".join(self.messages))
        self._alert()

    def plain_text(self) -> str:
        """What the banner says, without markup."""
        return f"{translate('banners', PROBLEM_TITLE)}. " + " ".join(self.messages)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _alert(self) -> None:
        """Let a screen reader announce the banner as soon as it appears."""
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))
