"""The window's plain parts: locations and history, snippets, grouping, rich text, start-up guards."""

from __future__ import annotations

import sys

import pytest

from bali_desktop.domain.locations import History, Location, parse
from bali_desktop.domain.records import Item, SearchHit, Source


def test_locations_name_every_screen() -> None:
    """Refs, anchors, places, walk-throughs and sources parse to the screen that shows them."""
    assert parse("home") == Location("place", "home")
    assert parse("place:contacts") == Location("place", "contacts")
    assert parse("pathway:child#ask-age") == Location("pathway", "pathway:child", "ask-age")
    assert parse("walk:pathway:child") == Location("walk", "pathway:child")
    assert parse("flow:pathway:child#x") == Location("flow", "pathway:child", "x")
    assert parse("document:adelaide-strategy-2023#16") == Location("source", "adelaide-strategy-2023", "16")
    assert parse("document:adelaide-strategy-2023#16").ref == "document:adelaide-strategy-2023"
    assert parse("guide:x") == Location("reader", "guide:x")
    assert parse("") == parse("  ") == Location("place", "home")  # nothing typed: home
    for bad in ("place:nowhere", "place:", "walk:guide:x", "nonsense", "spaceship:x", "guide:"):
        with pytest.raises(ValueError):
            parse(bad)


def test_history_goes_back_and_forward_like_a_browser() -> None:
    """Visiting after going back drops the forward entries."""
    h = History()
    for loc in ("home", "a:1", "b:2"):
        h.visit(loc)
    assert h.back() == "a:1" and h.back() == "home" and h.back() is None
    assert h.forward() == "a:1"
    h.visit("c:3")
    assert not h.can_forward and h.current == "c:3" and h.back() == "a:1"


def test_hits_are_grouped_by_kind_pathways_first() -> None:
    """Pathways and aids lead; other groups follow their best hit; rank order within a group."""
    from bali_desktop.gui.search import group_hits

    hits = [
        SearchHit("event:e", "event", "E", "", 10),
        SearchHit("guide:a", "guide", "A", "", 9),
        SearchHit("pathway:b", "pathway", "B", "", 8),
        SearchHit("guide:c", "guide", "C", "", 7),
        SearchHit("aid:d", "aid", "D", "", 6),
    ]
    groups = group_hits(hits)
    assert [k for k, _ in groups] == ["pathway", "aid", "event", "guide"]
    assert [h.ref for h in groups[3][1]] == ["guide:a", "guide:c"]


def _item(**kw) -> Item:  # noqa: ANN003
    base = {
        "ref": "commitment:x-1",
        "kind": "commitment",
        "title": "T <i>",
        "text": 'Say "this" & that',
        "official": True,
        "source": Source("doc", "The Doc", "Activity 1", 7),
        "parent": None,
        "related": (),
    }
    base.update(kw)
    return Item(**base)


def test_official_text_is_a_quotation_with_a_citation_link() -> None:
    """Official items quote their text and link to the document at the paragraph."""
    from bali_desktop.gui import theme
    from bali_desktop.gui.item_html import ReaderData, reader_html

    html = reader_html(ReaderData(_item()), theme.colors("light"))
    assert "href='document:doc#7'" in html and "Activity 1" in html
    assert "T &lt;i&gt;" in html and "&amp; that" in html
    assert "not official" not in html


def test_our_text_is_labelled_guidance() -> None:
    """Anything not official carries a label: guidance for advice, summary for facts."""
    from bali_desktop.gui import theme
    from bali_desktop.gui.item_html import ReaderData, reader_html

    html = reader_html(ReaderData(_item(ref="group:g", kind="group", official=False)), theme.colors("dark"))
    assert "Summary written for Bali Desktop from the source named below — not official" in html
    assert "Based on:" in html
    html = reader_html(ReaderData(_item(ref="role:r", kind="role", official=False)), theme.colors("dark"))
    assert "Guidance — not official Bali Process text" in html


def test_pathway_steps_are_numbered_once_across_pause_points() -> None:
    """Step numbers run on across pause points, and decisions keep their options."""
    from bali_desktop.domain.pathway import Pathway

    data = {
        "title": "P",
        "purpose": "p",
        "pause_points": [
            {
                "id": "a",
                "title": "A",
                "when": "w",
                "steps": [{"id": "s1", "action": "Do 1"}, {"id": "s2", "action": "Do 2"}],
            },
            {
                "id": "b",
                "title": "B",
                "when": "w",
                "steps": [
                    {
                        "id": "s3",
                        "action": "Ask",
                        "decision": {
                            "question": "Q?",
                            "options": [
                                {"label": "Yes", "goto": "s1"},
                                {"label": "No", "goto": "pathway:child"},
                            ],
                        },
                    }
                ],
            },
        ],
    }
    model = Pathway.from_data("pathway:p", data)
    assert [s.number for s in model.steps] == [1, 2, 3]
    s3 = model.step("s3")
    assert s3.is_decision and s3.pause_title == "B"
    assert [o.is_ref for o in s3.options] == [False, True]
    assert model.next_step("s2") == s3 and model.next_step("s3") is None


def test_no_display_says_so_in_one_line(monkeypatch, capsys) -> None:
    """Without a display the command points to the CLI instead of crashing."""
    from bali_desktop.gui import launch

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert launch.launch(None) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bali-desktop --help" in err


def test_uncaught_errors_become_a_message_and_a_log(monkeypatch, tmp_path, qapp) -> None:
    """The excepthook shows words, not a traceback, and writes the details to the log."""
    import logging

    from PySide6.QtWidgets import QMessageBox

    from bali_desktop.gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = app.setup_logging(tmp_path)
    try:
        app.install_excepthook(log_path)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for h in root.handlers[:]:
            if h not in handlers:
                h.close()
                root.removeHandler(h)
    assert shown and "boom" in shown[0][2] and "Traceback" not in shown[0][2]
    logged = log_path.read_text()  # where and what kind, never the message (it may hold typed text)
    assert "test_uncaught_errors" in logged and logged.strip().splitlines()[-1] == "RuntimeError"


def test_the_window_module_imports_no_screen_before_it_is_shown() -> None:
    """Start-up speed: the window paints before any page module is imported (screen_registry
    imports each when its screen is first shown)."""
    import subprocess

    code = "\n".join(
        [
            "import sys",
            "import bali_desktop.gui.main_window",
            "ours = [m for m in sys.modules if m.startswith('bali_desktop.gui.')]",
            "later = ('_page', '.search', '.widgets', 'gui.checklists')",
            "print(sorted(m for m in ours if m.endswith(later) or '.checklist' in m))",
        ]
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_refcount_guard_is_for_pyside_6_12_0_before_python_3_12_only() -> None:
    """PySide6 6.12.0 loses references to None on Python 3.11: only that pair is guarded."""
    import PySide6

    from bali_desktop.gui.qt_compat import affected, pin_singletons

    assert affected((6, 12, 0), (3, 11)) and affected((6, 12, 0, "", ""), (3, 11, 7))
    assert not affected((6, 11, 3), (3, 11)) and not affected((6, 12, 1), (3, 11))
    assert not affected((6, 12, 0), (3, 12)) and not affected((6, 13, 0), (3, 11))
    running = tuple(PySide6.__version_info__[:3]) == (6, 12, 0) and sys.version_info < (3, 12)
    assert affected() == running
    if not running:
        assert pin_singletons() is False  # nothing touched


def test_none_true_and_false_cannot_be_used_up() -> None:
    """The guard itself: pinned, None, True and False have more references than any session uses."""
    from bali_desktop.gui import qt_compat

    qt_compat._pin()
    if sys.version_info < (3, 12):
        assert min(sys.getrefcount(o) for o in (None, True, False)) > 1 << 39
