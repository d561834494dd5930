"""Reading the library: items, search, lists by kind, sources, counts.

Official items are listed by their locator first ("Activity 12: …", see domain/naming.py):
every list title that leaves here follows that one rule, for the window and the command line.

Languages: every read takes `lang` (None: the session's language, `Session.language`, set with
`set_language`). An item read in a language it is translated into has our words in that language
and `item.translation` says so, with the translation's status; official text stays English (only
our title is translated). Without a translation the item is English and `translation` is None.
Search finds an item by its words in any language, whatever the session's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.kinds import KINDS, OFFICIAL_KINDS, TITLED_BY_US
from bali_desktop.domain.naming import list_title
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.phrases import PhraseSet
from bali_desktop.domain.records import DocumentInfo, Item, Paragraph, SearchHit
from bali_desktop.domain.search import SearchResult

if TYPE_CHECKING:
    from bali_desktop.services.session import Session


@dataclass(frozen=True)
class ItemFacts:
    """One item as `bali-desktop show` gives it: the item, and whether its title is ours."""

    item: Item
    title_is_ours: bool


@dataclass(frozen=True)
class DocumentText:
    info: DocumentInfo | None
    paragraphs: list[Paragraph]


@dataclass(frozen=True)
class GuideEntry:
    ref: str
    title: str
    year: str  # "not confirmed" when the year is not known
    producer: str
    purpose: str


@dataclass(frozen=True)
class EventEntry:
    date: str
    title: str
    ref: str


# The languages content may be read in: English, the source, and those we translate into.
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}


# The names, in their own words, of languages an installed content pack may bring (its
# translations/<lang>/ files); a code not here is shown as itself.
PACK_LANGUAGE_NAMES: dict[str, str] = {
    "ms": "Bahasa Melayu",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "my": "မြန်မာ",
    "tl": "Tagalog",
    "fil": "Filipino",
    "bn": "বাংলা",
    "zh": "中文",
    "ar": "العربية",
    "fa": "فارسی",
    "ps": "پښتو",
    "ur": "اردو",
    "ta": "தமிழ்",
    "si": "සිංහල",
    "ne": "नेपाली",
    "hi": "हिन्दी",
    "tet": "Tetun",
}


def _base(code: str | None) -> str:
    return (code or "").strip().replace("_", "-").split("-", 1)[0].lower()


def language_code(code: str | None) -> str:
    """ "id", "id_ID", "id-ID", "ID" -> "id"; anything we have no content language for -> "en"."""
    base = _base(code)
    return base if base in LANGUAGES else "en"


def content_languages(s: Session) -> dict[str, str]:
    """code -> name of every language content can be read in now: ours (English, Bahasa Indonesia),
    then those the installed content packs' translations bring (in the search index's order)."""
    out = dict(LANGUAGES)
    for code in s.content.languages():
        out.setdefault(code, PACK_LANGUAGE_NAMES.get(code, code))
    return out


def pack_language(s: Session, code: str | None) -> str | None:
    """The code of a language only an installed content pack brings ("th"), or None."""
    base = _base(code)
    if not base or base in LANGUAGES:
        return None
    return base if base in s.content.languages() else None


def set_language(s: Session, code: str | None) -> str:
    """Read content in this language from now on (English where there is no translation);
    returns the language used ("en" for one we have no content language for)."""
    s.language = language_code(code)
    return s.language


def lang_of(s: Session, lang: str | None) -> str:
    """The language to read in: `lang` if given (normalised; a language an installed pack brings is
    kept), else the session's."""
    if lang is None:
        return s.language
    return pack_language(s, lang) or language_code(lang)


def _is_official_kind(ref: str) -> bool:
    return ref.split(":", 1)[0] in OFFICIAL_KINDS


def get(s: Session, ref: str, *, lang: str | None = None) -> Item | None:
    return s.content.get(ref, lang_of(s, lang))


def item(s: Session, ref: str, *, lang: str | None = None) -> Item:
    """The item for `ref`; a UsageError naming the ref when there is none."""
    return s.content.require(ref.strip(), lang_of(s, lang))


def facts(s: Session, ref: str, *, lang: str | None = None) -> ItemFacts:
    found = item(s, ref, lang=lang)
    return ItemFacts(found, found.kind in TITLED_BY_US)


def items(s: Session, kind: str, *, lang: str | None = None) -> list[Item]:
    return s.content.items(kind, lang_of(s, lang))


def children(s: Session, ref: str, *, lang: str | None = None) -> list[Item]:
    return s.content.children(ref, lang_of(s, lang))


def list_titles(s: Session, refs: list[str], *, lang: str | None = None) -> dict[str, str]:
    """Titles of `refs` that exist, with the locator before the title of every official item."""
    code = lang_of(s, lang)
    titles = s.content.titles(refs, code)
    official = [ref for ref in titles if _is_official_kind(ref)]
    for ref, found in s.content.get_many(official, code).items():
        titles[ref] = list_title(found, code)
    return titles


# What an empty result offers first: the six situations an officer meets most (the first six
# pathways the product shipped with); others fill in if one is missing.
COMMON_SITUATIONS = (
    "victim-of-trafficking",
    "child",
    "international-protection",
    "smuggled-migrant",
    "maritime-rescue",
    "scam-returnee",
)


def search(
    s: Session, query: str, *, kind: str | None = None, limit: int = 20, lang: str | None = None
) -> list[SearchHit]:
    """Best matches first (see storage/search.py), a word that matches nothing corrected; titles
    as stored (in `lang`, the session's language by default)."""
    return list(_titled(s, tuple(s.content.search(query, kind=kind, limit=limit)), lang_of(s, lang)))


def _titled(s: Session, hits: tuple[SearchHit, ...], lang: str) -> tuple[SearchHit, ...]:
    """The hits with their titles in `lang` (as stored in English when there is no translation)."""
    if lang == "en" or not hits:
        return hits
    titles = s.content.titles([h.ref for h in hits], lang)
    return tuple(replace(h, title=titles.get(h.ref, h.title)) for h in hits)


def find(
    s: Session,
    query: str,
    *,
    kind: str | None = None,
    limit: int = 20,
    exact: bool = False,
    listed: bool = False,
    lang: str | None = None,
) -> SearchResult:
    """Search that forgives: the hits, the corrected query when a typo was corrected (`exact`
    searches for what was typed), and when nothing is found, where to go instead: the commonest
    situations and the phrase cards. `listed` titles the hits as lists do. Any language's words
    find an item; titles are in `lang` (the session's language by default)."""
    code = lang_of(s, lang)
    result = s.content.find(query, kind=kind, limit=limit, correct=not exact)
    hits = _listed(s, result.hits, code) if listed else _titled(s, result.hits, code)
    return replace(result, hits=hits, instead=() if hits else tuple(instead(s, lang=code)))


def instead(s: Session, *, lang: str | None = None) -> list[SearchHit]:
    """What an empty search offers: the commonest situations, then the phrase cards."""
    code = lang_of(s, lang)
    pathways = sorted(
        s.content.items("pathway", code),
        key=lambda i: COMMON_SITUATIONS.index(i.id) if i.id in COMMON_SITUATIONS else len(COMMON_SITUATIONS),
    )
    found = [*pathways[: len(COMMON_SITUATIONS)], *s.content.items("phrases", code)]
    return [
        SearchHit(i.ref, i.kind, i.title, str(i.data.get("purpose") or i.text.split("\n", 1)[0])[:240], 0.0)
        for i in found
    ]


def _listed(s: Session, hits: tuple[SearchHit, ...], lang: str = "en") -> tuple[SearchHit, ...]:
    """Official hits titled as lists title them (the locator first), read in one query."""
    hits = _titled(s, hits, lang)
    found = s.content.get_many([h.ref for h in hits if _is_official_kind(h.ref)], lang)
    return tuple(replace(h, title=list_title(found[h.ref], lang)) if h.ref in found else h for h in hits)


def listing(
    s: Session, *, kind: str | None = None, limit: int | None = None, lang: str | None = None
) -> list[SearchHit]:
    """Every item (of `kind`), kind by kind in the app's order, as hits: what an empty search lists.

    The snippet is the item's first line; titles as lists title them (the locator first)."""
    if kind is not None and kind not in KINDS:
        s.content.search("", kind=kind)  # the one "unknown kind" error
    out, code = [], lang_of(s, lang)
    for k in [kind] if kind else KINDS:
        for found in s.content.items(k, code):
            first = found.text.strip().split("\n", 1)[0]
            title = list_title(found, code) if _is_official_kind(found.ref) else found.title
            out.append(SearchHit(found.ref, found.kind, title, first[:240], 0.0))
    return out if limit is None else out[:limit]


def typed_pathway(found: Item) -> Pathway | None:
    """The typed pathway of a pathway item (None for any other kind)."""
    return Pathway.from_item(found) if found.kind == "pathway" else None


def typed_phrases(found: Item) -> PhraseSet | None:
    """The typed phrase cards of a `phrases` item (None for any other kind)."""
    return PhraseSet.from_item(found) if found.kind == "phrases" else None


def phrase_set(s: Session, ref: str) -> PhraseSet:
    """The phrase cards of `ref`; a UsageError when it names something else."""
    found = typed_phrases(item(s, ref))
    if found is None:
        raise UsageError(f"{ref} is not a set of phrase cards.")
    return found


def phrase_sets(s: Session) -> list[PhraseSet]:
    """Every set of phrase cards, in the order shipped (the card screen)."""
    return [PhraseSet.from_item(i) for i in s.content.items("phrases")]


def search_listed(s: Session, query: str, *, limit: int = 20, lang: str | None = None) -> list[SearchHit]:
    """Search hits titled as lists title them: the locator first for official items."""
    return list(find(s, query, limit=limit, listed=True, lang=lang).hits)


def stats(s: Session) -> dict[str, int]:
    """How many items of each kind, plus the Adelaide activities and Co-Chairs' commitments."""
    counts = s.content.stats()
    commitments = [i.id for i in s.content.items("commitment")]
    counts["adelaide_activities"] = sum(c.startswith("adelaide-2023-") for c in commitments)
    counts["cochairs_commitments"] = sum(c.startswith("cochairs-2023-") for c in commitments)
    return counts


def content_version(s: Session) -> str:
    return s.content_version


def official_items(s: Session, *, lang: str | None = None) -> list[Item]:
    """Every official item, kind by kind (the Strategy screen); in another language the text stays
    the official English, with our title translated where it is."""
    return [i for kind in OFFICIAL_KINDS for i in s.content.items(kind, lang_of(s, lang))]


def people(s: Session, *, lang: str | None = None) -> dict[str, list[Item]]:
    """Who's who: members, observers and groups."""
    return {kind: s.content.items(kind, lang_of(s, lang)) for kind in ("member", "observer", "group")}


def events(s: Session, *, lang: str | None = None) -> list[EventEntry]:
    """The timeline, oldest first."""
    found = [
        EventEntry(e.data.get("date", ""), e.title, e.ref) for e in s.content.items("event", lang_of(s, lang))
    ]
    return sorted(found, key=lambda e: e.date)


_NOT_CONFIRMED = {"en": "not confirmed", "id": "belum dipastikan"}


def guides(s: Session, *, lang: str | None = None) -> list[GuideEntry]:
    return [
        GuideEntry(
            g.ref,
            g.title,
            g.data.get("year") or _NOT_CONFIRMED.get(g.language, _NOT_CONFIRMED["en"]),
            g.data.get("producer", ""),
            g.data.get("purpose", ""),
        )
        for g in s.content.items("guide", lang_of(s, lang))
    ]


def documents(s: Session) -> list[DocumentInfo]:
    return s.content.documents()


def document(s: Session, doc_id: str) -> DocumentText:
    info = next((d for d in s.content.documents() if d.id == doc_id), None)
    return DocumentText(info, s.content.paragraphs(doc_id) if info else [])


def warnings(s: Session) -> list[str]:
    """What went wrong while opening (the shipped content could not be loaded, say)."""
    return list(s.warnings)
