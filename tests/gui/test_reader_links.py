"""The reader's links reached by keyboard and told to assistive technology as links (issue 17 point 5,
window review 13 for the reader page): Tab moves from link to link in the item's text, Enter follows
the one selected, and the browser's accessible tree holds one Link per link, named by its text and
placed over it on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface

AID = "aid:smuggling-or-trafficking"  # its text links the six pathways


def _open(open_window, qtbot):  # noqa: ANN001, ANN202
    ctx, win = open_window()
    win.open_location(AID)
    reader = win.page("reader")
    qtbot.waitUntil(lambda: reader.data is not None and len(reader.link_hrefs()) >= 2, timeout=20_000)
    return ctx, win, reader


def _links_under(face: QAccessibleInterface, depth: int = 0) -> list[QAccessibleInterface]:
    found = []
    for i in range(face.childCount()):
        child = face.child(i)
        if child is None or not child.isValid():
            continue
        if child.role() == QAccessible.Role.Link:
            found.append(child)
        elif depth < 3:
            found.extend(_links_under(child, depth + 1))
    return found


def test_the_readers_links_are_links_to_assistive_technology(open_window, qtbot) -> None:
    _ctx, _win, reader = _open(open_window, qtbot)
    browser = reader.browser
    hrefs = reader.link_hrefs()
    face = QAccessible.queryAccessibleInterface(browser)

    def named() -> list[str]:
        return [link.text(QAccessible.Text.Name) for link in _links_under(face)]

    qtbot.waitUntil(lambda: len(named()) == len(hrefs), timeout=5_000)
    names = named()
    plain = browser.toPlainText()
    assert all(name and name in plain for name in names), names  # each named by its own text
    links = _links_under(face)
    view = browser.viewport()
    for link, spot in zip(links, reader.links.spots, strict=True):  # placed where the link is
        cursor = browser.textCursor()
        cursor.setPosition(spot.start + 1)
        on_screen = browser.cursorRect(cursor).translated(view.mapToGlobal(view.rect().topLeft()))
        assert link.rect().intersects(on_screen), (link.text(QAccessible.Text.Name), link.rect(), on_screen)
        assert link.rect() != QRect()


def test_tab_moves_between_the_readers_links_and_enter_follows_one(open_window, qtbot) -> None:
    ctx, win, reader = _open(open_window, qtbot)
    browser = reader.browser
    hrefs = reader.link_hrefs()
    win.activateWindow()
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=5_000)
    seen = []
    for _ in range(2):
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        assert browser.hasFocus()  # Tab stayed on the links, not the next control
        anchor = browser.textCursor().charFormat().anchorHref()
        seen.append(anchor or browser.textCursor().selection().toHtml())
    assert seen[0] != seen[1]
    assert all(any(h in s for h in hrefs) for s in seen), seen
    with qtbot.waitSignal(ctx.open_ref, timeout=5_000) as opened:
        qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert opened.args[0] == hrefs[1]


def test_a_shorter_text_after_one_with_links_places_no_spot_past_its_end(open_window, qtbot) -> None:
    """Opening a short item after one with links far into its text: the old links' spots are never
    placed past the new text's end (Qt said "QTextCursor::setPosition: Position … out of range"
    for each, as the new text was laid out before the spots were made again)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    _ctx, win, reader = _open(open_window, qtbot)
    said: list[str] = []
    previous = qInstallMessageHandler(
        lambda kind, _context, text: said.append(text) if kind == QtMsgType.QtWarningMsg else None
    )
    try:
        reader.browser.setHtml("<p>Short.</p>")
        qtbot.wait(50)
    finally:
        qInstallMessageHandler(previous)
    assert not [t for t in said if "out of range" in t], said[:3]
    assert reader.link_hrefs() == []


def test_the_link_tab_selects_is_told_as_the_focused_link(open_window, qtbot, monkeypatch) -> None:
    """Tab selects a link inside the text while the keyboard focus stays on the browser: a screen
    reader hears that link (role Link, named by its text) take the focus, and the one before lose
    it; Qt said nothing, so only the browser's text was read (issue 17 point 5)."""
    sent: list[QAccessibleInterface] = []
    original = QAccessible.updateAccessibility

    def record(event) -> None:  # noqa: ANN001
        if event.type() == QAccessible.Event.Focus:
            sent.append(event.accessibleInterface())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    _ctx, win, reader = _open(open_window, qtbot)
    browser = reader.browser
    face = QAccessible.queryAccessibleInterface(browser)
    qtbot.waitUntil(lambda: len(_links_under(face)) == len(reader.link_hrefs()), timeout=5_000)
    win.activateWindow()
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=5_000)
    names = []
    for _ in range(2):
        sent.clear()
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        qtbot.wait(20)
        selected = browser.textCursor().selectedText().strip()
        focused = [link for link in _links_under(face) if link.state().focused]
        assert len(focused) == 1, [link.text(QAccessible.Text.Name) for link in focused]
        link = focused[0]
        assert link.role() == QAccessible.Role.Link and link.state().focusable
        assert link.text(QAccessible.Text.Name) == selected, (link.text(QAccessible.Text.Name), selected)
        told = [f.text(QAccessible.Text.Name) for f in sent if f.role() == QAccessible.Role.Link]
        assert told == [selected]
        names.append(selected)
    assert names[0] != names[1]
