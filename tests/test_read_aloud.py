"""Read-aloud (issue 12, point 8): an Indonesian phrase spoken to a WAV file holds sound; a
language with no system voice gets a plain sentence, never an error."""

from __future__ import annotations

import shutil
import wave
from array import array
from pathlib import Path

import pytest

from bali_desktop.domain.phrases import Language, PhraseSet
from bali_desktop.services import read_aloud, reading


@pytest.fixture(scope="module")
def cards(session) -> PhraseSet:
    found = reading.typed_phrases(reading.item(session, "phrases:first-contact"))
    assert found is not None
    return found


@pytest.fixture(scope="module")
def engine() -> None:
    if read_aloud.system_voices() is None:
        why = "espeak-ng is not installed" if not shutil.which("espeak-ng") else "pyttsx3 cannot start it"
        pytest.skip(f"no speech engine on this machine ({why}; `./run test` installs espeak-ng as root)")


def _loud_samples(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2 and w.getnframes() > w.getframerate() // 2  # over half a second
        samples = array("h", w.readframes(w.getnframes()))
    return sum(1 for s in samples if abs(s) > 500)


def test_an_indonesian_phrase_is_spoken_to_a_wav_that_holds_sound(cards, engine, tmp_path: Path) -> None:
    out = tmp_path / "dokter.wav"
    said = read_aloud.save_wav(cards.card("doctor").text("id").text, cards.language("id"), out)  # type: ignore[union-attr]
    assert said.ok, said.message
    assert "Indonesian" in said.voice
    assert _loud_samples(out) > 2000


@pytest.mark.parametrize("code", ["id", "ms", "th", "vi", "my", "bn", "zh-hans", "ar", "en"])
def test_espeak_has_a_voice_for_these(cards, engine, code: str) -> None:
    voice, why = read_aloud.voice_for(cards.language(code))
    assert voice is not None and not why, code


@pytest.mark.parametrize("code", ["km", "lo"])
def test_no_voice_is_said_plainly(cards, engine, monkeypatch, code: str) -> None:
    voices = [
        v for v in read_aloud.system_voices() or [] if not read_aloud.find_voice([v], cards.language(code))
    ]
    monkeypatch.setattr(read_aloud, "system_voices", lambda: voices)  # as on a machine with espeak-ng
    said = read_aloud.speak(cards.card("doctor").text(code).text, cards.language(code))  # type: ignore[union-attr]
    name = cards.language(code).name
    assert not said.ok
    assert said.message == f"This computer has no {name} voice, so the card cannot be read aloud. " + (
        "Show the card to the person instead."
    )


def test_no_engine_is_said_plainly(monkeypatch, tmp_path: Path) -> None:
    def broken():  # noqa: ANN202
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(read_aloud, "_engine", broken)
    said = read_aloud.save_wav(
        "Halo", Language("id", "Indonesian", "Bahasa Indonesia", "Latin"), tmp_path / "x.wav"
    )
    assert not said.ok and said.message == read_aloud.NO_ENGINE


def test_voices_are_matched_by_code_then_name() -> None:
    voices = [
        read_aloud.SystemVoice("gmw/en-029", "English (Caribbean)", ("en-029",)),
        read_aloud.SystemVoice("gmw/en", "English (Great Britain)", ("en-gb",)),
        read_aloud.SystemVoice(
            "HKEY\\TTS_MS_ID-ID_ANDIKA_11.0", "Microsoft Andika - Indonesian (Indonesia)", ()
        ),
        read_aloud.SystemVoice("yue", "Chinese (Cantonese)", ("yue",)),
        read_aloud.SystemVoice("sit/cmn", "Chinese (Mandarin)", ("cmn",)),
    ]
    english = Language("en", "English", "English", "Latin", speech=("en-gb", "en-us", "en"))
    assert read_aloud.find_voice(voices, english) == voices[1]
    indonesian = Language("id", "Indonesian", "Bahasa Indonesia", "Latin", speech=("id",))
    assert read_aloud.find_voice(voices, indonesian) == voices[2]  # SAPI reports no codes: its name
    chinese = Language("zh-hans", "Chinese", "中文", "Han", speech=("cmn", "zh"))
    assert read_aloud.find_voice(voices, chinese) == voices[4]
    assert read_aloud.find_voice(voices, Language("km", "Khmer", "ខ្មែរ", "Khmer", speech=("km",))) is None


def test_without_aplay_espeak_ng_speaks_with_the_text_on_stdin(monkeypatch) -> None:
    ran = []

    class Done:
        returncode = 0

    def fake_run(command, **kwargs):  # noqa: ANN001, ANN003, ANN202
        ran.append((command, kwargs.get("input")))
        return Done()

    voice = read_aloud.SystemVoice("poz/id", "Indonesian", ("id",))
    monkeypatch.setattr(read_aloud, "system_voices", lambda: [voice])
    monkeypatch.setattr(read_aloud.platform, "system", lambda: "Linux")
    monkeypatch.setattr(
        read_aloud.shutil, "which", lambda name: "/usr/bin/espeak-ng" if name == "espeak-ng" else None
    )
    monkeypatch.setattr(read_aloud.subprocess, "run", fake_run)
    said = read_aloud.speak(
        "-v Ya", Language("id", "Indonesian", "Bahasa Indonesia", "Latin", speech=("id",))
    )
    assert said.ok and said.message == "Read aloud in Indonesian."
    assert ran == [(["/usr/bin/espeak-ng", "-v", "id", "-s", "140", "--stdin"], b"-v Ya")]


@pytest.mark.parametrize("code", ["en", "id"])
def test_a_step_can_be_read_in_the_windows_languages(engine, code: str, tmp_path: Path) -> None:
    step = {"en": "Ask what the person needs now.", "id": "Tanyakan apa yang dibutuhkan orang itu sekarang."}
    said = read_aloud.save_wav(step[code], read_aloud.INTERFACE_LANGUAGES[code], tmp_path / "step.wav")
    assert said.ok, said.message
    assert _loud_samples(tmp_path / "step.wav") > 2000


def test_on_linux_the_wav_is_written_by_espeak_ng_itself(monkeypatch, tmp_path: Path) -> None:
    ran = []

    class Done:
        returncode = 0

    def fake_run(command, **kwargs):  # noqa: ANN001, ANN003, ANN202
        ran.append((command, kwargs.get("input")))
        Path(command[2]).write_bytes(b"\0" * 4000)  # the file espeak-ng would write
        return Done()

    voice = read_aloud.SystemVoice("roa/id", "Indonesian", ("id",))
    monkeypatch.setattr(read_aloud, "system_voices", lambda: [voice])
    monkeypatch.setattr(read_aloud.platform, "system", lambda: "Linux")
    monkeypatch.setattr(read_aloud.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(read_aloud.subprocess, "run", fake_run)
    monkeypatch.setattr(read_aloud, "_run", lambda *a: pytest.fail("pyttsx3 used on Linux"))
    out = tmp_path / "x.wav"
    said = read_aloud.save_wav("Halo", read_aloud.INTERFACE_LANGUAGES["id"], out)
    assert said.ok, said.message
    assert ran == [(["/usr/bin/espeak-ng", "-w", str(out), "-v", "id", "-s", "140", "--stdin"], b"Halo")]


def test_the_engine_is_kept_between_calls(monkeypatch) -> None:
    made = []

    class FakeTts:
        @staticmethod
        def init() -> object:
            made.append(object())
            return made[-1]

    monkeypatch.setattr(read_aloud, "_engines", [])
    monkeypatch.setitem(__import__("sys").modules, "pyttsx3", FakeTts)
    assert read_aloud._engine() is read_aloud._engine()
    assert len(made) == 1
