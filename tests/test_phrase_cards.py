"""Phrase cards (issue 12, point 6): content validated by the loader, every translation with its
status, found by search in English and in each language's own name, shown by `bali-desktop show`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain import labels
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.phrases import STATUS_LABELS, PhraseSet
from bali_desktop.services import reading
from bali_desktop.storage.search import tokens
from tests.cli_runner import run

REF = "phrases:first-contact"
# the languages issue 12 asks for, at least
LANGUAGES = {"en", "id", "ms", "th", "vi", "km", "my", "lo", "tl", "bn", "zh-hans", "ar"}
# the phrases of point 6
CARDS = {"language", "officer", "doctor", "interpreter", "protection", "age", "alone", "forced"}
ANSWERS = {"yes", "no", "not-understood"}


@pytest.fixture(scope="module")
def cards(session) -> PhraseSet:
    found = reading.typed_phrases(reading.item(session, REF))
    assert found is not None
    return found


def test_every_card_is_in_every_language_with_its_status(cards: PhraseSet) -> None:
    assert {lang.code for lang in cards.languages} >= LANGUAGES
    assert {c.id for c in cards.cards} >= CARDS | ANSWERS
    assert {c.id for c in cards.answers} == ANSWERS
    for card in cards.cards:
        assert set(card.texts) == {lang.code for lang in cards.languages}, card.id
        for code, t in card.texts.items():
            assert t.text.strip() and t.status in STATUS_LABELS, (card.id, code)
            # English is the source; nothing we wrote claims a native speaker's check
            assert t.status == ("source" if code == "en" else "not-checked"), (card.id, code, t.status)
            assert t.status_label == STATUS_LABELS[t.status]


def test_the_language_card_names_each_language_in_its_own_script(cards: PhraseSet) -> None:
    natives = {lang.code: lang.native for lang in cards.languages}
    assert natives["km"] == "ភាសាខ្មែរ" and natives["bn"] == "বাংলা" and natives["ar"] == "العربية"
    assert natives["zh-hans"] == "中文" and natives["th"] == "ภาษาไทย" and natives["lo"] == "ພາສາລາວ"
    assert cards.language("ar").direction == "rtl"
    assert all(lang.direction == "ltr" for lang in cards.languages if lang.code != "ar")


def test_no_card_promises_what_an_officer_cannot_keep(cards: PhraseSet) -> None:
    english = " ".join(c.text("en").text for c in cards.cards).lower()
    for promise in ("you are safe", "you will not be", "we will find", "nothing will happen", "you will be"):
        assert promise not in english
    assert "try to find an interpreter" in cards.card("interpreter").text("en").text  # type: ignore[union-attr]


def test_indonesian_uses_the_glossary(cards: PhraseSet) -> None:
    indonesian = " ".join(c.text("id").text for c in cards.cards).lower()
    assert "perdagangan manusia" not in indonesian and "imigran gelap" not in indonesian
    assert "juru bahasa" in indonesian and "perlindungan" in indonesian


def test_the_cards_are_marked_as_our_guidance(session) -> None:
    item = reading.item(session, REF)
    assert not item.official and labels.GUIDANCE in item.text
    assert "Not yet checked by a native speaker" in item.text


@pytest.mark.parametrize(
    "query",
    [
        "phrase",
        "phrases",
        "frase",
        "phrase card",
        "kartu frasa",
        *("English Indonesian Malay Thai Vietnamese Khmer Burmese Myanmar Lao Tagalog Filipino".split()),
        *("Bengali Chinese Mandarin Arabic".split()),
        *["Bahasa Indonesia", "Bahasa Melayu", "ภาษาไทย", "Tiếng Việt", "ភាសាខ្មែរ", "ខ្មែរ", "မြန်မာဘာသာ"],
        *["ພາສາລາວ", "বাংলা", "中文", "العربية"],
    ],
)
def test_search_finds_the_cards(session, query: str) -> None:
    top = [h.ref for h in reading.search(session, query, limit=3)]
    assert REF in top, (query, top)


def test_a_query_splits_at_marks_as_the_index_does() -> None:
    """FTS5's unicode61 tokenizer splits Khmer, Myanmar and Bengali words at their vowel signs;
    Latin diacritics still fold away."""
    assert tokens("ខ្មែរ") == ["ខ", "ម", "រ"]
    assert tokens("বাংলা") == ["ব", "ল"]
    assert tokens("Tiếng Việt") == ["tieng", "viet"] and tokens("Türkiye") == ["turkiye"]
    assert tokens("e\u0301cole") == ["ecole"]


def test_show_prints_every_card_in_every_language_with_its_status(capsys, shared_data_dir: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(shared_data_dir), "show", REF)
    assert code == 0 and not err
    assert "Card 1: Which language do you speak?" in out and "ភាសាខ្មែរ" in out
    assert "Apakah Anda memerlukan dokter?" in out and "您需要看医生吗？" in out
    assert out.count("[Not yet checked by a native speaker") == 11 * 11
    assert labels.GUIDANCE in out


def test_show_json_gives_languages_cards_and_statuses(capsys, shared_data_dir: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(shared_data_dir), "show", REF, "--json")
    data = json.loads(out)
    assert code == 0 and data["kind"] == "phrases" and data["official"] is False
    assert {lang["code"] for lang in data["languages"]} >= LANGUAGES
    doctor = next(c for c in data["cards"] if c["id"] == "doctor")
    assert doctor["text"]["id"] == {
        "text": "Apakah Anda memerlukan dokter?",
        "status": "not-checked",
        "status_label": "Not yet checked by a native speaker",
        "note": "",
    }


# --- the loader refuses cards that would mislead -------------------------------------------------


def _with(tmp_path: Path, change) -> Path:  # noqa: ANN001
    content = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, content)
    raw = yaml.safe_load((content / "phrases.yaml").read_text(encoding="utf-8"))
    change(raw["phrase_sets"][0])
    (content / "phrases.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return content


def _card(s: dict, card_id: str) -> dict:
    return next(c for c in s["cards"] if c["id"] == card_id)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda s: _card(s, "doctor")["text"].pop("km"), "missing ['km']"),
        (lambda s: _card(s, "doctor")["text"]["km"].update(status="reviewed"), "names who checked it"),
        (lambda s: _card(s, "doctor")["text"]["km"].update(status="source"), "only the English text"),
        (lambda s: _card(s, "doctor")["text"]["km"].update(status="checked"), "status"),
        (lambda s: _card(s, "doctor")["text"]["km"].pop("status"), "status"),
        (lambda s: _card(s, "doctor")["text"].update(xx={"text": "?", "status": "not-checked"}), "['xx']"),
    ],
)
def test_the_loader_refuses_a_card_without_a_proper_status(tmp_path: Path, change, words: str) -> None:  # noqa: ANN001
    with pytest.raises(ContentError, match="phrases.yaml") as caught:
        load_content(_with(tmp_path, change), paths.SOURCES_DIR)
    assert words in str(caught.value)


def test_a_reviewed_translation_names_its_reviewer(tmp_path: Path) -> None:
    def review(s: dict) -> None:
        _card(s, "doctor")["text"]["id"].update(status="reviewed", reviewed_by="A. Reviewer, 2026")

    bundle = load_content(_with(tmp_path, review), paths.SOURCES_DIR)
    record = next(r for r in bundle.records if r.kind == "phrases")
    card = PhraseSet.from_data(record.ref, record.data).card("doctor")
    assert (
        card is not None and card.text("id").status_label == "Checked by a native speaker (A. Reviewer, 2026)"
    )
