"""The window as an officer uses it: search, citations, decisions, walk-through, things kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bali_desktop.domain.pathway import Pathway


def _run(ctx, qtbot, job):  # noqa: ANN001, ANN202
    """Run a job on the window's database worker and wait for its answer."""
    box = []
    ctx.call(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def _first(ctx, qtbot, kind: str) -> str:  # noqa: ANN001
    """The ref of the first shipped item of a kind (content ids may change; tests should not)."""
    return _run(ctx, qtbot, lambda s: s.content.items(kind)[0].ref)


def _go(win, qtbot, location: str, ready) -> None:  # noqa: ANN001
    win.open_location(location)
    qtbot.waitUntil(ready, timeout=20_000)


def test_typing_shows_grouped_results_and_enter_opens_the_first(open_window, qtbot) -> None:
    """Ctrl+K, two words, results grouped by kind while typing; Enter opens the selected item."""
    ctx, win = open_window()
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.search_box.hasFocus, timeout=20_000)
    qtbot.keyClicks(win.search_box, "scam compound")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.query == "scam compound" and panel.current_ref() != "", timeout=20_000)
    assert win.stack.currentWidget() is panel
    first = panel.current_ref()
    refs = [panel.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.results.count())]
    assert "pathway:scam-returnee" in refs
    headers = [
        panel.results.item(i).text()
        for i in range(panel.results.count())
        if not panel.results.item(i).data(Qt.ItemDataRole.UserRole)
    ]
    assert len(headers) >= 2 and all("(" in h for h in headers if h != "Best match")
    qtbot.keyClick(win.search_box, Qt.Key.Key_Down)
    second = panel.current_ref()
    assert second and second != first
    qtbot.keyClick(win.search_box, Qt.Key.Key_Up)
    assert panel.current_ref() == first
    for _ in range(len(refs)):  # arrow down to the pathway, as an officer would
        if panel.current_ref() == "pathway:scam-returnee":
            break
        qtbot.keyClick(win.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    pathway = win.page("pathway")
    qtbot.waitUntil(
        lambda: pathway.view is not None and pathway.view.data.item.ref == "pathway:scam-returnee",
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: pathway.view.complete, timeout=20_000)
    assert win.stack.currentWidget() is pathway
    assert win.location.ref == "pathway:scam-returnee"


def test_escape_clears_the_search_and_returns(open_window, qtbot) -> None:
    """Esc empties the box and brings back the page that was there before."""
    ctx, win = open_window()
    home = win.page("home")
    win.focus_search()
    qtbot.keyClicks(win.search_box, "asylum")
    qtbot.waitUntil(lambda: win.search_panel.current_ref() != "", timeout=20_000)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Escape)
    assert win.search_box.text() == ""
    assert win.stack.currentWidget() is home


def test_stale_search_results_are_dropped(open_window, qtbot) -> None:
    """An answer for an older query never replaces the results of the newer one."""
    from bali_desktop.domain.records import SearchHit

    ctx, win = open_window()
    panel = win.search_panel
    win.focus_search()
    qtbot.keyClicks(win.search_box, "interpreter")
    qtbot.waitUntil(lambda: panel.query == "interpreter", timeout=20_000)
    count = panel.results.count()
    stale = SearchHit("guide:x", "guide", "Stale", "old", 1.0)
    panel._show(panel._seq - 1, "interp", [stale])  # an answer that arrives late
    assert panel.query == "interpreter" and panel.results.count() == count


def test_slash_focuses_search_but_types_in_a_note(open_window, qtbot) -> None:
    """`/` jumps to search from anywhere except a text field, where it is just a slash."""
    ctx, win = open_window()
    win.activateWindow()
    _go(win, qtbot, _first(ctx, qtbot, "guide"), lambda: win.page("reader").data is not None)
    reader = win.page("reader")
    qtbot.waitUntil(reader.note.edit.isEnabled, timeout=20_000)
    reader.note.edit.setFocus()
    qtbot.keyClicks(reader.note.edit, "a/b")
    assert reader.note.edit.toPlainText() == "a/b"
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_Slash)
    qtbot.waitUntil(win.search_box.hasFocus, timeout=20_000)


def test_citation_opens_the_source_at_its_paragraph(open_window, qtbot) -> None:
    """Following an official item's citation shows the document scrolled to the paragraph, lit up."""
    ctx, win = open_window()
    reader = win.page("reader")
    _go(
        win,
        qtbot,
        "commitment:adelaide-2023-12",
        lambda: reader.data is not None and reader.data.item.ref == "commitment:adelaide-2023-12",
    )
    source = reader.data.item.source
    assert reader.data.item.official and source.paragraph
    href = f"document:{source.document}#{source.paragraph}"
    assert href in reader.link_hrefs()
    assert "quoted word for word" in reader.browser.toPlainText()
    from PySide6.QtCore import QUrl

    reader.browser.anchorClicked.emit(QUrl(href))  # what a click or Enter on the link does
    sources = win.page("sources")
    qtbot.waitUntil(lambda: sources.highlighted == source.paragraph, timeout=20_000)
    assert win.stack.currentWidget() is sources
    assert sources.chooser.currentData() == source.document
    qtbot.waitUntil(lambda: sources.paragraph_visible(source.paragraph), timeout=20_000)
    assert sources.browser.verticalScrollBar().value() > 0
    selections = sources.browser.extraSelections()
    assert len(selections) == 1
    cited = selections[0].cursor.block().text()
    assert reader.data.item.text[:40] in cited
    win.go_back()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is reader)


def test_guidance_is_labelled_as_guidance(open_window, qtbot) -> None:
    """A guide and a pathway say plainly that they are not official Bali Process text."""
    ctx, win = open_window()
    reader = win.page("reader")
    _go(win, qtbot, "aid:smuggling-or-trafficking", lambda: reader.data is not None)
    assert "Guidance — not official Bali Process text" in reader.browser.toPlainText()
    pathway = win.page("pathway")
    _go(win, qtbot, "pathway:child", lambda: pathway.view is not None and pathway.view.complete)
    texts = [w.text() for w in pathway.view.findChildren(type(win.messages.version_label))]
    assert any(t.startswith("Guidance — not official Bali Process text") for t in texts)


def test_decision_buttons_follow_their_branch(open_window, qtbot) -> None:
    """A decision's answer goes to the step it names, or opens the pathway it names; Back returns."""
    ctx, win = open_window()
    page = win.page("pathway")
    _go(win, qtbot, "pathway:victim-of-trafficking", lambda: page.view is not None and page.view.complete)
    model = page.view.model
    step, option = next((s, o) for s in model.steps for o in s.options if not o.is_ref)
    index = list(step.options).index(option)
    qtbot.mouseClick(page.view.decision_buttons[step.id][index], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_step == option.goto, timeout=20_000)
    assert page.view.frames[option.goto].property("current") == "true"
    assert win.history.current == f"pathway:victim-of-trafficking#{option.goto}"

    step, option = next(
        (s, o) for s in model.steps for o in s.options if o.is_ref and o.goto.startswith("pathway:")
    )
    index = list(step.options).index(option)
    qtbot.mouseClick(page.view.decision_buttons[step.id][index], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.view is not None and page.view.data.item.ref == option.target_ref and page.view.complete,
        timeout=20_000,
    )
    win.go_back()
    qtbot.waitUntil(lambda: page.view.data.item.ref == "pathway:victim-of-trafficking", timeout=20_000)


def test_walkthrough_records_ticks_and_clears_them(open_window, qtbot, monkeypatch) -> None:
    """Done and Not applicable record a tick and a time per step; Clear (once confirmed) wipes them."""
    from bali_desktop.gui import walk_clear

    ctx, win = open_window()
    walk = win.page("walk")
    _go(win, qtbot, "walk:pathway:victim-of-trafficking", lambda: walk.model is not None)
    steps = walk.model.steps
    assert walk.step == steps[0]
    assert walk.action.font().pointSizeF() >= 1.9 * ctx.text_size  # large type
    qtbot.mouseClick(walk.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: walk.ticks.get(steps[0].id, ("",))[0] == "done", timeout=20_000)
    assert walk.step == steps[1]
    qtbot.mouseClick(walk.na_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: walk.ticks.get(steps[1].id, ("",))[0] == "not-applicable", timeout=20_000)
    qtbot.mouseClick(walk.back_button, Qt.MouseButton.LeftButton)
    assert walk.step == steps[1] and "not applicable" in walk.state.text()

    stored = _run(ctx, qtbot, lambda s: s.user.ticks("pathway:victim-of-trafficking"))
    assert [(t.step_id, t.status) for t in stored] == [(steps[0].id, "done"), (steps[1].id, "not-applicable")]
    assert all(t.at is not None for t in stored)

    monkeypatch.setattr(walk_clear, "confirm", lambda *args, **kwargs: True)  # "Clear the ticks"
    qtbot.mouseClick(walk.clear_button, Qt.MouseButton.LeftButton)
    assert walk.ticks == {}
    walk.flush()  # leaving the walk-through: the clear stands
    qtbot.waitUntil(lambda: walk.ticks == {}, timeout=20_000)
    assert _run(ctx, qtbot, lambda s: s.user.ticks("pathway:victim-of-trafficking")) == []


def test_walkthrough_shows_decision_buttons(open_window, qtbot) -> None:
    """At a decision step Done is off and the answers are buttons; the one chosen is followed on Done."""
    ctx, win = open_window()
    walk = win.page("walk")
    _go(win, qtbot, "walk:pathway:child", lambda: walk.model is not None)
    step, option = next((s, o) for s in walk.model.steps for o in s.options if not o.is_ref)
    _go(win, qtbot, f"walk:pathway:child#{step.id}", lambda: walk.step == step)
    assert not walk.done_button.isEnabled()
    assert len(walk.option_buttons) == len(step.options)
    index = list(step.options).index(option)
    qtbot.mouseClick(walk.option_buttons[index], Qt.MouseButton.LeftButton)
    assert walk.step == step and walk.option_buttons[index].isChecked() and walk.done_button.isEnabled()
    qtbot.mouseClick(walk.done_button, Qt.MouseButton.LeftButton)
    assert walk.step.id == option.goto
    qtbot.waitUntil(lambda: walk.ticks.get(step.id, ("",))[0] == "done", timeout=20_000)


def test_flow_chart_is_drawn_from_the_pathway_and_zooms(open_window, qtbot) -> None:
    """Every step has a box; +, - and 0 zoom the chart."""
    ctx, win = open_window()
    flow = win.page("flow")
    _go(win, qtbot, "flow:pathway:maritime-rescue", lambda: bool(flow.boxes))
    pathway = _run(ctx, qtbot, lambda s: s.content.get("pathway:maritime-rescue"))
    model = Pathway.from_data(pathway.ref, pathway.data)
    assert set(flow.boxes) == {s.id for s in model.steps}
    before = flow.view.zoom
    flow.view.setFocus()
    qtbot.keyClick(flow.view, Qt.Key.Key_Plus)
    assert flow.view.zoom > before
    qtbot.keyClick(flow.view, Qt.Key.Key_Minus)
    qtbot.keyClick(flow.view, Qt.Key.Key_Minus)
    assert flow.view.zoom < before


def test_make_a_checklist_button_emits_the_request(open_window, qtbot) -> None:
    """The pathway's "Make a checklist" asks for a checklist of that pathway."""
    ctx, win = open_window()
    page = win.page("pathway")
    _go(win, qtbot, "pathway:smuggled-migrant", lambda: page.view is not None and page.view.complete)
    with qtbot.waitSignal(ctx.make_checklist_requested, timeout=20_000) as signal:
        qtbot.mouseClick(page.view.checklist_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["pathway:smuggled-migrant"]
    assert win.page("checklists") is not None  # the module, or a placeholder saying it is coming


def test_bookmark_note_and_text_size_survive_a_restart(open_window, qtbot) -> None:
    """Closing the window and opening it again over the same database keeps the user's things."""
    ctx, win = open_window()
    win.activateWindow()
    ref = _first(ctx, qtbot, "guide")
    reader = win.page("reader")
    _go(win, qtbot, ref, lambda: reader.data is not None and reader.note.edit.isEnabled())
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.window_actions.bookmark.isChecked, timeout=20_000)
    reader.note.edit.setFocus()
    qtbot.keyClicks(reader.note.edit, "Ask the RSO for the 2024 edition")
    size = ctx.text_size
    qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert ctx.text_size == size + 2
    assert QApplication.font().pointSize() == size + 2
    home_heading = win.page("home").body.findChildren(type(win.messages.version_label))[0]
    assert home_heading.font().pointSizeF() == 1.7 * (size + 2)  # headings scale with the text
    win.open_at_home.setChecked(False)  # View > Open at Home (on by default) off: reopen where left
    win.close()
    assert not ctx.worker.running

    ctx2, win2 = open_window()
    qtbot.waitUntil(lambda: ctx2.text_size == size + 2, timeout=20_000)
    reader2 = win2.page("reader")
    qtbot.waitUntil(lambda: win2.location is not None and win2.location.ref == ref, timeout=20_000)
    qtbot.waitUntil(
        lambda: reader2.note.edit.toPlainText() == "Ask the RSO for the 2024 edition", timeout=5000
    )
    qtbot.waitUntil(win2.window_actions.bookmark.isChecked, timeout=20_000)
    mine = win2.page("mine")
    _go(
        win2,
        qtbot,
        "place:mine",
        lambda: (
            mine.bookmarks.topLevelItemCount() > 0
            and mine.bookmarks.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == ref
        ),
    )
    qtbot.keyClick(win2, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert ctx2.text_size == 11


def test_contacts_added_in_the_editor_show_on_the_pathway(open_window, qtbot) -> None:
    """A national contact typed in the editor appears under its role in a pathway."""
    ctx, win = open_window()
    contacts = win.page("contacts")
    _go(win, qtbot, "place:contacts", lambda: contacts.role.count() > 0)
    contacts.role.setCurrentIndex(contacts.role.findData("child-protection"))
    contacts.organisation.setText("Child protection duty desk")
    contacts.phone.setText("+00 000 000")
    contacts.phone.setFocus()
    qtbot.keyClick(contacts.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contacts.organisation.text() == "", timeout=20_000)
    contacts.phone.setText("not a number!")
    contacts.organisation.setText("Somewhere")
    contacts.save()
    qtbot.waitUntil(lambda: "phone number" in contacts.error.text(), timeout=20_000)
    page = win.page("pathway")
    _go(win, qtbot, "pathway:child", lambda: page.view is not None and page.view.complete)
    texts = [w.text() for w in page.view.findChildren(type(win.messages.version_label))]
    assert any("Child protection duty desk" in t for t in texts)


def test_back_and_forward_with_alt_arrows(open_window, qtbot) -> None:
    """Alt+Left and Alt+Right move through the places visited."""
    ctx, win = open_window()
    win.activateWindow()
    _go(win, qtbot, "place:guides", lambda: win.page("guides").loaded)
    _go(win, qtbot, "place:timeline", lambda: win.page("timeline").loaded)
    qtbot.keyClick(win, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert win.stack.currentWidget() is win.page("guides")
    qtbot.keyClick(win, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert win.stack.currentWidget() is win.page("timeline")


def test_theme_changes_and_is_kept(open_window, qtbot) -> None:
    """High contrast applies at once and is still chosen after a restart."""
    ctx, win = open_window()
    win.window_actions.themes["high-contrast"].trigger()
    assert ctx.theme == "high-contrast"
    assert QApplication.palette().window().color().name() == "#000000"
    win.close()
    ctx2, win2 = open_window()
    assert ctx2.theme == "high-contrast"  # from the window cache, before the database opened
    win2.window_actions.themes["light"].trigger()


CONTROL_TYPES = (
    "QAbstractButton",
    "QLineEdit",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
    "QComboBox",
    "QGraphicsView",
    "QAbstractSpinBox",
    "QAbstractSlider",
)


def _unnamed_controls(win) -> list[str]:  # noqa: ANN001
    from PySide6 import QtWidgets
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QScrollBar, QWidget

    kinds = tuple(getattr(QtWidgets, name) for name in CONTROL_TYPES)
    missing = []
    for w in win.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible() or isinstance(w, QScrollBar):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own parts (scroll area corners, ...)
            continue
        explicit = w.accessibleName()
        iface = QAccessible.queryAccessibleInterface(w)
        spoken = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not (explicit or spoken).strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


def test_every_visible_control_has_an_accessible_name(open_window, qtbot) -> None:
    """A screen reader gets a name for every control on every screen."""
    ctx, win = open_window()
    screens = [
        ("home", lambda: True),
        ("place:pathways", lambda: bool(win.page("pathways").tiles)),
        ("place:guides", lambda: win.page("guides").loaded),
        ("place:strategy", lambda: win.page("strategy").loaded),
        ("place:whoswho", lambda: win.page("whoswho").loaded),
        ("place:timeline", lambda: win.page("timeline").loaded),
        ("place:sources", lambda: win.page("sources").doc_id != ""),
        ("place:checklists", lambda: True),
        ("place:contacts", lambda: win.page("contacts").role.count() > 0),
        ("place:mine", lambda: win.page("mine").recent.topLevelItemCount() > 0),
        ("pathway:child", lambda: win.page("pathway").view is not None and win.page("pathway").view.complete),
        ("walk:pathway:child", lambda: win.page("walk").model is not None),
        ("flow:pathway:child", lambda: bool(win.page("flow").boxes)),
        ("commitment:adelaide-2023-1", lambda: win.page("reader").data is not None),
        ("document:cochairs-statement-2023#20", lambda: win.page("sources").highlighted == 20),
    ]
    problems = {}
    for location, ready in screens:
        _go(win, qtbot, location, ready)
        missing = _unnamed_controls(win)
        if missing:
            problems[location] = missing
    win.focus_search()
    qtbot.keyClicks(win.search_box, "child")
    qtbot.waitUntil(lambda: win.search_panel.current_ref() != "", timeout=20_000)
    if missing := _unnamed_controls(win):
        problems["search"] = missing
    assert problems == {}


def test_nothing_is_cut_off_at_1024x768(open_window, qtbot) -> None:
    """On a 1024x768 projector the pathway and the walk-through fit the width: no sideways scrolling."""
    ctx, win = open_window(size=(1024, 768))
    page = win.page("pathway")
    _go(win, qtbot, "pathway:scam-returnee", lambda: page.view is not None and page.view.complete)
    qtbot.waitUntil(lambda: page.view.width() <= page.scroll_area.viewport().width(), timeout=20_000)
    for frame in page.view.frames.values():
        assert frame.geometry().right() <= page.scroll_area.viewport().width()
    walk = win.page("walk")
    _go(win, qtbot, "walk:pathway:scam-returnee", lambda: walk.model is not None)
    assert walk.body.width() <= walk.scroll_area.viewport().width()
    assert walk.done_button.isVisible() and walk.done_button.geometry().right() <= walk.body.width()


def test_a_bad_location_is_a_status_message_not_a_crash(open_window, qtbot) -> None:
    """Unknown refs and places are reported in words."""
    ctx, win = open_window()
    with qtbot.waitSignal(ctx.status_message, timeout=1000):
        win.open_location("nonsense")
    reader = win.page("reader")
    _go(
        win,
        qtbot,
        "guide:no-such-guide",
        lambda: reader.data is None and "Not found" in reader.browser.toPlainText(),
    )


def test_enter_right_after_typing_opens_the_first_result(open_window, qtbot) -> None:
    """Typing fast and pressing Enter at once opens the best match once it arrives."""
    ctx, win = open_window()
    win.focus_search()
    qtbot.keyClicks(win.search_box, "difference between smuggling and trafficking")
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.location is not None and win.location.ref != "", timeout=20_000)
    assert win.search_panel.query == "difference between smuggling and trafficking"
    assert win.location.ref == win.search_panel.current_ref()


def test_every_place_and_screen_has_a_page_that_declares_the_screen_interface(open_window, qtbot) -> None:
    """Each navigation place and each screen a location can name is registered, and its page is a
    widget providing `Screen` (the only thing the window calls on a page)."""
    from PySide6.QtWidgets import QWidget

    from bali_desktop.domain.locations import PLACES
    from bali_desktop.gui.screen import Screen
    from bali_desktop.gui.screen_registry import SCREENS

    ctx, win = open_window()
    keys = {pid for pid, _ in PLACES} | {"reader", "pathway", "walk", "flow", "source", "phrases"}
    for key in sorted(keys):
        page = win.page(key)
        assert isinstance(page, QWidget) and isinstance(page, Screen), key
        assert isinstance(page.focus_target(), QWidget), key
    assert win.page("source") is win.page("sources")  # a source at a paragraph: the Sources page
    assert set(SCREENS) == keys - {"source"}
    assert win.page("reader").note_editor() is win.page("reader").note
    assert win.page("home").note_editor() is None
