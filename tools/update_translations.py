#!/usr/bin/env python3
"""Keep the window's translations current: pyside6-lupdate over bali_desktop/gui/ (and the
services' sentences marked with domain/said.py) into
resources/translations/bali_desktop_<lang>.ts (new strings come in unfinished, removed ones go),
then pyside6-lrelease into the .qm the window loads (shipped beside the .ts).

    .venv/bin/python tools/update_translations.py            # update the .ts files, compile the .qm
    .venv/bin/python tools/update_translations.py --release  # only compile the .qm (the set-up step)
    .venv/bin/python tools/update_translations.py --check    # exit 1 if a .ts is stale or unfinished

A count is Qt's %n: translate(context, "Sent %n pages.", "", n). The tool marks such messages as
plural ones (lupdate cannot see it in Python) and keeps English's own forms for them, the one for
a single thing ("Sent %n page."), in bali_desktop_en.ts.

No line numbers are written (`-locations none`), so an edit elsewhere in a file leaves the .ts as
it is. The translator's work is in the .ts (Qt Linguist, or any text editor)."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bali_desktop"
GUI = PACKAGE / "gui"
SAID_MARK = "from bali_desktop.domain.said import QT_TRANSLATE_NOOP"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)  # English is the source language
# A count in a sentence is Qt's %n (translate(context, "Sent %n pages.", "", n)): lupdate reads no
# plural forms from Python, so this tool marks every %n message numerus="yes" itself, keeps its
# translations, and writes bali_desktop_en.ts with English's two forms ("Sent %n page." for one):
# English is translated too, for its plurals only.
PLURAL_LANGUAGE = "en"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent / name
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (pip install PySide6)")
    return found


def sources() -> list[str]:
    """Every file of gui/, and each file below it that marks a sentence of its own for the window
    (`from bali_desktop.domain.said import QT_TRANSLATE_NOOP`: the services' sentences)."""
    found = {p for p in GUI.rglob("*.py")}
    found |= {p for p in PACKAGE.rglob("*.py") if SAID_MARK in p.read_text(encoding="utf-8")}
    return sorted(str(p) for p in found if "__pycache__" not in p.parts)


def ts_file(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"bali_desktop_{lang}.ts"


def qm_file(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"bali_desktop_{lang}.qm"


def lupdate(ts: Path, lang: str) -> None:
    before = _finished_plurals(ts.read_text(encoding="utf-8")) if ts.is_file() else {}
    cmd = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete"]
    cmd += ["-source-language", "en", "-target-language", lang, "-ts", str(ts)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    ts.write_text(_mark_plurals(ts.read_text(encoding="utf-8"), before), encoding="utf-8")


def _body(msg: str) -> tuple[str, str, bool]:
    """(source, translation text without numerusform tags, finished) of one <message>."""
    src = re.search(r"<source>(.*?)</source>", msg, re.S)
    tr = re.search(r"<translation([^>]*)>(.*?)</translation>", msg, re.S)
    text = re.sub(r"</?numerusform>", "", tr.group(2)) if tr else ""
    finished = tr is not None and "type=" not in tr.group(1) and bool(text)
    return (src.group(1) if src else "", text, finished)


def _finished_plurals(ts_text: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the forms of every finished %n message."""
    out = {}
    for ctx in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx, re.S)
        for msg in re.findall(r"<message[ >].*?</message>", ctx, re.S):
            src, _text, done = _body(msg)
            if "%n" in src and done:
                forms = re.findall(r"<numerusform>(.*?)</numerusform>", msg, re.S)
                tr = re.search(r"<translation[^>]*>(.*?)</translation>", msg, re.S)
                out[(name.group(1) if name else "", src)] = forms or [tr.group(1) if tr else ""]
    return out


def _mark_plurals(ts_text: str, before: dict[tuple[str, str], list[str]]) -> str:
    """Every %n message numerus="yes", with the forms it had before lupdate (finished again)."""

    def in_context(ctx_match: re.Match[str]) -> str:
        block = ctx_match.group(0)
        name = re.search(r"<name>(.*?)</name>", block, re.S)
        context = name.group(1) if name else ""

        def message(m: re.Match[str]) -> str:
            msg = m.group(0)
            src, text, _done = _body(msg)
            if "%n" not in src:
                return msg
            forms = before.get((context, src))
            inner = re.search(r"<message[^>]*>(.*?)<translation", msg, re.S)
            head = inner.group(1) if inner else f"\n        <source>{src}</source>\n        "
            if forms:
                body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
                translation = f"<translation>{body}</translation>"
            else:
                form = f"<numerusform>{text}</numerusform>"
                translation = f'<translation type="unfinished">{form}</translation>'
            return f'<message numerus="yes">{head}{translation}\n    </message>'

        return re.sub(r"<message[ >].*?</message>", message, block, flags=re.S)

    return re.sub(r"<context>.*?</context>", in_context, ts_text, flags=re.S)


def plural_messages(ts_text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> "" of every %n message of a .ts."""
    return {(c, s): "" for c, s, _ in messages(ts_text) if "%n" in s}


def english_plurals(source_ts: Path, en_ts: Path) -> int:
    """Write bali_desktop_en.ts: every %n message of `source_ts`, with English's two forms as
    written before (a new one comes in unfinished, both forms its source). Returns how many are
    unfinished."""
    wanted = sorted(plural_messages(source_ts.read_text(encoding="utf-8")))
    had = _finished_plurals(en_ts.read_text(encoding="utf-8")) if en_ts.is_file() else {}
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append('<TS version="2.1" language="en" sourcelanguage="en">')
    unfinished = 0
    for context in sorted({c for c, _ in wanted}):
        out += ["<context>", f"    <name>{context}</name>"]
        for c, src in wanted:
            if c != context:
                continue
            forms = had.get((c, src))
            out += ['    <message numerus="yes">', f"        <source>{src}</source>"]
            if forms and len(forms) == 2:
                body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
                out.append(f"        <translation>{body}</translation>")
            else:
                unfinished += 1
                body = f"<numerusform>{src}</numerusform><numerusform>{src}</numerusform>"
                out.append(f'        <translation type="unfinished">{body}</translation>')
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    en_ts.write_text("\n".join(out) + "\n", encoding="utf-8")
    return unfinished


def lrelease(ts: Path, qm: Path) -> None:
    cmd = [tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def messages(ts_text: str) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message in a .ts file."""
    out = set()
    for ctx in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", ctx, re.S)
        for msg in re.findall(r"<message[ >].*?</message>", ctx, re.S):
            src = re.search(r"<source>(.*?)</source>", msg, re.S)
            com = re.search(r"<comment>(.*?)</comment>", msg, re.S)
            out.add((name.group(1) if name else "", src.group(1) if src else "", com.group(1) if com else ""))
    return out


def problems(lang: str) -> list[str]:
    """What is wrong with a language's files: stale against the code, untranslated, not compiled."""
    ts = ts_file(lang)
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    said = []
    text = ts.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh, lang)
        fresh_text = fresh.read_text(encoding="utf-8")
        new = messages(fresh_text) - messages(text)
        gone = messages(text) - messages(fresh_text)
        said += [f"not in {ts.name} yet: {c}: {s!r}" for c, s, _ in sorted(new)]
        said += [f"in {ts.name} but no longer in the code: {c}: {s!r}" for c, s, _ in sorted(gone)]
        qm = Path(tmp) / "fresh.qm"
        lrelease(ts, qm)
        shipped = qm_file(lang)
        if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
            said.append(f"{shipped.name} is not compiled from the current {ts.name}")
    bad = len(re.findall(r'type="(?:unfinished|vanished|obsolete)"', text))
    if bad:
        said.append(f"{ts.name}: {bad} messages unfinished, vanished or obsolete")
    return said


def plural_problems() -> list[str]:
    """English's plural file: every %n message of the translations, both forms written, compiled."""
    en_ts, said = ts_file(PLURAL_LANGUAGE), []
    if not en_ts.is_file():
        return [f"{en_ts.name} is missing"]
    text = en_ts.read_text(encoding="utf-8")
    wanted = set().union(*(plural_messages(ts_file(lang).read_text(encoding="utf-8")) for lang in LANGUAGES))
    have = set(plural_messages(text))
    said += [f"not in {en_ts.name} yet: {c}: {s!r}" for c, s in sorted(wanted - have)]
    said += [f"in {en_ts.name} but no longer in the code: {c}: {s!r}" for c, s in sorted(have - wanted)]
    bad = len(re.findall(r'type="(?:unfinished|vanished|obsolete)"', text))
    if bad:
        said.append(f"{en_ts.name}: {bad} plural messages unfinished (write the form for one)")
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / "fresh.qm"
        lrelease(en_ts, qm)
        shipped = qm_file(PLURAL_LANGUAGE)
        if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
            said.append(f"{shipped.name} is not compiled from the current {en_ts.name}")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    parser.add_argument("--check", action="store_true", help="exit 1 if a .ts is stale or unfinished")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.check:
        said = [p for lang in LANGUAGES for p in problems(lang)] + plural_problems()
        print("\n".join(said) or "translations are current")
        return 1 if said else 0
    for lang in LANGUAGES:
        ts = ts_file(lang)
        if not args.release:
            lupdate(ts, lang)
        lrelease(ts, qm_file(lang))
        text = ts.read_text(encoding="utf-8")
        total = len(re.findall(r"<message[ >]", text))
        unfinished = len(re.findall(r'type="unfinished"', text))
        qm = qm_file(lang).name
        print(f"{ts.relative_to(ROOT)}: {total} messages, {unfinished} unfinished; {qm} compiled")
    en_ts = ts_file(PLURAL_LANGUAGE)
    if not args.release:
        english_plurals(ts_file(LANGUAGES[0]), en_ts)
    lrelease(en_ts, qm_file(PLURAL_LANGUAGE))
    text = en_ts.read_text(encoding="utf-8")
    total = len(re.findall(r"<message[ >]", text))
    unfinished = len(re.findall(r'type="unfinished"', text))
    print(f"{en_ts.relative_to(ROOT)}: {total} plural messages, {unfinished} unfinished; compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
