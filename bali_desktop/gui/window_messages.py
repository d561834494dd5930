"""What the window tells the user: the status bar, the problem banner, error boxes.

The status bar holds a short message at the left, gone after STATUS_TIMEOUT_MS (a hovered action's
hint covers it for a while), and the content version at the right. A problem with the library
itself is a banner across the top of the window until dismissed; a failed job is a message box.
The widgets (banners.py, QMessageBox) are made with the first message, not on the way to the
first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from bali_desktop.gui.banners import ProblemBanner, StatusText
    from bali_desktop.gui.context import AppContext

STATUS_TIMEOUT_MS = 6000  # a status-bar message goes away after this long


class WindowMessages(QObject):
    """The window's status bar, problem banner (put at the top of `banner_layout`) and error boxes."""

    def __init__(
        self,
        window: QMainWindow,
        banner_layout: QVBoxLayout,
        ctx: AppContext,
        on_dismissed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.closing = False  # the window is closing: no more banners or boxes
        self._banner_layout = banner_layout
        self._on_dismissed = on_dismissed
        self._error_boxes: list[QMessageBox] = []
        self.problem_banner: ProblemBanner | None = None  # made when there is a problem to show
        self.version_label = QLabel(translate("window_messages", "Opening the library…"))
        self.version_label.setAccessibleName(translate("window_messages", "Content version"))
        window.statusBar().addPermanentWidget(self.version_label)
        self.status_label: StatusText | None = None  # made with the first message
        self._message = ""  # the transient message on show (a hovered hint may cover it)
        self._version = ""  # the content version, once the library is open
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_TIMEOUT_MS)
        self.status_timer.timeout.connect(self._clear_status)
        ctx.library_opened.connect(self._library_opened)
        ctx.status_message.connect(self.show_status)
        ctx.problem_reported.connect(self.show_problem)
        ctx.error_reported.connect(self.show_error)

    def retranslate(self) -> None:
        """The content version line in the language now installed."""
        self.version_label.setAccessibleName(translate("window_messages", "Content version"))
        if self._version:
            self._library_opened(self._version)
        else:
            self.version_label.setText(translate("window_messages", "Opening the library…"))

    def _library_opened(self, version: str) -> None:
        self._version = version
        self.version_label.setText(
            translate("window_messages", "Content {version} · works offline").format(version=version)
        )

    # --- the status bar -------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        """A short message at the left of the status bar, gone after STATUS_TIMEOUT_MS; elided to
        the room left of the content version, so the two never run into each other."""
        self._message = text
        self._set_status_text(text)
        if text:
            self.status_timer.start()
        else:
            self.status_timer.stop()

    def show_tip(self, tip: str) -> None:
        """A hovered action's hint; when the pointer leaves, the message still due comes back."""
        self._set_status_text(tip or (self._message if self.status_timer.isActive() else ""))

    def _set_status_text(self, text: str) -> None:
        if self.status_label is None:
            if not text:
                return
            from bali_desktop.gui.banners import StatusText

            self.status_label = StatusText()
            self.status_label.setAccessibleName(translate("window_messages", "Status"))
            self.window.statusBar().addWidget(self.status_label, 1)
        self.status_label.set_message(text)

    def _clear_status(self) -> None:
        self._message = ""
        self._set_status_text("")

    def status_text(self) -> str:
        """The whole status message on show ("" when none)."""
        return self.status_label.message if self.status_label is not None else ""

    # --- problems and errors --------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """A banner across the top of the window that stays until dismissed."""
        if self.closing:
            return
        if self.problem_banner is None:
            from bali_desktop.gui.banners import ProblemBanner

            self.problem_banner = ProblemBanner()
            self.problem_banner.dismissed.connect(self._on_dismissed)
            self._banner_layout.insertWidget(0, self.problem_banner)
        self.problem_banner.add(text)
        self.problem_banner.show()
        if not self.ctx.ready:
            self.version_label.setText(translate("window_messages", "Library not open"))

    def show_error(self, title: str, message: str) -> None:
        if self.closing:
            return
        from PySide6.QtWidgets import QMessageBox  # not on the way to the first frame

        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAccessibleName(title)
        box.finished.connect(partial(self._closed, box))
        self._error_boxes.append(box)  # kept until closed
        box.open()

    def _closed(self, box: QMessageBox, _result: int) -> None:
        if box in self._error_boxes:
            self._error_boxes.remove(box)
