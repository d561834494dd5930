"""The route in words (domain/route_words.py) and the walk-through's route rules
(gui/walk_route.py), without a window: the same words on every screen and sheet."""

from __future__ import annotations

from bali_desktop.domain.pathway import Option, Pathway
from bali_desktop.domain.route_words import Jump, condition_text, jump_kind, jump_words, skipped_because
from bali_desktop.gui.walk_route import WalkRoute, next_index, passed_over, summary_text


def _pathway(ref: str, steps: list[dict]) -> Pathway:
    return Pathway.from_data(
        ref, {"title": ref.title(), "pause_points": [{"id": "p", "title": "P", "steps": steps}]}
    )


HERE = _pathway(
    "pathway:here",
    [
        {"id": "a", "action": "Ask."},
        {"id": "consul", "action": "Contact the consulate.", "unless": ["fears-return", "may-be-stateless"]},
        {"id": "asylum", "action": "Refer.", "only_if": ["fears-return", "signs-of-trafficking"]},
        {"id": "z", "action": "End.", "exit": "handover"},
    ],
)


def test_a_condition_in_plain_words() -> None:
    consul, asylum = HERE.step("consul"), HERE.step("asylum")
    assert condition_text(consul) == (
        "Skip if the person fears return or asks for protection, or if the person may be stateless."
    )
    assert condition_text(asylum) == (
        "Only if the person fears return or asks for protection, and there are signs of trafficking."
    )
    assert condition_text(HERE.step("a")) == ""
    assert skipped_because(consul, {"may-be-stateless"}) == "skipped because the person may be stateless"
    assert skipped_because(asylum, {"fears-return"}) == "only if there are signs of trafficking"


def test_where_an_answer_leads_in_words() -> None:
    here = Option("Yes", "z")
    there_and_back = Option("Yes", "pathway:other#refer", then="return:z")
    stay = Option("Yes", "pathway:other#refer", then="stay")
    aid = Option("Not sure", "aid:smuggling-or-trafficking", then="return:a")
    assert [jump_kind(o) for o in (here, there_and_back, stay, aid)] == ["step", "return", "stay", "aid"]
    assert jump_words(here, HERE, "", None) == "go to step 4"
    assert jump_words(there_and_back, HERE, "Other", 7) == "go to “Other”, step 7, then come back to step 4"
    assert jump_words(stay, HERE, "Other", 7) == "continue with the pathway “Other”, from step 7"
    assert jump_words(stay, HERE, "Other", 7, sheet=True) == "continue on the “Other” sheet, from step 7"
    assert jump_words(aid, HERE, "The aid", None) == "see the aid “The aid”, then come back to step 1"


def test_the_gates_pass_over_steps_and_the_summary_counts_them() -> None:
    fears = frozenset({"fears-return"})
    assert next_index(HERE, 1, fears) == 3  # consul skipped, asylum needs both facts
    assert [s.id for s in passed_over(HERE, 1, 3, fears)] == ["consul", "asylum"]
    assert next_index(HERE, 1, frozenset()) == 1
    ticks = {"a": ("done", None)}
    assert summary_text(HERE, ticks, fears, 3) == (
        "1 done, 0 not applicable, 2 passed over for this case, 1 still open of 4 steps."
    )
    assert summary_text(HERE, ticks, fears, 1) == "1 done, 0 not applicable, 3 still open of 4 steps."


def test_a_jump_is_followed_only_to_where_it_goes_and_carries_the_facts() -> None:
    route = WalkRoute()
    option = Option("Yes", "pathway:other#refer", sets=("fears-return",), then="return:z")
    jump = Jump.of(HERE, HERE.step("a"), option, frozenset({"no-interpreter"}))
    assert (jump.back_step, jump.back_number, jump.returns) == ("z", 4, True)
    route.jump(jump)
    assert not route.arrive("pathway:else", "")  # somewhere else: no way back shown
    assert route.origin is None
    route.jump(jump)
    assert route.arrive("pathway:other", "refer") and route.origin == jump
    assert route.facts["pathway:other"] == {"no-interpreter", "fears-return"}
    assert route.returns_after("pathway:other")
    assert route.come_back(frozenset({"fears-return", "signs-of-trafficking"})) == "walk:pathway:here#z"
    assert route.facts["pathway:here"] == {"fears-return", "signs-of-trafficking"}
    assert route.undo_jump() == "walk:pathway:here#a"
    assert route.facts["pathway:here"] == {"no-interpreter"}  # as before the answer
