"""Official items are named by their place in the source ("Activity 12"); the short titles we wrote
for them come after, and where one heads a page it is marked as ours."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bali_desktop.domain.naming import SHORT_TITLE_NOTE
from bali_desktop.domain.records import Item, Source

ACTIVITY_12 = "commitment:adelaide-2023-12"
SHORT_12 = "Research on emerging issues, including scam trafficking"


def _go(win, qtbot, location: str, ready) -> None:  # noqa: ANN001
    win.open_location(location)
    qtbot.waitUntil(ready, timeout=20_000)


def _h1(browser):  # noqa: ANN001, ANN202
    """The first level-1 heading of a text browser: its text and its (text, bold) fragments."""
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            fragments, it = [], block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fragments.append((frag.text(), frag.charFormat().fontWeight() >= 600))
                it += 1
            return block.text(), fragments
        block = block.next()
    return "", []


def _open_reader(win, qtbot, ref: str):  # noqa: ANN001, ANN202
    reader = win.page("reader")
    _go(win, qtbot, ref, lambda: reader.data is not None and reader.data.item.ref == ref)
    return reader


def test_reader_heads_an_official_item_with_its_locator(open_window, qtbot) -> None:
    """Activity 12: "Activity 12 — Research on …", the locator bold, our title not, and a line saying
    the short title is ours; the quotation and its citation are as before."""
    ctx, win = open_window()
    reader = _open_reader(win, qtbot, ACTIVITY_12)
    item = reader.data.item
    assert item.title == SHORT_12 and item.source.locator == "Activity 12"
    text, fragments = _h1(reader.browser)
    assert text == f"Activity 12 — {SHORT_12}"
    assert fragments[0] == ("Activity 12 ", True)
    assert all(not bold for part, bold in fragments if SHORT_12 in part)
    plain = reader.browser.toPlainText()
    assert SHORT_TITLE_NOTE in plain
    assert plain.index(SHORT_TITLE_NOTE) < plain.index(f"“{item.text}”")  # the quotation, whole
    source = item.source
    assert (
        f"Source: {source.document_title}, Activity 12 (paragraph {source.paragraph} of the "
        "source text). Follow the link to read it in the document."
    ) in plain
    assert f"document:{source.document}#{source.paragraph}" in reader.link_hrefs()


def test_other_official_kinds_and_guidance_headings(open_window, qtbot) -> None:
    """A Co-Chairs' commitment and an area are headed by their locators; a guide (ours) keeps its
    title alone, with no short-title note."""
    ctx, win = open_window()
    reader = _open_reader(win, qtbot, "commitment:cochairs-2023-15.3")
    assert _h1(reader.browser)[0] == f"Paragraph 15.3 — {reader.data.item.title}"
    reader = _open_reader(win, qtbot, "area:adelaide-2023-4")
    assert _h1(reader.browser)[0].startswith("Area of cooperation (4) — ")
    # its activities are listed by number, each with its official text below
    assert f"Activity 12: {SHORT_12}" in reader.browser.toPlainText()
    reader = _open_reader(win, qtbot, "aid:smuggling-or-trafficking")
    assert _h1(reader.browser)[0] == reader.data.item.title
    assert SHORT_TITLE_NOTE not in reader.browser.toPlainText()


def test_part_of_and_related_links_name_the_locator(open_window, qtbot) -> None:
    """ "Part of:" names the area by its locator."""
    ctx, win = open_window()
    reader = _open_reader(win, qtbot, ACTIVITY_12)
    assert reader.data.parent is not None
    assert reader.data.parent[1].startswith("Area of cooperation (4): ")


def test_strategy_browser_lists_locators_first(open_window, qtbot) -> None:
    """Every official row in the strategy browser starts with the item's locator."""
    from bali_desktop.gui.widgets import LOCATION_ROLE

    ctx, win = open_window()
    page = win.page("strategy")
    _go(win, qtbot, "place:strategy", lambda: page.loaded)
    rows = {}
    stack = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        if node.data(0, LOCATION_ROLE):
            rows[node.data(0, LOCATION_ROLE)] = node.text(0)
        stack.extend(node.child(i) for i in range(node.childCount()))
    assert rows[ACTIVITY_12] == f"Activity 12: {SHORT_12}"
    assert rows["commitment:cochairs-2023-15.3"].startswith("Paragraph 15.3: ")
    assert rows["principle:rcf-2011-4"].startswith("Regional Cooperation Framework, principle 4: ")
    assert rows["area:adelaide-2023-1"] == "Area of cooperation (1): Law enforcement"


def test_search_results_name_the_locator(open_window, qtbot) -> None:
    """A search result for an official item starts with its locator; a pathway keeps its title."""
    ctx, win = open_window()
    win.focus_search()
    qtbot.keyClicks(win.search_box, "research emerging issues scam trafficking")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.current_ref() != "", timeout=20_000)
    texts = {
        panel.results.item(i).data(Qt.ItemDataRole.UserRole): panel.results.item(i).text()
        for i in range(panel.results.count())
    }
    assert texts[ACTIVITY_12].startswith(f"Activity 12: {SHORT_12}. ")
    pathway = next(ref for ref in texts if ref and ref.startswith("pathway:"))
    assert not texts[pathway].startswith("Activity")


def test_pathway_lists_the_activities_it_serves_by_number(open_window, qtbot) -> None:
    """ "Adelaide Strategy activities it serves" names each activity "Activity N: …"."""
    from bali_desktop.gui.links import LinkList

    ctx, win = open_window()
    page = win.page("pathway")
    _go(win, qtbot, "pathway:scam-returnee", lambda: page.view is not None and page.view.complete)
    lists = [
        w
        for w in page.view.findChildren(LinkList)
        if w.accessibleName() == "Adelaide Strategy activities it serves"
    ]
    assert lists  # one named link per activity (gui/links.py)
    titles = [link.title for link in lists[0].links]
    assert titles and all(t.startswith("Activity ") for t in titles)


def test_bookmarked_official_item_is_listed_with_its_locator(open_window, qtbot) -> None:
    """Home's bookmarks name an official item by its locator too."""
    ctx, win = open_window()
    done = []
    ctx.call(lambda s: s.user.toggle_bookmark(ACTIVITY_12), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    ctx.user_data_changed.emit("bookmarks")
    home = win.page("home")
    win.open_location("home")

    def listed() -> list[str]:
        tree = home.bookmarks
        return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: f"Activity 12: {SHORT_12}" in listed(), timeout=20_000)


def _item(title: str, locator: str, official: bool = True) -> Item:
    return Item(
        "passage:x", "passage", title, "The text.", official, Source("doc", "The Doc", locator, 3), None, ()
    )


def test_list_title_and_heading_rules() -> None:
    """The locator once, never twice; nothing added to our own (non-official) items."""
    from bali_desktop.domain.naming import list_title
    from bali_desktop.gui import theme
    from bali_desktop.gui.item_html import ReaderData, reader_html

    assert list_title(_item("Short", "Paragraph 2")) == "Paragraph 2: Short"
    assert (
        list_title(_item("Regional Cooperation Framework: how", "Regional Cooperation Framework"))
        == "Regional Cooperation Framework: how"
    )
    assert list_title(_item("Ours", "Paragraph 2", official=False)) == "Ours"
    # a title that merely begins with the same word is not cut
    assert (
        list_title(_item("Objective of the Strategy", "Objective")) == "Objective: Objective of the Strategy"
    )
    html = reader_html(ReaderData(_item("Objective of the Strategy", "Objective")), theme.colors("dark"))
    assert "<h1>Objective <span" in html and "— Objective of the Strategy</span></h1>" in html
    html = reader_html(
        ReaderData(_item("Regional Cooperation Framework: how", "Regional Cooperation Framework")),
        theme.colors("light"),
    )
    assert "<h1>Regional Cooperation Framework <span" in html and "— how</span></h1>" in html
    assert SHORT_TITLE_NOTE in html


def test_whos_who_facts_are_labelled_summary_not_guidance() -> None:
    """A member's entry is a fact from the source, not advice: labelled as our summary."""
    from bali_desktop.gui.item_html import SUMMARY_KINDS, SUMMARY_TEXT

    assert "member" in SUMMARY_KINDS and "pathway" not in SUMMARY_KINDS
    assert "not official Bali Process text" in SUMMARY_TEXT
