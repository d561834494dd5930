"""Content translations one rule at a time (content/translations.py): which fields each kind takes,
what a whole translation needs, the statuses, and the messages that name the file, the item and the
field. Written to kill the mutants the loader's tests let live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bali_desktop import paths
from bali_desktop.content import schema, translations
from bali_desktop.content.translations import Entry, ItemText, TranslationFile
from bali_desktop.domain.errors import ContentError

ID_DIR = paths.CONTENT_DIR / translations.FOLDER / "id"


def shipped(name: str, key: str) -> list[dict[str, Any]]:
    return list(yaml.safe_load((paths.CONTENT_DIR / name).read_text(encoding="utf-8"))[key])


def shipped_id(ref: str) -> dict[str, Any]:
    for path in sorted(ID_DIR.rglob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
        if ref in items:
            return dict(items[ref])
    raise AssertionError(ref)


def entry(raw: dict[str, Any], ref: str = "role:x", path: str = "id/t.yaml", lang: str = "id") -> Entry:
    return Entry(Path(path), lang, ref, ItemText.model_validate(raw), "not-checked", "")


def fails(message: str, fn: Any, *args: Any) -> None:
    with pytest.raises(ContentError) as e:
        fn(*args)
    assert str(e.value) == message, str(e.value)


# --- the file ---------------------------------------------------------------------------------------


def test_a_reviewed_item_needs_a_reviewer_from_itself_or_its_file() -> None:
    item = {"title": "T", "status": "reviewed"}
    with pytest.raises(ValueError, match="role:x: status 'reviewed' needs 'reviewed_by' .who checked it."):
        TranslationFile.model_validate({"language": "id", "items": {"role:x": item}})
    TranslationFile.model_validate({"language": "id", "items": {"role:x": {**item, "reviewed_by": "A"}}})
    TranslationFile.model_validate({"language": "id", "reviewed_by": "A", "items": {"role:x": item}})
    with pytest.raises(ValueError, match="needs 'reviewed_by'"):
        TranslationFile.model_validate(
            {"language": "id", "status": "reviewed", "items": {"role:x": {"title": "T"}}}
        )
    ok = TranslationFile.model_validate(
        {"language": "id", "status": "reviewed", "items": {"role:x": {"title": "T", "status": "not-checked"}}}
    )
    assert ok.status == "reviewed"


def write(root: Path, lang: str, name: str, text: str) -> Path:
    path = root / translations.FOLDER / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path, model: Any) -> Any:
    return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_every_language_folder_is_read_and_each_item_carries_its_status(tmp_path: Path) -> None:
    assert translations.read_all(tmp_path, read) == []
    write(tmp_path, "id", "b.yaml", "language: id\nitems:\n  role:b:\n    title: B\n")
    a = write(
        tmp_path,
        "id",
        "sub/a.yaml",
        "language: id\nstatus: reviewed\nreviewed_by: Rina\nitems:\n"
        "  role:a:\n    title: A\n  role:c:\n    title: C\n    status: not-checked\n    reviewed_by: Budi\n"
        "  role:d:\n    title: D\n    reviewed_by: Dewi\n",
    )
    write(
        tmp_path,
        "ms",
        "a.yaml",
        "language: ms\nstatus: reviewed\nreviewed_by: Siti\nitems:\n  role:a:\n    title: A\n",
    )
    (tmp_path / translations.FOLDER / "notes.txt").write_text("not a folder")
    got = translations.read_all(tmp_path, read)
    assert [(e.language, e.ref, e.status, e.reviewed_by) for e in got] == [
        ("id", "role:b", "not-checked", ""),
        ("id", "role:a", "reviewed", "Rina"),
        ("id", "role:c", "not-checked", ""),
        ("id", "role:d", "reviewed", "Dewi"),
        ("ms", "role:a", "reviewed", "Siti"),
    ]
    assert got[1].path == a and got[1].text.title == "A"


@pytest.mark.parametrize(("folder", "language"), [("id", "ms"), ("en", "en")])
def test_a_file_in_the_wrong_folder_or_in_english_is_refused(
    tmp_path: Path, folder: str, language: str
) -> None:
    path = write(tmp_path, folder, "a.yaml", f"language: {language}\nitems: {{}}\n")
    fails(
        f"{path}: language {language!r} must be its folder's ({folder!r}), "
        "and not the source language ('en')",
        translations.read_all,
        tmp_path,
        read,
    )


def test_an_item_translated_twice_names_both_files(tmp_path: Path) -> None:
    first = write(tmp_path, "id", "a.yaml", "language: id\nitems:\n  role:a:\n    title: A\n")
    second = write(tmp_path, "id", "b.yaml", "language: id\nitems:\n  role:a:\n    title: A\n")
    fails(
        f"{second}: role:a: translated twice into 'id' (also in {first})",
        translations.read_all,
        tmp_path,
        read,
    )
    write(tmp_path, "ms", "a.yaml", "language: ms\nitems:\n  role:a:\n    title: A\n")
    second.unlink()
    assert len(translations.read_all(tmp_path, read)) == 2  # once per language is not twice


# --- which fields a kind takes ------------------------------------------------------------------------


def test_the_fields_given_leave_out_the_status_and_what_is_empty() -> None:
    text = ItemText.model_validate(
        {"status": "reviewed", "reviewed_by": "A", "title": "T", "keywords": [], "purpose": None, "steps": {}}
    )
    assert translations.given(text) == {"title"}
    assert translations.given(ItemText.model_validate({"text": "", "never_do": ["x"]})) == {
        "text",
        "never_do",
    }


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("pathway", {"title": "T", "purpose": "P", "never_do": ["x"], "keywords": ["k"]}),
        ("aid", {"title": "T", "purpose": "P", "remember": ["r"], "keywords": ["k"]}),
        ("role", {"title": "T", "description": "D"}),
        (
            "guide",
            {"purpose": "P", "audience": "A", "key_points": ["k"], "year_note": "y", "keywords": ["k"]},
        ),
        ("event", {"text": "Our summary.", "keywords": ["k"]}),
        ("member", {"text": "Our summary."}),
        ("commitment", {"title": "Our title", "keywords": ["k"]}),
    ],
)
def test_each_kind_takes_its_own_fields(kind: str, raw: dict[str, Any]) -> None:
    official = kind == "commitment"
    translations.check_kind(entry(raw, f"{kind}:x"), kind, official)


@pytest.mark.parametrize(
    ("kind", "raw", "field"),
    [
        ("role", {"title": "T", "purpose": "P"}, "purpose"),
        ("aid", {"description": "D"}, "description"),
        ("pathway", {"audience": "A"}, "audience"),
        ("guide", {"steps": {"s": {"action": "A"}}}, "steps"),
        ("event", {"purpose": "P"}, "purpose"),
        ("member", {"keywords": ["k"], "never_do": ["n"]}, "never_do"),
    ],
)
def test_a_field_a_kind_does_not_take_is_refused_by_name(kind: str, raw: dict[str, Any], field: str) -> None:
    fails(
        f"id/t.yaml: {kind}:x: field {field!r} cannot be translated "
        f"(a {kind} has no such field to translate)",
        translations.check_kind,
        entry(raw, f"{kind}:x"),
        kind,
        False,
    )


def test_official_items_take_only_our_title_and_search_words() -> None:
    fails(
        "id/t.yaml: document:x: field 'title' cannot be translated (its title is the source's own)",
        translations.check_kind,
        entry({"title": "T"}, "document:x"),
        "document",
        True,
    )
    translations.check_kind(entry({"keywords": ["k"]}, "passage:x"), "passage", True)
    fails(
        "id/t.yaml: commitment:x: field 'purpose' cannot be translated "
        "(a commitment has no such field to translate)",
        translations.check_kind,
        entry({"title": "T", "purpose": "P"}, "commitment:x"),
        "commitment",
        True,
    )
    fails(
        "id/t.yaml: event:x: field 'text': official text (or a quotation) is never translated; it stays in "
        "English, labelled as the official English text. Only a title we wrote may be translated.",
        translations.check_kind,
        entry({"text": "Kutipan"}, "event:x"),
        "event",
        True,
    )


# --- the glossary -------------------------------------------------------------------------------------


def test_the_glossary_refuses_its_words_only_as_whole_words_and_only_in_its_language() -> None:
    bad = entry({"title": "T"})
    fails(
        "id/t.yaml: role:x: uses 'imigran gelap'; the glossary's term is 'migran ireguler'",
        translations.check_words,
        bad,
        ["Tentang", "para IMIGRAN  Gelap"][:1] + ["para imigran gelap."],
    )
    translations.check_words(bad, ["perdagangan manusiawi", "xperdagangan manusia"])
    translations.check_words(entry({"title": "T"}, lang="ms"), ["perdagangan manusia"])
    translations.check_words(bad, [])


def test_the_strings_of_a_model_are_every_string_in_it() -> None:
    text = ItemText.model_validate({"title": "T", "steps": {"s": {"action": "A", "options": {"Yes": "Ya"}}}})
    strings = translations.strings_of(text)
    assert {"T", "A", "Ya", "not-checked"} - {"not-checked"} <= set(strings)
    assert "Yes" not in strings  # the English label is a key, not a string of ours
    assert translations.strings_of(("a", ["b", {"k": "c"}], 3, None)) == ["a", "b", "c"]
    assert translations.strings_of(7) == []


# --- whole translations -------------------------------------------------------------------------------


def role() -> schema.Role:
    return schema.Role.model_validate(next(r for r in shipped("roles.yaml", "roles") if r["id"] == "unhcr"))


def test_a_role_is_translated_whole_or_refused() -> None:
    english = role()
    got = translations.role(entry({"title": "Judul", "description": "Uraian"}, "role:unhcr"), english)
    assert (got.title, got.description, got.id) == ("Judul", "Uraian", english.id)
    fails(
        "id/t.yaml: role:unhcr: field 'description' is missing (the English has one)",
        translations.role,
        entry({"title": "Judul"}, "role:unhcr"),
        english,
    )


def test_a_field_with_no_english_to_translate_is_refused() -> None:
    english = role().model_copy(update={"description": ""})
    fails(
        "id/t.yaml: role:unhcr: field 'description' has no English to translate",
        translations.role,
        entry({"title": "J", "description": "U"}, "role:unhcr"),
        english,
    )
    assert translations.role(entry({"title": "J"}, "role:unhcr"), english).description == ""


def test_an_aid_is_translated_question_by_question() -> None:
    raw = shipped("aids.yaml", "aids")[0]
    english = schema.Aid.model_validate(raw)
    mine = shipped_id(f"aid:{english.id}")
    got = translations.aid(entry(mine, f"aid:{english.id}"), english)
    assert [q.question for q in got.questions] == [q["question"] for q in mine["questions"]]
    assert [q.trafficking for q in got.questions] == [q["trafficking"] for q in mine["questions"]]
    assert [q.smuggling for q in got.questions] == [q["smuggling"] for q in mine["questions"]]
    assert got.remember == mine.get("remember", []) and got.keywords == mine.get("keywords", [])
    assert got.title == mine["title"] and got.purpose == mine["purpose"]
    n = len(english.questions)
    fails(
        f"id/t.yaml: aid:{english.id}: field 'questions': {n - 1} in this translation, "
        f"the English has {n} (keep them in order)",
        translations.aid,
        entry({**mine, "questions": mine["questions"][:-1]}, f"aid:{english.id}"),
        english,
    )
    if english.remember:
        with pytest.raises(ContentError, match=r"field 'remember': 0 in this translation"):
            translations.aid(entry({**mine, "remember": []}, f"aid:{english.id}"), english)


def test_a_guide_is_translated_whole() -> None:
    english = next(
        schema.Guide.model_validate(g) for g in shipped("guides.yaml", "guides") if g.get("year_note")
    )
    mine = shipped_id(f"guide:{english.id}")
    got = translations.guide(entry(mine, f"guide:{english.id}"), english)
    assert (got.purpose, got.audience, got.year_note) == (
        mine["purpose"],
        mine["audience"],
        mine["year_note"],
    )
    assert got.key_points == mine["key_points"] and got.keywords == mine.get("keywords", [])
    assert got.title == english.title  # a guide's title is the source's own
    with pytest.raises(ContentError, match=r"field 'key_points': 1 in this translation, the English has"):
        translations.guide(entry({**mine, "key_points": ["x"]}, f"guide:{english.id}"), english)
    with pytest.raises(ContentError, match=r"field 'year_note' is missing"):
        translations.guide(entry({k: v for k, v in mine.items() if k != "year_note"}, "guide:g"), english)


def child() -> tuple[schema.Pathway, dict[str, Any]]:
    raw = yaml.safe_load((paths.CONTENT_DIR / "pathways" / "child.yaml").read_text(encoding="utf-8"))
    return schema.Pathway.model_validate(raw), shipped_id("pathway:child")


def test_a_pathway_is_translated_step_by_step_and_answer_by_answer() -> None:
    english, mine = child()
    got = translations.pathway(entry(mine, "pathway:child"), english)
    assert got.title == mine["title"] and got.purpose == mine["purpose"] and got.id == english.id
    assert got.never_do == mine["never_do"] and got.keywords == mine.get("keywords", [])
    for pp, ppe in zip(got.pause_points, english.pause_points, strict=True):
        assert (pp.title, pp.when) == (
            mine["pause_points"][ppe.id]["title"],
            mine["pause_points"][ppe.id]["when"],
        )
        for s, se in zip(pp.steps, ppe.steps, strict=True):
            t = mine["steps"][se.id]
            assert (s.id, s.action, s.why, s.say) == (se.id, t["action"], t.get("why", ""), t.get("say", ""))
            assert s.roles == se.roles and s.exit == se.exit
            if se.decision:
                assert s.decision is not None and s.decision.question == t["question"]
                assert [o.label for o in s.decision.options] == [
                    t["options"][o.label] for o in se.decision.options
                ]
                assert [o.to for o in s.decision.options] == [o.to for o in se.decision.options]
    for g, ge in zip(got.indicators, english.indicators, strict=True):
        assert g.dimension != ge.dimension or g.dimension
    assert [g.dimension for g in got.indicators] == [g["dimension"] for g in mine.get("indicators", [])]
    assert [g.indicators for g in got.indicators] == [g["indicators"] for g in mine.get("indicators", [])]


def test_a_pathways_parts_are_checked_against_the_english() -> None:
    english, mine = child()
    first_pp = english.pause_points[0].id
    fails(
        "id/t.yaml: pathway:child: field 'pause_points': no pause point 'zz' in the English",
        translations.pathway,
        entry(
            {**mine, "pause_points": {**mine["pause_points"], "zz": {"title": "T", "when": "W"}}},
            "pathway:child",
        ),
        english,
    )
    fails(
        f"id/t.yaml: pathway:child: field 'pause_points': pause point {first_pp!r} is missing",
        translations.pathway,
        entry(
            {**mine, "pause_points": {k: v for k, v in mine["pause_points"].items() if k != first_pp}},
            "pathway:child",
        ),
        english,
    )
    if english.indicators:
        groups = [dict(g) for g in mine["indicators"]]
        groups[0]["indicators"] = groups[0]["indicators"][:-1]
        n = len(english.indicators[0].indicators)
        fails(
            f"id/t.yaml: pathway:child: field 'indicators.1.indicators': {n - 1} in this translation, "
            f"the English has {n} "
            "(keep them in order)",
            translations.pathway,
            entry({**mine, "indicators": groups}, "pathway:child"),
            english,
        )
        with pytest.raises(ContentError, match=r"field 'indicators': 0 in this translation"):
            translations.pathway(entry({**mine, "indicators": []}, "pathway:child"), english)
    fails(
        "id/t.yaml: pathway:child: field 'purpose' is missing (the English has one)",
        translations.pathway,
        entry({k: v for k, v in mine.items() if k != "purpose"}, "pathway:child"),
        english,
    )


def test_a_step_that_asks_nothing_takes_no_question_and_a_decision_needs_every_answer() -> None:
    english, mine = child()
    steps = [s for pp in english.pause_points for s in pp.steps]
    plain = next(s for s in steps if s.decision is None)
    asks = next(s for s in steps if s.decision is not None)
    assert asks.decision is not None
    for extra in ({"question": "Q?"}, {"options": {"Yes": "Ya"}}):
        fails(
            f"id/t.yaml: pathway:child: field 'steps.{plain.id}': the English step asks no decision",
            translations.pathway,
            entry(
                {**mine, "steps": {**mine["steps"], plain.id: {**mine["steps"][plain.id], **extra}}},
                "pathway:child",
            ),
            english,
        )
    first = asks.decision.options[0].label
    options = {k: v for k, v in mine["steps"][asks.id]["options"].items() if k != first}
    fails(
        f"id/t.yaml: pathway:child: field 'steps.{asks.id}.options': answer {first!r} is missing",
        translations.pathway,
        entry(
            {**mine, "steps": {**mine["steps"], asks.id: {**mine["steps"][asks.id], "options": options}}},
            "pathway:child",
        ),
        english,
    )
    no_question = {k: v for k, v in mine["steps"][asks.id].items() if k != "question"}
    fails(
        f"id/t.yaml: pathway:child: field 'steps.{asks.id}.question' is missing (the English has one)",
        translations.pathway,
        entry({**mine, "steps": {**mine["steps"], asks.id: no_question}}, "pathway:child"),
        english,
    )
