#!/usr/bin/env python3
"""Keep the window's translations current: pyside6-lupdate over bali_desktop/gui/ (and the
services' sentences marked with domain/said.py) into
resources/translations/bali_desktop_<lang>.ts (new strings come in unfinished, removed ones go),
then pyside6-lrelease into the .qm the window loads (shipped beside the .ts).

    .venv/bin/python tools/update_translations.py            # update the .ts files, compile the .qm
    .venv/bin/python tools/update_translations.py --release  # only compile the .qm (the set-up step)
    .venv/bin/python tools/update_translations.py --check    # exit 1 if a .ts is stale or unfinished

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
    cmd = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete"]
    cmd += ["-source-language", "en", "-target-language", lang, "-ts", str(ts)]
    subprocess.run(cmd, check=True, capture_output=True, text=True)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    parser.add_argument("--check", action="store_true", help="exit 1 if a .ts is stale or unfinished")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.check:
        said = [p for lang in LANGUAGES for p in problems(lang)]
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
