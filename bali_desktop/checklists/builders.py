"""Make checklists from content: a pathway, the aid, an Adelaide area, any item, or nothing.

The templates are these builders applied to shipped content: one per pathway, one per Adelaide
area, one per decision aid (the smuggling-or-trafficking card).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bali_desktop.domain.checklist import (
    DECIDE_SUFFIX,
    Checklist,
    ChecklistItem,
    Option,
    PausePoint,
    Reminder,
)
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.naming import citation
from bali_desktop.domain.pathway import Option as PathwayOption
from bali_desktop.domain.pathway import Pathway, Step
from bali_desktop.domain.records import Item
from bali_desktop.domain.route_words import (
    condition_text,
    jump_kind,
    sheet_jump_words,
    sheet_word,
    short_title,
    writing_lines,
)

if TYPE_CHECKING:
    from bali_desktop.domain.reader import ContentReader as Library

SIGNS_TITLE = "Signs to look for"
STOP_SHEET = "stop this sheet"  # a one-way jump to another pathway's sheet says so
PHRASES_PRINTED = sheet_word("phrases")  # on a step that needs them: where the phrase cards are
# A gated step's condition in the sheet's language (the print service passes the content's own
# words for Bahasa Indonesia, content/lang_words.py); English by default.
Condition = Callable[[Step], str]


@dataclass(frozen=True)
class Template:
    ref: str  # the content item it is built from
    title: str
    kind: str  # pathway | area | aid
    checklist_type: str


def templates(library: Library) -> list[Template]:
    """Every shipped template, pathways first (what an officer most often wants)."""
    out: list[Template] = []
    for item in library.items("pathway"):
        out.append(Template(item.ref, item.title, "pathway", item.data.get("checklist_type", "READ-DO")))
    for item in library.items("aid"):
        out.append(Template(item.ref, item.title, "aid", "READ-DO"))
    for item in library.items("area"):
        out.append(Template(item.ref, area_title(item), "area", "DO-CONFIRM"))
    return out


def build(library: Library, ref: str, *, lang: str = "en", condition: Condition | None = None) -> Checklist:
    """The template for `ref` (pathway, aid, area); for any other item a one-item checklist.
    `lang`: the language of the words the builders add (a printed sheet's, "en" or "id")."""
    item = resolve(library, ref)
    if item.kind == "pathway":
        return from_pathway(item, library, lang=lang, condition=condition)
    if item.kind == "aid":
        return from_aid(item, library, lang=lang)
    if item.kind == "area":
        return from_area(item, library.children(item.ref))
    checklist = empty(item.title)
    checklist.origin_ref = item.ref
    add_item(checklist, item, library)
    return checklist


def resolve(library: Library, ref: str) -> Item:
    """The item for `ref`, including a pathway step given as "pathway:ID#STEP"."""
    base, _, step_id = ref.partition("#")
    item = library.require(base)
    if not step_id:
        return item
    step = Pathway.from_item(item).step(step_id) if item.kind == "pathway" else None
    if step is not None:
        return Item(
            ref=ref,
            kind="step",
            title=step.action,
            text=step.why,
            official=False,
            source=None,
            parent=item.ref,
            related=(),
            data={
                "step": {"id": step.id, "action": step.action, "why": step.why},
                "pathway_title": item.title,
            },
        )
    raise UsageError(f"No part {step_id!r} in {base}.")


def empty(title: str = "New checklist", checklist_type: str = "READ-DO") -> Checklist:
    return Checklist(
        title=title or "New checklist",
        checklist_type=checklist_type,
        pause_points=[PausePoint(title="Before you start", when="")],
    )


# --- pathways ---------------------------------------------------------------------------------


def from_pathway(
    item: Item, library: Library | None = None, *, lang: str = "en", condition: Condition | None = None
) -> Checklist:
    """Pause points become sections; steps become items with their `why` as the note; each
    decision question becomes an item of its own, straight after its step, whose options say
    where to go next. Printed, a step and its decision are one numbered step, as on screen.
    A step that asks for a note gets lines to write on (`route_words.writing_lines`)."""
    pathway = Pathway.from_item(item)
    gate = condition or condition_text
    phrases = sheet_word("phrases", lang)
    refs = pathway.refs_linked()
    ref_titles = library.titles(refs) if library and refs else {}
    numbers = jump_numbers(pathway, library)
    pause_points = []
    for pp in pathway.pause_points:
        items: list[ChecklistItem] = []
        for step in pp.steps:
            source = f"{item.ref}#{step.id}"
            items.append(
                ChecklistItem(
                    text=step.action,
                    note=" ".join(n for n in (step.why, phrases if step.phrases else "") if n),
                    source_ref=source,
                    uid=step.id,
                    condition=gate(step),  # a gated step never prints without it
                    say=step.say,
                    write_lines=writing_lines(step.action),
                )
            )
            if step.decision:
                items.append(
                    ChecklistItem(
                        text=f"Decide: {step.decision.question}",
                        source_ref=source,
                        uid=step.id + DECIDE_SUFFIX,  # printed under its step, with its number
                        options=[
                            _option(o, pathway, ref_titles, numbers, lang) for o in step.decision.options
                        ],
                    )
                )
        pause_points.append(PausePoint(title=pp.title, when=pp.when, items=items, uid=pp.id))
    reminders = []
    if pathway.indicators:  # steps say "check the indicators below": print them, compactly
        reminders.append(
            Reminder(
                SIGNS_TITLE,
                [
                    sheet_word("signs_rule", lang),
                    *(f"{g.dimension}: {'; '.join(g.indicators)}." for g in pathway.indicators),
                ],
            )
        )
    if pathway.never_do:
        reminders.append(Reminder("Never", list(pathway.never_do)))
    return Checklist(
        title=pathway.title or item.title,
        checklist_type=pathway.checklist_type,
        purpose=pathway.purpose,
        pause_points=pause_points,
        contact_roles=list(pathway.roles),
        reminders=reminders,
        based_on=list(pathway.based_on),
        origin_ref=item.ref,
    )


def card_from_pathway(
    item: Item, library: Library | None = None, *, lang: str = "en", condition: Condition | None = None
) -> tuple[Checklist, dict[str, int]]:
    """A one-page counter card: the full sheet's route (`from_pathway`) cut to its critical steps
    (every decision, every referral, every step that closes a route), without the why and the
    words to say, with the "Never" box; and the full sheet's numbers, which the card keeps so that
    a go-to on it means the same step as on the sheet."""
    full = from_pathway(item, library, lang=lang, condition=condition)
    numbers = full.numbers()
    pathway = Pathway.from_item(item)
    critical = {st.id for st in pathway.steps if st.decision or st.roles or st.exit}
    card = full.copy()
    for pp in card.pause_points:
        pp.items = [i for i in pp.items if i.uid.removesuffix(DECIDE_SUFFIX) in critical]
        for i in pp.items:
            i.note, i.say, i.write_lines = "", "", 0
            for o in i.options:  # "Yes → go to 6": the step's words are on the card or the sheet
                if o.target:
                    o.then = ""
    card.pause_points = [pp for pp in card.pause_points if pp.items]
    card.reminders = [r for r in card.reminders if r.title != SIGNS_TITLE]
    card.purpose = ""
    return card, numbers


def jump_numbers(pathway: Pathway, library: Library | None) -> dict[str, int]:
    """ "pathway:X#step-id" -> that step's number in X, for every jump of `pathway` to another one."""
    out: dict[str, int] = {}
    for step in pathway.steps:
        for option in step.options:
            if jump_kind(option) not in ("stay", "return") or library is None:
                continue
            other = library.get(option.target_ref)
            target = Pathway.from_item(other).step(option.target_step) if other is not None else None
            if target is not None:
                out[option.to] = target.number
    return out


def _option(
    option: PathwayOption,
    pathway: Pathway,
    ref_titles: dict[str, str],
    numbers: dict[str, int],
    lang: str = "en",
) -> Option:
    """A printed answer: a step here (printed "continue here at step 15: <its action>"), or in
    words where a jump leads and where the sheet goes on ("go to the “…” sheet, step 17, and come
    back to step 15"; "stop this sheet and continue on the “…” sheet, from step 5")."""
    goto = option.to
    if option.is_ref:
        name = short_title(ref_titles.get(option.target_ref, option.target_ref))
        then = sheet_jump_words(option, pathway, name, numbers.get(option.to), lang)
        return Option(label=option.label, then=then, ref=option.target_ref)
    target = pathway.step(goto)
    then = target.action if target else ""
    return Option(label=option.label, then=then, target=goto if target else None)


# --- the decision aid -------------------------------------------------------------------------


def from_aid(item: Item, library: Library | None = None, *, lang: str = "en") -> Checklist:
    """The smuggling-or-trafficking card: each question an item, each side an option to tick."""
    data = item.data

    def w(key: str) -> str:
        return sheet_word(key, lang)

    items = [
        ChecklistItem(
            text=f"{w('ask')} {q['question']}",
            source_ref=item.ref,
            options=[Option(w("smuggling"), q["smuggling"]), Option(w("trafficking"), q["trafficking"])],
        )
        for q in data["questions"]
    ]
    reminders = [Reminder(w("remember"), list(data.get("remember", [])))] if data.get("remember") else []
    return Checklist(
        title=data.get("title") or item.title,
        checklist_type="READ-DO",
        purpose=data.get("purpose", ""),
        pause_points=[
            PausePoint(
                title=w("aid_pause"),
                when=w("aid_when"),
                items=items,
                uid="questions",
            )
        ],
        contact_roles=_aid_roles(library, data),
        reminders=reminders,
        based_on=list(data.get("based_on", [])),
        origin_ref=item.ref,
    )


def _aid_roles(library: Library | None, data: dict[str, Any]) -> list[str]:
    """The first referral role of each pathway the aid leads to: who to call either way."""
    if library is None:
        return []
    roles: list[str] = []
    for ref in data.get("related", []):
        if ref.startswith("pathway:"):
            pathway = library.get(ref)
            first = (pathway.data.get("roles") or [None])[0] if pathway else None
            if first and first not in roles:
                roles.append(first)
    return roles


# --- Adelaide Strategy areas ------------------------------------------------------------------


def area_title(area: Item) -> str:
    number = area.data.get("number") or area.id.rsplit("-", 1)[-1]
    return f"Adelaide Strategy area ({number}): {area.title}"


def from_area(area: Item, activities: list[Item]) -> Checklist:
    """A progress check for one area: each activity, word for word with its number, to confirm."""
    doc = area.source.document_title if area.source else "2023 Adelaide Strategy for Cooperation"
    items = [official_item(a) for a in activities]
    return Checklist(
        title=area_title(area),
        checklist_type="DO-CONFIRM",
        purpose=(
            f"Confirm what your country has done on each activity of this area of "
            f"cooperation. The activities are quoted word for word from the {doc}."
        ),
        pause_points=[
            PausePoint(
                title="National progress review",
                when="before a senior officials' meeting or a national progress report",
                items=items,
                uid="activities",
            )
        ],
        contact_roles=[],
        case_reference_label="Review reference",
        origin_ref=area.ref,
    )


def official_item(item: Item) -> ChecklistItem:
    return ChecklistItem(text=item.text, source_ref=item.ref, citation=citation(item), official=True)


# --- any item, or a search result ("Add to checklist") ----------------------------------------


def item_for(item: Item, library: Library | None = None) -> ChecklistItem:
    """One checklist item that stands for a content item."""
    if item.official:
        return official_item(item)
    if item.kind == "step":
        step = item.data["step"]
        return ChecklistItem(text=step["action"], note=step.get("why") or "", source_ref=item.ref)
    based = f"Based on {citation(item)}" if item.source else ""
    words = {
        "pathway": (f"Follow the pathway: {item.title}", item.data.get("purpose", "")),
        "aid": (f"Use the aid: {item.title}", item.data.get("purpose", "")),
        "guide": (f"Consult the guide: {item.title}", item.data.get("purpose", "")),
        "role": (f"Contact: {item.title}", item.text),
        "document": (f"Consult the source: {item.title}", ""),
    }
    text, note = words.get(item.kind, (f"Check: {item.title}", _first_sentence(item.text)))
    return ChecklistItem(text=text, note=note, source_ref=item.ref, citation=based)


def add_item(
    checklist: Checklist, item: Item, library: Library | None = None, pp_index: int | None = None
) -> tuple[int, int]:
    """Add a content item to a checklist; a role also joins the contacts box."""
    if item.kind == "role" and item.id not in checklist.contact_roles:
        checklist.contact_roles.append(item.id)
    return checklist.add_item(item_for(item, library), pp_index)


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]
