"""Search words as data: resources/content/synonyms.yaml, read and checked.

Read with the content (stored with the index, storage/search_words.py); plain Python, no pydantic.
Every key and phrase is folded as search folds what is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bali_desktop.content.text import fold
from bali_desktop.domain.errors import ContentError

SECTIONS = ("acronyms", "words", "indonesian", "keep")
FILE_NAME = "synonyms.yaml"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchWords:
    """Typed words (folded, a phrase's words joined by one space) -> phrases to look for too."""

    acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    indonesian: dict[str, tuple[str, ...]] = field(default_factory=dict)
    keep: frozenset[str] = frozenset()


def words_of(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if w.strip("_")]


def _phrase(where: str, value: Any) -> str:
    if not isinstance(value, str) or not words_of(value):
        raise ContentError(f"{FILE_NAME}: {where}: {value!r} is not a word or a phrase")
    return " ".join(words_of(value))


def _section(raw: dict[str, Any], name: str) -> dict[str, tuple[str, ...]]:
    part = raw.get(name) or {}
    if not isinstance(part, dict):
        raise ContentError(f"{FILE_NAME}: {name} must map what is typed to a list of phrases")
    out: dict[str, tuple[str, ...]] = {}
    for key, phrases in part.items():
        typed = _phrase(name, key)
        if name == "acronyms" and " " in typed:
            raise ContentError(f"{FILE_NAME}: acronym {key!r} must be one word")
        if not isinstance(phrases, list) or not phrases:
            raise ContentError(f"{FILE_NAME}: {name}: {key!r} needs a list of one or more phrases")
        if typed in out:
            raise ContentError(f"{FILE_NAME}: {name}: {key!r} is listed twice")
        out[typed] = tuple(dict.fromkeys(_phrase(f"{name}: {key}", p) for p in phrases))
    return out


def parse(raw: Any) -> SearchWords:
    """Check the file's data; a ContentError says what is wrong and where."""
    if not isinstance(raw, dict):
        raise ContentError(f"{FILE_NAME}: expected the sections {', '.join(SECTIONS)}")
    unknown = sorted(set(raw) - set(SECTIONS))
    if unknown:
        raise ContentError(f"{FILE_NAME}: unknown section {unknown[0]!r} (sections: {', '.join(SECTIONS)})")
    acronyms, words, indonesian = (_section(raw, n) for n in ("acronyms", "words", "indonesian"))
    both = sorted(set(acronyms) & set(words))
    if both:
        raise ContentError(f"{FILE_NAME}: {both[0]!r} is both an acronym and a word")
    keep = raw.get("keep") or []
    if not isinstance(keep, list):
        raise ContentError(f"{FILE_NAME}: keep must be a list of words")
    return SearchWords(acronyms, words, indonesian, frozenset(_phrase("keep", k) for k in keep))


def load(path: Path) -> SearchWords:
    import yaml  # here, not at import: a warm start never imports YAML (search reads the database)

    try:
        raw = yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except FileNotFoundError:
        return SearchWords()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ContentError(f"{FILE_NAME} could not be read ({type(e).__name__})") from None
    return parse(raw)
