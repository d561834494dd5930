"""A checklist as plain data: pause points of tick-box items, a contacts box, a case-reference field.

No Qt and no database here: the editor, the store and the PDF writer all work on these objects.
Editing goes through the small methods on `Checklist` so that every change can be undone.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from bali_desktop.domain.numbering import number_steps

ChecklistType = Literal["READ-DO", "DO-CONFIRM"]
CHECKLIST_TYPES: tuple[str, ...] = ("READ-DO", "DO-CONFIRM")
TYPE_HELP = {
    "READ-DO": "Read each item, then do it, in order.",
    "DO-CONFIRM": "Do the work from memory, then stop and confirm each item.",
}
BODY_VERSION = 1
DEFAULT_CASE_LABEL = "Case reference"
DECIDE_SUFFIX = ".decide"  # uid of a pathway step's decision item: "<step uid>.decide"


def new_uid() -> str:
    return uuid.uuid4().hex[:10]


@dataclass
class Option:
    """One answer to a decision item: its label and what to do then."""

    label: str
    then: str = ""  # what to do, in words ("Notify child protection straight away.")
    target: str | None = None  # uid of an item in the same checklist to go to
    ref: str | None = None  # a content ref to follow instead ("pathway:child")


@dataclass
class ChecklistItem:
    """One tick box: an action (verb first), an optional note, an optional source."""

    text: str
    note: str = ""  # the "why", printed small under the item
    source_ref: str | None = None  # the content item this came from
    citation: str = ""  # "2023 Adelaide Strategy for Cooperation, Activity 15"
    official: bool = False  # `text` is official Bali Process wording, quoted exactly
    options: list[Option] = field(default_factory=list)  # a decision item when not empty
    uid: str = field(default_factory=new_uid)
    condition: str = ""  # when a pathway step is done ("Skip if the person fears return ..."), printed
    say: str = ""  # words to read aloud (our guidance), printed as a marked quote
    write_lines: int = 0  # lines to write on under the item (a step that asks for a note)

    @property
    def is_decision(self) -> bool:
        return bool(self.options)


def when_words(when: str) -> str:
    """A pause point's `when` for a "when: ..." label: without a leading "when" of its own, so
    that it never reads "when: when ..." (older saved checklists and some content have one)."""
    text = when.strip()
    head = text[:5].lower()
    if head in ("when:", "when ") or (head == "when" and len(text) == 4):
        text = text[4:].lstrip(" :")
    return text


def belongs_to(decision: ChecklistItem, step: ChecklistItem) -> bool:
    """Whether `decision` is the decision of the pathway step `step` (made by the pathway builder
    as "<step uid>.decide" straight after its step): the two are one numbered step."""
    return decision.is_decision and not step.is_decision and decision.uid == step.uid + DECIDE_SUFFIX


@dataclass(frozen=True)
class Step:
    """One numbered step of a pause point: an item, and the decision that belongs to it, if any."""

    item: ChecklistItem
    decision: ChecklistItem | None = None


@dataclass
class PausePoint:
    """A named moment the list is run ("First contact"), with its items."""

    title: str
    when: str = ""
    items: list[ChecklistItem] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)

    def steps(self) -> list[Step]:
        """The items grouped as numbered steps: a pathway step and its decision go together,
        as on the pathway screen; any other item is a step of its own."""
        out: list[Step] = []
        for item in self.items:
            if out and out[-1].decision is None and belongs_to(item, out[-1].item):
                out[-1] = Step(out[-1].item, item)
            else:
                out.append(Step(item))
        return out


@dataclass
class Reminder:
    """A box of lines to keep in mind, without tick boxes ("Never", "Remember")."""

    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Checklist:
    title: str
    checklist_type: str = "READ-DO"
    pause_points: list[PausePoint] = field(default_factory=list)
    purpose: str = ""
    contact_roles: list[str] = field(default_factory=list)  # role ids for the contacts box
    case_reference_label: str = DEFAULT_CASE_LABEL  # "" prints no field
    reminders: list[Reminder] = field(default_factory=list)
    based_on: list[str] = field(default_factory=list)  # standards our guidance draws on
    origin_ref: str | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    # --- reading ---------------------------------------------------------------------------

    @property
    def ref(self) -> str | None:
        return f"checklist:{self.id}" if self.id is not None else None

    def all_items(self) -> list[ChecklistItem]:
        return [item for pp in self.pause_points for item in pp.items]

    def item_count(self) -> int:
        return sum(len(pp.items) for pp in self.pause_points)

    def steps(self) -> list[Step]:
        return [step for pp in self.pause_points for step in pp.steps()]

    def numbers(self) -> dict[str, int]:
        """Item uid -> its printed number (1-based, running through every pause point). A
        pathway step's decision has its step's number, as on the pathway screen (1..N over the
        pathway's steps)."""
        return number_steps(
            [step.item.uid, *([step.decision.uid] if step.decision is not None else [])]
            for step in self.steps()
        )

    def item_numbers(self) -> list[list[int]]:
        """Each pause point's item numbers, in item order: `numbers()`, as printed."""
        numbers = self.numbers()
        return [[numbers[item.uid] for item in pp.items] for pp in self.pause_points]

    def has_guidance(self) -> bool:
        """Whether any words on the sheet are ours rather than official Bali Process text."""
        return bool(self.purpose or self.reminders or any(not i.official for i in self.all_items()))

    def find(self, uid: str) -> tuple[int, int] | None:
        for p, pp in enumerate(self.pause_points):
            for i, item in enumerate(pp.items):
                if item.uid == uid:
                    return p, i
        return None

    def copy(self) -> Checklist:
        return copy.deepcopy(self)

    # --- editing (each returns what an undo needs) -------------------------------------------

    def insert_item(self, pp_index: int, index: int, item: ChecklistItem) -> None:
        items = self.pause_points[pp_index].items
        items.insert(max(0, min(index, len(items))), item)

    def remove_item(self, pp_index: int, index: int) -> ChecklistItem:
        return self.pause_points[pp_index].items.pop(index)

    def replace_item(self, pp_index: int, index: int, item: ChecklistItem) -> ChecklistItem:
        old = self.pause_points[pp_index].items[index]
        self.pause_points[pp_index].items[index] = item
        return old

    def move_item(self, from_pp: int, from_index: int, to_pp: int, to_index: int) -> None:
        """Move an item; `to_index` is its position after the move."""
        item = self.pause_points[from_pp].items.pop(from_index)
        self.insert_item(to_pp, to_index, item)

    def insert_pause_point(self, index: int, pause_point: PausePoint) -> None:
        self.pause_points.insert(max(0, min(index, len(self.pause_points))), pause_point)

    def remove_pause_point(self, index: int) -> PausePoint:
        return self.pause_points.pop(index)

    def move_pause_point(self, from_index: int, to_index: int) -> None:
        pp = self.pause_points.pop(from_index)
        self.insert_pause_point(to_index, pp)

    def add_item(self, item: ChecklistItem, pp_index: int | None = None) -> tuple[int, int]:
        """Append an item to a pause point (the last one by default, made if there is none)."""
        if not self.pause_points:
            self.pause_points.append(PausePoint(title="Items"))
        p = len(self.pause_points) - 1 if pp_index is None else pp_index
        self.pause_points[p].items.append(item)
        return p, len(self.pause_points[p].items) - 1

    # --- storage ---------------------------------------------------------------------------

    def body(self) -> dict[str, Any]:
        """Everything but the columns of the `checklists` table, as JSON-ready data."""
        return {
            "version": BODY_VERSION,
            "purpose": self.purpose,
            "pause_points": [asdict(pp) for pp in self.pause_points],
            "contact_roles": list(self.contact_roles),
            "case_reference_label": self.case_reference_label,
            "reminders": [asdict(r) for r in self.reminders],
            "based_on": list(self.based_on),
        }

    @classmethod
    def from_body(
        cls,
        title: str,
        checklist_type: str,
        body: dict[str, Any],
        *,
        origin_ref: str | None = None,
        id: int | None = None,  # noqa: A002
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> Checklist:
        """Rebuild a checklist from stored JSON, tolerating missing keys from older bodies."""
        body = body or {}
        pause_points = [
            PausePoint(
                title=str(pp.get("title", "")),
                when=str(pp.get("when", "")),
                uid=str(pp.get("uid") or new_uid()),
                items=[_item_from(d) for d in pp.get("items", [])],
            )
            for pp in body.get("pause_points", [])
        ]
        return cls(
            title=title,
            checklist_type=checklist_type if checklist_type in CHECKLIST_TYPES else "READ-DO",
            pause_points=pause_points,
            purpose=str(body.get("purpose", "")),
            contact_roles=[str(r) for r in body.get("contact_roles", [])],
            case_reference_label=str(body.get("case_reference_label", DEFAULT_CASE_LABEL)),
            reminders=[
                Reminder(str(r.get("title", "")), [str(x) for x in r.get("lines", [])])
                for r in body.get("reminders", [])
            ],
            based_on=[str(b) for b in body.get("based_on", [])],
            origin_ref=origin_ref,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )


def _item_from(d: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        text=str(d.get("text", "")),
        note=str(d.get("note", "")),
        source_ref=d.get("source_ref"),
        citation=str(d.get("citation", "")),
        official=bool(d.get("official", False)),
        options=[
            Option(
                label=str(o.get("label", "")),
                then=str(o.get("then", "")),
                target=o.get("target"),
                ref=o.get("ref"),
            )
            for o in d.get("options", [])
        ],
        uid=str(d.get("uid") or new_uid()),
        condition=str(d.get("condition", "")),
        say=str(d.get("say", "")),
        write_lines=_count(d.get("write_lines", 0)),
    )


def _count(value: Any) -> int:
    """A small count from stored JSON (anything else: 0)."""
    return max(0, min(int(value), 5)) if isinstance(value, int) and not isinstance(value, bool) else 0


def edited_item(item: ChecklistItem, *, text: str | None = None, note: str | None = None) -> ChecklistItem:
    """A copy of `item` with new words. Official text that is reworded is no longer official:
    it keeps its source, now printed as "based on"."""
    new = copy.deepcopy(item)
    if text is not None and text != item.text:
        new.text = text
        new.official = False
    if note is not None:
        new.note = note
    return new


def file_name_for(title: str) -> str:
    """A file name (without its extension) made from a title: lower case, words joined by "-",
    nothing a file system might refuse; "checklist" when nothing is left."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60] or "checklist"
