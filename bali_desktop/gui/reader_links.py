"""The links in a text browser's HTML told to assistive technology as links (issue 17 point 5).

Qt's QTextBrowser already lets the keyboard reach its links (Qt.TextBrowserInteraction holds
LinksAccessibleByKeyboard: Tab selects the next link, Shift+Tab the one before, Enter follows it),
but its accessible interface (QAccessibleTextEdit) is one text with no children: a screen reader
cannot list the links or hear one named as a link. `BrowserLinks` lays one `LinkSpot` over each
link of the document, a child of the browser's viewport: it paints nothing, takes no focus and lets
the mouse through, and is told to assistive technology with the role Link, named by the link's
text and placed where the link is on screen (Qt scrolls it with the text). The browser keeps its
own text interface, so the text is read as before.

The keyboard's focus stays on the browser as Tab selects one link after another, so Qt would tell
assistive technology nothing: the spot of the link Tab selected says it has the focus (its state
focused, and a Focus event), as a link does in a web page; the browser says it again when the
selection leaves the links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QTextCursor
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from bali_desktop.gui import accessible

translate = QCoreApplication.translate


class _SpotFace(QAccessibleWidget):
    """A link's interface: focusable, and focused while Tab has selected it in its browser."""

    def state(self) -> QAccessible.State:
        state = super().state()
        spot = self.object()
        state.focusable = True
        state.linked = True
        view = spot.parentWidget() if isinstance(spot, LinkSpot) else None
        state.focused = isinstance(spot, LinkSpot) and spot.selected and view is not None and view.hasFocus()
        return state


def _spot_face(obj: QObject) -> QAccessibleWidget | None:
    if not isinstance(obj, LinkSpot):
        return None
    return accessible.hold(obj, QAccessible.Role.Link, obj.title, _SpotFace)


class LinkSpot(QWidget):
    """Where one link of a text browser is: seen only by assistive technology."""

    def __init__(self, href: str, title: str, start: int, end: int, parent: QWidget) -> None:
        super().__init__(parent)
        accessible.install(_spot_face)
        self.href, self.title, self.start, self.end = href, title, start, end
        self.selected = False  # Tab selected this link in the browser
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(title)
        self.setAccessibleDescription(translate("links", "Link: Tab to it, Enter opens it"))


def document_links(browser: QTextBrowser) -> list[tuple[str, str, int, int]]:
    """(href, text, start, end) of each link in the browser's document, in reading order; the
    fragments of one link (its text in two formats) joined."""
    found: list[tuple[str, str, int, int]] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if frag.isValid() and fmt.isAnchor() and fmt.anchorHref():
                href, start, text = fmt.anchorHref(), frag.position(), frag.text()
                end = start + frag.length()
                if found and found[-1][0] == href and found[-1][3] == start:
                    old = found.pop()
                    start, text = old[2], old[1] + text
                found.append((href, text.strip(), start, end))
            it += 1
        block = block.next()
    return found


class BrowserLinks(QObject):
    """Keeps one LinkSpot over each link of `browser`'s document, placed again when the text is
    laid out again (a new page, a resize, another text size)."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self.spots: list[LinkSpot] = []
        self._later = QTimer(self)  # setHtml changes the document several times: once it is done
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.rebuild)
        browser.document().contentsChanged.connect(self._later.start)
        browser.document().documentLayout().documentSizeChanged.connect(self.place)
        browser.verticalScrollBar().valueChanged.connect(self.place)
        browser.horizontalScrollBar().valueChanged.connect(self.place)
        browser.cursorPositionChanged.connect(self.follow_selection)
        browser.installEventFilter(self)  # Tab selects a link and says nothing of it: see eventFilter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """After each key and focus change in the browser, which link (if any) is selected."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusIn):
            QTimer.singleShot(0, self.follow_selection)
        return False

    def selected_spot(self) -> LinkSpot | None:
        """The spot of the link the browser's selection is on (Tab selects a link's whole text)."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        return next((s for s in self.spots if s.start <= start and end <= s.end + 1), None)

    def follow_selection(self) -> None:
        """Tell assistive technology which link has the focus, as Tab moves the selection."""
        spot = self.selected_spot()
        was = next((s for s in self.spots if s.selected), None)
        if spot is was:
            return
        for each in self.spots:
            each.selected = each is spot
        if self.browser.hasFocus():  # (Qt sends it on only while assistive technology listens)
            QAccessible.updateAccessibility(QAccessibleEvent(spot or self.browser, QAccessible.Event.Focus))

    def rebuild(self) -> None:
        for spot in self.spots:
            spot.hide()
            spot.deleteLater()
        viewport = self.browser.viewport()
        self.spots = [LinkSpot(*link, parent=viewport) for link in document_links(self.browser)]
        self.place()
        self.follow_selection()
        for spot in self.spots:
            spot.show()

    def place(self, *_args: object) -> None:
        """Put each spot over its link. While a new text is being set the spots are the old text's
        (`rebuild` comes once it is set): one past the new text's end is left where it is."""
        last = self.browser.document().characterCount() - 1
        for spot in self.spots:
            if spot.end <= last:
                spot.setGeometry(self._rect(spot.start, spot.end))

    def _rect(self, start: int, end: int) -> QRect:
        """The link's text on the viewport: the box around its first and last character."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        first = self.browser.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.browser.cursorRect(cursor)
        return first.united(last).adjusted(0, 0, 1, 0)
