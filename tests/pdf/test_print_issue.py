"""Issue 14, printed sheets: every script of the region shaped and read back exactly, phone
numbers never broken, the case reference on every page, a one-page counter card, archival
PDF/A-2b files in gray, and the sheet's fixed words in Bahasa Indonesia."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bali_desktop.pdf import archival, words
from bali_desktop.pdf.job import PrintOptions
from tests.cli_runner import run
from tests.pdf.conftest import export_refs, pdftotext

NAMES = {
    "child-protection": "ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន",  # Khmer
    "guardian": "လူမှုဝန်ထမ်း ကယ်ဆယ်ရေးနှင့်",  # Myanmar
    "social-welfare": "กรมกิจการเด็กและเยาวชน ที่ น้ำ ผู้",  # Thai, stacked marks
    "shelter": "Nhà tạm lánh Hà Nội",  # Vietnamese
    "health": "ກະຊວງແຮງງານ",  # Lao
    "interpreter": "সমাজসেবা অধিদপ্তর",  # Bengali
    "legal-aid": "مركز المساعدة القانونية",  # Arabic, right to left
    "anti-trafficking-police": "中华人民共和国公安部",  # Chinese (Simplified)
}
PHONE = "+84 24 3822 6077"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def with_contacts(capsys, fresh_library):
    folder = str(fresh_library.db_path.parent)
    for role, org in NAMES.items():
        code, _, err = run(
            capsys, "--data-dir", folder, "contacts", "add", "--role", role, "--organisation", org,
            "--phone", PHONE,
        )  # fmt: skip
        assert code == 0, err
    return folder


def test_every_script_reads_back_exactly_and_no_warning(capsys, with_contacts, tmp_path: Path) -> None:
    pdf = tmp_path / "child.pdf"
    code, out, err = run(capsys, "--data-dir", with_contacts, "export", "pathway:child", "-o", str(pdf))
    assert code == 0, err
    assert err == ""  # every one of these scripts has a shaped face now
    text = _flat(pdftotext(pdf))
    for role, name in NAMES.items():
        if role == "legal-aid":
            # each word reads back exactly; pdftotext gives the words of a right-to-left line
            # inside a left-to-right page in the order they are drawn, right to left
            name = " ".join(reversed(name.split()))
        assert name in text, role
    layout = pdftotext(pdf, layout=True)
    assert PHONE in layout  # never broken across lines
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    for family in ("NotoSansKhmer", "NotoSansMyanmar", "NotoSansThai", "NotoSansBengali", "NotoSansArabic"):
        assert family in fonts


def test_phone_never_breaks_in_large_print_or_a_long_list(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    long = "+84 24 3822 6077 / +66 2 651 6534"
    hours = "Thứ Hai–Thứ Sáu 8:00–17:00"
    add = ["contacts", "add", "--role", "child-protection", "--organisation", "Hotline"]
    assert run(capsys, "--data-dir", folder, *add, "--phone", long, "--hours", hours)[0] == 0
    pdf = tmp_path / "lp.pdf"
    assert (
        run(capsys, "--data-dir", folder, "export", "pathway:child", "--large-print", "-o", str(pdf))[0] == 0
    )
    layout = pdftotext(pdf, layout=True)
    for number in ("+84 24 3822 6077", "+66 2 651 6534"):
        assert number in layout
    assert "Thứ Hai–Thứ Sáu 8:00–17:00" in _flat(pdftotext(pdf))


def test_case_reference_and_page_x_of_y_on_every_page(fresh_library, tmp_path: Path) -> None:
    for paper, large in (("a4", False), ("letter", True)):
        pdf = tmp_path / f"vot-{paper}.pdf"
        result = export_refs(
            fresh_library,
            ["pathway:victim-of-trafficking"],
            pdf,
            options=PrintOptions(paper=paper, large_print=large),
        )
        assert result.pages > 1
        for p in range(1, result.pages + 1):
            page = pdftotext(pdf, first=p, last=p)
            # once a page: page 1 has the sheet's own field (with the time), not the header's too
            assert page.count("Case reference:") == 1 and page.count("Date") == 1, p
            assert ("Date, time:" in page) == (p == 1), p
            assert f"Page {p} of {result.pages}" in page


def _pike(path: Path):
    pikepdf = pytest.importorskip("pikepdf")
    return pikepdf.open(path)


def _pdfa_checks(path: Path, lang: str, title: str) -> None:
    import pikepdf

    with _pike(path) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == archival.PDFA_PART == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo.Title) == title  # XMP mirrors the info
        assert str(meta["pdf:Producer"]) == str(pdf.docinfo.Producer)
        intents = pdf.Root.OutputIntents
        assert intents[0].S == pikepdf.Name.GTS_PDFA1
        profile = intents[0].DestOutputProfile
        assert int(profile.N) == 3 and profile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        assert str(pdf.Root.Lang) == lang
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
        assert "/Encrypt" not in pdf.trailer and len(pdf.trailer.ID) == 2
        assert "/Trapped" not in pdf.docinfo
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                assert int(annot.F) & 4  # printed
            fonts = page.obj.Resources.get("/Font", {})
            for font in dict(fonts).values():
                descriptor = font.get("/FontDescriptor")
                if descriptor is None:  # a Type0 font: its descendant holds the descriptor
                    descriptor = font.DescendantFonts[0].FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
            ops = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            assert not ops & {"rg", "RG", "k", "K", "sc", "scn"}  # DeviceGray only
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout


def test_sheet_pack_and_card_are_pdfa_2b_in_gray(fresh_library, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    export_refs(fresh_library, ["pathway:child"], sheet)
    _pdfa_checks(sheet, "en", "Unaccompanied or separated child: a child alone, or a possible child victim")
    pack = tmp_path / "pack.pdf"
    export_refs(fresh_library, ["pathway:child", "area:adelaide-2023-5"], pack)
    _pdfa_checks(pack, "en", "Handout pack")
    card = tmp_path / "card.pdf"
    export_refs(fresh_library, ["pathway:child"], card, layout="card")
    _pdfa_checks(card, "en", "Unaccompanied or separated child: a child alone, or a possible child victim")


@pytest.mark.parametrize(("paper", "pages"), [("a4", 1), ("letter", 1), ("a5", 1)])
def test_counter_card_of_every_pathway(capsys, fresh_library, tmp_path: Path, paper: str, pages: int) -> None:
    """One page (A4, Letter and A5), the critical steps with the full sheet's
    numbers, the case reference and the contacts box."""
    folder = str(fresh_library.db_path.parent)
    refs = [i.ref for i in fresh_library.content.items("pathway")]
    for ref in refs:
        pdf = tmp_path / f"{ref.split(':')[1]}-{paper}.pdf"
        code, out, err = run(capsys, "--data-dir", folder, "export", ref, "--as", "card", "--paper", paper,
                             "-o", str(pdf))  # fmt: skip
        assert code == 0, err
        # one page in every paper size (tests/pdf/test_card.py)
        shown = re.search(r"(\d+) pages?", out)
        assert "counter card" in out and shown and 1 <= int(shown[1]) <= pages, (ref, out)
        pages_here = int(shown[1])
        text = _flat(pdftotext(pdf))
        assert "Case reference:" in text and "Local referral contacts" in text and "Counter card" in text
        for p in range(1, pages_here + 1):  # the back of a pocket card too
            assert "Case reference:" in pdftotext(pdf, first=p, last=p), (ref, p)


def test_card_keeps_the_full_sheets_numbers_and_only_critical_steps(fresh_library, tmp_path: Path) -> None:
    from bali_desktop.checklists.builders import card_from_pathway, from_pathway
    from bali_desktop.domain.pathway import Pathway

    item = fresh_library.content.require("pathway:victim-of-trafficking")
    card, numbers = card_from_pathway(item, fresh_library.content)
    assert numbers == from_pathway(item, fresh_library.content).numbers()
    steps = {s.id: s for s in Pathway.from_item(item).steps}
    kept = [s.item.uid for s in card.steps()]
    assert kept and len(kept) < len(steps)
    for uid in kept:
        step = steps[uid]
        assert step.decision or step.roles or step.exit
    assert all(not i.note and not i.say for i in card.all_items())
    pdf = tmp_path / "card.pdf"
    export_refs(fresh_library, ["pathway:victim-of-trafficking"], pdf, layout="card")
    text = _flat(pdftotext(pdf))
    first = card.steps()[0]
    assert f"{numbers[first.item.uid]} {first.item.text[:30]}" in text


def test_card_is_made_from_one_pathway_only(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    code, _, err = run(capsys, "--data-dir", folder, "export", "area:adelaide-2023-5", "--as", "card",
                       "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code != 0 and "counter card is made from one pathway" in err and "Traceback" not in err


def test_sheet_in_bahasa_indonesia(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    pdf = tmp_path / "id.pdf"
    code, _, err = run(
        capsys, "--data-dir", folder, "export", "pathway:child", "--lang", "id", "-o", str(pdf)
    )
    assert code == 0, err
    text = _flat(pdftotext(pdf))
    for key in ("case_reference", "contacts", "refer_to", "phone"):
        assert words.word(key, "id") in text
    assert "Halaman 1 dari" in text and "perdagangan manusia" not in text
    with _pike(pdf) as p:
        assert str(p.Root.Lang) == "id"


def test_every_fixed_word_has_both_languages() -> None:
    for key, entry in words.WORDS.items():
        assert set(entry) == {"en", "id"}, key
        if entry["en"]:
            assert entry["id"], key
        assert "perdagangan manusia" not in entry["id"]
        assert re.findall(r"\{\w+\}", entry["en"]) == re.findall(r"\{\w+\}", entry["id"]), key


def test_a_character_no_font_has_is_named(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    assert run(capsys, "--data-dir", folder, "contacts", "add", "--role", "child-protection",
               "--organisation", "경찰 עברית", "--phone", "110")[0] == 0  # fmt: skip
    code, _, err = run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(tmp_path / "x.pdf"))
    assert code == 0
    assert "U+ACBD HANGUL SYLLABLE GYEONG" in err and "HEBREW LETTER AYIN" in err


def test_a_pause_point_that_breaks_says_continued(fresh_library, tmp_path: Path) -> None:
    """A page that opens inside a pause point opens with "<title> (continued)"; only there."""
    from bali_desktop.checklists.builders import from_pathway

    for ref in ("pathway:victim-of-trafficking", "pathway:child"):
        titles = [pp.title for pp in from_pathway(fresh_library.content.require(ref)).pause_points]
        for options in (PrintOptions(), PrintOptions(paper="letter", large_print=True)):
            pdf = tmp_path / "sheet.pdf"
            result = export_refs(fresh_library, [ref], pdf, options=options)
            seen = 0
            for p in range(1, result.pages + 1):
                lines = [x.strip() for x in pdftotext(pdf, first=p, last=p).splitlines() if x.strip()]
                continued = [x for x in lines if x.endswith("(continued)")]
                assert len(continued) <= 1
                for line in continued:
                    assert line.removesuffix(" (continued)") in titles
                    assert p > 1
                    seen += 1
            assert seen, (ref, options)


def _words_bbox(pdf: Path) -> list[tuple[int, float, float, float, float, float, str]]:
    """(page, page height, xMin, yMin, xMax, yMax, word) from pdftotext -bbox (y from the top)."""
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    out = []
    for n, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.S), 1):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            out.append((n, height, x0, y0, x1, y1, m.group(5)))
    return out


MM = 72 / 25.4


def test_footers_8_mm_from_the_edge_and_margins_mirrored(fresh_library, tmp_path: Path) -> None:
    for large in (False, True):
        for refs in (["pathway:victim-of-trafficking"], ["pathway:child", "area:adelaide-2023-5"]):
            pdf = tmp_path / "x.pdf"
            export_refs(fresh_library, refs, pdf, options=PrintOptions(large_print=large))
            words_ = _words_bbox(pdf)
            for page, height, _x0, _y0, _x1, y1, word in words_:
                assert height - y1 >= 8 * MM, (large, refs, page, word)
            # the wide binding margin is on the left of a front, on the right of a back
            odd = min(x0 for p, _, x0, *_ in words_ if p % 2 == 1)
            even = min(x0 for p, _, x0, *_ in words_ if p % 2 == 0)
            assert odd >= 23.5 * MM and 14.5 * MM <= even < 16 * MM, (odd / MM, even / MM)


def test_large_print_is_large(fresh_library, tmp_path: Path) -> None:
    from reportlab.lib import colors

    from bali_desktop.pdf.styles import theme

    t = theme(True)
    assert t.body.fontSize >= 16 and t.item.fontSize >= 16
    for name in ("small", "cite", "option", "cell", "label", "h3", "quote"):
        style = getattr(t, name)
        assert style.fontSize >= 12, name
        assert style.textColor == colors.black, name
    assert min(t.header_size, t.footer_size, t.chart_font) >= 12
    for mode in (theme(False), t, theme(False, 6.5)):
        assert min(mode.box, mode.small_box) >= 5 * MM - 0.01
    pdf = tmp_path / "lp.pdf"
    export_refs(fresh_library, ["pathway:victim-of-trafficking"], pdf, options=PrintOptions(large_print=True))
    heights = [y1 - y0 for _, _, _, y0, _, y1, w in _words_bbox(pdf) if w.strip()]
    assert min(heights) >= 12 - 0.01  # poppler gives each word a box of its font size


def test_room_to_write_signs_to_tick_and_exits_that_say_stop(fresh_library, tmp_path: Path) -> None:
    from bali_desktop.checklists.builders import STOP_SHEET, from_pathway
    from bali_desktop.domain.pathway import Pathway
    from bali_desktop.domain.route_words import jump_kind, writing_lines
    from bali_desktop.pdf.boxes import TickBox, signs_box
    from bali_desktop.pdf.checklist_pdf import CheckItem, WritingLines
    from bali_desktop.pdf.styles import theme

    item = fresh_library.content.require("pathway:victim-of-trafficking")
    checklist = from_pathway(item, fresh_library.content)
    numbers = checklist.numbers()
    writes = 0
    for step in checklist.steps():
        ci = CheckItem.for_step(1, step, numbers, theme())
        has_lines = any(isinstance(r.para, WritingLines) for r in ci.rows)
        assert has_lines == bool(step.item.write_lines == writing_lines(step.item.text) > 0), step.item.text
        writes += has_lines
    assert writes >= 3  # "write down the reasons", "note the time of handover"...
    signs = next(r for r in checklist.reminders if r.title == "Signs to look for")
    tables = signs_box(signs.lines, theme(), 400)
    boxes = [c for t in tables for row in t._content[0]._cellvalues for c in row if isinstance(c, TickBox)]
    groups = Pathway.from_item(item).indicators
    assert len(boxes) == sum(len(g.indicators) for g in groups)  # one box per sign
    pdf = tmp_path / "vot.pdf"
    export_refs(fresh_library, ["pathway:victim-of-trafficking"], pdf)
    text = _flat(pdftotext(pdf))
    stays = [o for s in Pathway.from_item(item).steps for o in s.options if jump_kind(o) == "stay"]
    assert stays and text.count(STOP_SHEET.strip("; ")) >= len(stays)
    for g in groups:
        assert g.dimension in text


def test_an_area_exports_as_a_progress_review_sheet(capsys, fresh_library, tmp_path: Path) -> None:
    """Each activity's official text word for word with its citation, and the columns status /
    lead agency / evidence / next step; export says what it made."""
    folder = str(fresh_library.db_path.parent)
    pdf = tmp_path / "area.pdf"
    code, out, err = run(capsys, "--data-dir", folder, "export", "area:adelaide-2023-5", "-o", str(pdf))
    assert code == 0, err
    assert "progress-review sheet" in out and "status, lead agency, evidence and next step" in out
    text = _flat(pdftotext(pdf))
    activities = fresh_library.content.children("area:adelaide-2023-5")
    assert activities
    for a in activities:
        assert _flat(a.text) in text  # official text, exact
        assert f"Official text — 2023 Adelaide Strategy for Cooperation, {a.source.locator}" in text
    statuses = ("Not started", "Planned", "In progress", "Done", "Not applicable")  # the tracker's five
    for column in ("Status", "Lead agency", "Evidence", "Next step", *statuses):
        assert text.count(column) >= len(activities), column
    for p in range(1, int(re.search(r"Page 1 of (\d+)", text).group(1)) + 1):
        assert "Review reference:" in pdftotext(pdf, first=p, last=p)
    handout = tmp_path / "handout.pdf"
    code, out, _ = run(capsys, "--data-dir", folder, "export", "area:adelaide-2023-5", "--as", "handout",
                       "-o", str(handout))  # fmt: skip
    assert code == 0 and "handout pack" in out


def test_export_format_html_is_plain_accessible_html(capsys, with_contacts, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, dict]] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs):  # noqa: ANN001
            self.tags.append((tag, dict(attrs)))

        def handle_data(self, data):  # noqa: ANN001
            self.text.append(data)

    cases = [(["pathway:child"], "en"), (["area:adelaide-2023-5"], "id")]
    cases.append((["pathway:child", "aid:smuggling-or-trafficking"], "en"))
    for refs, lang in cases:
        out = tmp_path / "sheet.html"
        code, said, err = run(capsys, "--data-dir", with_contacts, "export", *refs, "--format", "html",
                              "--lang", lang, "-o", str(out))  # fmt: skip
        assert code == 0, err
        assert "accessible HTML" in said
        raw = out.read_text(encoding="utf-8")
        assert raw.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in raw
        assert "<script" not in raw and "http" not in raw.replace('href="tel:', "")
        reader = Reader()
        reader.feed(raw)
        tags = [t for t, _ in reader.tags]
        assert "h1" in tags and "title" in tags
        boxes = [a for t, a in reader.tags if t == "input" and a.get("type") == "checkbox"]
        labels = {a.get("for") for t, a in reader.tags if t == "label"}
        assert all(b["id"] in labels for b in boxes)  # every checkbox has its label
        if refs == ["pathway:child"]:
            text = _flat(" ".join(reader.text))
            assert NAMES["child-protection"] in text and PHONE in text
            assert "ol" in tags and "th" in tags and boxes
    (tmp_path / "sheet.pdf").write_bytes(b"%PDF-1.4 a PDF to keep")
    code, _, err = run(capsys, "--data-dir", with_contacts, "export", "pathway:child", "--format", "html",
                       "-o", str(tmp_path / "sheet.pdf"))  # fmt: skip
    assert code != 0 and "Traceback" not in err  # an existing PDF is not replaced by HTML


def test_pack_checklist_pages_carry_their_type_and_speak_the_sheet_language(
    fresh_library, tmp_path: Path
) -> None:
    refs = ["pathway:victim-of-trafficking", "aid:smuggling-or-trafficking", "area:adelaide-2023-5"]
    pdf = tmp_path / "pack.pdf"
    result = export_refs(fresh_library, refs, pdf)
    tagged = [
        p
        for p in range(2, result.pages + 1)
        if "READ-DO · Possible victim" in pdftotext(pdf, first=p, last=p)
    ]
    assert len(tagged) >= 3  # every page of the checklist, not only its first
    assert tagged == list(range(tagged[0], tagged[-1] + 1))
    pdf_id = tmp_path / "pack-id.pdf"
    from bali_desktop.services import printing

    request = printing.PrintRequest(refs=tuple(refs), lang="id")
    printing.export(fresh_library, request, pdf_id)
    text = _flat(pdftotext(pdf_id))
    for key in ("checklist", "flow_chart", "contents", "official_text", "question"):
        assert words.word(key, "id") in text, key
    with _pike(pdf_id) as p:
        assert str(p.Root.Lang) == "id"
