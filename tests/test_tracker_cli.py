"""`bali-desktop tracker` (issue 16): show, set, report, export, import; bad input is one line on
stderr, exit 2, nothing changed; the report read back with pypdf (and pdftotext when present), in
English and in Bahasa Indonesia."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from bali_desktop import paths
from bali_desktop.services.session import Session
from tests.cli_runner import run

ACT12 = "commitment:adelaide-2023-12"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine-tracker-cli")
    Session.open(folder).close()
    return folder / paths.DB_FILE


@pytest.fixture
def d(tmp_path: Path, pristine: Path) -> str:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(pristine, folder / paths.DB_FILE)
    return str(folder)


def shown(capsys, d: str) -> list[dict]:  # noqa: ANN001
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "show", "--json")
    assert code == 0
    return json.loads(out)


def test_set_and_show(capsys, d: str) -> None:  # noqa: ANN001
    code, out, err = run(
        capsys, "--data-dir", d, "tracker", "set", ACT12, "--status", "in progress", "--agency", "Ministry X",
        "--note", "Drafting the national SOP", "--date", "2026-11-02", "--next", "Consult the RSO",
    )  # fmt: skip
    assert (code, err) == (0, "") and "in progress; lead agency: Ministry X" in out
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "set", "3", "--status", "in-progress")
    assert code == 0 and "commitment:adelaide-2023-3: in progress" in out
    rows = {r["ref"]: r for r in shown(capsys, d)}
    assert len(rows) == 31
    assert rows[ACT12]["status"] == "in progress" and rows[ACT12]["agency"] == "Ministry X"
    assert rows[ACT12]["log"] == [{"on_date": "2026-11-02", "action": "Drafting the national SOP"}]
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "show", "--area", "4")
    assert code == 0 and "Activity 12" in out and "Ministry X" in out and "Activity 3 " not in out
    assert "latest: 2026-11-02 Drafting the national SOP" in out and "4 of 31 shown" in out
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "show", "--status", "in progress", "--json")
    assert {r["ref"] for r in json.loads(out)} == {ACT12, "commitment:adelaide-2023-3"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("set", ACT12, "--status", "finished"), "not a status"),
        (("set", "commitment:nope", "--status", "done"), "not a tracked activity"),
        (("set", ACT12), "nothing to set"),
        (("set", ACT12, "--note", "x", "--date", "2026-13-01"), "YYYY-MM-DD"),
        (("set", ACT12, "--date", "2026-01-01", "--status", "done"), "--date is the date of an action"),
        (("set", ACT12, "--agency", "x" * 300), "too long"),
        (("show", "--area", "99"), "not an area"),
        (("report", "-o", "/no/such/folder/r.pdf"), "Cannot write"),
        (("report", "-o", "r.pdf", "--lang", "fr"), "invalid choice"),
        (("export", "t.txt"), ".csv"),
        (("import", "/no/such.csv"), "Cannot read"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_changed(
    capsys, d: str, args: tuple[str, ...], words: str
) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "--data-dir", d, "tracker", *args)
    assert code == 2 and words in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert all(r["status"] == "not started" and not r["agency"] for r in shown(capsys, d))


def test_export_import_with_a_conflict_and_dry_run(capsys, d: str, tmp_path: Path, pristine: Path) -> None:  # noqa: ANN001
    run(capsys, "--data-dir", d, "tracker", "set", ACT12, "--status", "planned", "--agency", "Ministry X")
    out_csv = tmp_path / "ours.csv"
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "export", str(out_csv))
    assert code == 0 and "31 rows" in out
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig")))
    next(r for r in rows if r["ref"] == ACT12).update({"status": "done", "lead agency": "Ministry Y"})
    theirs = tmp_path / "theirs.csv"
    with theirs.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "import", str(theirs), "--dry-run")
    assert code == 0 and "CONFLICT: Activity 12" in out and "Dry run: nothing was changed." in out
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "import", str(theirs))
    assert code == 0 and "1 conflict kept as recorded here" in out and "--take-theirs" in out
    assert {r["ref"]: r for r in shown(capsys, d)}[ACT12]["agency"] == "Ministry X"
    code, out, _ = run(capsys, "--data-dir", d, "tracker", "import", str(theirs), "--take-theirs", "12")
    assert code == 0 and {r["ref"]: r for r in shown(capsys, d)}[ACT12]["agency"] == "Ministry Y"

    # a bad row: every bad row said, exit 2, nothing applied (into a fresh folder)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy(pristine, fresh / paths.DB_FILE)
    bad = tmp_path / "bad.csv"
    bad.write_text(theirs.read_text(encoding="utf-8-sig") + "not-a-ref,x,x,x,x,x,x,x\r\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(fresh), "tracker", "import", str(bad))
    assert (
        code == 2 and "row 33: 'not-a-ref' is not a tracked activity" in err and "nothing was changed" in err
    )
    assert all(not r["agency"] for r in shown(capsys, str(fresh)))


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_report_reads_back(capsys, d: str, tmp_path: Path, lang: str) -> None:  # noqa: ANN001
    run(
        capsys, "--data-dir", d, "tracker", "set", ACT12, "--status", "in progress", "--agency", "Ministry X",
        "--note", "Drafting the national SOP", "--date", "2026-11-02", "--evidence", "SOP draft v2",
    )  # fmt: skip
    run(
        capsys,
        "--data-dir",
        d,
        "tracker",
        "set",
        "15.3",
        "--status",
        "done",
        "--agency",
        "Kementerian Türkiye desk",
    )
    pdf = tmp_path / f"report-{lang}.pdf"
    code, out, err = run(
        capsys, "--data-dir", d, "tracker", "report", "-o", str(pdf), "--country", "Viet Nam",
        "--meeting", "Senior Officials' Meeting", "--date", "12 March 2027", "--lang", lang,
    )  # fmt: skip
    assert code == 0, err
    reader = PdfReader(pdf)
    assert f"({len(reader.pages)} pages)" in out and len(reader.pages) >= 5
    cover = reader.pages[0].extract_text()
    assert "Viet Nam" in cover and "Senior Officials' Meeting" in cover and "12 March 2027" in cover
    assert "2023 Adelaide Strategy for Cooperation" in cover
    text = " ".join(_text(pdf).split())
    activity = "Activity" if lang == "en" else "Kegiatan"  # pdf/words.py's LOCATOR_WORDS_ID
    assert "Ministry X" in text and f"{activity} 12" in text and "Kementerian Türkiye desk" in text
    assert "2026-11-02: Drafting the national SOP" in text and "SOP draft v2" in text
    # every activity's official text with its citation; print date and content version
    official = "Conduct research, policy dialogue and practical cooperation within the Bali Process mandate"
    assert official in text and f"2023 Adelaide Strategy for Cooperation, {activity} 12" in text
    for n in range(1, 26):
        assert f"{activity} {n}" in text
    version = Session.open(d).content_version
    assert version in text
    if lang == "id":
        assert "Laporan kemajuan" in text and "sedang berjalan" in text and "Instansi utama" in text
        # no English label: the locators and the areas' headings in Bahasa Indonesia too
        assert "Activity" not in text and "Area of cooperation" not in text and "Paragraph 15" not in text
        assert "Bidang kerja sama (1)" in text
    else:
        assert "Progress report" in text and "in progress" in text and "Lead agency" in text


ODD = [
    "",
    " ",
    "\x00",
    "\x1b[31m",
    "a\nb",
    "x" * 5000,
    "'; DROP TABLE commitment_status; --",
    "Türkiye",
    "ล่าม",
]


@pytest.mark.parametrize("odd", ODD)
def test_odd_text_and_paths_are_saved_or_refused_in_one_line(
    capsys,  # noqa: ANN001
    d: str,
    tmp_path: Path,
    odd: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every field and path: success or one clear line with exit 2, never an unexpected error."""
    monkeypatch.chdir(tmp_path)  # a relative odd name is written here, never in the checkout
    for args in (
        ("set", ACT12, "--agency", odd),
        ("set", ACT12, "--note", odd),
        ("set", ACT12, "--next", odd),
        ("set", ACT12, "--evidence", odd),
        ("set", odd, "--status", "done"),
        ("set", ACT12, "--status", odd),
        ("show", "--area", odd),
        ("show", "--agency", odd),
        ("report", "-o", str(tmp_path / "r.pdf"), "--country", odd),
        ("report", "-o", odd),
        ("export", odd),
        ("export", str(tmp_path / f"{odd[:100]}.csv")),
        ("import", odd),
        ("import", str(tmp_path / f"{odd[:100]}.csv")),
    ):
        code, out, err = run(capsys, "--data-dir", d, "tracker", *args)
        assert code in (0, 2), (args, err)
        assert "Traceback" not in err and "unexpected" not in err, (args, err)
        if code == 2:
            assert len(err.strip().splitlines()) <= 2, (args, err)  # import adds "nothing was changed"
    assert Session.open(d).integrity() == "ok"
