"""The route in plain words, the same on the pathway screen, in the walk-through and on the sheet:
a gated step's condition ("Skip if the person fears return or asks for protection"), where a
jump to another pathway leads and whether it comes back, and the label of a `say` script.

Pure text from the typed pathway (domain/pathway.py) and the fixed facts (domain/facts.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bali_desktop.domain.facts import FACT_WORDS
from bali_desktop.domain.pathway import Option, Pathway, Step

SAY_LABEL = "Say"  # the label of a script to read aloud
SAY_NOTE = "Our guidance: words to read aloud, in a language the person understands."
SIGNS_RULE = "No sign proves or rules out a case. One clear sign can be enough to refer. If in doubt, refer."

# The printed sheet's words for where an answer leads (issue 14 point 4, issue 10 point 8): a step
# on this sheet "continue here at step N"; there and back "go to the <X> sheet, step N, and come
# back to step M"; one way "stop this sheet and continue on the <X> sheet, from step N". In the
# sheet's language ("en", "id"); the Indonesian is ours, not yet checked by a native speaker.
SHEET_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "here": "continue here at step {n}",
        "return": "go to the “{title}” sheet{at} and come back to step {back}",
        "at": ", step {n},",
        "stay": "stop this sheet and continue on the “{title}” sheet, {where}",
        "from_step": "from step {n}",
        "from_first": "from its first step",
        "aid_back": "go to the “{title}” sheet and come back to step {back}",
        "aid": "see the “{title}” sheet",
        "open": "open “{title}”",
        "phrases": "Phrase cards: in Bali Desktop, Go ▸ Phrase cards (F7).",
        "signs_rule": SIGNS_RULE,
        "ask": "Ask:",
        "aid_pause": "Before you choose a pathway",
        "aid_when": "you cannot yet tell whether the person was smuggled or trafficked; ask about each "
        "person on their own",
        "smuggling": "Smuggling",
        "trafficking": "Trafficking",
        "remember": "Remember",
    },
    "id": {
        "here": "lanjutkan di sini pada langkah {n}",
        "return": "buka lembar “{title}”{at} lalu kembali ke langkah {back}",
        "at": ", langkah {n},",
        "stay": "hentikan lembar ini dan lanjutkan pada lembar “{title}”, {where}",
        "from_step": "dari langkah {n}",
        "from_first": "dari langkah pertamanya",
        "aid_back": "buka lembar “{title}” lalu kembali ke langkah {back}",
        "aid": "lihat lembar “{title}”",
        "open": "buka “{title}”",
        "phrases": "Kartu frasa: di Bali Desktop, Buka ▸ Kartu frasa (F7).",
        "signs_rule": "Tidak ada satu tanda pun yang membuktikan atau menyingkirkan suatu kasus. Satu tanda "
        "yang jelas dapat cukup untuk merujuk. Jika ragu, rujuklah.",
        "ask": "Tanyakan:",
        "aid_pause": "Sebelum Anda memilih jalur",
        "aid_when": "Anda belum dapat memastikan apakah orang tersebut diselundupkan atau diperdagangkan; "
        "tanyakan tentang setiap orang secara terpisah",
        "smuggling": "Penyelundupan migran",
        "trafficking": "Perdagangan orang",
        "remember": "Ingat",
    },
}


# A step that asks the officer to write something on the sheet gets lines to write on: it says
# note, write down or record (catat, tuliskan) something the sheet can hold; not when it is about
# the agency's own records ("Record only the data the referral needs, and store it securely") or
# the signs below, which have their own tick boxes. In English and Bahasa Indonesia, as the step
# may come in either.
_WRITE = re.compile(r"\b(note|write down|record|catat|tuliskan)\b", re.IGNORECASE)
_NOT_ON_SHEET = re.compile(r"\b(store|stored|below|simpan|di bawah)\b", re.IGNORECASE)
WRITING_LINES = 2  # lines under a step that asks for a note


def writing_lines(action: str) -> int:
    """How many lines to write on a step needs on the printed sheet (0 for none)."""
    return WRITING_LINES if _WRITE.search(action) and not _NOT_ON_SHEET.search(action) else 0


def sheet_word(key: str, lang: str = "en", **values: object) -> str:
    """One of the sheet's route words in `lang` (English for a language without them)."""
    text = SHEET_WORDS.get(lang, SHEET_WORDS["en"]).get(key) or SHEET_WORDS["en"][key]
    return text.format(**values) if values else text


class Gated(Protocol):
    """Anything with a step's gates: the typed Step, or the content schema's."""

    @property
    def unless(self) -> Sequence[str]: ...

    @property
    def only_if(self) -> Sequence[str]: ...


def short_title(title: str) -> str:
    """ "Unaccompanied or separated child: a child alone, ..." -> "Unaccompanied or separated child"."""
    head, sep, _ = title.partition(": ")
    return head if sep and len(head) >= 12 else title


def fact_words(fact: str) -> str:
    return FACT_WORDS.get(fact, fact.replace("-", " "))


def condition_text(step: Gated) -> str:
    """When the step is done, in words ("" for a step done on every case).

    `unless` any fact: "Skip if the person fears return or asks for protection, or if the person
    may be stateless."; `only_if` every fact: "Only if there are signs of trafficking."
    """
    parts = []
    if step.unless:
        parts.append("Skip if " + ", or if ".join(fact_words(f) for f in step.unless))
    if step.only_if:
        parts.append("Only if " + ", and ".join(fact_words(f) for f in step.only_if))
    return " ".join(p + "." for p in parts)


def skipped_because(step: Step, facts: frozenset[str] | set[str]) -> str:
    """Why `step` is not done on a case where `facts` hold ("" when it is done)."""
    held = [f for f in step.unless if f in facts]
    if held:
        return "skipped because " + ", and ".join(fact_words(f) for f in held)
    missing = [f for f in step.only_if if f not in facts]
    if missing:
        return "only if " + ", and ".join(fact_words(f) for f in missing)
    return ""


def jump_kind(option: Option) -> str:
    """ "step" (here), "return" (there and back), "stay" (carry on there), "aid" or "" for another ref."""
    if not option.is_ref:
        return "step"
    if option.target_ref.startswith("aid:"):
        return "aid"
    if option.target_ref.startswith("pathway:"):
        return "return" if option.returns_to else "stay"
    return ""


def sheet_jump_words(
    option: Option, here: Pathway, target_title: str, target_number: int | None, lang: str = "en"
) -> str:
    """Where an answer that leaves this pathway leads, as the printed sheet says it (SHEET_WORDS):
    "go to the “Asylum seeker or refugee” sheet, step 17, and come back to step 15"; "stop this
    sheet and continue on the “…” sheet, from step 5"; the aid: "go to the “…” sheet and come
    back to step 14"."""
    kind = jump_kind(option)
    back = here.step(option.returns_to)
    back_words = str(back.number) if back else option.returns_to
    if kind == "return":
        at = sheet_word("at", lang, n=target_number) if target_number else ""
        return sheet_word("return", lang, title=target_title, at=at, back=back_words)
    if kind == "stay":
        where = (
            sheet_word("from_step", lang, n=target_number)
            if target_number
            else sheet_word("from_first", lang)
        )
        return sheet_word("stay", lang, title=target_title, where=where)
    if kind == "aid":
        if not option.returns_to:
            return sheet_word("aid", lang, title=target_title)
        return sheet_word("aid_back", lang, title=target_title, back=back_words)
    if kind == "step":
        step = here.step(option.to)
        return sheet_word("here", lang, n=step.number if step else option.to)
    return sheet_word("open", lang, title=target_title)


def jump_words(
    option: Option,
    here: Pathway,
    target_title: str,
    target_number: int | None,
    *,
    sheet: bool = False,
) -> str:
    """Where an answer leads, in words, after its label.

    A step here: "go to step 15"; another pathway's step and back: "go to “Asylum seeker or
    refugee”, step 17, then come back to step 15"; and stay there: "continue with “Asylum seeker or
    refugee”, from step 5" ("continue on the “…” sheet, from step 5" on paper); the aid: "see the
    aid “…”, then come back to step 14"."""
    kind = jump_kind(option)
    if kind == "step":
        step = here.step(option.to)
        return f"go to step {step.number}" if step else f"go to {option.to}"
    at = f", step {target_number}" if target_number else ""
    back = here.step(option.returns_to)
    back_words = f"step {back.number}" if back else option.returns_to
    if kind == "return":
        return f"go to “{target_title}”{at}, then come back to {back_words}"
    if kind == "stay":
        where = f"from step {target_number}" if target_number else "from its first step"
        if sheet:
            return f"continue on the “{target_title}” sheet, {where}"
        return f"continue with the pathway “{target_title}”, {where}"
    if kind == "aid":
        if not option.returns_to:
            return f"see the aid “{target_title}”"
        return f"see the aid “{target_title}”, then come back to {back_words}"
    return f"open “{target_title}”"


@dataclass(frozen=True)
class Jump:
    """An answer followed to another pathway's step: where from, where to, and where it comes back.

    `back_step` is the step of the first pathway the route comes back to (`then: return:STEP`),
    "" when the route carries on in the other pathway (`then: stay`)."""

    from_ref: str
    from_title: str
    from_step: str
    from_number: int
    to_ref: str
    to_step: str
    back_step: str = ""
    back_number: int = 0
    facts: frozenset[str] = frozenset()  # what holds for the case once the answer is given
    before: frozenset[str] = frozenset()  # what held before it (going back to the question)

    @classmethod
    def of(cls, here: Pathway, step: Step, option: Option, facts: frozenset[str] = frozenset()) -> Jump:
        back = here.step(option.returns_to)
        return cls(
            here.ref,
            here.title,
            step.id,
            step.number,
            option.target_ref,
            option.target_step,
            back.id if back else "",
            back.number if back else 0,
            facts | set(option.sets),
            facts,
        )

    @property
    def returns(self) -> bool:
        return bool(self.back_step)
