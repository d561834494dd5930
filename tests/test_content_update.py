"""A broken content update never takes the app down (issue 11, point 8): a byte that is not
UTF-8 in a shipped source, or a shipped file with several schema errors, keeps the content
already loaded and says so in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import user
from bali_desktop.services.session import BROKEN_CONTENT, Session


@pytest.fixture
def data_dir(tmp_path: Path, shared_data_dir: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, d / paths.DB_FILE)
    s = Session.open(d)
    user.set_note(s, "pathway:child", "kept")
    s.close()
    return d


def _check_kept(s: Session, before: dict[str, int]) -> None:
    assert len(s.warnings) == 1 and s.warnings[0].startswith(BROKEN_CONTENT)
    assert "\n" not in s.warnings[0]
    assert s.content.stats() == before and user.note(s, "pathway:child") == "kept"


def test_a_non_utf8_byte_in_a_shipped_source_keeps_the_content(data_dir: Path, tmp_path: Path) -> None:
    before = Session.open(data_dir)
    counts = before.content.stats()
    before.close()
    sources = tmp_path / "sources"
    shutil.copytree(paths.SOURCES_DIR, sources)
    first = sorted(sources.glob("*.txt"))[0]
    first.write_bytes(first.read_bytes() + b"\n\xff\xfe broken\n")
    s = Session.open(data_dir, sources_dir=sources)
    try:
        _check_kept(s, counts)
        assert "utf-8" in s.warnings[0].lower()
    finally:
        s.close()


def test_several_schema_errors_are_said_in_one_line(data_dir: Path, tmp_path: Path) -> None:
    before = Session.open(data_dir)
    counts = before.content.stats()
    before.close()
    content = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, content)
    (content / "guides.yaml").write_text("guides: [{id: x}, {id: y, title: 3}, {}]\n", encoding="utf-8")
    s = Session.open(data_dir, content_dir=content)
    try:
        _check_kept(s, counts)
    finally:
        s.close()
