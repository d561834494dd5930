"""Where the window can be: places, items, a source at a paragraph; and the back/forward history."""

from __future__ import annotations

from dataclasses import dataclass, field

# (place id, label in the navigation list); the order is the order on screen and of Ctrl+1..9
PLACES: tuple[tuple[str, str], ...] = (
    ("home", "Home"),
    ("pathways", "Pathways"),
    ("guides", "Guides"),
    ("strategy", "Strategy"),
    ("whoswho", "Who's who"),
    ("timeline", "Timeline"),
    ("sources", "Sources"),
    ("checklists", "Checklists"),
    ("contacts", "Contacts"),
    ("mine", "Notes & bookmarks"),
    ("tracker", "Commitment tracker"),
)
PLACE_IDS = frozenset(p for p, _ in PLACES)

# kind -> (singular, plural), in the order search results are grouped
KIND_LABELS: dict[str, tuple[str, str]] = {
    "pathway": ("Pathway", "Pathways"),
    "aid": ("Decision aid", "Decision aids"),
    "guide": ("Guide", "Guides and tool kits"),
    "area": ("Area of cooperation", "Areas of cooperation"),
    "commitment": ("Commitment", "Commitments and activities"),
    "objective": ("Objective", "2017 Strategy objective"),
    "principle": ("Principle", "RCF principles"),
    "passage": ("Passage", "Passages of official documents"),
    "group": ("Group", "Groups and working groups"),
    "member": ("Member", "Members"),
    "observer": ("Observer", "Observers"),
    "event": ("Event", "Timeline"),
    "role": ("Referral role", "Referral roles"),
    "document": ("Source document", "Source documents"),
    "phrases": ("Phrase cards", "Phrase cards"),
}


@dataclass(frozen=True)
class Location:
    screen: str  # "place" | "reader" | "pathway" | "walk" | "flow" | "source" | "phrases"
    target: str  # a place id, an item ref, or a document id
    anchor: str = ""  # a step id, or a paragraph number

    @property
    def ref(self) -> str:
        """The item ref this location shows, or "" for a place."""
        if self.screen == "place":
            return ""
        if self.screen == "source":
            return f"document:{self.target}"
        return self.target


def parse(location: str) -> Location:
    """Read a location string; raise ValueError when it names nothing we can show."""
    location = location.strip()
    if location in ("home", ""):
        return Location("place", "home")
    head, sep, rest = location.partition(":")
    if not sep or not rest:
        raise ValueError(f"not a location: {location!r}")
    if head == "place":
        if rest not in PLACE_IDS:
            raise ValueError(f"no such place: {rest!r}")
        return Location("place", rest)
    if head in ("walk", "flow"):
        target = parse(rest)
        if target.screen != "pathway":
            raise ValueError(f"{head} needs a pathway: {location!r}")
        return Location(head, target.target, target.anchor)
    ref, _, anchor = location.partition("#")
    if head not in KIND_LABELS:
        raise ValueError(f"unknown kind in {location!r}")
    if head == "document" and not rest.startswith("pdf."):  # a PDF (a pack's, the user's): the reader
        return Location("source", ref.partition(":")[2], anchor)
    if head == "pathway":
        return Location("pathway", ref, anchor)
    if head == "phrases":  # the full-screen card view; the anchor is a card id
        return Location("phrases", ref, anchor)
    return Location("reader", ref)


def place(place_id: str) -> str:
    return "home" if place_id == "home" else f"place:{place_id}"


def place_keys(place_id: str) -> str:
    """The shortcut that shows a place: Ctrl+1 … Ctrl+9 in the order above, then Ctrl+B."""
    n = next(i for i, (p, _t) in enumerate(PLACES) if p == place_id)
    return f"Ctrl+{n + 1}" if n < 9 else {"mine": "Ctrl+B", "tracker": "Ctrl+Shift+T"}[place_id]


@dataclass
class History:
    """Back and forward through visited locations, as a browser does."""

    limit: int = 100
    _back: list[str] = field(default_factory=list)
    _forward: list[str] = field(default_factory=list)
    current: str | None = None

    def visit(self, location: str) -> None:
        if location == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self._forward.clear()
        self.current = location

    def replace(self, location: str) -> None:
        """Change the current entry without adding one (e.g. a different step of one pathway)."""
        self.current = location

    @property
    def can_back(self) -> bool:
        return bool(self._back)

    @property
    def can_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> str | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> str | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
