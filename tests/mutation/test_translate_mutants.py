"""Checked translations rendered beside the English (content/translate.py), on a small content folder
(tests/mutation/tiny_content.py): what each kind's translated record holds, the status line, what
is indexed, the translated role and pathway titles a pathway's text uses, and the refusals.
Written to kill the mutants the content-translation tests let live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bali_desktop.content.loader import load_content
from bali_desktop.content.record import ContentRecord
from bali_desktop.domain.errors import ContentError
from tests.mutation import tiny_content
from tests.mutation.tiny_content import pathway

AID = {
    "id": "aid1",
    "title": "Smuggling or trafficking?",
    "purpose": "Tell them apart.",
    "questions": [{"question": f"Q{i}?", "smuggling": "s", "trafficking": "t"} for i in (1, 2, 3)],
    "based_on": ["B"],
}
GUIDE = {
    "id": "gd",
    "title": "A guide",
    "producer": "IOM",
    "audience": "Officers",
    "purpose": "Teach.",
    "key_points": ["One"],
    "source": "S",
}


def english(**extra: Any) -> dict[str, Any]:
    p = pathway()
    p["pause_points"][0]["steps"][1]["decision"] = {
        "question": "Q?",
        "options": [{"label": "Yes", "to": "pathway:q"}, {"label": "No", "to": "aid:aid1"}],
    }
    return {
        "aids": {"aids": [AID]},
        "guides": {"guides": [GUIDE]},
        "pathways__p": p,
        "pathways__q": pathway("q"),
        **extra,
    }


def pathway_text(title: str = "Jalur p") -> dict[str, Any]:
    steps: dict[str, dict[str, Any]] = {
        f"{x}-{n}": {"action": f"Lakukan {x} {n}"} for x in "ab" for n in range(1, 6)
    }
    if title == "Jalur p":  # the English p asks a decision at a-2, q none
        steps["a-2"].update(question="T?", options={"Yes": "Ya", "No": "Tidak"})
    return {
        "title": title,
        "purpose": "Bantu orang itu.",
        "pause_points": {
            "first": {"title": "Kontak", "when": "segera"},
            "later": {"title": "Nanti", "when": "kemudian"},
        },
        "steps": steps,
        "never_do": ["Jangan ini"],
        "keywords": ["bantu", "jalur"],
    }


def load(tmp_path: Path, files: dict[str, dict[str, Any]], **extra: Any) -> dict[str, ContentRecord]:
    content, sources = tiny_content.write(tmp_path, **english(**extra))
    for name, data in files.items():
        path = content / "translations" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return {r.ref: r for r in load_content(content, sources).records}


def refused(tmp_path: Path, items: dict[str, Any]) -> str:
    with pytest.raises(ContentError) as e:
        load(tmp_path, {"id/t.yaml": {"language": "id", "items": items}})
    return str(e.value)


def test_no_translations_leave_every_record_english_only(tmp_path: Path) -> None:
    assert all(r.translations == {} for r in load(tmp_path, {}).values())


def test_a_role_is_rendered_in_the_language_with_its_status_line(tmp_path: Path) -> None:
    items = {
        "role:police": {
            "title": "Polisi",
            "description": "Kepolisian.",
            "status": "reviewed",
            "reviewed_by": "Ana",
        }
    }
    records = load(tmp_path, {"id/roles.yaml": {"language": "id", "items": items}})
    t = records["role:police"].translations["id"]
    assert (t.language, t.status, t.reviewed_by, t.title) == ("id", "reviewed", "Ana", "Polisi")
    assert t.text == "Kepolisian.\nTerjemahan: sudah diperiksa oleh penutur asli (Ana)."
    assert (t.text_language, t.keywords, t.body, t.index_text) == ("id", "", "", "Kepolisian.")
    assert t.data == {
        "id": "police",
        "title": "Polisi",
        "description": "Kepolisian.",
        "consent_required": False,
    }


def test_a_pathway_is_rendered_with_the_translated_role_and_linked_titles(tmp_path: Path) -> None:
    items = {
        "role:police": {"title": "Polisi", "description": "Kepolisian."},
        "pathway:p": pathway_text(),
        "pathway:q": pathway_text("Jalur q"),
        "aid:aid1": {
            "title": "Penyelundupan atau perdagangan?",
            "purpose": "Bedakan.",
            "questions": [{"question": f"P{i}?", "smuggling": "a", "trafficking": "b"} for i in (1, 2, 3)],
        },
    }
    records = load(tmp_path, {"id/t.yaml": {"language": "id", "items": items}})
    t = records["pathway:p"].translations["id"]
    assert (t.status, t.reviewed_by, t.title, t.text_language, t.keywords) == (
        "not-checked",
        "",
        "Jalur p",
        "id",
        "bantu jalur",
    )
    lines = t.text.split("\n")
    assert lines[0] == "Bantu orang itu."
    assert "       Ya: lihat: Jalur q, langkah 1" in lines
    assert "       Tidak: lihat: Penyelundupan atau perdagangan?" in lines
    assert "Rujuk ke: Polisi." in lines
    assert lines[-1] == "Terjemahan: belum diperiksa oleh penutur asli."
    assert t.index_text is not None and "Ya: lihat" not in t.index_text and "Terjemahan" not in t.index_text
    assert t.index_text.startswith("Bantu orang itu.\n\nKontak (segera)\n  1. Lakukan a 1\n")
    assert t.data["title"] == "Jalur p"
    assert "Rujuk ke: Polisi." in records["pathway:q"].translations["id"].text
    english_text = records["pathway:p"].text
    assert "Yes: see: Pathway q, step 1" in english_text and "Refer to: Police." in english_text


def test_a_pathway_keeps_english_titles_of_what_is_not_translated(tmp_path: Path) -> None:
    records = load(tmp_path, {"id/t.yaml": {"language": "id", "items": {"pathway:p": pathway_text()}}})
    lines = records["pathway:p"].translations["id"].text.split("\n")
    assert "       Ya: lihat: Pathway q, langkah 1" in lines
    assert "       Tidak: lihat: Smuggling or trafficking?" in lines
    assert "Rujuk ke: Police." in lines


def test_an_aid_and_a_guide_are_rendered_in_the_language(tmp_path: Path) -> None:
    items = {
        "aid:aid1": {
            "title": "Penyelundupan atau perdagangan?",
            "purpose": "Bedakan.",
            "questions": [{"question": f"P{i}?", "smuggling": "a", "trafficking": "b"} for i in (1, 2, 3)],
            "keywords": ["beda"],
        },
        "guide:gd": {"purpose": "Mengajar.", "audience": "Petugas", "key_points": ["Satu"]},
    }
    records = load(tmp_path, {"id/t.yaml": {"language": "id", "items": items}})
    aid = records["aid:aid1"].translations["id"]
    assert aid.title == "Penyelundupan atau perdagangan?"
    assert aid.text.split("\n")[:5] == [
        "Bedakan.",
        "",
        "P1?",
        "  Penyelundupan migran: a",
        "  Perdagangan orang: b",
    ]
    assert aid.keywords == "beda"
    assert aid.index_text == aid.text.removesuffix("\nTerjemahan: belum diperiksa oleh penutur asli.")
    guide = records["guide:gd"].translations["id"]
    assert guide.title == "A guide"
    assert guide.text.split("\n")[:3] == ["Mengajar.", "Tahun: tahun belum dipastikan.", "Disusun oleh: IOM."]


def test_a_who_is_who_entry_takes_our_text_and_an_official_item_only_its_title(tmp_path: Path) -> None:
    items = {
        "member:au": {"text": "Pemerintah anggota.", "keywords": ["australia"]},
        "commitment:decl-1": {"title": "Bekerja sama"},
        "commitment:decl-2": {"keywords": ["korban"]},
    }
    records = load(tmp_path, {"id/t.yaml": {"language": "id", "items": items}})
    member = records["member:au"].translations["id"]
    assert (member.title, member.text, member.text_language) == (
        "Australia",
        "Pemerintah anggota.\nTerjemahan: belum diperiksa oleh penutur asli.",
        "id",
    )
    assert (member.keywords, member.index_text, member.body) == ("australia", "Pemerintah anggota.", "")
    assert member.data == records["member:au"].data
    official = records["commitment:decl-1"].translations["id"]
    assert (official.title, official.text, official.text_language, official.index_text) == (
        "Bekerja sama",
        "States will work together against people smuggling.",
        "en",
        "",
    )
    assert official.data == {"number": "1"}
    assert records["commitment:decl-2"].translations["id"].title == "Protecting victims"


def test_each_language_is_attached_under_its_own_code(tmp_path: Path) -> None:
    files = {
        "id/t.yaml": {
            "language": "id",
            "items": {"role:police": {"title": "Polisi", "description": "Kepolisian."}},
        },
        "ms/t.yaml": {
            "language": "ms",
            "items": {"role:police": {"title": "Polis", "description": "Pasukan polis."}},
        },
    }
    t = load(tmp_path, files)["role:police"].translations
    assert sorted(t) == ["id", "ms"]
    assert (t["id"].title, t["ms"].title, t["ms"].language) == ("Polisi", "Polis", "ms")
    assert t["ms"].text == "Pasukan polis.\nTranslation: not yet checked by a native speaker."


def test_a_translation_of_nothing_is_refused(tmp_path: Path) -> None:
    message = refused(tmp_path, {"role:nurse": {"title": "Perawat", "description": "Perawat."}})
    path = tmp_path / "content" / "translations" / "id" / "t.yaml"
    assert message == f"{path}: role:nurse: no item with this ref in the English content"


def test_a_field_the_kind_does_not_take_is_refused(tmp_path: Path) -> None:
    message = refused(tmp_path, {"commitment:decl-1": {"text": "Negara akan bekerja sama."}})
    assert "commitment:decl-1: field 'text': official text (or a quotation) is never translated" in message


def test_a_word_the_glossary_keeps_out_is_refused(tmp_path: Path) -> None:
    message = refused(tmp_path, {"member:au": {"text": "Melawan perdagangan manusia."}})
    assert message.endswith(
        "member:au: uses 'perdagangan manusia'; the glossary's term is 'perdagangan orang'"
    )


def test_every_entry_is_checked_before_any_is_rendered(tmp_path: Path) -> None:
    items = {"role:police": {"title": "Polisi"}, "member:au": {"text": "Melawan perdagangan manusia."}}
    assert refused(tmp_path, items).endswith("the glossary's term is 'perdagangan orang'")
