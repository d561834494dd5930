"""A pack's `translations/<lang>/*.yaml`, in the schema of resources/content/translations/, checked
and rendered by the same code as the shipped translations (content/translations.py for the checks,
content/translate.py for the rendering), against the English of the items they translate: the
library's (read from the database, `english_of`) or the pack's own new items.

What comes out is one `TranslatedRecord` per item and language, kept in `pack_translations` (its
`fields` hold the rendered record under RECORD_KEY) and laid over the item, and into the search
index's rows of that language, by storage/pack_translate.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bali_desktop.content import schema, translate, translations
from bali_desktop.content.record import ContentRecord, TranslatedRecord
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.numbering import number_steps
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, message_of, said
from bali_desktop.packs.errors import PackError

RECORD_KEY = "_record"  # pack_translations.fields of a translation of this format: the rendered record
_LINKED = ("pathway", "aid", "role")  # their English titles name the links of a translated pathway


def entries(files: Iterable[tuple[str, translations.TranslationFile]]) -> list[translations.Entry]:
    """Every item of the pack's language files, each with its status (the file's when left out)."""
    out: list[translations.Entry] = []
    seen: dict[tuple[str, str], str] = {}
    for name, parsed in files:
        for ref, text in parsed.items.items():
            key = (parsed.language, ref)
            if key in seen:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said",
                            "Refused: {name}: {ref}: translated twice into {language} (also in {other}).",
                        ),
                        name=name,
                        ref=ref,
                        language=repr(parsed.language),
                        other=seen[key],
                    )
                )
            seen[key] = name
            status = text.status or parsed.status
            who = text.reviewed_by or parsed.reviewed_by
            out.append(
                translations.Entry(
                    Path(name), parsed.language, ref, text, status, who if status == "reviewed" else ""
                )
            )
    return out


def record_of(
    ref: str, kind: str, title: str, text: str, official: bool, data: dict[str, Any]
) -> ContentRecord:
    return ContentRecord(ref=ref, kind=kind, title=title, text=text, official=official, data=dict(data))


def render(
    found: list[translations.Entry],
    own: list[ContentRecord],
    english_of: Callable[[str], ContentRecord | None],
    linked: Callable[[str], list[ContentRecord]],
) -> list[tuple[translations.Entry, TranslatedRecord]]:
    """Each entry checked and rendered in its language; PackError names the first fault.
    `own`: the pack's new items; `english_of(ref)`: a library item in English (None: no such item);
    `linked(kind)`: every library item of a kind in English (the titles a pathway's links show)."""
    if not found:
        return []
    english = {r.ref: r for r in own}
    for e in found:
        if e.ref not in english:
            record = english_of(e.ref)
            if record is None:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said",
                            "Refused: {name}: dangling ref: a translation of {ref}, which does not exist.",
                        ),
                        name=str(e.path),
                        ref=e.ref,
                    )
                )
            english[e.ref] = record
    for kind in _LINKED:
        for r in linked(kind):
            english.setdefault(r.ref, r)
    try:
        for e in found:
            record = english[e.ref]
            translations.check_kind(e, record.kind, record.official)
            translations.check_words(e, translations.strings_of(e.text))
        models = _models(found, english)
        out: list[tuple[translations.Entry, TranslatedRecord]] = []
        for language in sorted({e.language for e in found}):
            mine = [e for e in found if e.language == language]
            by_ref = {ref: dataclasses.replace(r, translations={}) for ref, r in english.items()}
            translate._apply_language(language, mine, by_ref, models)  # the loader's own rendering
            out += [(e, by_ref[e.ref].translations[language]) for e in mine]
    except ContentError as err:
        raise PackError(said(QT_TRANSLATE_NOOP("said", "Refused: {why}"), why=message_of(err))) from None
    except (ValidationError, KeyError, TypeError) as err:  # an item's stored English not in its schema
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: a translation cannot be laid over its item ({kind})."),
                kind=type(err).__name__,
            )
        ) from None
    return out


def _models(found: list[translations.Entry], english: dict[str, ContentRecord]) -> translate.Models:
    def of(kind: str, model: type[Any], refs: Iterable[str]) -> dict[str, Any]:
        return {
            ref.split(":", 1)[1]: model.model_validate(english[ref].data)
            for ref in refs
            if english[ref].kind == kind
        }

    wanted = {e.ref for e in found}
    pathways = of("pathway", schema.Pathway, [r for r in english if r.startswith("pathway:")])
    return translate.Models(
        pathways=pathways,
        aids=of("aid", schema.Aid, wanted),
        roles=of("role", schema.Role, [r for r in english if r.startswith("role:")]),
        guides=of("guide", schema.Guide, wanted),
        numbers={
            pid: number_steps([s.id] for pp in p.pause_points for s in pp.steps)
            for pid, p in pathways.items()
        },
    )


def stored(t: TranslatedRecord) -> dict[str, Any]:
    """What `pack_translations.fields` keeps of a rendered translation: the item's words in the
    language (as content_store keeps a shipped one) and what the search index's row holds."""
    index = t.text if t.index_text is None else t.index_text
    return {RECORD_KEY: {**t.stored(), "keywords": t.keywords, "index": f"{index}\n{t.body}"}}
