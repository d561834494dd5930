""" "Add to checklist…" from anywhere: a search result, a reader, a pathway; the user chooses the
saved checklist (or a new one), the item is added with its source and saved in the user tables."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bali_desktop.gui.checklists.dialogs import NEW_CHECKLIST
from tests.gui.test_window import _go, _run, _unnamed_controls

WAIT = 10_000
ADD_KEYS = (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _stored(ctx, qtbot):  # noqa: ANN001, ANN202
    """Every saved checklist, read on the window's database thread (after any queued save)."""

    def job(session):  # noqa: ANN001, ANN202
        store = session.checklists
        return [store.get(s.id) for s in store.list()]

    return _run(ctx, qtbot, job)


def _citing(checklists, ref: str):  # noqa: ANN001, ANN202
    return [(c, i) for c in checklists for i in c.all_items() if i.source_ref == ref]


def _dialog(win, qtbot):  # noqa: ANN001, ANN202
    page = win.page("checklists")
    qtbot.waitUntil(lambda: page.add_dialog is not None and page.add_dialog.isVisible(), timeout=WAIT)
    return page.add_dialog


def test_first_search_result_goes_to_a_new_checklist_with_the_keyboard(open_window, qtbot) -> None:
    """Ctrl+K, "biometrics", Ctrl+Shift+A on the results, Enter: a new saved checklist holds the
    first result with its citation, and it is still there after a restart."""
    ctx, win = open_window()
    win.activateWindow()
    assert not win.window_actions.add_to_checklist.isEnabled()  # home: nothing to add yet
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.search_box.hasFocus, timeout=20_000)
    qtbot.keyClicks(win.search_box, "biometrics")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.query == "biometrics" and panel.current_ref() != "", timeout=WAIT)
    first = panel.current_ref()
    assert panel.results.currentRow() == panel._result_rows()[0]
    assert win.window_actions.add_to_checklist.isEnabled()

    panel.results.setFocus()
    qtbot.keyClick(panel.results, *ADD_KEYS)
    dialog = _dialog(win, qtbot)
    assert dialog.choice() == NEW_CHECKLIST  # no saved checklists yet: a new one is offered
    assert _unnamed_controls(dialog) == []
    with qtbot.waitSignal(
        ctx.user_data_changed, timeout=WAIT, check_params_cb=lambda what: what == "checklists"
    ):
        qtbot.keyClick(dialog.checklists, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is panel  # the officer stays with the results

    saved = _stored(ctx, qtbot)
    assert len(saved) == 1
    [(checklist, item)] = _citing(saved, first)
    assert item.citation  # official wording keeps its source; guidance says what it is based on
    assert checklist.title == _run(ctx, qtbot, lambda s: s.content.get(first).title)  # its name
    win.close()

    ctx2, win2 = open_window()  # kept across a restart, and shown on the Checklists screen
    page = win2.page("checklists")
    _go(win2, qtbot, "place:checklists", lambda: page.doc.checklist is not None)
    assert page.list.count() == 1
    assert [i.source_ref for i in page.doc.checklist.all_items()] == [first]


def test_reader_item_goes_to_a_saved_checklist_and_undo_takes_it_out(open_window, qtbot) -> None:
    """From the reader of Activity 12: the button asks, the open checklist is offered first, the
    official line lands at its end with its citation, is saved, and Undo in the editor removes it."""
    ctx, win = open_window()
    checklists = win.page("checklists")
    ctx.request_checklist("pathway:child")
    qtbot.waitUntil(
        lambda: checklists.doc.checklist is not None and checklists.list.count() == 1, timeout=WAIT
    )
    made = checklists.doc.checklist.id
    before = checklists.doc.checklist.item_count()

    ref = "commitment:adelaide-2023-12"
    reader = win.page("reader")
    _go(win, qtbot, ref, lambda: reader.data is not None and reader.add_button.isEnabled())
    assert win.window_actions.add_to_checklist.isEnabled()
    reader.add_button.setFocus()
    qtbot.keyClick(reader.add_button, Qt.Key.Key_Return)  # keyboard: Enter on the button
    dialog = _dialog(win, qtbot)
    assert dialog.choice() == made  # the checklist being worked on comes first
    assert dialog.checklists.count() == 2  # "A new checklist" and the saved one
    qtbot.keyClick(dialog.checklists, Qt.Key.Key_Return)

    def added():  # noqa: ANN202
        return _citing([c for c in _stored(ctx, qtbot) if c.id == made], ref)

    qtbot.waitUntil(lambda: bool(added()), timeout=WAIT)
    [(checklist, item)] = added()
    assert item.official and "Activity 12" in item.citation
    assert checklist.item_count() == before + 1
    assert checklist.pause_points[-1].items[-1].source_ref == ref  # added at the end
    assert win.stack.currentWidget() is reader

    checklists.undo_action.trigger()
    assert checklists.doc.checklist.item_count() == before
    checklists.save_now()
    qtbot.waitUntil(lambda: not added(), timeout=WAIT)


def test_pathway_item_menu_shortcut_and_a_typed_title(open_window, qtbot) -> None:
    """Ctrl+Shift+A on a pathway; typing a title chooses a new checklist; Enter adds the pathway
    as one item (not the whole template that "Make a checklist" builds)."""
    ctx, win = open_window()
    win.activateWindow()
    page = win.page("pathway")
    _go(win, qtbot, "pathway:smuggled-migrant", lambda: page.view is not None and page.view.complete)
    assert page.view.add_button.accessibleName() == "Add to checklist"
    qtbot.keyClick(page.view.add_button, *ADD_KEYS)
    dialog = _dialog(win, qtbot)
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Counter card, Gate 4")
    assert dialog.choice() == NEW_CHECKLIST
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_stored(ctx, qtbot)), timeout=WAIT)
    [checklist] = _stored(ctx, qtbot)
    assert checklist.title == "Counter card, Gate 4"
    assert [i.source_ref for i in checklist.all_items()] == ["pathway:smuggled-migrant"]
    assert checklist.all_items()[0].text.startswith("Follow the pathway:")


def test_search_result_context_menu_offers_add_and_cancel_saves_nothing(open_window, qtbot) -> None:
    """The results' context menu has "Add to checklist…"; Esc in the question adds nothing."""
    ctx, win = open_window()
    win.focus_search()
    qtbot.keyClicks(win.search_box, "interpreter")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.current_ref() != "", timeout=WAIT)
    assert panel.result_menu(panel.results.item(0)) is None  # a group heading
    menu = panel.result_menu(panel.results.currentItem())
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Open", "&Add to checklist…\tCtrl+Shift+A"]
    with qtbot.waitSignal(ctx.add_to_checklist_requested, timeout=WAIT) as signal:
        menu.actions()[1].trigger()
    assert signal.args == [panel.current_ref()]
    dialog = _dialog(win, qtbot)
    qtbot.keyClick(dialog.checklists, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.page("checklists").add_dialog is None, timeout=WAIT)
    assert _stored(ctx, qtbot) == []
