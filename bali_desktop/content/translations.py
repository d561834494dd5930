"""Our own words in other languages: resources/content/translations/<lang>/*.yaml, checked at load.

A file names its language (the folder's) and maps refs to the translated fields of each item,
keyed by the English item's own ids (pause point and step ids; decision answers by their English
label; lists by position). Each item carries a status, "reviewed" (with `reviewed_by`) or
"not-checked" ("not yet checked by a native speaker"). A translated item is whole: every field
we wrote in English is there, or the loader says which one is missing. Official text is never
translated: an official item (or a quotation) may carry our title where the title is ours, never
its text. The files and their reading are content/translation_files.py; the format is documented
in docs/translations.md (content packs use it too).
"""

from __future__ import annotations

import re
from typing import Any

from bali_desktop.content import schema
from bali_desktop.content.text import fold
from bali_desktop.content.translation_files import FOLDER as FOLDER
from bali_desktop.content.translation_files import SOURCE_LANGUAGE as SOURCE_LANGUAGE
from bali_desktop.content.translation_files import Entry as Entry
from bali_desktop.content.translation_files import ItemText as ItemText
from bali_desktop.content.translation_files import TranslationFile as TranslationFile
from bali_desktop.content.translation_files import read_all as read_all
from bali_desktop.domain.kinds import OFFICIAL_KINDS, TITLED_BY_US
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said

# Words the glossary (shared GLOSSARY-id.md) keeps out of formal text, with the term to use.
AVOID: dict[str, dict[str, str]] = {
    "id": {
        "perdagangan manusia": "perdagangan orang",
        "imigran gelap": "migran ireguler",
    },
}


# The fields each kind of item takes (title only where the title is ours); anything else is refused.
FIELDS: dict[str, frozenset[str]] = {
    "pathway": frozenset({"title", "purpose", "pause_points", "steps", "indicators", "never_do", "keywords"}),
    "aid": frozenset({"title", "purpose", "questions", "remember", "keywords"}),
    "role": frozenset({"title", "description"}),
    "guide": frozenset({"purpose", "audience", "key_points", "year_note", "keywords"}),
}
_META = frozenset({"status", "reviewed_by"})


def given(text: ItemText) -> set[str]:
    """The fields a translation sets (beyond its status)."""
    return {k for k in text.model_fields_set if k not in _META and getattr(text, k) not in (None, [], {})}


def check_kind(entry: Entry, kind: str, official: bool) -> None:
    """Refuse a field this kind does not take: above all, official text (or a quotation) translated."""
    fields = given(entry.text)
    if kind == "phrases":
        raise entry.fail(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "phrase cards carry every language themselves, with a status: see phrases.yaml"
                )
            )
        )
    if kind in OFFICIAL_KINDS or official:
        if "text" in fields:
            raise entry.fail(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "field 'text': official text (or a quotation) is never translated; it stays in "
                        "English, labelled as the official English text. Only a title we wrote may be "
                        "translated.",
                    )
                )
            )
        allowed: frozenset[str] = frozenset({"title", "keywords"} if kind in TITLED_BY_US else {"keywords"})
    else:
        simple = {"title", "text", "keywords"} if kind in TITLED_BY_US else {"text", "keywords"}
        allowed = FIELDS.get(kind) or frozenset(simple)
    extra = sorted(fields - allowed)
    if extra:
        template = (
            QT_TRANSLATE_NOOP("said", "field '{field}' cannot be translated (its title is the source's own)")
            if extra[0] == "title"
            else QT_TRANSLATE_NOOP(
                "said", "field '{field}' cannot be translated (a {kind} has no such field to translate)"
            )
        )
        raise entry.fail(said(template, field=extra[0], kind=kind))


def check_words(entry: Entry, strings: list[str]) -> None:
    """The glossary's terms: refuse the words it keeps out of formal text."""
    avoid = AVOID.get(entry.language, {})
    if not avoid:
        return
    folded = fold("\n".join(strings))
    for bad, good in avoid.items():
        if re.search(rf"\b{re.escape(bad)}\b", folded):
            raise entry.fail(
                said(
                    QT_TRANSLATE_NOOP("said", "uses '{bad}'; the glossary's term is '{good}'"),
                    bad=bad,
                    good=good,
                )
            )


def _need(entry: Entry, value: str | None, name: str, english: str) -> str:
    if english and not value:
        raise entry.fail(
            said(QT_TRANSLATE_NOOP("said", "field '{field}' is missing (the English has one)"), field=name)
        )
    if value and not english:
        raise entry.fail(
            said(QT_TRANSLATE_NOOP("said", "field '{field}' has no English to translate"), field=name)
        )
    return value or ""


def _same_length(entry: Entry, name: str, got: list[Any], english: list[Any]) -> None:
    if len(got) != len(english):
        raise entry.fail(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "field '{field}': {count} in this translation, the English has {english} "
                    "(keep them in order)",
                ),
                field=name,
                count=len(got),
                english=len(english),
            )
        )


def pathway(entry: Entry, p: schema.Pathway) -> schema.Pathway:
    """The English pathway with our words in the entry's language; every field we wrote is needed."""
    t = entry.text
    steps = {s.id: s for pp in p.pause_points for s in pp.steps}
    for name, known, template in (
        (
            "pause_points",
            {pp.id for pp in p.pause_points},
            QT_TRANSLATE_NOOP("said", "field '{field}': no pause point '{id}' in the English"),
        ),
        ("steps", set(steps), QT_TRANSLATE_NOOP("said", "field '{field}': no step '{id}' in the English")),
    ):
        unknown = sorted(set(getattr(t, name)) - known)
        if unknown:
            raise entry.fail(said(template, field=name, id=unknown[0]))
    _same_length(entry, "never_do", t.never_do, p.never_do)
    _same_length(entry, "indicators", t.indicators, p.indicators)
    for n, (group, english) in enumerate(zip(t.indicators, p.indicators, strict=True), 1):
        _same_length(entry, f"indicators.{n}.indicators", group.indicators, english.indicators)
    points = []
    for pp in p.pause_points:
        ppt = t.pause_points.get(pp.id)
        if ppt is None:
            raise entry.fail(
                said(
                    QT_TRANSLATE_NOOP("said", "field 'pause_points': pause point '{id}' is missing"), id=pp.id
                )
            )
        points.append(
            pp.model_copy(
                update={"title": ppt.title, "when": ppt.when, "steps": [_step(entry, s) for s in pp.steps]}
            )
        )
    groups = [
        g.model_copy(update={"dimension": gt.dimension, "indicators": list(gt.indicators)})
        for g, gt in zip(p.indicators, t.indicators, strict=True)
    ]
    update = {
        "title": _need(entry, t.title, "title", p.title),
        "purpose": _need(entry, t.purpose, "purpose", p.purpose),
        "pause_points": points,
        "indicators": groups,
        "never_do": list(t.never_do),
        "keywords": list(t.keywords),
    }
    return p.model_copy(update=update)


def _step(entry: Entry, s: schema.Step) -> schema.Step:
    st = entry.text.steps.get(s.id)
    if st is None:
        raise entry.fail(said(QT_TRANSLATE_NOOP("said", "field 'steps': step '{id}' is missing"), id=s.id))
    where = f"steps.{s.id}"
    update: dict[str, Any] = {
        "action": st.action,
        "why": _need(entry, st.why, f"{where}.why", s.why),
        "say": _need(entry, st.say, f"{where}.say", s.say),
    }
    if s.decision is None:
        if st.question or st.options:
            raise entry.fail(
                said(
                    QT_TRANSLATE_NOOP("said", "field '{field}': the English step asks no decision"),
                    field=where,
                )
            )
    else:
        english = [o.label for o in s.decision.options]
        unknown = sorted(set(st.options) - set(english))
        missing = [label for label in english if label not in st.options]
        if unknown or missing:
            what = (
                said(
                    QT_TRANSLATE_NOOP("said", "field '{field}': no answer '{answer}' in the English"),
                    field=f"{where}.options",
                    answer=unknown[0],
                )
                if unknown
                else said(
                    QT_TRANSLATE_NOOP("said", "field '{field}': answer '{answer}' is missing"),
                    field=f"{where}.options",
                    answer=missing[0],
                )
            )
            raise entry.fail(what)
        options = [o.model_copy(update={"label": st.options[o.label]}) for o in s.decision.options]
        decision = s.decision.model_copy(
            update={
                "question": _need(entry, st.question, f"{where}.question", s.decision.question),
                "options": options,
            }
        )
        update["decision"] = decision
    return s.model_copy(update=update)


def aid(entry: Entry, a: schema.Aid) -> schema.Aid:
    t = entry.text
    _same_length(entry, "questions", t.questions, a.questions)
    _same_length(entry, "remember", t.remember, a.remember)
    questions = [
        q.model_copy(
            update={"question": qt.question, "smuggling": qt.smuggling, "trafficking": qt.trafficking}
        )
        for q, qt in zip(a.questions, t.questions, strict=True)
    ]
    return a.model_copy(
        update={
            "title": _need(entry, t.title, "title", a.title),
            "purpose": _need(entry, t.purpose, "purpose", a.purpose),
            "questions": questions,
            "remember": list(t.remember),
            "keywords": list(t.keywords),
        }
    )


def role(entry: Entry, r: schema.Role) -> schema.Role:
    t = entry.text
    return r.model_copy(
        update={
            "title": _need(entry, t.title, "title", r.title),
            "description": _need(entry, t.description, "description", r.description),
        }
    )


def guide(entry: Entry, g: schema.Guide) -> schema.Guide:
    t = entry.text
    _same_length(entry, "key_points", t.key_points, g.key_points)
    return g.model_copy(
        update={
            "purpose": _need(entry, t.purpose, "purpose", g.purpose),
            "audience": _need(entry, t.audience, "audience", g.audience),
            "key_points": list(t.key_points),
            "year_note": _need(entry, t.year_note, "year_note", g.year_note),
            "keywords": list(t.keywords),
        }
    )


def strings_of(model: Any) -> list[str]:
    """Every string in a translated model (for the glossary check)."""
    if isinstance(model, str):
        return [model]
    if isinstance(model, dict):
        return [s for v in model.values() for s in strings_of(v)]
    if isinstance(model, list | tuple):
        return [s for v in model for s in strings_of(v)]
    if hasattr(model, "model_dump"):
        return strings_of(model.model_dump())
    return []
