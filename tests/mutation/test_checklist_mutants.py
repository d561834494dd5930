"""domain/checklist: the editing methods undo relies on (each at its index's edges), the reading
helpers, and the small rules (`when` words, a step's decision, stored counts), pinned directly."""

from __future__ import annotations

from datetime import datetime

import pytest

from bali_desktop.domain.checklist import (
    CHECKLIST_TYPES,
    DECIDE_SUFFIX,
    Checklist,
    ChecklistItem,
    Option,
    PausePoint,
    Reminder,
    Step,
    _count,
    belongs_to,
    new_uid,
    when_words,
)


def _item(uid: str, *, official: bool = False, options: list[Option] | None = None) -> ChecklistItem:
    return ChecklistItem(text=f"Do {uid}", uid=uid, official=official, options=options or [])


def _uids(c: Checklist) -> list[list[str]]:
    return [[i.uid for i in pp.items] for pp in c.pause_points]


def _two() -> Checklist:
    return Checklist(
        "T",
        pause_points=[
            PausePoint("One", items=[_item("a"), _item("b"), _item("c")], uid="p1"),
            PausePoint("Two", items=[_item("d")], uid="p2"),
        ],
    )


def test_a_new_uid_is_ten_hex_digits_and_new_each_time() -> None:
    a, b = new_uid(), new_uid()
    assert len(a) == 10 and int(a, 16) >= 0 and a != b
    assert CHECKLIST_TYPES == ("READ-DO", "DO-CONFIRM")
    assert DECIDE_SUFFIX == ".decide"


@pytest.mark.parametrize(
    ("when", "words"),
    [
        ("when the person arrives", "the person arrives"),
        ("When: the person arrives", "the person arrives"),
        ("  when : arrives  ", "arrives"),
        ("WHEN arrives", "arrives"),
        ("when", ""),
        ("whenever it rains", "whenever it rains"),
        ("whe", "whe"),
        ("asap", "asap"),  # four letters that are not "when"
        ("When: X-ray done", "X-ray done"),
        ("when XX", "XX"),
        ("at first contact", "at first contact"),
        ("", ""),
    ],
)
def test_when_words_never_say_when_twice(when: str, words: str) -> None:
    assert when_words(when) == words


def test_a_decision_belongs_to_the_step_it_was_made_for_only() -> None:
    step = _item("s1")
    decision = _item("s1.decide", options=[Option("Yes")])
    assert belongs_to(decision, step)
    assert not belongs_to(_item("s1.decide"), step)  # no options: not a decision
    assert not belongs_to(decision, _item("s2"))
    assert not belongs_to(decision, _item("s1", options=[Option("No")]))  # a decision is no step
    assert not belongs_to(_item("s1decide", options=[Option("Yes")]), step)


def test_steps_pair_a_step_with_its_decision_once() -> None:
    d1 = _item("s1.decide", options=[Option("Yes")])
    again = _item("s1.decide", options=[Option("No")])  # a second one (never made): a step of its own
    pp = PausePoint("P", items=[_item("s1"), d1, again, _item("x")])
    assert pp.steps() == [Step(pp.items[0], d1), Step(again), Step(pp.items[3])]
    assert PausePoint("Q", items=[d1]).steps() == [Step(d1)]


def test_a_step_and_its_decision_share_a_number_running_through_every_pause_point() -> None:
    d1 = _item("s1.decide", options=[Option("Yes")])
    lone = _item("z.decide", options=[Option("No")])
    c = Checklist(
        "T",
        pause_points=[
            PausePoint("P", items=[_item("s1"), d1, lone, _item("x")]),
            PausePoint("R", items=[_item("y")]),
        ],
    )
    assert len(c.steps()) == 4
    assert c.numbers() == {"s1": 1, "s1.decide": 1, "z.decide": 2, "x": 3, "y": 4}
    assert c.item_numbers() == [[1, 1, 2, 3], [4]]


def test_reading_a_checklist() -> None:
    c = _two()
    assert c.ref is None
    c.id = 7
    assert c.ref == "checklist:7"
    assert [i.uid for i in c.all_items()] == ["a", "b", "c", "d"]
    assert c.item_count() == 4
    assert c.find("a") == (0, 0)
    assert c.find("c") == (0, 2)
    assert c.find("d") == (1, 0)
    assert c.find("zz") is None
    assert Checklist("E").item_count() == 0


def test_guidance_is_any_word_of_ours() -> None:
    official = Checklist("T", pause_points=[PausePoint("P", items=[_item("a", official=True)])])
    assert not official.has_guidance()
    assert Checklist("T", purpose="Why").has_guidance()
    assert Checklist("T", reminders=[Reminder("Never")]).has_guidance()
    official.pause_points[0].items.append(_item("b"))
    assert official.has_guidance()
    assert not Checklist("T").has_guidance()


def test_a_copy_shares_nothing() -> None:
    c = _two()
    k = c.copy()
    k.pause_points[0].items[0].text = "changed"
    k.pause_points[1].items.clear()
    assert c.pause_points[0].items[0].text == "Do a" and _uids(c)[1] == ["d"]


def test_inserting_an_item_keeps_its_index_inside_the_list() -> None:
    c = _two()
    c.insert_item(0, 1, _item("x"))
    assert _uids(c)[0] == ["a", "x", "b", "c"]
    c.insert_item(0, 99, _item("end"))
    assert _uids(c)[0] == ["a", "x", "b", "c", "end"]
    c.insert_item(0, -5, _item("start"))
    assert _uids(c)[0] == ["start", "a", "x", "b", "c", "end"]
    c.insert_item(1, 0, _item("y"))
    assert _uids(c)[1] == ["y", "d"]
    c.insert_item(1, 2, _item("z"))  # exactly at the end
    assert _uids(c)[1] == ["y", "d", "z"]


def test_removing_and_replacing_return_what_undo_needs() -> None:
    c = _two()
    assert c.remove_item(0, 1).uid == "b"
    assert _uids(c) == [["a", "c"], ["d"]]
    old = c.replace_item(1, 0, _item("n"))
    assert old.uid == "d" and _uids(c) == [["a", "c"], ["n"]]


def test_moving_an_item_puts_it_at_its_index_after_the_move() -> None:
    c = _two()
    c.move_item(0, 0, 0, 2)
    assert _uids(c) == [["b", "c", "a"], ["d"]]
    c.move_item(0, 2, 1, 0)
    assert _uids(c) == [["b", "c"], ["a", "d"]]
    c.move_item(1, 1, 0, 1)
    assert _uids(c) == [["b", "d", "c"], ["a"]]


def test_pause_points_are_inserted_removed_and_moved_inside_the_list() -> None:
    c = _two()
    c.insert_pause_point(1, PausePoint("Mid", uid="m"))
    assert [p.uid for p in c.pause_points] == ["p1", "m", "p2"]
    c.insert_pause_point(50, PausePoint("End", uid="e"))
    c.insert_pause_point(-3, PausePoint("Start", uid="s"))
    assert [p.uid for p in c.pause_points] == ["s", "p1", "m", "p2", "e"]
    assert c.remove_pause_point(2).uid == "m"
    assert [p.uid for p in c.pause_points] == ["s", "p1", "p2", "e"]
    c.move_pause_point(0, 3)
    assert [p.uid for p in c.pause_points] == ["p1", "p2", "e", "s"]
    c.move_pause_point(3, 1)
    assert [p.uid for p in c.pause_points] == ["p1", "s", "p2", "e"]


def test_adding_returns_where_the_item_went() -> None:
    c = _two()
    assert c.add_item(_item("x")) == (1, 1)
    assert c.add_item(_item("y"), 0) == (0, 3)
    assert _uids(c) == [["a", "b", "c", "y"], ["d", "x"]]
    empty = Checklist("E")
    assert empty.add_item(_item("z")) == (0, 0)
    assert empty.pause_points[0].title == "Items" and _uids(empty) == [["z"]]


@pytest.mark.parametrize(
    ("value", "count"),
    [(0, 0), (1, 1), (3, 3), (5, 5), (6, 5), (99, 5), (-2, 0), (True, 0), ("3", 0), (2.0, 0)],
)
def test_a_stored_count_of_lines_is_a_small_whole_number(value: object, count: int) -> None:
    assert _count(value) == count


def test_a_type_not_known_is_read_as_read_do() -> None:
    assert Checklist.from_body("T", "DO-CONFIRM", {}).checklist_type == "DO-CONFIRM"
    assert Checklist.from_body("T", "SOMETHING", {}).checklist_type == "READ-DO"
    assert Checklist.from_body("T", "READ-DO", None).pause_points == []  # type: ignore[arg-type]


def test_a_checklist_read_back_keeps_its_columns() -> None:
    made, changed = datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 2, 3, 4, 5, 6)
    c = Checklist.from_body(
        "T", "READ-DO", {}, origin_ref="pathway:child", id=4, created_at=made, updated_at=changed
    )
    assert (c.origin_ref, c.id, c.created_at, c.updated_at) == ("pathway:child", 4, made, changed)
