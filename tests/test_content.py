"""Shipped content: validates, is complete, and quotes official text word for word."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.content.text import norm
from bali_desktop.domain.errors import ContentError
from bali_desktop.storage.content_store import ContentStore


@pytest.fixture(scope="module")
def bundle():
    return load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)


def _source(name: str) -> str:
    return (paths.SOURCES_DIR / name).read_text(encoding="utf-8")


def _compare(text: str) -> str:
    return norm(text).rstrip(".;")


def test_counts_are_complete(library: ContentStore) -> None:
    """25 activities, 8 areas, 6 Co-Chairs' commitments, 8 principles, 45+4 members."""
    refs = {i.ref for kind in ("commitment", "area", "principle") for i in library.items(kind)}
    for n in range(1, 26):
        assert f"commitment:adelaide-2023-{n}" in refs
    for n in range(1, 9):
        assert f"area:adelaide-2023-{n}" in refs
        assert f"principle:rcf-2011-{n}" in refs
    for n in range(1, 7):
        assert f"commitment:cochairs-2023-15.{n}" in refs
    members = library.items("member")
    assert len(members) == 49
    assert sum(m.data["category"] == "organisation" for m in members) == 4
    assert library.items("observer")
    assert library.get("objective:strategy-2017") is not None
    assert len(library.children("objective:strategy-2017")) == 6


def test_adelaide_activities_match_the_strategy_word_for_word(library: ContentStore) -> None:
    """Each activity equals the numbered paragraph of the 2023 Adelaide Strategy."""
    raw = _source("adelaide-strategy-for-cooperation-2023.txt")
    pattern = r"^\s*(\d{1,2})\.\s+(.+?)(?=\n\s*\n|\n\s*\d{1,2}\.\s|\n\s*\(|\n\d\)|\Z)"
    found = {int(n): _compare(t) for n, t in re.findall(pattern, raw, re.M | re.S)}
    assert len(found) == 25
    for n, want in found.items():
        item = library.require(f"commitment:adelaide-2023-{n}")
        assert _compare(item.text) == want, n
        assert item.source and item.source.locator == f"Activity {n}"


def test_cochairs_commitments_match_paragraph_15_word_for_word(library: ContentStore) -> None:
    raw = _source("co-chairs-statement-2023.txt")
    segment = raw[raw.index("They committed to:") : raw.index("16. Ministers agreed")]
    found = {f"15.{n}": _compare(t) for n, t in re.findall(r"^\s*(\d)\.\s+(.+)$", segment, re.M)}
    assert len(found) == 6
    for number, want in found.items():
        assert _compare(library.require(f"commitment:cochairs-2023-{number}").text) == want


def test_every_official_item_is_quoted_from_its_source_and_located(bundle) -> None:
    """Official items appear in their source document and point at the paragraph holding them."""
    for record in (r for r in bundle.records if r.official):
        document = " ".join(bundle.paragraphs[record.source_document])
        assert _compare(record.text) in norm(document), record.ref
        assert record.source_locator, record.ref
        assert record.source_paragraph is not None, record.ref
        paragraph = bundle.paragraphs[record.source_document][record.source_paragraph - 1]
        assert norm(record.text)[:40] in norm(paragraph), record.ref


def test_every_link_resolves(bundle) -> None:
    refs = {r.ref for r in bundle.records}
    for record in bundle.records:
        for target in record.related:
            assert target.split("#")[0] in refs, (record.ref, target)


def test_guidance_is_never_marked_official(bundle) -> None:
    for record in bundle.records:
        if record.kind in ("pathway", "aid", "guide", "role"):
            assert not record.official, record.ref


def _broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    return folder


def test_a_schema_error_names_file_item_and_field(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path)
    guides = folder / "guides.yaml"
    text = guides.read_text(encoding="utf-8")
    guides.write_text(text.replace("producer:", "producr:", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(folder, paths.SOURCES_DIR)
    message = str(caught.value)
    assert "guides.yaml" in message and "item 1" in message and "producer" in message


def test_altered_official_text_is_refused(tmp_path: Path) -> None:
    """A quotation that no longer matches its source is a content error, not a silent change."""
    folder = _broken_copy(tmp_path)
    official = folder / "official" / "adelaide-strategy-2023.yaml"
    text = official.read_text(encoding="utf-8")
    official.write_text(
        text.replace("online scam operations", "online fraud operations", 1), encoding="utf-8"
    )
    with pytest.raises(ContentError, match="word for word"):
        load_content(folder, paths.SOURCES_DIR)


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path)
    (folder / "roles.yaml").write_text("roles:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"roles.yaml line \d+"):
        load_content(folder, paths.SOURCES_DIR)
