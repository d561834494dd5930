"""Read-aloud through the system's own voice: pyttsx3 (SAPI5 on Windows, NSSpeech on macOS,
espeak-ng on Linux). Blocking calls: the window runs them off the GUI thread (`ctx.compute`).

Every call returns a `Spoken` with one sentence for the user, never an exception: the system may
have no speech engine at all, or no voice for the language (espeak-ng has none for Khmer or Lao,
nor for Tagalog), and the officer must hear that plainly, with what to do instead.
"""

from __future__ import annotations

import logging
import platform
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bali_desktop.domain.phrases import Language
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said

log = logging.getLogger(__name__)
_lock = threading.Lock()  # one engine call at a time: the engines are not thread-safe


@dataclass(frozen=True)
class SystemVoice:
    id: str
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class Spoken:
    ok: bool
    message: str  # one sentence for the status bar (a Said: the window says it in its language)
    voice: str = ""  # the voice used


# The window's own languages, for reading a step or a script aloud (the cards bring their own).
INTERFACE_LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "English", "Latin", speech=("en-gb", "en-us", "en")),
    "id": Language("id", "Indonesian", "Bahasa Indonesia", "Latin", speech=("id",)),
}

NO_ENGINE = QT_TRANSLATE_NOOP(
    "said",
    "Read-aloud needs the computer's speech engine, which is not available here "
    "(on Linux: install espeak-ng). Show the card to the person instead.",
)

NO_PLAYER = QT_TRANSLATE_NOOP(
    "said", "No sound player on this computer: show the card to the person instead."
)
NOT_SAVED = QT_TRANSLATE_NOOP("said", "The {name} text could not be saved as speech.")


def no_voice_message(language: Language) -> str:
    return said(
        QT_TRANSLATE_NOOP(
            "said",
            "This computer has no {name} voice, so the card cannot be read aloud. "
            "Show the card to the person instead.",
        ),
        name=language.name,
    )


def _codes(raw: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for code in raw or ():
        if isinstance(code, bytes):  # older espeak drivers: a priority byte, then the code
            code = code[1:].decode("ascii", "replace")
        out.append(str(code).strip().lower().replace("_", "-"))
    return tuple(c for c in out if c)


_engines: list[Any] = []  # the one engine, held for the life of the process


def _engine() -> Any:
    """pyttsx3 keeps its engines in a weak dictionary and espeak-ng starts once per process: an
    engine let go between calls leaves espeak calling back into a dead driver (seen as a WAV with no
    sound), so the first engine is kept."""
    if not _engines:
        import atexit

        import pyttsx3  # type: ignore[import-untyped]

        _engines.append(pyttsx3.init())
        atexit.register(_engines.clear)  # let go while the interpreter is whole, not in its teardown
    return _engines[0]


def system_voices() -> list[SystemVoice] | None:
    """The voices the system offers; None when there is no speech engine."""
    with _lock:
        try:
            engine = _engine()
            found = engine.getProperty("voices") or []
        except Exception as e:  # no pyttsx3, no libespeak-ng, no SAPI: say so, never crash
            log.info("no speech engine: %s", e)
            return None
        return [SystemVoice(str(v.id), str(v.name or v.id), _codes(v.languages)) for v in found]


def _matches(code: str, wanted: str) -> bool:
    return code == wanted or code.startswith(f"{wanted}-")


def find_voice(voices: list[SystemVoice], language: Language) -> SystemVoice | None:
    """The voice for `language`: by the codes it reports (or ends its id with), else by its name."""
    wanted = [c.lower() for c in (language.speech or (language.code,))]
    for exact in (True, False):  # "en-gb" itself before any other "en-…"
        for want in wanted:
            for v in voices:
                tail = v.id.lower().replace("\\", "/").rsplit("/", 1)[-1]
                codes = (*v.languages, tail)
                if any(c == want if exact else _matches(c, want) for c in codes):
                    return v
    by_name = re.compile(rf"\b{re.escape(language.name)}\b", re.IGNORECASE)
    return next((v for v in voices if by_name.search(v.name)), None)


def voice_for(language: Language) -> tuple[SystemVoice | None, str]:
    """The voice for `language` and, when there is none, the sentence that says why."""
    voices = system_voices()
    if voices is None:
        return None, NO_ENGINE
    voice = find_voice(voices, language)
    return voice, "" if voice else no_voice_message(language)


def _run(voice: SystemVoice, action: Any) -> None:
    with _lock:
        engine = _engine()
        engine.setProperty("voice", voice.id)
        engine.setProperty("rate", 140)  # slower than the default: a stranger is listening
        action(engine)
        engine.runAndWait()


def _espeak_directly(text: str, voice: SystemVoice, wav: Path | None = None) -> bool:
    """espeak-ng's own program: plays through its own audio output (there is no aplay), or writes
    `wav`; False when it is not there or fails."""
    program = shutil.which("espeak-ng")
    if program is None:
        return False
    name = voice.id.rsplit("/", 1)[-1]
    command = [program, "-v", name, "-s", "140", "--stdin"]  # the text never read as an option
    if wav is not None:
        command[1:1] = ["-w", str(wav)]
    with _lock:
        done = subprocess.run(command, input=text.encode(), capture_output=True, timeout=120)
    return done.returncode == 0


def speak(text: str, language: Language) -> Spoken:
    """Say `text` aloud in `language` (blocks until it has been said)."""
    voice, why = voice_for(language)
    if voice is None:
        return Spoken(False, why)
    try:
        # pyttsx3's espeak driver plays through aplay (alsa-utils); without it, espeak-ng itself
        if platform.system() == "Linux" and not shutil.which("aplay"):
            if not _espeak_directly(text, voice):
                return Spoken(False, NO_PLAYER)
        else:
            _run(voice, lambda engine: engine.say(text))
    except Exception as e:
        log.warning("read-aloud failed: %s", e)
        failed = QT_TRANSLATE_NOOP("said", "The {name} card could not be read aloud: show it instead.")
        return Spoken(False, said(failed, name=language.name))
    return Spoken(
        True, said(QT_TRANSLATE_NOOP("said", "Read aloud in {name}."), name=language.name), voice.name
    )


def save_wav(text: str, language: Language, path: Path) -> Spoken:
    """Write `text` spoken in `language` to the WAV file `path`."""
    voice, why = voice_for(language)
    if voice is None:
        return Spoken(False, why)
    try:
        # on Linux espeak-ng's program writes the file itself, with no callback to go wrong
        if not (platform.system() == "Linux" and _espeak_directly(text, voice, wav=path)):
            _run(voice, lambda engine: engine.save_to_file(text, str(path)))
    except Exception as e:
        log.warning("read-aloud to %s failed: %s", path, e)
        return Spoken(False, said(NOT_SAVED, name=language.name))
    if not path.exists() or path.stat().st_size <= 44:  # a WAV header and no sound
        return Spoken(False, said(NOT_SAVED, name=language.name))
    saved = QT_TRANSLATE_NOOP("said", "Saved {name} speech to {file}.")
    return Spoken(True, said(saved, name=language.name, file=path.name), voice.name)
