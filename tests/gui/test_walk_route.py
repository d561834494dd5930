"""The walk-through follows the route (issue 10, point 7): the facts answers set gate steps off
(and Back takes an answer's facts back), a step that closes the route ends the walk, a jump to
another pathway's step lands there, says "From “…”, step N — back", and comes back where `then`
says; a script to read aloud is shown as our guidance; looking at the aid keeps the question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from bali_desktop.domain.route_words import jump_kind
from tests.gui.route_content import JUMPER, OTHER, route_content
from tests.gui.test_walkthrough_traps import _go, _stored

FEARS = "the person fears return or asks for protection"


def _walk(win, qtbot, location: str):  # noqa: ANN001, ANN202
    walk = win.page("walk")
    ref, _, at = location.partition("#")
    _go(win, qtbot, f"walk:{location}", lambda: walk.model is not None and walk.ref == ref)
    if at:
        qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == at, timeout=20_000)
    return walk


def _at(walk, qtbot, ref: str, step_id: str | None) -> None:  # noqa: ANN001
    def there() -> bool:
        if walk.ref != ref or walk.model is None:
            return False
        return walk.step is None if step_id is None else walk.step is not None and walk.step.id == step_id

    qtbot.waitUntil(there, timeout=20_000)


def _done(walk, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(walk.done_button, Qt.MouseButton.LeftButton)


def _answer(walk, qtbot, label: str) -> None:  # noqa: ANN001
    option = next(o for o in walk.step.options if o.label == label)
    walk.pick(option)
    _done(walk, qtbot)


def test_a_jump_there_and_back_and_the_gates_it_sets(open_window, qtbot, tmp_path: Path) -> None:
    folder, target = route_content(tmp_path)
    ctx, win = open_window(content_dir=folder)
    walk = _walk(win, qtbot, JUMPER)
    assert walk.step.id == "greet" and walk.say.isVisible()
    assert "“I am an immigration officer. You are safe here.”" in walk.say.text()
    assert "Our guidance" in walk.say.text()
    _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "ask-fear")
    assert not walk.say.isVisible()
    _answer(walk, qtbot, "Yes")  # -> the protection pathway's step, then back to step 3

    _at(walk, qtbot, OTHER, target)
    assert walk.origin_button.isVisible()
    assert walk.origin_button.title.text().startswith("◀  From “Jump test pathway”, step 2 — back")
    assert "then back to step 3 of “Jump test pathway”" in walk.progress.text()
    _done(walk, qtbot)

    _at(walk, qtbot, JUMPER, "after-fear")
    assert not walk.origin_button.isVisible()
    assert _stored(ctx, qtbot, OTHER) == {target: "done"}
    for _ in range(3):  # after-fear, fill-1, fill-2
        _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "asylum-only")  # "consul" (step 6) passed over: the person fears return
    assert "step 6" in walk.passed_note.text() and FEARS in walk.passed_note.text()
    assert walk.gate.isVisible() and walk.gate.text() == f"Only if {FEARS}."
    assert "1 passed over for this case" in walk.summary.text()
    for _ in range(3):  # asylum-only, fill-3, fill-4
        _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "close")
    _done(walk, qtbot)  # it closes the route
    _at(walk, qtbot, JUMPER, None)
    assert "end of this route" in walk.action.text()
    assert "consul" not in _stored(ctx, qtbot, JUMPER)


def test_no_fear_walks_the_consular_step_with_its_condition(open_window, qtbot, tmp_path: Path) -> None:
    folder, _ = route_content(tmp_path)
    ctx, win = open_window(content_dir=folder)
    walk = _walk(win, qtbot, f"{JUMPER}#ask-fear")
    _answer(walk, qtbot, "No")
    _at(walk, qtbot, JUMPER, "after-fear")
    for _ in range(3):
        _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "consul")
    assert walk.gate.isVisible() and walk.gate.text() == f"Skip if {FEARS}."
    _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "fill-3")  # "asylum-only" passed over: only if the person fears return
    assert "step 7" in walk.passed_note.text()


def test_back_from_the_step_a_jump_opened_is_the_question_as_before(
    open_window, qtbot, tmp_path: Path
) -> None:
    folder, target = route_content(tmp_path)
    ctx, win = open_window(content_dir=folder)
    walk = _walk(win, qtbot, f"{JUMPER}#ask-fear")
    _answer(walk, qtbot, "Yes")
    _at(walk, qtbot, OTHER, target)
    assert walk.back_button.isEnabled()
    qtbot.mouseClick(walk.back_button, Qt.MouseButton.LeftButton)
    _at(walk, qtbot, JUMPER, "ask-fear")  # the question again, the answer's fact taken back
    assert "fears-return" not in walk.route.facts_of(walk.model)
    _answer(walk, qtbot, "No")
    _at(walk, qtbot, JUMPER, "after-fear")
    for _ in range(3):
        _done(walk, qtbot)
    _at(walk, qtbot, JUMPER, "consul")


def test_a_jump_that_stays_lands_at_its_step_and_the_bar_goes_back(open_window, qtbot) -> None:
    """The shipped content: "Yes, or not sure. Go on with the victim pathway" opens the victim
    pathway's walk-through at the named step, never step 1, with the way back."""
    ctx, win = open_window()
    found = []
    for ref in ("pathway:maritime-rescue", "pathway:smuggled-migrant", "pathway:scam-returnee"):
        walk = _walk(win, qtbot, ref)
        found += [(ref, s, o) for s in walk.model.steps for o in s.options if jump_kind(o) == "stay"]
    assert found
    ref, step, option = found[0]
    walk = _walk(win, qtbot, f"{ref}#{step.id}")
    walk.pick(option)
    _done(walk, qtbot)
    _at(walk, qtbot, option.target_ref, option.target_step)
    assert walk.origin_button.isVisible() and f"step {step.number} — back" in walk.origin_button.title.text()
    assert set(option.sets) <= walk.route.facts_of(walk.model)  # the answer's facts came along
    # clicked once it is on screen with a size, as a hand can (in a long run, layout may lag a frame)
    qtbot.waitUntil(lambda: walk.origin_button.height() > 0 and walk.origin_button.width() > 0, timeout=5_000)
    qtbot.mouseClick(walk.origin_button, Qt.MouseButton.LeftButton)
    _at(walk, qtbot, ref, step.id)
    assert not walk.origin_button.isVisible()


def test_looking_at_the_aid_keeps_the_question_unanswered(open_window, qtbot) -> None:
    ctx, win = open_window()
    walk = _walk(win, qtbot, "pathway:victim-of-trafficking")
    step, option = next((s, o) for s in walk.model.steps for o in s.options if jump_kind(o) == "aid")
    walk = _walk(win, qtbot, f"pathway:victim-of-trafficking#{step.id}")
    walk.pick(option)
    _done(walk, qtbot)
    qtbot.waitUntil(lambda: win.location.ref == option.target_ref, timeout=20_000)
    win.go_back()
    _at(walk, qtbot, "pathway:victim-of-trafficking", step.id)
    assert step.id not in _stored(ctx, qtbot, "pathway:victim-of-trafficking")
    assert not walk.done_button.isEnabled()  # answer first


def test_the_way_back_fits_a_projector_at_large_text(open_window, qtbot, tmp_path: Path) -> None:
    """At 1024x768 and 22 pt the "From “…”, step N — back" bar wraps, on both screens: nothing
    is pushed past the right edge."""
    from PySide6.QtCore import QPoint

    folder, target = route_content(tmp_path)
    ctx, win = open_window(size=(1024, 768), content_dir=folder)
    ctx.set_text_size(22)
    walk = _walk(win, qtbot, f"{JUMPER}#ask-fear")
    _answer(walk, qtbot, "Yes")
    _at(walk, qtbot, OTHER, target)
    qtbot.waitUntil(lambda: walk.body.width() <= walk.scroll_area.viewport().width(), timeout=20_000)
    right = walk.origin_button.mapTo(walk.body, QPoint(walk.origin_button.width(), 0)).x()
    assert walk.origin_button.isVisible() and right <= walk.scroll_area.viewport().width()

    page = win.page("pathway")
    _go(win, qtbot, JUMPER, lambda: page.view is not None and page.ref == JUMPER and page.view.complete)
    qtbot.mouseClick(page.view.decision_buttons["ask-fear"][0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == OTHER and page.back_button.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: page.width() <= win.stack.width(), timeout=20_000)
    assert page.back_button.mapTo(page, QPoint(page.back_button.width(), 0)).x() <= page.width()
    title = page.back_button.title
    # the words wrap where they must: the title is as tall as its text needs at its width (the old
    # check, taller than one line, held by one pixel of spacing on a title that fits on one line)
    qtbot.waitUntil(lambda: title.height() >= title.heightForWidth(title.width()) > 0, timeout=20_000)
