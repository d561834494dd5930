"""A pathway and a phrase set as the command line gives them (cli/pathway_out.py, cli/phrases_out.py):
every field of the route's JSON, the "why" lines and signs in English and Indonesian, every card in
every language. Written to kill the mutants the command-line tests let live (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

from bali_desktop.cli.pathway_out import pathway_json, pathway_lines
from bali_desktop.cli.phrases_out import phrases_json
from bali_desktop.content import schema
from bali_desktop.content.phrases import PhraseSetModel
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.phrases import PhraseSet
from bali_desktop.domain.route_words import SIGNS_RULE
from tests.mutation.tiny_content import pathway, phrase_set


def a_pathway(**fields: Any) -> Pathway:
    raw = pathway(**fields)
    first, later = raw["pause_points"][0]["steps"], raw["pause_points"][1]["steps"]
    first[0].update(why="It matters.", say="Hello.", roles=["police"], unless=["fears-return"])
    first[1]["decision"] = {
        "question": "Q?",
        "options": [
            {"label": "Yes", "to": "pathway:q#x", "then": "return:a-4", "sets": ["signs-of-trafficking"]},
            {"label": "No", "to": "a-5"},
        ],
    }
    first[2].update(only_if=["no-interpreter"], phrases="phrases:first-contact#language")
    later[4].update(exit="handover", why="Last.")
    return Pathway.from_data("pathway:p", schema.Pathway.model_validate(raw).model_dump())


def test_the_route_gives_every_step_in_order_with_its_decision_gates_and_end() -> None:
    route = pathway_json(a_pathway())["route"]
    assert [s["id"] for s in route] == [f"a-{n}" for n in range(1, 6)] + [f"b-{n}" for n in range(1, 6)]
    assert route[0] == {
        "id": "a-1",
        "number": 1,
        "pause_point": "first",
        "action": "Do a 1",
        "why": "It matters.",
        "say": "Hello.",
        "roles": ["police"],
        "unless": ["fears-return"],
        "only_if": [],
        "decision": None,
    }
    assert route[1]["decision"] == {
        "question": "Q?",
        "options": [
            {"label": "Yes", "to": "pathway:q#x", "sets": ["signs-of-trafficking"], "then": "return:a-4"},
            {"label": "No", "to": "a-5", "sets": [], "then": None},
        ],
    }
    assert route[2] == {
        "id": "a-3",
        "number": 3,
        "pause_point": "first",
        "action": "Do a 3",
        "why": "",
        "roles": [],
        "unless": [],
        "only_if": ["no-interpreter"],
        "decision": None,
        "phrases": "phrases:first-contact#language",
    }
    assert route[9]["exit"] == "handover"
    assert (route[9]["number"], route[9]["pause_point"]) == (10, "later")
    assert "exit" not in route[8] and "say" not in route[8] and "phrases" not in route[8]


def test_the_rest_of_the_pathway_is_its_signs_what_never_to_do_and_its_sources() -> None:
    p = a_pathway(
        indicators=[
            {"dimension": "D1", "indicators": ["i1", "i2"]},
            {"dimension": "D2", "indicators": ["i3"]},
        ],
        never_do=["n1", "n2"],
        based_on=["b1", "b2"],
    )
    out = pathway_json(p)
    assert list(out) == ["route", "indicators", "never_do", "based_on"]
    assert out["indicators"] == [
        {"dimension": "D1", "indicators": ["i1", "i2"]},
        {"dimension": "D2", "indicators": ["i3"]},
    ]
    assert (out["never_do"], out["based_on"]) == (["n1", "n2"], ["b1", "b2"])


def test_the_why_lines_and_the_signs_in_english() -> None:
    p = a_pathway(
        indicators=[
            {"dimension": "D1", "indicators": ["i1", "i2"]},
            {"dimension": "D2", "indicators": ["i3"]},
        ]
    )
    assert pathway_lines(p) == [
        "",
        "Why:",
        "  1. It matters.",
        "  10. Last.",
        "",
        "Indicators (signs to look for):",
        f"  {SIGNS_RULE}",
        "  D1:",
        "  - i1",
        "  - i2",
        "  D2:",
        "  - i3",
    ]
    assert pathway_lines(p, "fr") == pathway_lines(p)


def test_the_why_lines_and_the_signs_in_indonesian() -> None:
    p = a_pathway(indicators=[{"dimension": "D1", "indicators": ["i1"]}])
    assert pathway_lines(p, "id") == [
        "",
        "Alasannya:",
        "  1. It matters.",
        "  10. Last.",
        "",
        "Indikator (tanda-tanda yang perlu diperhatikan):",
        "  Tidak ada tanda yang membuktikan atau menyingkirkan suatu kasus. Satu tanda yang jelas bisa cukup "
        "untuk merujuk. Jika ragu, rujuk.",
        "  D1:",
        "  - i1",
    ]


def test_a_pathway_without_whys_or_signs_has_no_lines() -> None:
    plain = Pathway.from_data("pathway:p", schema.Pathway.model_validate(pathway()).model_dump())
    assert pathway_lines(plain) == []
    assert pathway_lines(plain, "id") == []
    signs_only = Pathway.from_data(
        "pathway:p",
        schema.Pathway.model_validate(
            pathway(indicators=[{"dimension": "D", "indicators": ["i"]}])
        ).model_dump(),
    )
    assert pathway_lines(signs_only)[:2] == ["", "Indicators (signs to look for):"]


def test_a_phrase_set_gives_every_language_and_every_card_in_each() -> None:
    raw = phrase_set()
    raw["languages"][1].update(direction="rtl", native="Bahasa")
    raw["cards"][0]["note"] = "Point."
    raw["cards"][0]["text"]["id"].update(status="reviewed", reviewed_by="Ana", note="Polite.")
    model = PhraseSetModel.model_validate(raw)
    out = phrases_json(PhraseSet.from_data("phrases:first-contact", model.model_dump()))
    assert out == {
        "languages": [
            {"code": "en", "name": "English", "native": "English", "script": "Latin", "direction": "ltr"},
            {"code": "id", "name": "Indonesian", "native": "Bahasa", "script": "Latin", "direction": "rtl"},
        ],
        "cards": [
            {
                "id": "language",
                "kind": "statement",
                "title": "Language",
                "note": "Point.",
                "text": {
                    "en": {
                        "text": "What language do you speak?",
                        "status": "source",
                        "status_label": "English source text, written for Bali Desktop",
                        "note": "",
                    },
                    "id": {
                        "text": "Bahasa apa yang Anda gunakan?",
                        "status": "reviewed",
                        "status_label": "Checked by a native speaker (Ana)",
                        "note": "Polite.",
                    },
                },
            }
        ],
    }
