"""The window's translations (issue 12, points 1 and 2): every visible string of gui/ goes through
Qt's translation system, the Indonesian .ts is current and complete, its compiled .qm is the one
shipped, and the Indonesian uses the glossary's terms. The window itself in Indonesian is
tests/gui/test_window_language.py."""

from __future__ import annotations

import ast
import html
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "bali_desktop" / "gui"
TS = ROOT / "resources" / "translations" / "bali_desktop_id.ts"
sys.path.insert(0, str(ROOT / "tools"))

import update_translations  # noqa: E402

# calls whose string arguments a user sees or hears (labels, buttons, menus, tips, titles, boxes,
# accessible names, placeholders, status lines); positions None: every argument
VISIBLE: dict[str, set[int] | None] = {
    "setText": None,
    "setToolTip": None,
    "setStatusTip": None,
    "setWhatsThis": None,
    "setWindowTitle": None,
    "setPlaceholderText": None,
    "setAccessibleName": None,
    "setAccessibleDescription": None,
    "setTitle": None,
    "setInformativeText": None,
    "setDetailedText": None,
    "setLabelText": None,
    "setPlainText": None,
    "setHtml": None,
    "setHeaderLabels": None,
    "setTabText": {1},
    "setItemText": {1},
    "addTab": {1},
    "addAction": {0},
    "addMenu": {0},
    "addButton": {0},
    "addItem": {0},
    "addRow": {0},
    "QLabel": {0},
    "QPushButton": {0},
    "QCheckBox": {0},
    "QRadioButton": {0},
    "QGroupBox": {0},
    "QAction": {0},
    "QToolBar": {0},
    "QListWidgetItem": {0},
    "QTreeWidgetItem": {0},
    "QMessageBox": {1, 2},
    "warning": {1, 2},
    "information": {1, 2},
    "critical": {1, 2},
    "question": {1, 2},
    "getSaveFileName": {1, 3},
    "getOpenFileName": {1, 3},
    "getExistingDirectory": {1},
    "QProgressDialog": {0, 1},
    "show_status": None,
    # our own helpers that put text on screen
    "button": None,
    "label": {0},
    "heading": {1},
    "confirm": None,
    "guidance_banner": {0},
    "show_result": {1, 2},
    "Tile": {0, 1},
    "LinkTree": {1},
}
TEXT = re.compile(r"[A-Za-z]{2}")
KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)+\S+$|^F\d+$")  # a key sequence, the same in every language
OWN_NAMES = {"English", "Bahasa Indonesia", "Bali Desktop"}  # a language's name in itself; the program's


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _gui_files() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def unmarked(source: str) -> list[tuple[int, str]]:
    """Text literals (and f-strings with text) handed straight to a visible call, not through
    tr/translate: what lupdate would never see."""
    tree = ast.parse(source)
    out = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _name(call) not in VISIBLE:
            continue
        where = VISIBLE[_name(call)]
        args = [a for i, a in enumerate(call.args) if where is None or i in where]
        args += [k.value for k in call.keywords if where is None or k.arg in ("tip", "name", "text", "title")]
        for arg in args:
            parts = list(arg.elts) if isinstance(arg, (ast.Tuple, ast.List)) else [arg]
            parts = [b for p in parts for b in ((p.body, p.orelse) if isinstance(p, ast.IfExp) else (p,))]
            for p in parts:
                if isinstance(p, ast.Constant) and isinstance(p.value, str):
                    if TEXT.search(p.value) and not KEYS.match(p.value) and p.value not in OWN_NAMES:
                        out.append((p.lineno, p.value))
                elif isinstance(p, ast.JoinedStr):
                    words = "".join(str(v.value) for v in p.values if isinstance(v, ast.Constant))
                    if TEXT.search(re.sub(r"<[^>]*>|&\w+;", "", words)):
                        out.append((p.lineno, words))
    return out


def marked_literals(source: str) -> set[tuple[str, str]]:
    """(context, source) of every translate()/QT_TRANSLATE_NOOP() call with literal arguments."""
    found = set()
    for call in ast.walk(ast.parse(source)):
        if isinstance(call, ast.Call) and _name(call) in ("translate", "QT_TRANSLATE_NOOP"):
            a = call.args
            if len(a) >= 2 and all(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in a[:2]):
                found.add((str(a[0].value), str(a[1].value)))  # type: ignore[attr-defined]
    return found


def ts_messages() -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the Indonesian .ts."""
    text = TS.read_text(encoding="utf-8")
    out = {}
    for ctx in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = html.unescape(re.search(r"<name>(.*?)</name>", ctx, re.S).group(1))  # type: ignore[union-attr]
        for msg in re.findall(r"<message[ >].*?</message>", ctx, re.S):
            src = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))  # type: ignore[union-attr]
            tr = re.search(r"<translation[^>]*>(.*?)</translation>", msg, re.S)
            body = tr.group(1) if tr else ""
            body = re.sub(r"</?numerusform>", "", body)
            out[(name, src)] = html.unescape(body)
    return out


def test_no_visible_string_is_left_unmarked() -> None:
    found = [
        f"{p.relative_to(ROOT)}:{line}: {text!r}"
        for p in _gui_files()
        for line, text in unmarked(p.read_text())
    ]
    assert not found, "visible text not through tr()/translate():\n" + "\n".join(found)


def test_the_check_itself_finds_unmarked_text() -> None:
    sample = (
        "b.setText('Save')\nb.setToolTip(f'Saved {n} items')\nQLabel(translate('x', 'Fine'))\n"
        "box.addButton(QT_TRANSLATE_NOOP('x', 'Fine too'))\nlab.setText(f'{n}%')\n"
    )
    assert [line for line, _ in unmarked(sample)] == [1, 2]


def test_lupdate_found_every_marked_string() -> None:
    """A translate() lupdate cannot read (inside an f-string, a count that is a call) is missing
    from the .ts: the window would show it in English."""
    in_ts = set(ts_messages())
    files = [Path(p) for p in update_translations.sources()]  # gui/ and the services' sentences
    missing = sorted(m for p in files for m in marked_literals(p.read_text()) if m not in in_ts)
    assert not missing, (
        "marked in the code but not in the .ts (run tools/update_translations.py):\n"
        + "\n".join(f"{c}: {s!r}" for c, s in missing)
    )


def test_the_indonesian_file_is_current_complete_and_compiled() -> None:
    assert update_translations.problems("id") == []
    assert len(ts_messages()) >= 150


def test_every_message_keeps_its_placeholders_and_mnemonic() -> None:
    bad = []
    for (ctx, src), tr in ts_messages().items():
        if not tr:
            continue  # unfinished: the test above says so
        if sorted(re.findall(r"\{\w+\}|%n|\t|\n", src)) != sorted(re.findall(r"\{\w+\}|%n|\t|\n", tr)):
            bad.append(f"{ctx}: {src!r} -> {tr!r}")
        if re.search(r"&[^&\s;]", src) and not re.search(r"&[^&\s;]", tr) and "<" not in src:
            bad.append(f"{ctx}: {src!r} -> {tr!r} (no access key)")
    assert not bad, "\n".join(bad)


def test_the_indonesian_uses_the_glossary() -> None:
    """../shared/GLOSSARY-id.md: perdagangan orang (never "perdagangan manusia" in formal text),
    penyelundupan migran for the Protocol's term, rujukan, and "Bali Process" stays in English."""
    messages = ts_messages()
    everything = " ".join(messages.values()).casefold()
    assert "perdagangan manusia" not in everything
    assert "imigran gelap" not in everything
    for (_ctx, src), tr in messages.items():
        low = src.casefold()
        if "trafficking in persons" in low or "trafficking" in low and "anti-trafficking" not in low:
            assert "perdagangan orang" in tr.casefold() or "tppo" in tr.casefold() or "Bali Process" in tr, (
                src,
                tr,
            )
        if "smuggling of migrants" in low:
            assert "penyelundupan migran" in tr.casefold(), (src, tr)
        if "referral" in low:
            assert "rujuk" in tr.casefold(), (src, tr)  # rujukan, merujuk, dirujuk
        if "bali process" in low:
            assert "Bali Process" in tr, (src, tr)
        if "asylum seeker" in low:
            assert "pencari suaka" in tr.casefold(), (src, tr)
        if "unaccompanied child" in low:
            assert "anak tanpa pendamping" in tr.casefold(), (src, tr)


def test_every_word_the_window_takes_from_the_domain_is_marked() -> None:
    from bali_desktop.domain import checklist, labels, naming, phrases, route_words
    from bali_desktop.domain.locations import KIND_LABELS, PLACES
    from bali_desktop.gui import words

    assert {t for _p, t in PLACES} <= set(words.PLACE_WORDS)
    assert {t for pair in KIND_LABELS.values() for t in pair} <= set(words.KIND_WORDS)
    assert {labels.GUIDANCE, labels.SUMMARY, labels.OFFICIAL, naming.SHORT_TITLE_NOTE} <= set(
        words.LABEL_WORDS
    )
    assert {route_words.SAY_LABEL, route_words.SAY_NOTE} <= set(words.ROUTE_WORDS)
    assert set(phrases.STATUS_LABELS.values()) <= set(words.PHRASE_STATUS_WORDS)
    assert set(checklist.TYPE_HELP.values()) <= set(words.CHECKLIST_TYPE_WORDS)


def test_every_officer_word_of_the_phrase_cards_is_marked() -> None:
    """Card titles (the list of cards), notes for the officer and language names of phrases.yaml
    are in gui/phrase_words.py, so the Indonesian window shows them in Indonesian (issue 12, 2)."""
    import yaml

    from bali_desktop import paths
    from bali_desktop.gui import phrase_words

    data = yaml.safe_load((paths.CONTENT_DIR / "phrases.yaml").read_text(encoding="utf-8"))
    for phrase_set in data["phrase_sets"]:
        assert {c["title"] for c in phrase_set["cards"]} <= set(phrase_words.CARD_TITLES)
        assert {c["note"] for c in phrase_set["cards"] if c.get("note")} <= set(phrase_words.OFFICER_NOTES)
        assert {lang["name"] for lang in phrase_set["languages"]} <= set(phrase_words.LANGUAGE_NAMES)


@pytest.mark.parametrize(
    ("given", "code"),
    [("id", "id"), ("id_ID", "id"), ("id-ID", "id"), ("en_GB", "en"), ("fr_FR", ""), ("", "")],
)
def test_language_codes(given: str, code: str) -> None:
    from bali_desktop.gui import i18n

    assert i18n.normalise(given) == code


def test_the_compiled_translation_is_found_where_paths_says(tmp_path: Path) -> None:
    from bali_desktop import paths
    from bali_desktop.gui import i18n

    assert i18n.qm_file("id") == paths.TRANSLATIONS_DIR / "bali_desktop_id.qm"
    assert i18n.qm_file("id").is_file()


def test_the_route_in_words_on_screen_is_the_domains_in_english() -> None:
    """gui/route_text.py says the route in the window's language; in English, word for word what
    domain/route_words.py says on the sheets, for every step and answer of the shipped pathways."""
    from bali_desktop import paths
    from bali_desktop.content.loader import load_content
    from bali_desktop.domain import facts, route_words
    from bali_desktop.domain.pathway import Pathway
    from bali_desktop.gui import route_text

    assert route_text.FACT_WORDS == facts.FACT_WORDS
    checked = 0
    for record in load_content(paths.CONTENT_DIR, paths.SOURCES_DIR).records:
        if record.kind != "pathway":
            continue
        model = Pathway.from_data(record.ref, record.data)
        for step in model.steps:
            assert route_text.condition_text(step) == route_words.condition_text(step)
            for held in ({*step.unless}, set(), {*step.only_if}):
                assert route_text.skipped_because(step, held) == route_words.skipped_because(step, held)
            for option in step.options:
                for number in (None, 7):
                    ours = route_text.jump_words(option, model, "Title", number)
                    assert ours == route_words.jump_words(option, model, "Title", number)
                    checked += 1
    assert checked > 50


def test_what_read_aloud_says_is_said_in_the_windows_language(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """services/read_aloud.py words its sentences in English (domain/said.py); the phrase-card
    screen says each in Indonesian, with the language's Indonesian name (issue 12, point 1)."""
    from bali_desktop.domain.phrases import Language
    from bali_desktop.gui import i18n
    from bali_desktop.gui.phrase_cards_page import spoken_words
    from bali_desktop.services import read_aloud

    lao = Language("lo", "Lao", "ພາສາລາວ", "Lao")
    voice = read_aloud.SystemVoice("lo", "Lao voice", ("lo",))
    monkeypatch.setattr("platform.system", lambda: "Windows")  # through pyttsx3 (faked)
    sentences = [read_aloud.NO_ENGINE, read_aloud.NO_PLAYER, read_aloud.no_voice_message(lao)]
    monkeypatch.setattr(read_aloud, "voice_for", lambda _language: (voice, ""))
    monkeypatch.setattr(read_aloud, "_run", lambda _voice, _call: None)
    sentences.append(read_aloud.speak("ສະບາຍດີ", lao).message)  # read aloud
    sentences.append(read_aloud.save_wav("ສະບາຍດີ", lao, tmp_path / "x.wav").message)  # nothing written

    def broken(_voice: object, _call: object) -> None:
        raise RuntimeError("no engine")

    monkeypatch.setattr(read_aloud, "_run", broken)
    sentences.append(read_aloud.speak("ສະບາຍດີ", lao).message)
    assert len(set(sentences)) == 6
    try:
        assert i18n.install("id") == "id"
        for sentence in sentences:
            said = spoken_words(sentence, "Lao")
            assert said != sentence, sentence
            assert ("Laos" in said) == ("Lao" in sentence), (sentence, said)  # the Indonesian name
    finally:
        i18n.install("en")
    assert spoken_words(sentences[-1], "Lao") == sentences[-1]  # in English, as written


@pytest.mark.parametrize(
    ("lang", "code"), [("id_ID.UTF-8", "id"), ("en_AU.UTF-8", "en"), ("th_TH.UTF-8", "en")]
)
def test_the_default_is_the_systems_language(lang: str, code: str) -> None:
    """With no choice made, the window speaks the system's language when it has it, else English."""
    import os
    import subprocess

    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    probe = "from PySide6.QtCore import QCoreApplication as A; a = A([]); from bali_desktop.gui import i18n; "
    probe += "print(i18n.system_language())"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == code, out.stderr


def test_counts_read_right_in_both_languages(qapp: object) -> None:
    """Issue 12, point 4: a count is Qt's %n; the tool marks such messages as plural ones (lupdate
    reads none from Python) and English's own file gives the form for one: "Sent 1 page", "Sent 2
    pages"; Indonesian has one form. No message spells a count "(s)" or puts it in a {n}."""
    from PySide6.QtCore import QCoreApplication

    from bali_desktop.gui import i18n

    assert update_translations.plural_problems() == []
    text = TS.read_text(encoding="utf-8")
    plain = [m for m in re.findall(r"<message>.*?</message>", text, re.S) if "%n" in m]
    assert plain == [], "a %n message not marked numerus (run tools/update_translations.py)"
    sources = [src for _ctx, src in ts_messages()]
    assert [s for s in sources if "(s)" in s] == []
    assert [s for s in sources if re.search(r"\{(n|count|pages|rows|items|total)\} \w+s\b", s)] == []

    def sent(n: int) -> str:
        return QCoreApplication.translate("checklists.output", "Sent %n pages to the printer.", "", n)

    try:
        assert i18n.install("en") == "en"
        assert (sent(1), sent(2), sent(0)) == (
            "Sent 1 page to the printer.",
            "Sent 2 pages to the printer.",
            "Sent 0 pages to the printer.",
        )
        assert QCoreApplication.translate("tracker", "%n new logged actions", "", 1) == "1 new logged action"
        assert i18n.install("id") == "id"
        assert (sent(1), sent(2)) == ("1 halaman dikirim ke pencetak.", "2 halaman dikirim ke pencetak.")
    finally:
        i18n.install("en")
