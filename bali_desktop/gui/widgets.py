"""Small widgets and helpers the screens share: labelled buttons, banners, a note editor, link lists."""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain import labels
from bali_desktop.gui import targets
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import user

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.session import Session

GUIDANCE_TEXT = labels.GUIDANCE
OFFICIAL_TEXT = labels.OFFICIAL
LOCATION_ROLE = Qt.ItemDataRole.UserRole
W = TypeVar("W", bound=QWidget)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def set_tone(widget: QWidget, tone: str, **flags: bool) -> None:
    """Colour a label for its tone (muted, never, done, guidance, official); mark a Panel."""
    from bali_desktop.gui import theme

    for key, value in flags.items():
        widget.setProperty(key, "true" if value else "false")
    if isinstance(widget, QLabel):
        theme.tone_label(widget, tone)
    else:
        widget.setProperty("tone", tone)
        widget.update()


class Panel(QFrame):
    """A frame painted in theme colours: "decision" and "card" always; "step" when current."""

    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("tone", tone)
        self.current = False

    def set_current(self, current: bool) -> None:
        self.current = current
        self.setProperty("current", "true" if current else "false")
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        from PySide6.QtGui import QBrush, QColor, QPainter, QPen

        from bali_desktop.gui import theme

        c = theme.current()
        tone = self.property("tone")
        spec = {"decision": ("decision_bg", "decision_border", 2), "card": ("base", "border", 1)}.get(tone)
        if tone == "step" and self.current:
            spec = ("current_bg", "current_border", 4 if c["base"] == "#000000" else 3)
        if spec is None:
            return
        bg, border, width = spec
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c[border]), width))
        painter.setBrush(QBrush(QColor(c[bg])))
        half = width / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 5, 5)


class Button(QPushButton):
    """A push button that Enter activates as well as Space (outside dialogs Qt only takes Space)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


def button(
    text: str,
    name: str = "",
    tip: str = "",
    slot=None,
    parent: QWidget | None = None,  # noqa: ANN001
) -> QPushButton:
    b = Button(text, parent)
    b.setAccessibleName(name or text.replace("&&", "\x00").replace("&", "").replace("\x00", "&"))
    if tip:
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def label(
    text: str = "",
    *,
    tone: str = "",
    wrap: bool = True,
    rich: bool = False,
    selectable: bool = True,
    parent: QWidget | None = None,
) -> QLabel:
    lab = QLabel(parent)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    lab.setText(text)
    lab.setWordWrap(wrap)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if tone:
        set_tone(lab, tone)
    return lab


def guidance_banner(text: str = GUIDANCE_TEXT) -> QLabel:
    lab = label(text, tone="guidance", selectable=False)
    lab.setAccessibleName(text)
    return lab


class Tile(Button):
    """A button whose text wraps: a title and an optional line under it (pathways, decisions)."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_tone(self, "tile")
        self.setAccessibleName(title)
        if subtitle:
            self.setAccessibleDescription(subtitle)
            self.setToolTip(subtitle)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        lay = self._lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        for lab in (self.title, self.subtitle):
            lab.setWordWrap(True)
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(lab)
        self.subtitle.setVisible(bool(subtitle))
        lay.addStretch(1)  # keep the words at the top when a neighbour in the row is taller
        set_tone(self.subtitle, "muted")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self._lay.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._lay.minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay.totalHeightForWidth(width)


class LinkTree(QTreeWidget):
    """A list or tree whose rows open a location (Enter or double-click) through the context."""

    def __init__(
        self, ctx: AppContext, name: str, columns: tuple[str, ...] = ("",), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(name)
        self.setColumnCount(len(columns))
        self.setHeaderLabels(list(columns))
        self.setHeaderHidden(len(columns) == 1)
        self.header().setAccessibleName(translate("widgets", "Column headings"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        targets.enlarge(self)
        self.itemActivated.connect(self._activated)

    def add(
        self,
        texts: tuple[str, ...] | str,
        location: str = "",
        parent: QTreeWidgetItem | None = None,
        tip: str = "",
        header: bool | None = None,
    ) -> QTreeWidgetItem:
        """A row that opens `location`; without one, a bold group heading (or, header=False, a
        plain line such as "No bookmarks yet")."""
        if isinstance(texts, str):
            texts = (texts,)
        item = QTreeWidgetItem(list(texts))
        if location:
            item.setData(0, LOCATION_ROLE, location)
        elif header is None or header:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        if tip:
            item.setToolTip(0, tip)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        location = item.data(0, LOCATION_ROLE)
        if location:
            self.ctx.open_ref.emit(location)
        else:
            item.setExpanded(not item.isExpanded())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current, 0)
            return
        super().keyPressEvent(event)


def _note_job(ref: str, text: str) -> Callable[[Session], None]:
    return job(user.set_note, ref, text)


NOTE_CAPTION = QT_TRANSLATE_NOOP(
    "widgets", "Your note (kept on this computer only; do not write names of people you screen)"
)


class NoteEditor(QWidget):
    """The user's own note on one item: loaded and saved through the worker, saved as they type."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from bali_desktop.gui.pending_saves import PendingSaves

        self.ctx = ctx
        self.ref = ""
        self._dirty = False
        self.pending = PendingSaves(
            ctx, translate("widgets", "Your note"), self
        )  # kept until the save succeeded
        self.pending.on_saved = lambda _ref, _result: ctx.user_data_changed.emit(UserDataKind.NOTES.value)
        self.pending.changed.connect(self._mark)
        self.caption = label(translate("widgets", NOTE_CAPTION), tone="muted", selectable=False)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(translate("widgets", "Your note on this item"))
        self.edit.setPlaceholderText(translate("widgets", "Type a note about this item…"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)  # Ctrl+E or Tab into the note: scroll it into view
        self._timer = QTimer(self, singleShot=True, interval=600)
        self._timer.timeout.connect(self.flush)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.caption)
        lay.addWidget(self.edit)
        ctx.text_size_changed.connect(self._resize)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.FocusIn:
            self.reveal()
        return super().eventFilter(watched, event)

    def reveal(self) -> None:
        """Scroll the page holding the note so that the note is on screen."""
        from PySide6.QtWidgets import QScrollArea

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self, 0, 24)

    def _resize(self, _points: int = 0) -> None:
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)

    def set_ref(self, ref: str) -> None:
        self.flush()
        self.ref = ref
        self.edit.setEnabled(False)
        self.ctx.call(job(user.note, ref), self._loaded)

    def _loaded(self, text: str) -> None:
        unsaved = self.pending.value(self.ref)  # a save of it failed: the user's text, not the old
        self.edit.blockSignals(True)
        self.edit.setPlainText(text if unsaved is None else unsaved)
        self.edit.blockSignals(False)
        self.edit.setEnabled(True)
        self._dirty = False

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()
        self.pending.retry()  # a save that failed before is tried again with this edit

    @property
    def unsaved(self) -> bool:
        """Typed text the database has not yet said it saved."""
        return self._dirty or self.pending.unsaved

    def flush(self) -> None:
        """Save now if the text changed (on leaving the item, and on closing the window); send
        again any save that failed."""
        self._timer.stop()
        if self._dirty and self.ref:
            self._dirty = False
            self.pending.save(self.ref, self.edit.toPlainText(), partial(_note_job, self.ref))
        self.pending.retry()

    def _mark(self) -> None:
        failing = self.pending.failure
        self.caption.setText(
            translate("widgets", "Your note is not saved yet: {reason}").format(reason=failing)
            if failing
            else translate("widgets", NOTE_CAPTION)
        )


def row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    if stretch:
        lay.addStretch(1)
    return lay


class ScrollPage(QWidget):
    """A screen whose content scrolls vertically: add widgets to `self.body_layout`."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QScrollArea

        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(name)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(name)
        self.body = QWidget()
        self.body.setAccessibleName(name)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(20, 14, 20, 20)
        self.body_layout.setSpacing(10)
        self.scroll_area.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def focus_target(self) -> QWidget:
        return self.scroll_area


def heading(ctx: AppContext, text: str, scale: float = 1.6) -> QLabel:
    lab = label(text, selectable=False)
    lab.setFont(ctx.font(scale, bold=True))
    lab.setAccessibleName(text)
    lab.setProperty("font_scale", scale)
    return lab


def rescale_fonts(root: QWidget, ctx: AppContext) -> None:
    """Re-apply scaled fonts (headings, big steps) after the base text size changed."""
    for widget in [root, *root.findChildren(QWidget)]:
        scale = widget.property("font_scale")
        if scale:
            widget.setFont(ctx.font(float(scale), bold=widget.font().bold()))
            sample = widget.property("width_for_text")  # a fixed width made to hold this text
            if sample:
                widget.setFixedWidth(widget.fontMetrics().horizontalAdvance(str(sample)) + 6)


def scaled(widget: W, ctx: AppContext, scale: float, bold: bool = False) -> W:
    widget.setFont(ctx.font(scale, bold))
    widget.setProperty("font_scale", scale)
    return widget


def confirm(parent: QWidget, title: str, text: str, *, yes: str, no: str) -> bool:
    """Ask before something that cannot be taken back lightly; No is the default (Enter, Esc)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
