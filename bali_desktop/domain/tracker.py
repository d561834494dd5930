"""The commitment tracker's data and rules: a status per activity, its lead agency, next step,
evidence and a dated log of actions. Plain frozen data, no I/O (storage/tracker_store.py keeps it,
services/tracker.py is the door).

A status is stored as its code ("in-progress") and said in words ("in progress"); both parse.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from bali_desktop.domain.errors import UsageError

LIMITS = {"agency": 200, "next_step": 1000, "evidence": 4000, "action": 1000, "note": 2000}
MAX_LOG = 500  # dated actions kept per activity, at most (a CSV cell must stay readable)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Status(enum.Enum):
    NOT_STARTED = "not-started"
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"

    @property
    def words(self) -> str:
        """The status as a person says it: "in progress"."""
        return self.value.replace("-", " ")


STATUSES: tuple[Status, ...] = tuple(Status)
STATUS_WORDS = ", ".join(f'"{s.words}"' for s in STATUSES)
# Bahasa Indonesia, for the printed report (the window's own words go through Qt's translator)
STATUS_WORDS_ID = {
    Status.NOT_STARTED: "belum dimulai",
    Status.PLANNED: "direncanakan",
    Status.IN_PROGRESS: "sedang berjalan",
    Status.DONE: "selesai",
    Status.NOT_APPLICABLE: "tidak berlaku",
}

# How each status is drawn, the same in the window and on paper, so that the chart reads in black
# and white: a grey level (1 white, 0 black) and a hatching, and the number written on each bar.
SHADES: dict[Status, tuple[float, str]] = {
    Status.NOT_STARTED: (1.0, ""),
    Status.PLANNED: (0.86, "diagonal"),
    Status.IN_PROGRESS: (0.62, "cross"),
    Status.DONE: (0.22, ""),
    Status.NOT_APPLICABLE: (0.94, "dots"),
}


def parse_status(text: str) -> Status:
    """A status from words or code: "in progress", "in-progress", "In_Progress" all parse; anything
    else is a UsageError that lists the words."""
    key = "-".join(re.split(r"[\s_\-]+", text.strip().lower()))
    for status in STATUSES:
        if key == status.value or text.strip().lower() == STATUS_WORDS_ID[status]:
            return status
    shown = text.strip()[:40] or "(empty)"
    raise UsageError(f"{shown!r} is not a status; use one of {STATUS_WORDS}.")


def parse_date(text: str) -> str:
    """A date as YYYY-MM-DD (a real day), or a UsageError."""
    text = text.strip()
    if _DATE.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise UsageError(f"{text[:40]!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.")


def check_text(name: str, text: str) -> str:
    """`text` stripped at its ends, within its limit, without control characters (line breaks are
    kept in the evidence and next step only, as \\n: a file from Windows writes them \\r\\n)."""
    text = text.strip().replace("\r\n", "\n")
    limit = LIMITS[name]
    if len(text) > limit:
        raise UsageError(
            f"The {name.replace('_', ' ')} is too long ({len(text)} characters; at most {limit})."
        )
    multiline = name in ("evidence", "next_step", "note")
    for ch in text:
        if (ord(ch) < 32 and not (multiline and ch in "\n\t")) or 0x7F <= ord(ch) < 0xA0:
            raise UsageError(f"The {name.replace('_', ' ')} holds control characters; type plain text.")
    return text


@dataclass(frozen=True)
class LogEntry:
    """One dated action (the date the user gave; the order of entries is by date)."""

    on_date: str  # YYYY-MM-DD
    action: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.on_date, " ".join(self.action.split()).casefold())


@dataclass(frozen=True)
class Entry:
    """What a focal point recorded for one activity or commitment."""

    ref: str
    status: Status = Status.NOT_STARTED
    agency: str = ""
    next_step: str = ""
    evidence: str = ""  # document refs, titles, links: text, one per line
    note: str = ""
    updated_at: datetime | None = None  # None: nothing recorded yet
    log: tuple[LogEntry, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.updated_at is not None

    @property
    def latest(self) -> LogEntry | None:
        return self.log[-1] if self.log else None

    def same_values(self, other: Entry) -> bool:
        """The same status, agency, next step and evidence (the log is merged, never compared)."""
        return self.fields() == other.fields()

    def fields(self) -> tuple[str, str, str, str]:
        return (self.status.value, self.agency, self.next_step, self.evidence)


@dataclass(frozen=True)
class Tracked:
    """One activity or commitment the tracker follows, as the shipped content gives it."""

    ref: str
    number: str  # "12", "15.3"
    locator: str  # "Activity 12", "Paragraph 15.3"
    title: str  # our short name (official items are titled by us)
    text: str  # the official text, word for word
    citation: str  # document and locator
    group: str  # the area's ref, or the Co-Chairs' paragraph
    group_title: str  # "Area 4: …" or "Co-Chairs' Statement 2023, paragraph 15"


@dataclass(frozen=True)
class Row:
    item: Tracked
    entry: Entry


@dataclass(frozen=True)
class GroupCount:
    """How many of a group's activities have each status (for the chart and the report)."""

    group: str
    title: str
    counts: tuple[int, ...]  # in STATUSES order

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Filter:
    group: str | None = None  # an area's ref (or its number), or None for all
    status: Status | None = None
    agency: str = ""  # a part of the lead agency's name, any case

    def keeps(self, row: Row) -> bool:
        if self.group and row.item.group != self.group:
            return False
        if self.status and row.entry.status is not self.status:
            return False
        return not self.agency or self.agency.casefold() in row.entry.agency.casefold()


def merge_logs(*logs: Iterable[LogEntry]) -> tuple[LogEntry, ...]:
    """Every entry of every log once (the same date and words, spaces and case aside, is one),
    ordered by date, the order each was given kept within a day."""
    seen: dict[tuple[str, str], LogEntry] = {}
    for log in logs:
        for entry in log:
            seen.setdefault(entry.key, entry)
    ordered = sorted(enumerate(seen.values()), key=lambda pair: (pair[1].on_date, pair[0]))
    return tuple(entry for _, entry in ordered)[-MAX_LOG:]


def short_label(title: str, limit: int = 34) -> str:
    """A group's short name for a chart row: "(4) Irregular Migration and …" for an area, the last
    two parts ("Co-Chairs' Statement, Paragraph 15") otherwise; at most `limit` characters."""
    head, _, rest = title.partition(": ")
    number = head.rsplit("(", 1)[-1].rstrip(")") if "(" in head else ""
    text = f"({number}) {rest}" if number and rest else ", ".join(title.rsplit(", ", 2)[-2:])
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def counts(rows: Sequence[Row]) -> list[GroupCount]:
    """Per group, in the order the groups first appear, the number of rows of each status."""
    groups: dict[str, tuple[str, list[int]]] = {}
    for row in rows:
        title, tally = groups.setdefault(row.item.group, (row.item.group_title, [0] * len(STATUSES)))
        tally[STATUSES.index(row.entry.status)] += 1
    return [GroupCount(g, title, tuple(tally)) for g, (title, tally) in groups.items()]


@dataclass(frozen=True)
class Change:
    """One activity as an import would leave it: what is here, what the file says, and what comes."""

    ref: str
    label: str  # "Activity 12"
    mine: Entry
    theirs: Entry
    conflict: bool  # both recorded, with different values: the user chooses
    new_log: tuple[LogEntry, ...] = ()  # the file's log entries not here yet

    def merged(self, take_theirs: bool) -> Entry:
        base = self.theirs if take_theirs else self.mine
        log = merge_logs(self.mine.log, self.theirs.log)
        updated = self.theirs.updated_at if take_theirs else self.mine.updated_at
        return Entry(
            self.ref, base.status, base.agency, base.next_step, base.evidence, self.mine.note,
            updated or self.mine.updated_at or self.theirs.updated_at, log,
        )  # fmt: skip


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: nothing is applied until the user (or the command) says so."""

    changes: tuple[Change, ...] = ()
    unchanged: int = 0
    errors: tuple[str, ...] = ()  # "row 7: …", one per bad row; any error refuses the whole file
    source: str = ""  # the file's name, for messages

    @property
    def conflicts(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.conflict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ReportOptions:
    country: str = ""
    meeting: str = ""
    date: str = ""  # as the user typed it, printed on the cover
    lang: str = "en"  # "en" or "id"
    paper: str = "a4"


@dataclass(frozen=True)
class ReportJob:
    """Everything the progress report prints, gathered on the database thread."""

    options: ReportOptions
    rows: tuple[Row, ...]
    groups: tuple[GroupCount, ...]
    content_version: str
    printed_on: str  # YYYY-MM-DD
    documents: dict[str, str] = field(default_factory=dict)  # document id -> title
