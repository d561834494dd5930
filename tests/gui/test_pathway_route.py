"""The pathway screen shows the route (issue 10, point 7): a gated step shows its condition, a
`say` script is a quote marked as our guidance, the signs say one clear sign can be enough, and a
decision that opens another pathway's step lands there and shows "From “…”, step N — back",
which goes back where `then` says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from bali_desktop.domain.route_words import SIGNS_RULE, condition_text, jump_kind
from tests.gui.route_content import JUMPER, OTHER, route_content
from tests.gui.test_walkthrough_traps import _go

VICTIM = "pathway:victim-of-trafficking"


def _open(win, qtbot, location: str):  # noqa: ANN001, ANN202
    page = win.page("pathway")
    ref = location.split("#")[0]
    _go(win, qtbot, location, lambda: page.view is not None and page.ref == ref and page.view.complete)
    return page


def test_gates_scripts_and_the_signs_rule_are_on_the_pathway(open_window, qtbot) -> None:
    ctx, win = open_window()
    page = _open(win, qtbot, VICTIM)
    model = page.view.model
    gated = [s for s in model.steps if s.unless or s.only_if]
    assert gated
    for step in gated:
        frame = page.view.frames[step.id]
        assert frame.gate is not None and frame.gate.text() == condition_text(step)
        assert frame.gate.accessibleName().startswith("Condition: ")
    consular = [s for s in model.steps if "consular" in s.roles]
    fears = "Skip if the person fears return or asks for protection"
    assert consular and all(page.view.frames[s.id].gate.text().startswith(fears) for s in consular)
    assert all(page.view.frames[s.id].gate is None for s in model.steps if not (s.unless or s.only_if))
    texts = [w.text() for w in page.view.findChildren(QLabel)]
    assert SIGNS_RULE in texts
    assert not any("several together" in t for t in texts)


def test_a_say_script_is_a_quote_marked_as_guidance(open_window, qtbot, tmp_path: Path) -> None:
    folder, _ = route_content(tmp_path)
    ctx, win = open_window(content_dir=folder)
    page = _open(win, qtbot, JUMPER)
    say = page.view.frames["greet"].say
    assert say is not None and say.isVisible()
    assert "Say:" in say.text() and "“I am an immigration officer. You are safe here.”" in say.text()
    assert "Our guidance" in say.text() and say.property("tone") == "guidance"
    assert page.view.frames["ask-fear"].say is None


def test_a_jump_lands_at_the_named_step_and_goes_back_to_the_decision(open_window, qtbot) -> None:
    """`then: stay`: the other pathway opens at its step (never step 1), says where it came from,
    and the bar goes back to the decision answered."""
    ctx, win = open_window()
    page = _open(win, qtbot, VICTIM)
    assert not page.back_button.isVisible()
    found = [
        (ref, step, option)
        for ref in ("pathway:maritime-rescue", "pathway:smuggled-migrant", "pathway:scam-returnee")
        for step in _open(win, qtbot, ref).view.model.steps
        for option in step.options
        if jump_kind(option) == "stay" and option.target_step
    ]
    assert found, "no shipped pathway jumps to another pathway's step"
    ref, step, option = found[0]
    page = _open(win, qtbot, ref)
    title = page.view.model.title
    index = step.options.index(option)
    qtbot.mouseClick(page.view.decision_buttons[step.id][index], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == option.target_ref and page.current_step == option.target_step)
    assert page.current_step != page.view.model.steps[0].id or option.target_step == page.current_step
    assert page.back_button.isVisible()
    assert f"step {step.number} — back" in page.back_button.title.text()
    assert title.split(":")[0] in page.back_button.title.text()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == ref and page.current_step == step.id, timeout=20_000)
    assert not page.back_button.isVisible()


def test_a_jump_there_and_back_returns_to_the_step_then_names(open_window, qtbot, tmp_path: Path) -> None:
    """`then: return:after-fear`: the protection pathway's step, then back to step 3 of the first."""
    folder, target = route_content(tmp_path)
    ctx, win = open_window(content_dir=folder)
    page = _open(win, qtbot, JUMPER)
    yes = page.view.decision_buttons["ask-fear"][0]
    assert "then come back to step 3" in yes.title.text()
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == OTHER and page.current_step == target, timeout=20_000)
    assert "step 2 — back to step 3" in page.back_button.title.text()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == JUMPER and page.current_step == "after-fear", timeout=20_000)
    assert not page.back_button.isVisible()
    _open(win, qtbot, OTHER)  # the protection pathway opened on its own: no way back shown
    assert not page.back_button.isVisible()


def test_the_flow_chart_shows_conditions_and_where_jumps_go(open_window, qtbot) -> None:
    ctx, win = open_window()
    flow = win.page("flow")
    _go(win, qtbot, f"flow:{VICTIM}", lambda: flow.data is not None and bool(flow.boxes))
    model = flow.data.pathway
    consular = next(s for s in model.steps if "consular" in s.roles)
    html = flow.boxes[consular.id].text.toPlainText()
    assert "Skip if the person fears return or asks for protection" in html
    chips = [
        i.text.toPlainText()
        for i in flow.view.scene().items()
        if hasattr(i, "text") and "→" in str(getattr(i.text, "toPlainText", lambda: "")())
    ]
    assert any("continue with the pathway" in c for c in chips)


def test_the_way_back_bar_takes_only_the_height_it_needs(open_window, qtbot) -> None:
    """After a jump the steps keep the screen: the "From …, step N — back" bar is one or two lines
    tall, never a slab that pushes the pathway off the screen."""
    ctx, win = open_window(size=(1366, 768))
    page = _open(win, qtbot, VICTIM)
    qtbot.mouseClick(page.view.decision_buttons["check-age"][0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ref == "pathway:child" and page.back_button.isVisible(), timeout=20_000)
    qtbot.wait(100)  # the layout settles
    bar, steps = page.back_button.height(), page.scroll_area.height()
    assert bar <= 3 * page.back_button.title.fontMetrics().height() + 40, bar
    assert steps > 3 * bar, (steps, bar)
