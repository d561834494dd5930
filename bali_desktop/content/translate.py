"""Render each checked translation (content/translations.py) beside its English record.

The loader hands over the English models and records; each translation becomes a
`TranslatedRecord` on its English record: the same item, our words in that language, rendered
with that language's fixed words (content/lang_words.py). Official text stays English.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bali_desktop.content import lang_words, render, schema, translations
from bali_desktop.content.record import ContentRecord, TranslatedRecord
from bali_desktop.content.translations import Entry
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said


@dataclass(frozen=True)
class Models:
    """The English models a translation is checked against and rendered from."""

    pathways: dict[str, schema.Pathway]
    aids: dict[str, schema.Aid]
    roles: dict[str, schema.Role]
    guides: dict[str, schema.Guide]
    numbers: dict[str, dict[str, int]]  # pathway id -> its steps' numbers


def apply(content_dir: Path, read: Any, records: list[ContentRecord], models: Models) -> None:
    """Read every translation and attach it to its record; ContentError names any fault."""
    entries = translations.read_all(content_dir, read)
    if not entries:
        return
    by_ref = {r.ref: r for r in records}
    for entry in entries:
        record = by_ref.get(entry.ref)
        if record is None:
            raise entry.fail(said(QT_TRANSLATE_NOOP("said", "no item with this ref in the English content")))
        translations.check_kind(entry, record.kind, record.official)
        translations.check_words(entry, translations.strings_of(entry.text))
    for language in sorted({e.language for e in entries}):
        mine = [e for e in entries if e.language == language]
        _apply_language(language, mine, by_ref, models)


def _apply_language(
    language: str, entries: list[Entry], by_ref: dict[str, ContentRecord], models: Models
) -> None:
    role_models = {
        e.ref.split(":", 1)[1]: translations.role(e, models.roles[e.ref.split(":", 1)[1]])
        for e in entries
        if e.ref.startswith("role:")
    }
    role_titles = {rid: r.title for rid, r in models.roles.items()} | {
        rid: r.title for rid, r in role_models.items()
    }
    titles = {ref: r.title for ref, r in by_ref.items() if r.kind in ("pathway", "aid")}
    titles |= {e.ref: e.text.title for e in entries if e.text.title and e.ref in titles}
    for entry in entries:
        record = by_ref[entry.ref]
        kind, item_id = entry.ref.split(":", 1)
        rendered: ContentRecord | None = None
        if kind == "role":
            rendered = render.role(role_models[item_id])
        elif kind == "pathway":
            translated = translations.pathway(entry, models.pathways[item_id])
            rendered = render.pathway(translated, role_titles, titles, models.numbers, language)
        elif kind == "aid":
            rendered = render.aid(translations.aid(entry, models.aids[item_id]), language)
        elif kind == "guide":
            rendered = render.guide(translations.guide(entry, models.guides[item_id]), language)
        record.translations[language] = _translated(entry, record, rendered)


def _translated(entry: Entry, english: ContentRecord, rendered: ContentRecord | None) -> TranslatedRecord:
    common = {
        "language": entry.language,
        "status": entry.status,
        "reviewed_by": entry.reviewed_by,
    }
    keywords = " ".join(entry.text.keywords)
    # the translation's status is said at the end of our translated text (shown wherever the text is
    # read), never indexed: every row would match its words
    status = lang_words.status_line(entry.status, entry.reviewed_by, entry.language)
    if rendered is not None:  # our own guidance, every word of it in the language
        return TranslatedRecord(
            **common,
            title=rendered.title,
            text=f"{rendered.text}\n{status}",
            text_language=entry.language,
            keywords=keywords,
            body=rendered.body,
            index_text=rendered.text if rendered.index_text is None else rendered.index_text,
            data=rendered.data,
        )
    own_text = entry.text.text  # refused for official text and quotations (translations.check_kind)
    return TranslatedRecord(
        **common,
        title=entry.text.title or english.title,
        text=f"{own_text}\n{status}" if own_text else english.text,
        text_language=entry.language if own_text else "en",
        keywords=keywords,
        index_text=own_text or "",  # English text is indexed once, in its English row
        data=english.data,
    )
