"""One access key, one meaning, on a whole screen (issue 12, point 5): the Checklists screen with a
checklist open (an item or a pause point selected), in English and in Bahasa Indonesia, has no two
visible buttons, labels or boxes that share an Alt+ letter, nor one a menu title also takes."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from bali_desktop.gui import i18n

WAIT = 10_000


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def access_key(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a plain ampersand), lower case; None when none."""
    m = re.search(r"(?<!&)&(?!&)(\w)", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def screen_keys(win: Any, page: Any) -> dict[str, list[str]]:
    """Every access key a user can press on `page` as shown, with the texts that take it (menu
    titles included: Alt+letter opens them from anywhere)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    keys: dict[str, list[str]] = defaultdict(list)
    for action in win.menuBar().actions():
        if (key := access_key(action.text())) is not None:
            keys[key].append("menu " + action.text())
    widgets = page.findChildren(QAbstractButton) + page.findChildren(QLabel) + page.findChildren(QGroupBox)
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's '&' moves the focus only to its buddy
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if (key := access_key(text)) is not None:
            keys[key].append(text)
    return keys


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_two_access_keys_alike_on_the_checklists_screen(open_window: Any, qtbot: Any, lang: str) -> None:
    from bali_desktop.gui.checklists.editor_view import EditorView

    ctx, win = open_window()
    if lang != "en":
        win.window_actions.languages[lang].trigger()
        assert i18n.current() == lang
    page = win.page("checklists")
    ctx.request_checklist("pathway:child")
    qtbot.waitUntil(
        lambda: page.doc.checklist is not None and win.stack.currentWidget() is page, timeout=WAIT
    )
    for row in ("item", "pp"):  # an item selected, then a pause point (other labels)
        [view] = page.findChildren(EditorView)
        view.show_row_words(row, "", "", "")
        keys = screen_keys(win, page)
        assert len(keys) > 12  # the screen's buttons were found
        clashes = {k: texts for k, texts in keys.items() if len(texts) > 1}
        assert clashes == {}
