"""A language only a content pack brings (Thai translations of our items): `show --lang th` reads it,
with its review status; a language there is none of is refused in one line naming those there are;
the language goes with the pack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import packs, reading
from bali_desktop.services.session import Session
from tests.cli_runner import run
from tests.packs import kit

ROLES_TH = """language: th
status: not-checked
items:
  role:shelter:
    title: บ้านพักปลอดภัย
    description: ที่พักที่ปลอดภัยสำหรับผู้เสียหาย (ข้อมูลทดสอบ)
"""

GUIDES_TH = """language: th
status: reviewed
reviewed_by: Test Reviewer
items:
  guide:testland-referral-sop:
    purpose: วิธีส่งต่อผู้เสียหายของเจ้าหน้าที่ (ข้อมูลทดสอบ)
    audience: เจ้าหน้าที่ด่านหน้า
    key_points: [โทรสายด่วนก่อน]
"""


def thai_pack(s: Session) -> bytes:
    files = {n: b for n, b in kit.content_files().items() if n != "translations.yaml"}
    return kit.signed_zip(
        files
        | {
            "translations/th/roles.yaml": ROLES_TH.encode(),
            "translations/th/guides.yaml": GUIDES_TH.encode(),
        },
        kit.trusted_key(s),
    )


@pytest.fixture
def officer_dir(shared_data_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "officer"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    return folder


def test_show_reads_a_language_an_installed_pack_brings(
    capsys: pytest.CaptureFixture[str], officer_dir: Path
) -> None:
    d = ["--data-dir", str(officer_dir)]
    code, _, err = run(capsys, *d, "show", "role:shelter", "--lang", "th")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "'th'" in err and "en (English), id (Bahasa Indonesia)" in err and "th (" not in err

    s = Session.open(officer_dir)
    try:
        packs.install(s, thai_pack(s))
        assert reading.content_languages(s) == {"en": "English", "id": "Bahasa Indonesia", "th": "ไทย"}
        assert reading.get(s, "role:shelter", lang="th_TH").title == "บ้านพักปลอดภัย"  # type: ignore[union-attr]
    finally:
        s.close()

    code, out, err = run(capsys, *d, "show", "role:shelter", "--lang", "th")
    assert code == 0, err
    assert out.startswith("บ้านพักปลอดภัย  [role:shelter]") and "ที่พักที่ปลอดภัยสำหรับผู้เสียหาย" in out
    assert "not yet checked by a native speaker" in out  # its status, with the words
    assert "not official Bali Process text" in out  # our guidance, marked as such
    code, out, _ = run(capsys, *d, "show", "role:shelter", "--lang", "th", "--json")
    assert '"language": "th"' in out and '"status": "not-checked"' in out
    code, out, _ = run(capsys, *d, "show", "role:anti-trafficking-police", "--lang", "th")
    assert code == 0 and "(No translation into ไทย yet: shown in English.)" in out
    code, _, err = run(capsys, *d, "show", "role:shelter", "--lang", "xx")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "'xx'" in err and "th (ไทย)" in err and "id (Bahasa Indonesia)" in err

    assert run(capsys, *d, "pack", "remove", "testland")[0] == 0
    code, _, err = run(capsys, *d, "show", "role:shelter", "--lang", "th")
    assert code == 2 and "th (" not in err
