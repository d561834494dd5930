"""The fixed words the content's readable text is rendered with, per language (render.py).

Only the words around our content ("Never:", "Refer to:", "go to step"...) and the route's
conditions; the content's own words come from the files and their translations.
"""

from __future__ import annotations

from collections.abc import Sequence

from bali_desktop.domain import labels
from bali_desktop.domain.facts import FACT_WORDS
from bali_desktop.domain.records import TRANSLATION_STATUS

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "never": "Never:",
        "refer_to": "Refer to: ",
        "based_on": "Based on: ",
        "guidance": f"{labels.GUIDANCE}.",
        "decide": "Decide: ",
        "see": "see: ",
        "step": "step",
        "go_to_step": "go to step",
        "come_back": "then come back to step",
        "smuggling": "Smuggling",
        "trafficking": "Trafficking",
        "remember": "Remember:",
        "year": "Year",
        "year_unknown": "year not confirmed",
        "produced_by": "Produced by",
        "for": "For",
        "key_points": "Key points (our summary):",
        "source": "Source of these facts:",
        "skip_if": "Skip if ",
        "or_if": ", or if ",
        "only_if": "Only if ",
        "and": ", and ",
    },
    "id": {
        "never": "Jangan pernah:",
        "refer_to": "Rujuk ke: ",
        "based_on": "Berdasarkan: ",
        "guidance": "Panduan — bukan teks resmi Bali Process.",
        "decide": "Putuskan: ",
        "see": "lihat: ",
        "step": "langkah",
        "go_to_step": "lanjut ke langkah",
        "come_back": "lalu kembali ke langkah",
        "smuggling": "Penyelundupan migran",
        "trafficking": "Perdagangan orang",
        "remember": "Ingat:",
        "year": "Tahun",
        "year_unknown": "tahun belum dipastikan",
        "produced_by": "Disusun oleh",
        "for": "Untuk",
        "key_points": "Pokok-pokok (ringkasan kami):",
        "source": "Sumber fakta ini:",
        "skip_if": "Lewati jika ",
        "or_if": ", atau jika ",
        "only_if": "Hanya jika ",
        "and": ", dan ",
    },
}

FACT_WORDS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": FACT_WORDS,
    "id": {
        "child-or-age-in-doubt": "orang tersebut mungkin berusia di bawah 18 tahun",
        "fears-return": "orang tersebut takut dipulangkan atau meminta perlindungan",
        "may-be-stateless": "orang tersebut mungkin tanpa kewarganegaraan",
        "signs-of-trafficking": "ada tanda-tanda perdagangan orang",
        "refuses-referral": "orang tersebut menolak dirujuk",
        "controller-present": "ada pengendali atau pengawal yang hadir",
        "no-interpreter": "juru bahasa tidak dapat ditemukan",
        "parent-verified": (
            "orang tua atau pengasuh tetapnya sudah dipastikan dan tidak ada kekhawatiran lain"
        ),
        "own-national": "orang tersebut adalah warga negara Anda yang pulang ke negaranya",
    },
}


def words(lang: str) -> dict[str, str]:
    """The fixed words of `lang` (English for any language without them)."""
    return WORDS.get(lang, WORDS["en"])


def condition(unless: Sequence[str], only_if: Sequence[str], lang: str = "en") -> str:
    """When a gated step is done, in words (as domain/route_words.condition_text says it in English)."""
    w, facts = words(lang), FACT_WORDS_BY_LANGUAGE.get(lang, FACT_WORDS)
    parts = []
    if unless:
        parts.append(w["skip_if"] + w["or_if"].join(facts.get(f, f) for f in unless))
    if only_if:
        parts.append(w["only_if"] + w["and"].join(facts.get(f, f) for f in only_if))
    return " ".join(p + "." for p in parts)


def status_line(status: str, reviewed_by: str, lang: str) -> str:
    """ "Terjemahan: belum diperiksa oleh penutur asli." (the line ending a translated text)."""
    said = TRANSLATION_STATUS.get(status, {})
    label = said.get(lang) or said.get("en") or status
    who = f" ({reviewed_by})" if reviewed_by else ""
    return f"{TRANSLATION_WORD.get(lang, 'Translation')}: {label[:1].lower()}{label[1:]}{who}."


TRANSLATION_WORD = {"en": "Translation", "id": "Terjemahan"}
