"""The text helpers (content/text.py), the records (content/record.py) and the content digest
(content/digest.py) one promise at a time: what is compared word for word, how lines become
paragraphs, where a quotation is found, what a translation stores, what changes the digest.
Written to kill the mutants the content tests let live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bali_desktop.content import digest
from bali_desktop.content.digest import content_digest
from bali_desktop.content.record import ContentBundle, ContentRecord, TranslatedRecord
from bali_desktop.content.text import fold, locate, norm, split_paragraphs

# --- norm, fold ----------------------------------------------------------------------------------------


def test_norm_makes_quote_marks_plain_drops_bold_and_squeezes_white_space() -> None:
    assert norm("  \u2018a\u2019  \u201cb\u201d\u00a0c\n\t*d* **e** ***f*** ") == "'a' \"b\" c *d* e f"
    assert norm("x****y") == "x*y"  # bold is two or three stars: the fourth is left


def test_fold_lowers_case_and_drops_diacritics_only() -> None:
    assert fold("Türkiye") == "turkiye"
    assert fold("ÉCOLE") == "ecole"
    assert fold("STRASSE straße") == "strasse strasse"
    assert fold("Viet Nam") == "viet nam"
    assert fold("ﬁ") == "fi"  # NFKD: compatibility forms too
    assert fold("日本") == "日本"


# --- split_paragraphs ----------------------------------------------------------------------------------


def test_a_wrapped_line_joins_the_one_before_it() -> None:
    long = "x" * 59 + "y"  # 60 characters, no sentence end
    assert split_paragraphs(f"{long}\nMore words") == [f"{long} More words"]
    assert split_paragraphs(f"{long[:-1]}\nMore words") == [long[:-1], "More words"]


def test_a_line_in_lower_case_carries_the_sentence_on() -> None:
    assert split_paragraphs("Short\ncarries on\nNew one") == ["Short carries on", "New one"]
    assert split_paragraphs("Holders of an\neVisa may") == ["Holders of an eVisa may"]  # its first letter


@pytest.mark.parametrize("end", [".", ":", ";", "!", "?", "; and", "; or"])
def test_a_line_ending_a_sentence_ends_its_paragraph(end: str) -> None:
    long = "x" * 70
    assert split_paragraphs(f"{long}{end}\nnext words") == [f"{long}{end}", "next words"]


@pytest.mark.parametrize("mark", ["1. ", "12) ", "(3)", "- ", "\u2022 ", "\uf0b7 ", "#"])
def test_a_list_item_starts_its_own_paragraph(mark: str) -> None:
    long = "x" * 70
    assert split_paragraphs(f"{long}\n{mark}item") == [long, f"{mark}item"]


def test_blank_lines_are_left_out_and_white_space_squeezed() -> None:
    assert split_paragraphs("\n  A  b.  \n\n\n C\t\td.\n") == ["A b.", "C d."]
    assert split_paragraphs("") == []
    assert split_paragraphs("123. x" + "y" * 70 + "\n123. z") == ["123. x" + "y" * 70 + " 123. z"]


# --- locate --------------------------------------------------------------------------------------------


def test_locate_finds_the_paragraph_holding_the_quote_or_its_opening_words() -> None:
    paragraphs = ["Intro.", "The \u201cfirst\u201d   rule applies.", "Other."]
    assert locate(paragraphs, 'the "first" rule') is None  # case counts
    assert locate(paragraphs, '"first" rule') == 1
    assert locate(paragraphs, "Other.") == 2
    assert locate(paragraphs, "Nowhere.") is None
    assert locate([], "x") is None
    assert locate(["a", "b"], "") is None


def test_locate_tries_the_first_80_then_40_characters_of_a_long_quote() -> None:
    head = "w" * 40
    assert locate(["x", head + "z" * 40 + " and then"], head + "z" * 40 + " but not") == 1
    assert locate(["x", head + " and then"], head + "q" * 50) == 1
    assert locate(["x", head[:39] + " and then"], head + "q" * 50) is None
    eighty = "a" * 80
    assert locate([eighty[:40] + "b", eighty + "c"], eighty + "d") == 1  # the 80 first, then the 40


# --- records -------------------------------------------------------------------------------------------


def test_a_translation_stores_its_status_words_and_data_not_its_index() -> None:
    t = TranslatedRecord("id", "reviewed", "Ana", "Judul", "Teks", "id", "kata", "badan", "indeks", {"k": 1})
    assert t.stored() == {
        "status": "reviewed",
        "reviewed_by": "Ana",
        "title": "Judul",
        "text": "Teks",
        "text_language": "id",
        "data": {"k": 1},
    }
    bare = TranslatedRecord("id", "not-checked", "", "T", "X", "en")
    assert (bare.keywords, bare.body, bare.index_text, bare.data) == ("", "", None, {})


def test_a_record_defaults_to_no_links_no_source_and_no_translations() -> None:
    r = ContentRecord("role:x", "role", "X", "Text", False)
    assert (r.keywords, r.body, r.index_text) == ("", "", None)
    assert (r.source_document, r.source_locator, r.source_paragraph, r.parent_ref) == (None,) * 4
    assert (r.related, r.data, r.translations) == ([], {}, {})
    other = ContentRecord("role:y", "role", "Y", "Text", False)
    r.related.append("x")
    assert other.related == []


def test_a_bundle_counts_its_records_by_kind() -> None:
    records = [ContentRecord(f"{k}:{i}", k, "T", "X", False) for i, k in enumerate(["role", "aid", "role"])]
    assert ContentBundle("1", "d", [], {}, records).counts() == {"role": 2, "aid": 1}
    assert ContentBundle("1", "d", [], {}, []).counts() == {}


# --- the digest ----------------------------------------------------------------------------------------


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    content, sources = tmp_path / "c", tmp_path / "s"
    (content / "sub").mkdir(parents=True)
    sources.mkdir()
    (content / "a.yaml").write_bytes(b"a")
    (content / "sub" / "b.yaml").write_bytes(b"b")
    (sources / "d.txt").write_bytes(b"d")
    return content, sources


def test_the_digest_is_sha256_of_the_format_then_each_files_name_and_bytes_in_order(tmp_path: Path) -> None:
    import hashlib

    content, sources = _folders(tmp_path)
    h = hashlib.sha256(digest.STORED_FORMAT.encode())
    for part in (b"a.yaml", b"a", b"sub/b.yaml", b"b", b"d.txt", b"d"):
        h.update(part)
    assert content_digest(content, sources) == h.hexdigest()


def test_the_digest_changes_with_a_files_bytes_name_or_folder_or_the_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, sources = _folders(tmp_path)
    first = content_digest(content, sources)
    assert content_digest(content, sources) == first
    (sources / "d.txt").write_bytes(b"e")
    assert content_digest(content, sources) != first
    (sources / "d.txt").write_bytes(b"d")
    (content / "sub" / "b.yaml").rename(content / "sub" / "c.yaml")
    assert content_digest(content, sources) != first
    (content / "sub" / "c.yaml").rename(content / "sub" / "b.yaml")
    assert content_digest(content, sources) == first
    assert content_digest(sources, content) != first
    monkeypatch.setattr(digest, "STORED_FORMAT", "8")
    assert content_digest(content, sources) != first
