"""Thai, Lao, Khmer and Myanmar print in shipped Noto Sans faces (ReportLab has no fallback, so
each run of those scripts is set in its font); characters no shipped font has are named in a
one-line warning on stderr, since they print as empty boxes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.checklists.builders import empty
from bali_desktop.domain.checklist import ChecklistItem
from bali_desktop.pdf import fonts
from bali_desktop.pdf.job import PrintOptions
from bali_desktop.pdf.render import checklist_pdf
from bali_desktop.services.printing import sheet_context
from tests.cli_runner import run
from tests.pdf.conftest import export_refs, pdftotext

THAI_ORG = "กรมกิจการเด็กและเยาวชน"  # Department of Children and Youth
KHMER = "ក្រសួងសង្គមកិច្ច"
MYANMAR = "ဝန်ကြီးဌာန"
LAO = "ກະຊວງແຮງງານ"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _fonts(path: Path) -> list[list[str]]:
    if not shutil.which("pdffonts"):
        pytest.skip("needs poppler-utils (pdffonts)")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [row.split() for row in out.splitlines()[2:]]


def test_noto_fonts_and_their_licence_are_shipped() -> None:
    for family in fonts.SCRIPTS:
        for face in ("Regular",) if family in fonts.NO_BOLD else ("Regular", "Bold"):
            assert (paths.FONTS_DIR / f"{family}-{face}.ttf").stat().st_size > 10_000
    licence = (paths.FONTS_DIR / "LICENSE-Noto.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in licence and "Version 1.1" in licence and "Google" in licence


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Plain text", [(None, "Plain text")]),
        (f"{THAI_ORG} (Bangkok)", [("NotoSansThai", THAI_ORG), (None, " (Bangkok)")]),
        (
            f"Call {KHMER}, then {MYANMAR} or {LAO}.",
            [
                (None, "Call "),
                ("NotoSansKhmer", KHMER),
                (None, ", then "),
                ("NotoSansMyanmar", MYANMAR),
                (None, " or "),
                ("NotoSansLao", LAO),
                (None, "."),
            ],
        ),
        ("ผู้ใหญ่", [("NotoSansThai", "ผู้ใหญ่")]),  # combining vowels and tone marks stay in their run
    ],
)
def test_script_runs(text: str, runs: list) -> None:
    assert fonts.script_runs(text) == runs
    assert "".join(r for _, r in fonts.script_runs(text)) == text


def test_thai_contact_prints_in_noto_sans_thai(capsys, fresh_library, tmp_path: Path) -> None:
    """The reviewer's case: the Bangkok office's contact for child protection."""
    folder = str(fresh_library.db_path.parent)
    code, _, err = run(
        capsys,
        "--data-dir",
        folder,
        "contacts",
        "add",
        "--role",
        "child-protection",
        "--organisation",
        THAI_ORG,
        "--country",
        "ประเทศไทย",
        "--phone",
        "1300",
        "--hours",
        "24 ชั่วโมง",
    )
    assert code == 0, err
    pdf = tmp_path / "child.pdf"
    code, out, err = run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(pdf))
    assert code == 0 and err == "", err
    text = _flat(pdftotext(pdf))
    assert f"{THAI_ORG} (ประเทศไทย)" in text and "24 ชั่วโมง" in text
    names = {row[0].split("+", 1)[-1]: row for row in _fonts(pdf)}
    assert "NotoSansThai-Regular" in names
    row = names["NotoSansThai-Regular"]
    assert row[-5] == "yes" and row[-4] == "yes", f"not embedded and subset: {row}"
    assert "NotoSansKhmer-Regular" not in names  # only the faces the text needs


def test_bold_thai_is_bold_and_the_header_too(session, tmp_path: Path) -> None:
    """A Thai title: the big title (a bold style), the running header and a pack's contents."""
    pdf = tmp_path / "pack.pdf"
    title = f"บัตรตรวจ {THAI_ORG}"
    export_refs(
        session, ["aid:smuggling-or-trafficking", "member:thailand"], pdf, options=PrintOptions(title=title)
    )
    text = _flat(pdftotext(pdf))
    assert text.count(title) >= 3  # cover, and the header of each later page
    used = {row[0].split("+", 1)[-1] for row in _fonts(pdf)}
    assert "NotoSansThai-Bold" in used


def test_khmer_myanmar_lao_and_thai_items_come_back(session, tmp_path: Path) -> None:
    checklist = empty(f"Cross-border card {LAO}")
    checklist.add_item(ChecklistItem(f"Call {KHMER} and {MYANMAR}", note=f"<b>not markup</b> & {THAI_ORG}"))
    data, _ = checklist_pdf(
        checklist, sheet_context(session, []), content_version="v", options=PrintOptions(large_print=True)
    )
    pdf = tmp_path / "mixed.pdf"
    pdf.write_bytes(data)
    text = _flat(pdftotext(pdf))
    for word in (LAO, THAI_ORG, "<b>not markup</b> &"):
        assert word in text
    # unshaped Khmer and Myanmar: every letter is there, in order (see fonts.py)
    for word in (KHMER, MYANMAR):
        assert word in text
    used = {row[0].split("+", 1)[-1] for row in _fonts(pdf)}
    assert {
        "NotoSansLao-Bold",
        "NotoSansKhmer-Regular",
        "NotoSansMyanmar-Regular",
        "NotoSansThai-Regular",
    } <= used


def test_characters_no_font_has_are_a_warning(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    assert (
        run(
            capsys,
            "--data-dir",
            folder,
            "contacts",
            "add",
            "--role",
            "child-protection",
            "--organisation",
            "경찰청 (Korean National Police Agency)",
            "--phone",
            "110",
        )[0]
        == 0
    )
    pdf = tmp_path / "card.pdf"
    code, out, err = run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(pdf))
    assert code == 0 and "Wrote" in out
    assert err.count("\n") == 1 and err.startswith("bali-desktop: warning: ")
    assert "경" in err and "HANGUL SYLLABLE" in err and "empty boxes" in err
    assert pdf.read_bytes().startswith(b"%PDF")  # still written


def test_no_warning_for_text_the_fonts_have(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    assert (
        run(
            capsys,
            "--data-dir",
            folder,
            "contacts",
            "add",
            "--role",
            "child-protection",
            "--organisation",
            f"Bộ Lao động {THAI_ORG} Türkiye Ελλάδα Россия {LAO}",
            "--phone",
            "110",
        )[0]
        == 0
    )
    code, _, err = run(
        capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(tmp_path / "card.pdf")
    )
    assert code == 0 and err == ""


def test_missing_glyphs_are_collected_only_while_exporting() -> None:
    fonts.note_text("한국")  # nobody is collecting: nothing happens
    with fonts.missing_glyphs() as missing:
        fonts.note_text(f"plain {THAI_ORG} Ελλάδα")
        assert not missing
        fonts.note_text("عربي বাংলা")  # Arabic and Bengali have shaped faces now
        assert not missing
        fonts.note_text("中文")  # Chinese has a print face now (the GB 2312 subset)
        assert not missing
        fonts.note_text("한국 עברית")
    assert list(missing) == ["한", "국", "ע", "ב", "ר", "י", "ת"]  # in the order met
    assert len(fonts.missing_glyphs_warning(missing)) == 1
    assert "reverse order" in fonts.missing_glyphs_warning(missing)[0]
    assert "reverse" not in fonts.missing_glyphs_warning("한국")[0]
    assert fonts.missing_glyphs_warning(set()) == []
