"""Content in more than one language (issue 12, point 3): the translation format, what the loader
refuses, English as the fallback, official text never translated, and the glossary's terms."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from bali_desktop import paths
from bali_desktop.content import schema, translations
from bali_desktop.content.loader import load_content
from bali_desktop.content.translations import Entry, ItemText
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.pathway import Pathway
from bali_desktop.services import reading, views
from bali_desktop.services.session import Session

ID_DIR = paths.CONTENT_DIR / translations.FOLDER / "id"
KEY_PATHWAYS = (
    "victim-of-trafficking",
    "child",
    "international-protection",
    "smuggled-migrant",
    "scam-returnee",
)
NOT_CHECKED = "Belum diperiksa oleh penutur asli"


def _english_pathway(pid: str) -> schema.Pathway:
    raw = yaml.safe_load((paths.CONTENT_DIR / "pathways" / f"{pid}.yaml").read_text(encoding="utf-8"))
    return schema.Pathway.model_validate(raw)


def _shipped(ref: str) -> dict:
    for path in ID_DIR.rglob("*.yaml"):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
        if ref in items:
            return items[ref]
    raise AssertionError(f"{ref} has no Indonesian translation")


def _entry(ref: str, raw: dict, path: str = "t.yaml") -> Entry:
    return Entry(Path(path), "id", ref, ItemText.model_validate(raw), "not-checked", "")


# --- the shipped translations ----------------------------------------------------------------------


@pytest.mark.parametrize("pid", KEY_PATHWAYS)
def test_the_five_key_pathways_are_in_indonesian_with_every_step_and_script(
    session: Session, pid: str
) -> None:
    english = reading.typed_pathway(reading.item(session, f"pathway:{pid}", lang="en"))
    found = reading.item(session, f"pathway:{pid}", lang="id")
    indonesian = reading.typed_pathway(found)
    assert english is not None and indonesian is not None
    assert found.translation is not None and found.translation.language == "id"
    assert found.translation.status == "not-checked" and found.translation.status_label() == NOT_CHECKED
    assert found.title != english.title and found.language == "id"
    # the same route: ids, numbers, targets, facts and gates; only the words differ
    for en, tr in zip(english.steps, indonesian.steps, strict=True):
        assert (tr.id, tr.number, tr.roles, tr.unless, tr.only_if, tr.exit, tr.phrases) == (
            en.id,
            en.number,
            en.roles,
            en.unless,
            en.only_if,
            en.exit,
            en.phrases,
        )
        assert tr.action != en.action and bool(tr.say) == bool(en.say) and bool(tr.why) == bool(en.why)
        assert (tr.decision is None) == (en.decision is None)
        if en.decision and tr.decision:
            assert [(o.to, o.sets, o.then) for o in tr.decision.options] == [
                (o.to, o.sets, o.then) for o in en.decision.options
            ]
    assert len(indonesian.never_do) == len(english.never_do)
    assert indonesian.based_on == english.based_on  # the standards' names are not translated
    assert "Jangan pernah:" in found.text and "Panduan — bukan teks resmi Bali Process." in found.text
    assert found.text.endswith("\nTerjemahan: belum diperiksa oleh penutur asli.")  # the status, where read
    for english_word in ("Never:", "Refer to:", "Decide:", "go to step", "Skip if", "Only if"):
        assert english_word not in found.text, english_word


def test_the_shipped_translations_load_and_each_carries_its_status() -> None:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    translated = [r for r in bundle.records if "id" in r.translations]
    assert {f"pathway:{p}" for p in KEY_PATHWAYS} <= {r.ref for r in translated}
    assert all(r.translations["id"].status in ("reviewed", "not-checked") for r in translated)
    assert all(not r.official or r.translations["id"].text == r.text for r in translated)


GLOSSARY_AVOID = {
    "perdagangan manusia": "perdagangan orang (UU 21/2007)",
    "imigran gelap": "migran ireguler",
    "proses bali": "Bali Process stays in English",
    "tenaga kerja indonesia": "Pekerja Migran Indonesia (UU 18/2017)",
}


def test_every_indonesian_text_keeps_to_the_glossary() -> None:
    """All of our Indonesian content, and every fixed word it is rendered with, uses the glossary's
    terms: never the informal "perdagangan manusia", and "Bali Process" stays English."""
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    texts = [
        f"{t.title}\n{t.text}\n{t.body}\n{t.keywords}"
        for r in bundle.records
        for lang, t in r.translations.items()
        if lang == "id"
    ]
    texts += [p.read_text(encoding="utf-8") for p in ID_DIR.rglob("*.yaml")]
    assert len(texts) > 10
    for text in texts:
        low = text.lower()
        for bad, good in GLOSSARY_AVOID.items():
            assert bad not in low, f"{bad!r} in Indonesian content: use {good}"
        assert "Bali Process" in text or "bali process" not in low
    joined = "\n".join(texts).lower()
    for term in (
        "perdagangan orang",
        "pencari suaka",
        "anak tanpa pendamping",
        "penyelundupan migran",
        "rujuk",
    ):
        assert term in joined, term


# --- the format and its refusals -------------------------------------------------------------------


def test_a_missing_step_or_field_is_refused_by_name() -> None:
    english = _english_pathway("child")
    whole = _shipped("pathway:child")
    translations.pathway(_entry("pathway:child", whole), english)  # the shipped one is whole

    no_step = {**whole, "steps": {k: v for k, v in whole["steps"].items() if k != "hold-return"}}
    with pytest.raises(ContentError, match=r"pathway:child: field 'steps': step 'hold-return' is missing"):
        translations.pathway(_entry("pathway:child", no_step), english)

    steps = dict(whole["steps"])
    steps["explain-simply"] = {k: v for k, v in steps["explain-simply"].items() if k != "say"}
    with pytest.raises(ContentError, match=r"field 'steps.explain-simply.say' is missing"):
        translations.pathway(_entry("pathway:child", {**whole, "steps": steps}), english)

    with pytest.raises(ContentError, match=r"field 'never_do': 2 in this translation, the English has 11"):
        translations.pathway(_entry("pathway:child", {**whole, "never_do": ["a", "b"]}), english)

    no_title = {k: v for k, v in whole.items() if k != "title"}
    with pytest.raises(ContentError, match=r"field 'title' is missing"):
        translations.pathway(_entry("pathway:child", no_title), english)


def test_an_unknown_step_or_answer_is_refused() -> None:
    english = _english_pathway("child")
    whole = _shipped("pathway:child")
    extra = {**whole, "steps": {**whole["steps"], "no-such-step": {"action": "X"}}}
    with pytest.raises(ContentError, match=r"field 'steps': no step 'no-such-step' in the English"):
        translations.pathway(_entry("pathway:child", extra), english)

    steps = dict(whole["steps"])
    steps["call-interpreter"] = {**steps["call-interpreter"], "options": {"Yes": "Ya", "Maybe": "Mungkin"}}
    with pytest.raises(ContentError, match=r"call-interpreter.options': no answer 'Maybe' in the English"):
        translations.pathway(_entry("pathway:child", {**whole, "steps": steps}), english)


def test_official_text_and_a_sources_title_are_never_translated() -> None:
    official = _entry("commitment:adelaide-2023-3", {"title": "Judul kami", "text": "Teks terjemahan"})
    with pytest.raises(ContentError, match="official text .* is never translated"):
        translations.check_kind(official, "commitment", official=True)
    translations.check_kind(_entry("commitment:adelaide-2023-3", {"title": "Judul kami"}), "commitment", True)
    quoted = _entry("event:x", {"text": "Kutipan"})
    with pytest.raises(ContentError, match="never translated"):
        translations.check_kind(quoted, "event", official=True)
    guide_title = _entry("guide:x", {"title": "Panduan"})
    with pytest.raises(
        ContentError, match="field 'title' cannot be translated .its title is the source's own"
    ):
        translations.check_kind(guide_title, "guide", official=False)
    with pytest.raises(ContentError, match="phrase cards carry every language themselves"):
        translations.check_kind(_entry("phrases:x", {"title": "Kartu"}), "phrases", official=False)
    member_title = _entry("member:x", {"title": "Nama"})
    with pytest.raises(ContentError, match="'title' cannot be translated"):
        translations.check_kind(member_title, "member", official=False)


def test_the_glossary_words_are_refused_at_load() -> None:
    entry = _entry("role:police", {"title": "Polisi", "description": "Menangani perdagangan manusia."})
    with pytest.raises(
        ContentError, match="uses 'perdagangan manusia'; the glossary's term is 'perdagangan orang'"
    ):
        translations.check_words(entry, translations.strings_of(entry.text))


@pytest.fixture(scope="module")
def content_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content without its Indonesian roles, so the tests below may translate them."""
    folder = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    (folder / translations.FOLDER / "id" / "roles.yaml").unlink()
    return folder


def _load_with(content: Path, name: str, text: str) -> None:
    target = content / translations.FOLDER / "id" / name
    target.write_text(text, encoding="utf-8")
    try:
        load_content(content, paths.SOURCES_DIR)
    finally:
        target.unlink()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "language: id\nitems:\n  role:no-such-role:\n    title: X\n    description: Y\n",
            "no item with this ref",
        ),
        ("language: ms\nitems: {}\n", "language 'ms' must be its folder's"),
        (
            "language: id\nitems:\n  role:police:\n    title: X\n    colour: Y\n",
            "field 'items.role:police.colour'",
        ),
        (
            "language: id\nstatus: reviewed\nitems:\n  role:police:\n    title: X\n    description: Y\n",
            "status 'reviewed' needs 'reviewed_by'",
        ),
        ("language: id\nitems:\n  role:police:\n    title: Polisi\n", "field 'description' is missing"),
        ("language: id\nitems:\n  role:police:\n    title: [unclosed\n", "not valid YAML"),
        (
            "language: id\nitems:\n  passage:about-1:\n    text: Terjemahan teks resmi\n",
            "official text .* is never translated",
        ),
    ],
)
def test_the_loader_refuses_a_faulty_translation_file_naming_it(
    content_copy: Path, text: str, message: str
) -> None:
    with pytest.raises(ContentError, match=message) as found:
        _load_with(content_copy, "zz-faulty.yaml", text)
    assert "zz-faulty.yaml" in str(found.value)


def test_a_ref_translated_twice_is_refused(content_copy: Path) -> None:
    text = "language: id\nitems:\n  role:police:\n    title: Polisi\n    description: Kepolisian.\n"
    first = content_copy / translations.FOLDER / "id" / "zz-first.yaml"
    first.write_text(text, encoding="utf-8")
    try:
        with pytest.raises(ContentError, match="role:police: translated twice"):
            _load_with(content_copy, "zz-twice.yaml", text)
    finally:
        first.unlink()


def test_an_official_items_title_is_ours_in_indonesian_and_its_text_stays_english(session: Session) -> None:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    record = next(r for r in bundle.records if r.ref == "commitment:adelaide-2023-3")
    translated = record.translations["id"]
    assert translated.title == "Melatih petugas untuk mengidentifikasi dan membantu korban"
    assert translated.text == record.text and translated.text_language == "en" and translated.index_text == ""
    found = reading.item(session, "commitment:adelaide-2023-3", lang="id")
    assert found.text == record.text and found.translation is not None and found.translation.official_english
    # the Adelaide Strategy's areas are headed by the document itself: their titles are not ours
    assert all("id" not in r.translations for r in bundle.records if r.kind == "area")


# --- reading in a language ------------------------------------------------------------------------------


def test_english_is_the_fallback_and_says_so(session: Session) -> None:
    official = reading.item(session, "commitment:adelaide-2023-3", lang="id")
    english = reading.item(session, "commitment:adelaide-2023-3", lang="en")
    assert official.text == english.text and official.source == english.source  # official text untouched
    if official.translation is not None:  # only our title may be in Indonesian
        assert official.translation.official_english and official.translation.text_language == "en"
    group = reading.item(session, "group:ad-hoc-group", lang="id")  # quoted: nothing of ours to translate
    assert group.translation is None and group.language == "en"
    assert "_translations" not in reading.item(session, "pathway:child").data  # never shown as data


def test_the_session_language_is_what_reads_default_to(shared_data_dir: Path) -> None:
    s = Session.open(shared_data_dir)
    try:
        assert s.language == "en" and reading.item(s, "pathway:child").translation is None
        assert reading.set_language(s, "id_ID") == "id" and s.language == "id"
        assert reading.item(s, "pathway:child").title.startswith("Anak tanpa pendamping")
        assert reading.item(s, "pathway:child", lang="en").title.startswith("Unaccompanied")
        titles = reading.list_titles(s, ["pathway:child", "role:guardian", "commitment:adelaide-2023-3"])
        assert titles["role:guardian"].startswith("Wali")
        assert titles["commitment:adelaide-2023-3"].startswith("Kegiatan 3: ")  # the locator is ours: said
        assert reading.list_titles(s, ["commitment:adelaide-2023-3"], lang="en")[
            "commitment:adelaide-2023-3"
        ].startswith("Activity 3: ")
        data = views.pathway(s, "pathway:victim-of-trafficking")
        assert data is not None and data.item.translation is not None
        assert {r.id: r.title for r in data.roles}["interpreter"] == "Juru bahasa independen"
        assert re.match("Kemungkinan korban perdagangan orang", views.home(s).pathways[0][1] + "") or any(
            t.startswith("Kemungkinan korban perdagangan orang") for _, t, _ in views.home(s).pathways
        )
        assert reading.set_language(s, "fr") == "en" and reading.set_language(s, None) == "en"
    finally:
        s.close()


def test_a_translated_pathway_is_a_typed_pathway_with_indonesian_steps(session: Session) -> None:
    found = Pathway.from_item(reading.item(session, "pathway:child", lang="id"))
    assert found.steps[0].action == "Perlakukan orang tersebut sebagai anak selama usianya diragukan."


def test_the_content_version_was_bumped_for_the_translations() -> None:
    manifest = yaml.safe_load((paths.CONTENT_DIR / "manifest.yaml").read_text(encoding="utf-8"))
    version = tuple(int(p) for p in manifest["content_version"].split("."))
    assert version >= (2026, 12, 8)  # 2026.12.8: the first content with Indonesian translations


def test_code_reading_the_content_store_itself_reads_the_sessions_language(shared_data_dir: Path) -> None:
    """Builders and print gathering read `session.content` (the ContentReader shape): they follow
    the session's language too, so a sheet printed in Indonesian has our Indonesian words."""
    from bali_desktop.checklists import builders

    s = Session.open(shared_data_dir)
    try:
        s.language = "id"
        assert s.content.language == "id"
        assert s.content.get("pathway:child").title.startswith("Anak tanpa pendamping")
        checklist = builders.build(s.content, "pathway:victim-of-trafficking")
        assert "perdagangan orang" in checklist.title.lower()
        s.language = "en"
        assert builders.build(s.content, "pathway:victim-of-trafficking").title.startswith("Possible victim")
    finally:
        s.close()


def test_show_in_indonesian_on_the_command_line(capsys, shared_data_dir: Path, session: Session) -> None:
    import json

    from tests.cli_runner import run

    base = ("--data-dir", str(shared_data_dir), "show")
    code, out, _ = run(capsys, *base, "pathway:child", "--lang", "id")
    assert code == 0 and out.startswith("Anak tanpa pendamping") and NOT_CHECKED.lower() in out.lower()
    assert "Alasannya:" in out and "Jika ragu, rujuk." in out
    code, out, _ = run(capsys, *base, "commitment:adelaide-2023-3", "--lang", "id")
    english = reading.item(session, "commitment:adelaide-2023-3", lang="en").text
    assert code == 0 and english in out and "teks resmi dalam bahasa Inggris" in out
    code, out, _ = run(capsys, *base, "group:ad-hoc-group", "--lang", "id", "--json")
    data = json.loads(out)
    assert code == 0 and data["translation"] is None and data["language"] == "en"
    code, out, _ = run(capsys, *base, "pathway:child", "--json")
    assert json.loads(out)["translation"] is None  # English unless asked
