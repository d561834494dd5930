"""Paper numbers steps as the screen does: one number per pathway step (1..N over the pathway),
a decision under its step with the step's number, "go to N" naming those numbers; and so every
pathway's printed pause points keep to 5-9 items (CHECKLISTS.md rule 3)."""

from __future__ import annotations

import re

import pytest
from reportlab.platypus import KeepTogether

from bali_desktop import paths
from bali_desktop.checklists.builders import build, templates
from bali_desktop.domain.checklist import Checklist, ChecklistItem, Option, PausePoint, when_words
from bali_desktop.domain.pathway import Pathway  # plain Python: the screen's step numbers
from bali_desktop.pdf import flowchart
from bali_desktop.pdf.boxes import PausePointBar
from bali_desktop.pdf.checklist_pdf import CheckItem, checklist_story
from bali_desktop.pdf.fonts import BOLD
from bali_desktop.pdf.styles import theme
from bali_desktop.services.printing import sheet_context

# every shipped pathway (one file each, named by its id): new pathways are covered as they come
PATHWAYS = sorted(f"pathway:{p.stem}" for p in (paths.CONTENT_DIR / "pathways").glob("*.yaml"))


def _screen_numbers(library, ref: str) -> dict[str, int]:
    item = library.require(ref)
    return {s.id: s.number for s in Pathway.from_data(ref, item.data).steps}


def _shown_numbers(library, ref: str) -> dict[str, int]:
    """The numbers in the pathway's text (what `bali-desktop show` prints): "  17. Suspend..."."""
    item = library.require(ref)
    by_action = {s["action"]: s["id"] for pp in item.data["pause_points"] for s in pp["steps"]}
    out = {}
    for line in item.text.splitlines():
        m = re.match(r"^  (\d+)\. (.*)$", line)
        if m:
            out[by_action[m.group(2)]] = int(m.group(1))
    return out


def test_the_pathway_list_covers_every_pathway(library) -> None:
    assert sorted(PATHWAYS) == sorted(i.ref for i in library.items("pathway"))


@pytest.mark.parametrize("ref", PATHWAYS)
def test_checklist_numbers_are_the_screen_numbers(library, ref: str) -> None:
    checklist = build(library, ref)
    numbers = checklist.numbers()
    screen = _screen_numbers(library, ref)
    assert screen == _shown_numbers(library, ref)  # the window and `show` agree
    steps = checklist.steps()
    assert len(steps) == len(screen)
    for n, step in enumerate(steps, 1):
        assert numbers[step.item.uid] == screen[step.item.uid] == n
        if step.decision is not None:  # one number for a step and its decision
            assert numbers[step.decision.uid] == n
            assert step.decision.source_ref == step.item.source_ref


def test_scam_returnee_suspend_step_is_23_on_paper_too(library) -> None:
    """The reviewer's example (step 17 on screen was item 20 on paper); 18 since the asylum step,
    21 since the own-national steps (S4), 23 since the statelessness question (M8, X2)."""
    checklist = build(library, "pathway:scam-returnee")
    suspend = next(i for i in checklist.all_items() if i.text.startswith("Suspend any penalty"))
    screen = _screen_numbers(library, "pathway:scam-returnee")
    assert checklist.numbers()[suspend.uid] == 23 == screen[suspend.uid]


def test_a_moved_or_standalone_decision_keeps_a_number_of_its_own() -> None:
    """Only a decision straight after its own step joins it; one the user moved elsewhere, or
    added on its own (the aid's questions), is a numbered step of its own."""
    step = ChecklistItem("Ask the age", uid="age")
    decide = ChecklistItem("Decide: under 18?", uid="age.decide", options=[Option("Yes")])
    other = ChecklistItem("Ask: who paid?", uid="q", options=[Option("Smuggler"), Option("Recruiter")])
    c = Checklist("T", pause_points=[PausePoint("P", items=[step, decide, other])])
    assert c.numbers() == {"age": 1, "age.decide": 1, "q": 2}
    c.move_item(0, 1, 0, 2)  # the decision now follows the other question
    assert c.numbers() == {"age": 1, "q": 2, "age.decide": 3}
    c = Checklist("T", pause_points=[PausePoint("P", items=[step]), PausePoint("Q", items=[decide])])
    assert c.numbers() == {"age": 1, "age.decide": 2}  # across a pause point: not joined


def _story_steps(checklist, session) -> list[list[CheckItem]]:
    """The numbered items of each printed pause point, read off the sheet's flowables."""
    t = theme(False)
    story = checklist_story(checklist, sheet_context(session, checklist.contact_roles), t, 480)
    flat = []
    for f in story:
        flat += f._content if isinstance(f, KeepTogether) else [f]
    blocks: list[list[CheckItem]] = []
    for f in flat:
        if isinstance(f, PausePointBar):
            blocks.append([])
        elif isinstance(f, CheckItem) and f.head and blocks:
            blocks[-1].append(f)
    return blocks


@pytest.mark.parametrize("ref", [*PATHWAYS, "aid:smuggling-or-trafficking"])
def test_printed_pause_points_have_5_to_9_items(session, ref: str) -> None:
    """CHECKLISTS.md rule 3, on the sheet as printed: each pause point 5-9 numbered items."""
    checklist = build(session.content, ref)
    blocks = _story_steps(checklist, session)
    assert len(blocks) == len(checklist.pause_points)
    numbers = []
    for pp, block in zip(checklist.pause_points, blocks, strict=True):
        assert 5 <= len(block) <= 9, f"{ref} {pp.title!r}: {len(block)} items"
        numbers += [i.number for i in block]
    assert numbers == list(range(1, len(numbers) + 1))


def test_every_pathway_template_keeps_to_5_to_9_per_pause_point(library) -> None:
    for template in templates(library):
        if template.kind != "pathway":
            continue
        for pp in build(library, template.ref).pause_points:
            assert 5 <= len(pp.steps()) <= 9, (template.ref, pp.title, len(pp.steps()))


@pytest.mark.parametrize("ref", PATHWAYS)
def test_flow_chart_numbers_and_go_tos_are_the_screen_numbers(library, ref: str) -> None:
    checklist = build(library, ref)
    screen = _screen_numbers(library, ref)
    targets = {o.target for s in checklist.steps() if s.decision for o in s.decision.options if o.target}
    for k, pp in enumerate(checklist.pause_points):
        canvas, _ = flowchart._layout(checklist, k, 250, 7.0)
        texts = [it[3] for it in canvas.items if it[0] == "text"]
        drawn = [
            int(it[3])
            for it in canvas.items  # the box numbers, in bold
            if it[0] == "text" and it[4] == BOLD and it[3].isdigit()
        ]
        assert drawn == [screen[s.item.uid] for s in pp.steps()], pp.title
        for go in re.findall(r"go to (\d+)", " ".join(texts)):
            assert int(go) in {screen[t] for t in targets}
    # every step target named in a side branch is a screen number (e.g. 34 for scam-returnee)
    if ref == "pathway:scam-returnee":
        all_texts = " ".join(
            it[3]
            for k in range(len(checklist.pause_points))
            for it in flowchart._layout(checklist, k, 250, 7.0)[0].items
            if it[0] == "text"
        )
        assert "go to 34" in all_texts


@pytest.mark.parametrize(
    ("when", "printed"),
    [
        ("when you cannot yet tell", "you cannot yet tell"),
        ("When: the person is safe", "the person is safe"),
        ("  when  once an interpreter is present", "once an interpreter is present"),
        ("whenever the person asks", "whenever the person asks"),
        ("as soon as you meet the person", "as soon as you meet the person"),
        ("when", ""),
        ("", ""),
    ],
)
def test_when_is_never_doubled(when: str, printed: str) -> None:
    assert when_words(when) == printed


def test_no_template_says_when_twice(library) -> None:
    for template in templates(library):
        for pp in build(library, template.ref).pause_points:
            assert not pp.when.lower().startswith("when"), (template.ref, pp.when)


def test_checklist_show_numbers_as_the_screen(capsys, fresh_library) -> None:
    """`bali-desktop checklist show` numbers a saved pathway checklist as the sheet does."""
    from bali_desktop.cli import main

    folder = str(fresh_library.db_path.parent)
    assert main(["--data-dir", folder, "checklist", "new-from", "pathway:scam-returnee"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "checklist", "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "  23. [ ] Suspend any penalty" in out
    assert "<> Decide: Does the person fear persecution" in out and "continue here at step 34:" in out
    # the sheet's words (domain/route_words.py, issue 14 point 4), never the old "go to N"
    assert "go to 3" not in out and "( ) Yes: continue here at step" in out
    assert "when: when" not in out.lower()
