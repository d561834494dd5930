"""A push button whose words wrap onto a second line when the window is too narrow for them
(large text in a small window), instead of being cut (window review finding 10)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionButton, QStylePainter

from bali_desktop.gui.widgets import Button

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

PAD = 24  # the button's frame and padding, both sides
_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrapButton(Button):
    """One line while it fits; narrower, its text wraps and the button grows taller."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # grows when wrapped
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _plain(self) -> str:
        return self.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming; the longest word
        metrics = self.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self._plain().split()), default=0)
        return QSize(word + PAD, super().sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        one_line = super().sizeHint()
        if width >= one_line.width():
            return one_line.height()
        text = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width - PAD), 10_000), _FLAGS, self.text())
        return max(one_line.height(), text.height() + (one_line.height() - self.fontMetrics().height()))

    def wraps(self) -> bool:
        return self.width() < super().sizeHint().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.wraps():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        painter.drawText(self.rect().adjusted(PAD // 2, 2, -PAD // 2, -2), _FLAGS, self.text())
