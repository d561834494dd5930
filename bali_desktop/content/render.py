"""Turn each validated content model into a flat record: readable text, search body, links."""

from __future__ import annotations

from typing import Any

from bali_desktop.content import lang_words, schema
from bali_desktop.content.record import ContentRecord
from bali_desktop.domain import labels
from bali_desktop.domain.numbering import number_steps
from bali_desktop.domain.route_words import condition_text

GUIDANCE_LABEL = f"{labels.GUIDANCE}."


def _record(**kwargs: Any) -> ContentRecord:
    return ContentRecord(**kwargs)


def _sentence(line: str) -> str:
    """End a line with a full stop, so a search snippet across lines still reads as sentences."""
    return line if line.rstrip().endswith((".", "?", "!", ":")) else f"{line.rstrip()}."


def _unique(refs: list[str]) -> list[str]:
    return list(dict.fromkeys(refs))


def _cited(
    kind: str,
    item_id: str,
    title: str,
    text: str,
    quoted: bool,
    source: schema.Citation,
    keywords: list[str],
    related: list[str],
    data: dict[str, Any],
) -> ContentRecord:
    """A who's-who or timeline record: the source's words when `quoted`, else our summary."""
    return _record(
        ref=f"{kind}:{item_id}",
        kind=kind,
        title=title,
        text=text,
        official=quoted,
        keywords=" ".join(keywords),
        source_document=source.document,
        source_locator=source.locator,
        related=_unique(related),
        data={**data, "quoted": quoted},
    )


def member(m: schema.Member, kind: str) -> ContentRecord:
    default = {
        ("member", "government"): "Member government of the Bali Process.",
        ("member", "organisation"): "Member international organisation of the Bali Process.",
        ("observer", "government"): "Observer state of the Bali Process.",
        ("observer", "organisation"): "Observer organisation of the Bali Process.",
    }[(kind, m.category)]
    return _cited(
        kind,
        m.id,
        m.title,
        m.text or default,
        m.quoted,
        m.source,
        [*m.keywords, m.category],
        list(m.related),
        {"category": m.category},
    )


def group(g: schema.Group) -> ContentRecord:
    return _cited(
        "group",
        g.id,
        g.title,
        g.text,
        g.quoted,
        g.source,
        list(g.keywords),
        [*g.membership, *g.related],
        {"established": g.established, "membership": list(g.membership)},
    )


def event(e: schema.Event) -> ContentRecord:
    return _cited(
        "event", e.id, e.title, e.text, e.quoted, e.source, [e.date], list(e.related), {"date": e.date}
    )


def role(r: schema.Role) -> ContentRecord:
    return _record(
        ref=f"role:{r.id}",
        kind="role",
        title=r.title,
        text=r.description,
        official=False,
        data=r.model_dump(),
    )


def guide(g: schema.Guide, lang: str = "en") -> ContentRecord:
    w = lang_words.words(lang)
    year = g.year or w["year_unknown"]
    lines = [
        g.purpose,
        f"{w['year']}: {year}{f' ({g.year_note})' if g.year_note else ''}.",
        f"{w['produced_by']}: {g.producer}.",
        f"{w['for']}: {g.audience}.",
        w["key_points"],
        *[f"- {p}" for p in g.key_points],
        f"{w['source']} {g.source}",
    ]
    return _record(
        ref=f"guide:{g.id}",
        kind="guide",
        title=g.title,
        text="\n".join(lines),
        official=False,
        keywords=" ".join(g.keywords),
        related=_unique([*g.pathways, *g.activities, *g.related]),
        data=g.model_dump(),
    )


def aid(a: schema.Aid, lang: str = "en") -> ContentRecord:
    w = lang_words.words(lang)
    lines = [a.purpose, ""]
    for q in a.questions:
        lines += [q.question, f"  {w['smuggling']}: {q.smuggling}", f"  {w['trafficking']}: {q.trafficking}"]
    if a.remember:
        lines += ["", w["remember"], *[f"- {r}" for r in a.remember]]
    lines += ["", w["based_on"] + "; ".join(a.based_on), w["guidance"]]
    return _record(
        ref=f"aid:{a.id}",
        kind="aid",
        title=a.title,
        text="\n".join(lines),
        official=False,
        keywords=" ".join(a.keywords),
        related=list(a.related),
        data=a.model_dump(),
    )


def pathway(
    p: schema.Pathway,
    role_titles: dict[str, str],
    titles: dict[str, str],
    step_numbers: dict[str, dict[str, int]] | None = None,
    lang: str = "en",
) -> ContentRecord:
    """`titles`: pathway and aid refs to their titles, so a branch reads as words, not a ref;
    `step_numbers`: pathway id -> its steps' numbers, so a jump names the step it goes to."""
    w = lang_words.words(lang)
    lines = [p.purpose, ""]
    branch_lines: set[int] = set()  # shown, but not indexed: another pathway's title would
    gotos: list[str] = []  # otherwise win the snippet in every pathway linking to it
    numbers = number_steps([s.id] for pp in p.pause_points for s in pp.steps)
    for pp in p.pause_points:
        lines.append(f"{pp.title} ({pp.when})")
        for step in pp.steps:
            lines.append(f"  {numbers[step.id]}. {step.action}")
            condition = (
                condition_text(step)
                if lang == "en"
                else lang_words.condition(step.unless, step.only_if, lang)
            )
            if condition:  # shown, not indexed: the same words in every pathway
                branch_lines.add(len(lines))
                lines.append(f"     {condition}")
            if step.decision:
                lines.append(f"     {w['decide']}{step.decision.question}")
                for opt in step.decision.options:
                    if ":" in opt.to:
                        ref, _, anchor = opt.to.partition("#")
                        gotos.append(ref)
                        target = f"{w['see']}{titles.get(ref, ref)}"
                        there = (step_numbers or {}).get(ref.split(":", 1)[1], {}).get(anchor)
                        if there is not None:
                            target += f", {w['step']} {there}"
                        back = (opt.then or "").removeprefix("return:")
                        if opt.then and opt.then.startswith("return:") and back != step.id:
                            target += f", {w['come_back']} {numbers.get(back, back)}"
                    else:
                        target = f"{w['go_to_step']} {numbers.get(opt.to, opt.to)}"
                    branch_lines.add(len(lines))
                    lines.append(f"       {opt.label}: {target}")
    indicators = [i for g in p.indicators for i in g.indicators]
    lines += ["", w["never"], *[f"- {n}" for n in p.never_do]]
    lines += ["", w["refer_to"] + ", ".join(role_titles.get(r, r) for r in p.roles) + "."]
    lines += ["", w["based_on"] + "; ".join(p.based_on), w["guidance"]]
    whys = [s.why for pp in p.pause_points for s in pp.steps if s.why]
    return _record(
        ref=f"pathway:{p.id}",
        kind="pathway",
        title=p.title,
        text="\n".join(lines),
        index_text="\n".join(line for i, line in enumerate(lines) if i not in branch_lines),
        official=False,
        keywords=" ".join(p.keywords),
        body="\n".join(_sentence(line) for line in [*indicators, *whys]),
        related=_unique([*p.related, *gotos, *[f"role:{r}" for r in p.roles], *p.guides, *p.activities]),
        data=p.model_dump(),
    )


def document(d: schema.SourceDocument) -> ContentRecord:
    return _record(
        ref=f"document:{d.id}",
        kind="document",
        title=d.title,
        text=f"{d.description}\nPublished by {d.publisher}"
        + (f", {d.date}." if d.date else "; date not stated."),
        official=False,
        source_document=d.id,
        source_locator="Whole document",
        data=d.model_dump(),
    )
