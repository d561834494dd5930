"""A pack's translations/<lang>/*.yaml: the schema of resources/content/translations/, checked by the
same code, shown in the language and found by a search in it; removed with the pack, the shipped
translation back as it was."""

from __future__ import annotations

import pytest
import yaml

from bali_desktop import paths
from bali_desktop.services import packs, reading
from bali_desktop.services.session import Session
from tests.packs.kit import content_files, digest, signed_zip, trusted_key

WORD_ROLE = "rumahsinggahtestland"  # test words found nowhere else
WORD_GUIDE = "tatacararujukantestland"
ROLES_ID = f"""language: id
status: reviewed
reviewed_by: Test Reviewer
items:
  role:shelter:
    title: Rumah aman Testland
    description: Tempat tinggal aman {WORD_ROLE} bagi korban yang dilimpangkan (data uji).
"""
GUIDES_ID = f"""language: id
items:
  guide:testland-referral-sop:
    purpose: Cara petugas Testland merujuk {WORD_GUIDE} (data uji).
    audience: Petugas garis depan di Testland
    key_points: [Hubungi saluran siaga terlebih dahulu.]
    keywords: [rujukan testland]
"""


def _files(**extra: str) -> dict[str, bytes]:
    files = {n: b for n, b in content_files().items() if n != "translations.yaml"}
    return files | {name: text.encode() for name, text in extra.items()}


def _search(s: Session, query: str) -> list[str]:
    return [h.ref for h in s.content.search(query, limit=10)]


def test_language_files_reach_the_item_and_the_search_in_that_language(officer: Session) -> None:
    key = trusted_key(officer)
    shipped_word = "dikelola"  # in the shipped Indonesian words of role:shelter
    assert "role:shelter" in _search(officer, shipped_word)
    before_rows = officer.connection.execute("SELECT count(*) FROM content_fts").fetchone()[0]
    files = _files(**{"translations/id/roles.yaml": ROLES_ID, "translations/id/guides/sop.yaml": GUIDES_ID})
    plan = packs.check(officer, signed_zip(files, key))
    assert plan.summary.translations == 2
    packs.apply(officer, plan)

    assert _search(officer, WORD_ROLE)[:1] == ["role:shelter"]
    assert _search(officer, WORD_GUIDE)[:1] == ["guide:testland-referral-sop"]
    assert _search(officer, "melimpangkan")[:1] == ["role:shelter"]  # another Indonesian form of it
    assert "role:shelter" not in _search(officer, shipped_word)  # the pack's words stand in for ours
    role = officer.content.get("role:shelter", "id")
    assert role is not None and role.translation is not None
    assert role.title == "Rumah aman Testland"
    assert (role.translation.status, role.translation.reviewed_by) == ("reviewed", "Test Reviewer")
    guide = officer.content.get("guide:testland-referral-sop", "id")
    assert guide is not None and guide.translation is not None
    assert guide.translation.status == "not-checked"
    assert WORD_GUIDE in guide.text and guide.data["audience"] == "Petugas garis depan di Testland"
    english = officer.content.get("role:shelter", "en")
    assert english is not None and WORD_ROLE not in english.text

    officer.language = "id"  # read in Indonesian, as the window does
    assert reading.item(officer, "role:shelter").title == "Rumah aman Testland"
    officer.language = "en"

    officer.reload_content()  # a content update keeps the pack's translations and their rows
    assert _search(officer, WORD_ROLE)[:1] == ["role:shelter"]

    packs.remove(officer, "testland")
    assert _search(officer, WORD_ROLE) == [] and _search(officer, WORD_GUIDE) == []
    assert "dilimpangkan" not in (officer.content.meta("search_language_terms") or "")  # gone with it
    assert "role:shelter" in _search(officer, shipped_word)
    after = officer.content.get("role:shelter", "id")
    assert after is not None and after.title == "Rumah aman atau tempat tinggal yang aman"
    assert officer.connection.execute("SELECT count(*) FROM content_fts").fetchone()[0] == before_rows


ROLE = "language: id\nitems:\n  role:shelter:\n    title: X\n    description: Y\n"
BAD = [
    (
        {"translations/id/x.yaml": "language: id\nitems:\n  role:no-such-role:\n    title: X\n"},
        "dangling ref",
    ),
    (
        {"translations/ms/x.yaml": ROLE},
        "must be its folder's",
    ),
    (
        {"translations/id/x.yaml": "language: id\nitems:\n  role:shelter:\n    title: X\n"},
        "field 'description' is missing",
    ),
    (
        {
            "translations/id/x.yaml": "language: id\nitems:\n  role:shelter:\n    title: Rumah\n"
            "    description: Bagi korban perdagangan manusia.\n"
        },
        "glossary",
    ),
    (
        {"translations/id/x.yaml": "language: id\nitems:\n  pathway:victim-of-trafficking:\n    title: X\n"},
        "the English has",
    ),
    (
        {"translations/id/x.yaml": "language: id\nstatus: reviewed\nitems:\n  role:shelter:\n    title: X\n"},
        "reviewed_by",
    ),
    (
        {
            "translations/id/a.yaml": ROLE,
            "translations/id/b.yaml": ROLE,
        },
        "translated twice",
    ),
]


@pytest.mark.parametrize(("extra", "said"), BAD)
def test_a_faulty_language_file_is_refused_with_nothing_changed(
    officer: Session, extra: dict[str, str], said: str
) -> None:
    key = trusted_key(officer)
    before = digest(officer)
    with pytest.raises(packs.PackError) as e:
        packs.install(officer, signed_zip(_files(**extra), key))
    assert said in str(e.value) and "\n" not in str(e.value)
    assert str(e.value).startswith("Refused")
    assert digest(officer) == before


def test_official_text_is_never_translated_by_a_pack(officer: Session) -> None:
    key = trusted_key(officer)
    ref = next(i.ref for i in officer.content.items("commitment", "en"))
    extra = {"translations/id/x.yaml": f"language: id\nitems:\n  {ref}:\n    text: Teks.\n"}
    with pytest.raises(packs.PackError, match="never translated"):
        packs.install(officer, signed_zip(_files(**extra), key))


def test_a_whole_pathway_translated_in_a_pack(officer: Session) -> None:
    """The shipped Indonesian pathway's file, as a focal point would adapt it: the same schema."""
    shipped = paths.CONTENT_DIR / "translations" / "id" / "pathways" / "victim-of-trafficking.yaml"
    raw = yaml.safe_load(shipped.read_text(encoding="utf-8"))
    entry = raw["items"]["pathway:victim-of-trafficking"]
    step_id = next(iter(entry["steps"]))
    entry["steps"][step_id]["action"] += " (testlandrujukanword)"
    entry.update(status="reviewed", reviewed_by="Test Reviewer")
    files = _files(**{"translations/id/pathways/victim.yaml": yaml.safe_dump(raw, allow_unicode=True)})
    packs.install(officer, signed_zip(files, trusted_key(officer)))
    found = officer.content.get("pathway:victim-of-trafficking", "id")
    assert found is not None and found.translation is not None
    assert found.translation.status == "reviewed"
    assert "testlandrujukanword" in str(found.data)
    assert _search(officer, "testlandrujukanword")[:1] == ["pathway:victim-of-trafficking"]


def test_a_language_the_library_lacks_comes_and_goes_with_the_pack(officer: Session) -> None:
    before = officer.content.languages()
    roles_ms = ROLES_ID.replace("language: id", "language: ms").replace(WORD_ROLE, "rumahsinggahmelayu")
    files = _files(**{"translations/ms/roles.yaml": roles_ms})
    packs.install(officer, signed_zip(files, trusted_key(officer)))
    assert officer.content.languages() == [*before, "ms"]
    assert _search(officer, "rumahsinggahmelayu")[:1] == ["role:shelter"]
    shelter = officer.content.get("role:shelter", "ms")
    assert shelter is not None and "Tempat tinggal aman" in shelter.text
    packs.remove(officer, "testland")
    assert officer.content.languages() == before and _search(officer, "rumahsinggahmelayu") == []
