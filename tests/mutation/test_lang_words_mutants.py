"""The fixed words around translated content (content/lang_words.py): each language's words, a gated
step's condition, a translation's status line. Written to kill the mutants the content tests let
live (docs/mutation.md)."""

from __future__ import annotations

from bali_desktop.content import lang_words
from bali_desktop.content.lang_words import condition, status_line, words
from bali_desktop.content.schema import Step
from bali_desktop.domain.route_words import condition_text


def test_each_language_has_its_words_and_any_other_gets_english() -> None:
    assert words("en")["never"] == "Never:"
    assert words("id")["never"] == "Jangan pernah:"
    assert words("fr") is lang_words.WORDS["en"]
    assert words("") is lang_words.WORDS["en"]
    assert set(lang_words.WORDS["id"]) == set(lang_words.WORDS["en"])


def test_no_condition_is_no_words() -> None:
    assert condition([], []) == ""
    assert condition([], [], "id") == ""


def test_a_condition_in_english_is_the_route_words_own() -> None:
    unless, only_if = ["fears-return", "may-be-stateless"], ["signs-of-trafficking", "no-interpreter"]
    for u, o in [(unless, []), ([], only_if), (unless, only_if), (unless[:1], only_if[:1])]:
        step = Step.model_validate({"id": "s", "action": "A", "unless": u, "only_if": o})
        assert condition(u, o) == condition_text(step)
        assert condition(u, o, "fr") == condition_text(step)
    assert condition(unless, only_if) == (
        "Skip if the person fears return or asks for protection, or if the person may be stateless. "
        "Only if there are signs of trafficking, and no interpreter can be found."
    )


def test_a_condition_in_indonesian_uses_its_words_and_facts() -> None:
    assert condition(["fears-return", "own-national"], ["no-interpreter", "parent-verified"], "id") == (
        "Lewati jika orang tersebut takut dipulangkan atau meminta perlindungan, atau jika orang tersebut "
        "adalah warga negara Anda yang pulang ke negaranya. Hanya jika juru bahasa tidak dapat ditemukan, "
        "dan orang tua atau pengasuh tetapnya sudah dipastikan dan tidak ada kekhawatiran lain."
    )
    assert condition(["some-new-fact"], [], "id") == "Lewati jika some-new-fact."


def test_the_status_line_says_the_status_in_the_language_lower_cased_with_the_reviewer() -> None:
    assert status_line("not-checked", "", "id") == "Terjemahan: belum diperiksa oleh penutur asli."
    assert status_line("reviewed", "Ana", "id") == "Terjemahan: sudah diperiksa oleh penutur asli (Ana)."
    assert status_line("reviewed", "Ana", "en") == "Translation: checked by a native speaker (Ana)."
    assert status_line("not-checked", "", "fr") == "Translation: not yet checked by a native speaker."
    assert status_line("odd", "", "id") == "Terjemahan: odd."
    assert status_line("Odd", "", "id") == "Terjemahan: odd."
