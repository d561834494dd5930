"""Each content model made a record (content/render.py): the readable text line by line in English
and Indonesian, what search indexes and what it leaves out, the links and data. Written to kill the
mutants the shipped-content tests let live (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

from bali_desktop.content import render, schema
from bali_desktop.content.record import ContentRecord
from tests.mutation.tiny_content import pathway

SOURCE = {"document": "decl", "locator": "List"}


def a_pathway() -> schema.Pathway:
    p = pathway(
        indicators=[{"dimension": "D", "indicators": ["Ind one", "Ind two."]}],
        keywords=["k1", "k2"],
        related=["aid:a", "guide:g"],
        guides=["guide:g"],
        activities=["commitment:c"],
        roles=["police", "health"],
        based_on=["A standard", "Another"],
    )
    first, later = p["pause_points"][0]["steps"], p["pause_points"][1]["steps"]
    first[0].update(why="Because", unless=["fears-return"])
    first[1]["decision"] = {
        "question": "Q?",
        "options": [
            {"label": "Yes", "to": "pathway:q#x", "then": "return:a-4"},
            {"label": "No", "to": "a-5"},
            {"label": "Aid", "to": "aid:a", "then": "return:a-2"},
            {"label": "Other", "to": "pathway:r#y", "then": "stay"},
        ],
    }
    later[0].update(only_if=["no-interpreter"], why="Why?")
    return schema.Pathway.model_validate(p)


STEPS = [f"  {n}. Do a {n}" for n in range(1, 6)] + [f"  {n + 5}. Do b {n}" for n in range(1, 6)]


def test_a_pathway_reads_as_numbered_steps_with_conditions_decisions_and_jumps() -> None:
    r = render.pathway(
        a_pathway(), {"police": "Police"}, {"pathway:q": "Q path", "aid:a": "The aid"}, {"q": {"x": 3}}
    )
    assert r.text.split("\n") == [
        "Help the person.",
        "",
        "First contact (at once)",
        STEPS[0],
        "     Skip if the person fears return or asks for protection.",
        STEPS[1],
        "     Decide: Q?",
        "       Yes: see: Q path, step 3, then come back to step 4",
        "       No: go to step 5",
        "       Aid: see: The aid",
        "       Other: see: pathway:r",
        *STEPS[2:5],
        "Later (after)",
        STEPS[5],
        "     Only if no interpreter can be found.",
        *STEPS[6:],
        "",
        "Never:",
        "- Never this",
        "",
        "Refer to: Police, health.",
        "",
        "Based on: A standard; Another",
        "Guidance — not official Bali Process text.",
    ]
    assert r.index_text is not None
    assert r.index_text.split("\n") == [
        line for line in r.text.split("\n") if not line.startswith(("     Skip", "     Only", "       "))
    ]
    assert r.body == "Ind one.\nInd two.\nBecause.\nWhy?"
    assert r.related == [
        "aid:a",
        "guide:g",
        "pathway:q",
        "pathway:r",
        "role:police",
        "role:health",
        "commitment:c",
    ]
    assert (r.ref, r.kind, r.title, r.official, r.keywords) == (
        "pathway:p",
        "pathway",
        "Pathway p",
        False,
        "k1 k2",
    )
    assert r.data == a_pathway().model_dump()


def test_a_pathway_in_indonesian_uses_its_words() -> None:
    r = render.pathway(a_pathway(), {"police": "Polisi"}, {}, {"q": {"x": 3}}, "id")
    lines = r.text.split("\n")
    assert lines[4] == "     Lewati jika orang tersebut takut dipulangkan atau meminta perlindungan."
    assert lines[lines.index(STEPS[5]) + 1] == "     Hanya jika juru bahasa tidak dapat ditemukan."
    assert lines[6:11] == [
        "     Putuskan: Q?",
        "       Yes: lihat: pathway:q, langkah 3, lalu kembali ke langkah 4",
        "       No: lanjut ke langkah 5",
        "       Aid: lihat: aid:a",
        "       Other: lihat: pathway:r",
    ]
    assert lines[-8:] == [
        "",
        "Jangan pernah:",
        "- Never this",
        "",
        "Rujuk ke: Polisi, health.",
        "",
        "Berdasarkan: A standard; Another",
        "Panduan — bukan teks resmi Bali Process.",
    ]


def test_a_jump_without_numbers_names_no_step_and_a_return_to_an_unknown_step_names_it() -> None:
    p = pathway()
    p["pause_points"][0]["steps"][1]["decision"] = {
        "question": "Q?",
        "options": [{"label": "Yes", "to": "pathway:q#x", "then": "return:zz"}, {"label": "No", "to": "zz"}],
    }
    text = render.pathway(schema.Pathway.model_validate(p), {}, {}).text
    assert "       Yes: see: pathway:q, then come back to step zz\n       No: go to step zz\n" in text


def test_a_sentence_gets_its_full_stop_unless_it_has_one() -> None:
    assert [render._sentence(s) for s in ["a", "b.", "c?", "d!", "e:", "f. ", "g "]] == [
        "a.",
        "b.",
        "c?",
        "d!",
        "e:",
        "f. ",
        "g.",
    ]


def member(**fields: Any) -> schema.Member:
    return schema.Member.model_validate(
        {"id": "au", "title": "Australia", "category": "government", "source": SOURCE, **fields}
    )


def test_a_member_or_observer_says_what_it_is_unless_it_has_its_own_words() -> None:
    said = {
        ("member", "government"): "Member government of the Bali Process.",
        ("member", "organisation"): "Member international organisation of the Bali Process.",
        ("observer", "government"): "Observer state of the Bali Process.",
        ("observer", "organisation"): "Observer organisation of the Bali Process.",
    }
    for (kind, category), text in said.items():
        r = render.member(member(category=category), kind)
        assert (r.ref, r.kind, r.text, r.official) == (f"{kind}:au", kind, text, False)
        assert r.keywords == category
        assert r.data == {"category": category, "quoted": False}
    own = render.member(
        member(text="Our words.", quoted=True, keywords=["oz"], related=["role:x", "role:x"]), "member"
    )
    assert own == ContentRecord(
        ref="member:au",
        kind="member",
        title="Australia",
        text="Our words.",
        official=True,
        keywords="oz government",
        source_document="decl",
        source_locator="List",
        related=["role:x"],
        data={"category": "government", "quoted": True},
    )


def test_a_group_links_its_members_and_keeps_its_established_date() -> None:
    g = schema.Group.model_validate(
        {
            "id": "g",
            "title": "G",
            "text": "A group.",
            "established": "2015",
            "membership": ["member:au", "member:nz"],
            "related": ["member:au", "role:x"],
            "keywords": ["w"],
            "source": SOURCE,
        }
    )
    r = render.group(g)
    assert (r.ref, r.kind, r.title, r.text, r.official, r.keywords) == (
        "group:g",
        "group",
        "G",
        "A group.",
        False,
        "w",
    )
    assert r.related == ["member:au", "member:nz", "role:x"]
    assert r.data == {"established": "2015", "membership": ["member:au", "member:nz"], "quoted": False}
    assert (r.source_document, r.source_locator) == ("decl", "List")


def test_an_event_is_quoted_by_default_and_searchable_by_its_date() -> None:
    e = schema.Event.model_validate(
        {
            "id": "e",
            "date": "2023-02",
            "title": "E",
            "text": "It met.",
            "source": SOURCE,
            "related": ["group:g"],
        }
    )
    r = render.event(e)
    assert (r.ref, r.kind, r.title, r.text, r.official, r.keywords) == (
        "event:e",
        "event",
        "E",
        "It met.",
        True,
        "2023-02",
    )
    assert (r.related, r.data) == (["group:g"], {"date": "2023-02", "quoted": True})


def test_a_role_is_its_description() -> None:
    r = render.role(schema.Role(id="police", title="Police", description="The police."))
    assert r == ContentRecord(
        ref="role:police",
        kind="role",
        title="Police",
        text="The police.",
        official=False,
        data={"id": "police", "title": "Police", "description": "The police.", "consent_required": False},
    )


def a_guide(**fields: Any) -> schema.Guide:
    raw = {
        "id": "gd",
        "title": "A guide",
        "year": "2019",
        "producer": "IOM",
        "audience": "Officers",
        "purpose": "Teach.",
        "key_points": ["One", "Two"],
        "pathways": ["pathway:p"],
        "activities": ["commitment:c", "pathway:p"],
        "related": ["aid:a"],
        "keywords": ["x", "y"],
        "source": "The cover.",
        **fields,
    }
    return schema.Guide.model_validate(raw)


def test_a_guide_reads_as_its_facts_and_our_key_points() -> None:
    r = render.guide(a_guide())
    assert r.text.split("\n") == [
        "Teach.",
        "Year: 2019.",
        "Produced by: IOM.",
        "For: Officers.",
        "Key points (our summary):",
        "- One",
        "- Two",
        "Source of these facts: The cover.",
    ]
    assert (r.ref, r.kind, r.title, r.official, r.keywords) == ("guide:gd", "guide", "A guide", False, "x y")
    assert r.related == ["pathway:p", "commitment:c", "aid:a"]
    assert r.data == a_guide().model_dump()
    unsure = render.guide(a_guide(year=None, year_note="publication year not confirmed"), "id").text.split(
        "\n"
    )
    assert unsure[1:5] == [
        "Tahun: tahun belum dipastikan (publication year not confirmed).",
        "Disusun oleh: IOM.",
        "Untuk: Officers.",
        "Pokok-pokok (ringkasan kami):",
    ]
    assert unsure[-1] == "Sumber fakta ini: The cover."


def an_aid(**fields: Any) -> schema.Aid:
    raw = {
        "id": "a",
        "title": "Smuggling or trafficking?",
        "purpose": "Tell them apart.",
        "questions": [
            {"question": f"Q{i}?", "smuggling": f"s{i}", "trafficking": f"t{i}"} for i in (1, 2, 3)
        ],
        "remember": ["R1"],
        "based_on": ["B1", "B2"],
        "related": ["pathway:p"],
        "keywords": ["k", "w"],
        **fields,
    }
    return schema.Aid.model_validate(raw)


def test_an_aid_reads_as_its_questions_each_answered_both_ways() -> None:
    r = render.aid(an_aid())
    assert r.text.split("\n") == [
        "Tell them apart.",
        "",
        "Q1?",
        "  Smuggling: s1",
        "  Trafficking: t1",
        "Q2?",
        "  Smuggling: s2",
        "  Trafficking: t2",
        "Q3?",
        "  Smuggling: s3",
        "  Trafficking: t3",
        "",
        "Remember:",
        "- R1",
        "",
        "Based on: B1; B2",
        "Guidance — not official Bali Process text.",
    ]
    assert (r.ref, r.kind, r.title, r.official, r.keywords, r.related) == (
        "aid:a",
        "aid",
        "Smuggling or trafficking?",
        False,
        "k w",
        ["pathway:p"],
    )
    assert r.data == an_aid().model_dump()
    plain = render.aid(an_aid(remember=[]), "id").text.split("\n")
    assert plain[2:5] == ["Q1?", "  Penyelundupan migran: s1", "  Perdagangan orang: t1"]
    assert plain[11:] == ["", "Berdasarkan: B1; B2", "Panduan — bukan teks resmi Bali Process."]
    assert "Ingat:" in render.aid(an_aid(), "id").text


def test_a_document_says_who_published_it_and_when() -> None:
    d = schema.SourceDocument(id="decl", title="T", publisher="P", date="2023", file="f.txt", description="D")
    r = render.document(d)
    assert r == ContentRecord(
        ref="document:decl",
        kind="document",
        title="T",
        text="D\nPublished by P, 2023.",
        official=False,
        source_document="decl",
        source_locator="Whole document",
        data=d.model_dump(),
    )
    undated = schema.SourceDocument(id="decl", title="T", publisher="P", file="f.txt")
    assert render.document(undated).text == "\nPublished by P; date not stated."
