"""Read and validate the shipped content files into flat records ready for the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bali_desktop.content import phrases, render, schema, targets, translate
from bali_desktop.content.digest import content_digest
from bali_desktop.content.record import ContentBundle, ContentRecord
from bali_desktop.content.text import locate, norm, split_paragraphs
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.numbering import number_steps
from bali_desktop.domain.records import DocumentInfo
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said

M = TypeVar("M", bound=BaseModel)
LINES = QT_TRANSLATE_NOOP("said", "{first}\n{rest}")  # two sentences, one a line
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path, model: type[M]) -> M:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError:
        raise ContentError(
            said(
                QT_TRANSLATE_NOOP("said", "Content file missing: {path}. Reinstall Bali Desktop."),
                path=str(path),
            )
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ContentError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot read content file {path}: {why}"),
                path=str(path),
                why=str(e),
            )
        ) from None
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        problem = str(getattr(e, "problem", e))
        if where:
            raise ContentError(
                said(
                    QT_TRANSLATE_NOOP("said", "{path} line {line}: not valid YAML ({problem})"),
                    path=str(path),
                    line=where.line + 1,
                    problem=problem,
                )
            ) from None
        raise ContentError(
            said(
                QT_TRANSLATE_NOOP("said", "{path}: not valid YAML ({problem})"),
                path=str(path),
                problem=problem,
            )
        ) from None
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        raise ContentError(_explain(path, raw, e)) from None


def _explain(path: Path, raw: Any, error: ValidationError) -> str:
    """Name the file, the item and the field of the first few schema errors."""
    lines = []
    for err in error.errors()[:5]:
        loc = list(err["loc"])
        node, item = raw, ""
        for i, part in enumerate(loc):
            if isinstance(part, int) and isinstance(node, list) and part < len(node):
                entry = node[part]
                ident = entry.get("id") if isinstance(entry, dict) else None
                item = (
                    said(
                        QT_TRANSLATE_NOOP("said", "item {number} (id {id})"), number=part + 1, id=repr(ident)
                    )
                    if ident
                    else said(QT_TRANSLATE_NOOP("said", "item {number}"), number=part + 1)
                )
                node = entry
            elif isinstance(node, dict):
                node = node.get(part)
            loc[i] = str(part)
        fieldname = ".".join(str(p) for p in loc)
        lines.append(
            said(
                QT_TRANSLATE_NOOP("said", "{path}: {item}: field '{field}': {why}"),
                path=str(path),
                item=item or QT_TRANSLATE_NOOP("said", "top level"),
                field=fieldname,
                why=err["msg"],
            )
        )
    more = len(error.errors()) - len(lines)
    if more > 0:
        lines.append(said(QT_TRANSLATE_NOOP("said", "(and {count} more)"), count=more))
    text = lines[-1]
    for line in reversed(lines[:-1]):  # one sentence of lines, each said in the window's language
        text = said(LINES, first=line, rest=text)
    return text


def load_content(content_dir: Path, sources_dir: Path) -> ContentBundle:
    """Validate every content file and turn it into records; raise ContentError on any fault."""
    if not content_dir.is_dir():
        raise ContentError(
            said(
                QT_TRANSLATE_NOOP("said", "Content folder missing: {path}. Reinstall Bali Desktop."),
                path=str(content_dir),
            )
        )
    manifest = _read(content_dir / "manifest.yaml", schema.Manifest)
    docs = _read(content_dir / "documents.yaml", schema.DocumentsFile).documents
    paragraphs = {}
    for doc in docs:
        try:
            raw = (sources_dir / doc.file).read_text(encoding="utf-8")
        except OSError as e:
            raise ContentError(
                said(
                    QT_TRANSLATE_NOOP("said", "Source document {file} cannot be read: {why}"),
                    file=doc.file,
                    why=str(e),
                )
            ) from None
        paragraphs[doc.id] = split_paragraphs(raw)
    doc_titles = {d.id: d.title for d in docs}

    records: list[ContentRecord] = []
    for path in sorted((content_dir / "official").glob("*.yaml")):
        official = _read(path, schema.OfficialFile)
        if official.document not in paragraphs:
            raise ContentError(
                said(
                    QT_TRANSLATE_NOOP("said", "{path}: document '{document}' is not in documents.yaml"),
                    path=str(path),
                    document=official.document,
                )
            )
        for item in official.items:
            records.append(_official_record(path, official.document, item, paragraphs))
    members = _read(content_dir / "members.yaml", schema.MembersFile)
    records += [render.member(m, "member") for m in members.members]
    records += [render.member(m, "observer") for m in members.observers]
    records += [render.group(g) for g in _read(content_dir / "groups.yaml", schema.GroupsFile).groups]
    records += [render.event(e) for e in _read(content_dir / "timeline.yaml", schema.TimelineFile).events]
    roles = _read(content_dir / "roles.yaml", schema.RolesFile).roles
    records += [render.role(r) for r in roles]
    guides = _read(content_dir / "guides.yaml", schema.GuidesFile).guides
    records += [render.guide(g) for g in guides]
    aids = _read(content_dir / "aids.yaml", schema.AidsFile).aids
    loaded = [
        (path, _read(path, schema.Pathway)) for path in sorted((content_dir / "pathways").glob("*.yaml"))
    ]
    pathways = targets.resolve(loaded, {a.id for a in aids}, {r.id for r in roles})
    records += [render.aid(a) for a in aids]
    titles = {f"pathway:{p.id}": p.title for p in pathways} | {f"aid:{a.id}": a.title for a in aids}
    role_titles = {r.id: r.title for r in roles}
    numbers = {p.id: number_steps([s.id] for pp in p.pause_points for s in pp.steps) for p in pathways}
    records += [render.pathway(p, role_titles, titles, numbers) for p in pathways]
    records += [render.document(d) for d in docs]
    phrase_sets = _read(content_dir / "phrases.yaml", phrases.PhrasesFile).phrase_sets
    records += [phrases.record(s) for s in phrase_sets]
    _check_phrase_links(pathways, {f"phrases:{s.id}": {c.id for c in s.cards} for s in phrase_sets})

    for r in records:
        if r.source_document and r.source_document not in doc_titles:
            raise ContentError(
                said(
                    QT_TRANSLATE_NOOP("said", "{ref}: cites unknown document '{document}'"),
                    ref=r.ref,
                    document=r.source_document,
                )
            )
        if r.source_document and r.source_paragraph is None and r.official:
            r.source_paragraph = _locate(paragraphs[r.source_document], r.text)
    _check_refs(records)
    models = translate.Models(
        pathways={p.id: p for p in pathways},
        aids={a.id: a for a in aids},
        roles={r.id: r for r in roles},
        guides={g.id: g for g in guides},
        numbers=numbers,
    )
    translate.apply(content_dir, _read, records, models)
    return ContentBundle(
        version=manifest.content_version,
        digest=content_digest(content_dir, sources_dir),
        documents=[DocumentInfo(d.id, d.title, d.publisher, d.date, d.description) for d in docs],
        paragraphs=paragraphs,
        records=records,
    )


def _locate(paragraphs: list[str], text: str) -> int | None:
    index = locate(paragraphs, text)
    return None if index is None else index + 1


def _official_record(
    path: Path, document: str, item: schema.OfficialItem, paragraphs: dict[str, list[str]]
) -> ContentRecord:
    whole = norm(" ".join(paragraphs[document]))
    if norm(item.text).rstrip(".;") not in whole:
        raise ContentError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "{path}: item {ref}: field 'text' is not word for word in its source document "
                    "'{document}'. Official text must be quoted exactly.",
                ),
                path=str(path),
                ref=f"{item.kind}:{item.id}",
                document=document,
            )
        )
    return ContentRecord(
        ref=f"{item.kind}:{item.id}",
        kind=item.kind,
        title=item.title,
        text=item.text,
        official=True,
        keywords=" ".join(item.keywords),
        source_document=document,
        source_locator=item.locator,
        source_paragraph=_locate(paragraphs[document], item.text),
        parent_ref=item.parent,
        related=list(item.related),
        data={"number": item.number},
    )


def _check_phrase_links(pathways: list[schema.Pathway], cards: dict[str, set[str]]) -> None:
    """A step's `phrases` names a phrase set and, after '#', one of its cards."""
    for p in pathways:
        for step in (s for pp in p.pause_points for s in pp.steps):
            ref, _, card = (step.phrases or "").partition("#")
            if step.phrases and (ref not in cards or (card and card not in cards[ref])):
                raise ContentError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said",
                            "pathway '{pathway}': step '{step}': field 'phrases': no phrase card '{card}'",
                        ),
                        pathway=p.id,
                        step=step.id,
                        card=step.phrases,
                    )
                )


def _check_refs(records: list[ContentRecord]) -> None:
    refs = {r.ref for r in records}
    seen: set[str] = set()
    for r in records:
        if r.ref in seen:
            raise ContentError(
                said(QT_TRANSLATE_NOOP("said", "Two content items share the ref '{ref}'"), ref=r.ref)
            )
        seen.add(r.ref)
        for target in [*r.related, *([r.parent_ref] if r.parent_ref else [])]:
            if target.split("#", 1)[0] not in refs:
                raise ContentError(
                    said(
                        QT_TRANSLATE_NOOP("said", "{ref}: links to '{target}', which does not exist"),
                        ref=r.ref,
                        target=target,
                    )
                )
