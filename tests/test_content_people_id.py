"""Issue 12, point 3: our own summaries of the members, observers, groups and source documents
read in Bahasa Indonesia (status not yet checked), their names as the sources spell them; a
group's quoted text stays the official English."""

from __future__ import annotations

from bali_desktop import paths
from bali_desktop.content.loader import load_content


def test_every_summary_we_wrote_has_its_indonesian_and_no_quotation_is_translated() -> None:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    people = [r for r in bundle.records if r.kind in ("member", "observer", "group", "document")]
    assert len(people) > 90
    for r in people:
        t = r.translations.get("id")
        if r.official:  # a quotation (a group's official description): never translated
            assert t is None or t.text_language == "en", r.ref
            continue
        assert t is not None and t.text_language == "id", r.ref
        assert t.status == "not-checked" and t.reviewed_by == "", r.ref
        assert t.title == r.title, r.ref  # the source's spelling of the name
        assert t.text.endswith("Terjemahan: belum diperiksa oleh penutur asli."), r.ref
        assert "Bali Process" in t.text or r.kind == "document", r.ref  # never "Proses Bali"
    australia = next(r for r in people if r.ref == "member:australia").translations["id"]
    assert australia.text.startswith("Memimpin Bali Process sebagai ketua bersama dengan Indonesia")
