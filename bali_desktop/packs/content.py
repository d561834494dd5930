"""A pack's content files, read and checked on their own (what needs the installed content, such as
a role or a pathway step that must exist, is checked by services/packs.py).

Files a pack may hold, each in the schema of resources/content/:
- `contacts.yaml`: `contacts:` a list of role, organisation, phone, hours, notes, country;
- `steps.yaml`: `steps:` national steps, each attached to a pathway step (`pathway`, `step`);
- `guides.yaml`: `guides:` as resources/content/guides.yaml (new items);
- `documents.yaml`: `documents:` as resources/content/documents.yaml, each `file` a PDF in the pack
  whose text is extracted for search (packs/pdfs.py: a PDF's text, id and record);
- `phrases.yaml`: `phrase_sets:` as resources/content/phrases.yaml (a national phrase set, every
  card in every language with its status: `reviewed` names who checked it);
- `translations/<lang>/*.yaml`: our own words of items (the library's or the pack's own) in
  another language, in the schema of resources/content/translations/ (content/translations.py),
  checked and rendered by the same code as the shipped translations (packs/translated.py);
- `translations.yaml` (the earlier format, still read): `translations:` a title, text or fields
  (a phrase card's words) of an existing item, each with its review status (see `Translation`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bali_desktop.content import phrases, render, schema
from bali_desktop.content import translations as content_translations
from bali_desktop.content.record import ContentRecord
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.packs.errors import PackError
from bali_desktop.packs.pdfs import PackDocument, document_record, pdf_id, pdf_text

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
M = TypeVar("M", bound=BaseModel)

CONTACTS, STEPS, GUIDES, DOCUMENTS, TRANSLATIONS, PHRASES = (
    "contacts.yaml",
    "steps.yaml",
    "guides.yaml",
    "documents.yaml",
    "translations.yaml",
    "phrases.yaml",
)
KNOWN_FILES = (CONTACTS, STEPS, GUIDES, DOCUMENTS, TRANSLATIONS, PHRASES)
# translations/<lang>/... .yaml: a language's words, as resources/content/translations/<lang>/
LANGUAGE_FILE = re.compile(r"^translations/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)/(?:[^/]+/)*[^/]+\.yaml$")
MALFORMED = QT_TRANSLATE_NOOP("said", "malformed")  # what a YAML file is when the parser does not say
TOP_LEVEL = QT_TRANSLATE_NOOP("said", "top level")  # where a schema error is when it is nowhere deeper
MAX_ITEMS = 50_000

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$", max_length=80)]
Text = Annotated[str, Field(max_length=4000)]
NonEmpty = Annotated[str, Field(min_length=1, max_length=4000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackContact(_Strict):
    role: Slug
    organisation: Annotated[str, Field(min_length=1, max_length=200)]
    phone: Annotated[str, Field(pattern=r"^[0-9+()\-./ #*x]{0,40}$")] = ""
    hours: Annotated[str, Field(max_length=100)] = ""
    notes: Annotated[str, Field(max_length=2000)] = ""
    country: Annotated[str, Field(max_length=100)] = ""


class ContactsFile(_Strict):
    contacts: list[PackContact] = Field(max_length=MAX_ITEMS)


class NationalStep(_Strict):
    """A step of the national procedure, shown beside our step `step` of pathway `pathway`."""

    id: Slug
    pathway: Slug  # a pathway id ("victim-of-trafficking"; "pathway:" in front is allowed)
    step: Slug  # the id of our step it belongs to
    action: NonEmpty
    why: Text = ""
    say: Text = ""
    roles: list[Slug] = []

    @model_validator(mode="before")
    @classmethod
    def _bare_pathway(cls, raw: Any) -> Any:
        if isinstance(raw, dict) and isinstance(raw.get("pathway"), str):
            raw = {**raw, "pathway": raw["pathway"].removeprefix("pathway:")}
        return raw


class StepsFile(_Strict):
    steps: list[NationalStep] = Field(max_length=MAX_ITEMS)


Status = Literal["reviewed", "not-checked"]


class Translation(_Strict):
    """Our own words of an existing item in another language (official text is never translated)."""

    ref: Annotated[str, Field(pattern=r"^[a-z]+:[a-z0-9][a-z0-9.\-]*$")]
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
    status: Status
    reviewed_by: Annotated[str, Field(max_length=200)] = ""
    title: Annotated[str, Field(max_length=400)] = ""
    text: Annotated[str, Field(max_length=20000)] = ""
    fields: dict[Slug, Annotated[str, Field(max_length=4000)]] = {}  # e.g. a phrase card's words

    @model_validator(mode="after")
    def _reviewed_names_who(self) -> Translation:
        if self.status == "reviewed" and not self.reviewed_by.strip():
            raise ValueError("a 'reviewed' translation names who reviewed it in 'reviewed_by'")
        if not (self.title or self.text or self.fields):
            raise ValueError("a translation gives a title, a text or fields")
        return self


class TranslationsFile(_Strict):
    translations: list[Translation] = Field(max_length=MAX_ITEMS)


@dataclass
class PackContent:
    contacts: list[PackContact] = field(default_factory=list)
    steps: list[NationalStep] = field(default_factory=list)
    records: list[ContentRecord] = field(default_factory=list)  # new items (guides, documents)
    documents: list[PackDocument] = field(default_factory=list)
    translations: list[Translation] = field(default_factory=list)  # translations.yaml (earlier format)
    # translations/<lang>/*.yaml: (the file's name in the pack, its checked content)
    language_files: list[tuple[str, content_translations.TranslationFile]] = field(default_factory=list)

    def refs(self) -> set[str]:
        return {r.ref for r in self.records}


# --- reading one file -------------------------------------------------------------------------


def _no_shared_nodes(value: Any) -> None:
    """YAML anchors and aliases are refused: a few lines of them can stand for billions of nodes."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict | list):
            if id(node) in seen:
                raise PackError(
                    QT_TRANSLATE_NOOP("said", "uses YAML anchors and aliases (&, *), which packs may not")
                )
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)


def load_yaml(name: str, data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: {name} is not UTF-8 text (byte {byte})."),
                name=name,
                byte=e.start,
            )
        ) from None
    if text.lstrip()[:1] in ("{", "["):  # a built pack holds its YAML as JSON (a subset): fast
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            pass  # YAML after all (a flow mapping by hand): the YAML parser says what is wrong
    try:
        raw = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or MALFORMED
        if where:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: {name} line {line} is not valid YAML ({problem})."),
                    name=name,
                    line=where.line + 1,
                    problem=problem,
                )
            ) from None
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: {name} is not valid YAML ({problem})."),
                name=name,
                problem=problem,
            )
        ) from None
    except (RecursionError, MemoryError, ValueError, TypeError, OverflowError):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: {name} is not valid YAML ({problem})."),
                name=name,
                problem=MALFORMED,
            )
        ) from None
    try:
        _no_shared_nodes(raw)
    except PackError as e:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Refused: {name} {why}."), name=name, why=e.args[0])
        ) from None
    return raw


def as_json(data: bytes, raw: Any) -> bytes:
    """A YAML file's content as JSON (which YAML reads the same), for a built pack: parsed many times
    faster on every laptop. The file is kept as written if its values are not plain JSON."""
    try:
        return json.dumps(raw, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        return data


def validate(name: str, raw: Any, model: type[M]) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        err = e.errors()[0]
        loc = list(err["loc"])
        where = ".".join(str(p + 1 if isinstance(p, int) else p) for p in loc) or TOP_LEVEL
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: {name}: schema error at '{where}': {why}."),
                name=name,
                where=where,
                why=err["msg"],
            )
        ) from None
    except RecursionError:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Refused: {name}: schema error (nested too deeply)."), name=name)
        ) from None


# --- the whole content --------------------------------------------------------------------------


def _unique(name: str, what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: {name}: duplicate id {id} ({what})."),
                    name=name,
                    id=repr(i),
                    what=what,
                )
            )
        seen.add(i)


def read_content(files: dict[str, bytes], pack_id: str) -> PackContent:
    """Every content file of a pack, checked: schema, duplicate ids, links inside the pack."""
    out = PackContent()
    pdfs = {name for name in files if name.lower().endswith(".pdf")}
    for name in files:
        if name not in KNOWN_FILES and name not in pdfs and not LANGUAGE_FILE.match(name):
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "Refused: the pack holds {name}, a file Bali Desktop does not read."
                    ),
                    name=repr(name[:60]),
                )
            )
    if CONTACTS in files:
        out.contacts = validate(CONTACTS, load_yaml(CONTACTS, files[CONTACTS]), ContactsFile).contacts
    if STEPS in files:
        out.steps = validate(STEPS, load_yaml(STEPS, files[STEPS]), StepsFile).steps
        _unique(STEPS, QT_TRANSLATE_NOOP("said", "national step"), [s.id for s in out.steps])
    if GUIDES in files:
        guides = validate(GUIDES, load_yaml(GUIDES, files[GUIDES]), schema.GuidesFile).guides
        _unique(GUIDES, QT_TRANSLATE_NOOP("said", "guide"), [g.id for g in guides])
        out.records += [render.guide(g) for g in guides]
    if PHRASES in files:
        sets = validate(PHRASES, load_yaml(PHRASES, files[PHRASES]), phrases.PhrasesFile).phrase_sets
        _unique(PHRASES, QT_TRANSLATE_NOOP("said", "phrase set"), [p.id for p in sets])
        out.records += [phrases.record(p) for p in sets]
    named: set[str] = set()
    if DOCUMENTS in files:
        docs = validate(DOCUMENTS, load_yaml(DOCUMENTS, files[DOCUMENTS]), schema.DocumentsFile).documents
        _unique(DOCUMENTS, QT_TRANSLATE_NOOP("said", "document"), [d.id for d in docs])
        for d in docs:
            if d.file not in pdfs:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "Refused: {file}: document {id} names {name}, not a PDF in the pack."
                        ),
                        file=DOCUMENTS,
                        id=repr(d.id),
                        name=repr(d.file[:60]),
                    )
                )
            if d.file in named:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "Refused: {file}: two documents name the same file {name}."
                        ),
                        file=DOCUMENTS,
                        name=repr(d.file[:60]),
                    )
                )
            named.add(d.file)
            text, pages = pdf_text(d.file, files[d.file])
            out.documents.append(
                PackDocument(pdf_id(pack_id, d.id), d.title, d.file, files[d.file], text, pages)
            )
            out.records.append(document_record(d, text, pages, pack_id))
    for name in sorted(pdfs - named):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: the PDF {name} is not named in {file}."),
                name=repr(name[:60]),
                file=DOCUMENTS,
            )
        )
    if TRANSLATIONS in files:
        raw = load_yaml(TRANSLATIONS, files[TRANSLATIONS])
        out.translations = validate(TRANSLATIONS, raw, TranslationsFile).translations
        _unique(
            TRANSLATIONS,
            QT_TRANSLATE_NOOP("said", "translation"),
            [f"{t.ref} {t.language}" for t in out.translations],
        )
    for name in sorted(n for n in files if LANGUAGE_FILE.match(n)):
        parsed = validate(name, load_yaml(name, files[name]), content_translations.TranslationFile)
        folder = name.split("/")[1]
        if parsed.language != folder or folder == content_translations.SOURCE_LANGUAGE:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "Refused: {name}: language {language} must be its folder's ({folder}), and not the source language ({source}).",  # noqa: E501
                    ),
                    name=name,
                    language=repr(parsed.language),
                    folder=repr(folder),
                    source=repr(content_translations.SOURCE_LANGUAGE),
                )
            )
        out.language_files.append((name, parsed))
    _unique(
        QT_TRANSLATE_NOOP("said", "the pack"), QT_TRANSLATE_NOOP("said", "item"), [r.ref for r in out.records]
    )
    return out
