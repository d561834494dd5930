"""The commitment tracker's use-cases: what a focal point's country does on each of the 25 Adelaide
Strategy activities and the six Co-Chairs' commitments of paragraph 15.

Show, set, log an action, put an entry back (undo), export and import CSV (a plan first: what
changes, what conflicts, every bad row; then all of it in one transaction), and gather the progress
report. The tracker is user data: a content reload never touches it (storage/user_store.USER_TABLES).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.domain import tracker_csv
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.records import Item
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.domain.tracker import (
    Change,
    Entry,
    Filter,
    GroupCount,
    ImportPlan,
    LogEntry,
    ReportJob,
    ReportOptions,
    Row,
    Status,
    Tracked,
    check_text,
    counts,
    merge_logs,
    parse_date,
)
from bali_desktop.storage.tracker_store import TrackerStore

if TYPE_CHECKING:
    from bali_desktop.services.session import Session

AREA_KIND = "area"
COCHAIRS_PARAGRAPH = "passage:cochairs-2023-15"  # its six commitments are tracked too
MAX_CSV_BYTES = 5_000_000


@dataclass(frozen=True)
class View:
    rows: tuple[Row, ...]  # as filtered
    groups: tuple[GroupCount, ...]  # the chart: every group, of the filtered rows
    group_titles: tuple[tuple[str, str], ...]  # every group (ref, title), for a filter's choices
    agencies: tuple[str, ...]  # every lead agency recorded, for a filter's choices
    total: int  # rows before filtering


@dataclass(frozen=True)
class Edit:
    """One change, with the entry before it (what Undo puts back) and after it (Redo)."""

    before: Entry
    after: Entry


@dataclass(frozen=True)
class ImportResult:
    before: tuple[Entry, ...]  # the entries as they were: Undo puts them all back
    after: tuple[Entry, ...]
    taken: int  # activities that took the file's values
    kept: int  # conflicts where this computer's values were kept
    logged: int  # log entries added from the file

    @property
    def message(self) -> str:
        if not self.after and not self.kept:
            return "Nothing to change: the file holds nothing new."
        parts = [f"{self.taken} activit{'y' if self.taken == 1 else 'ies'} updated from the file"]
        if self.logged:
            parts.append(f"{self.logged} logged action{'' if self.logged == 1 else 's'} added")
        if self.kept:
            parts.append(f"{self.kept} conflict{'' if self.kept == 1 else 's'} kept as recorded here")
        return "; ".join(parts) + "."


def _store(s: Session) -> TrackerStore:
    return TrackerStore(s.connection)


def _citation(item: Item) -> str:
    src = item.source
    return f"{src.document_title}, {src.locator}" if src else ""


def _tracked(item: Item, group: str, group_title: str) -> Tracked:
    locator = item.source.locator if item.source else item.title
    number = str(item.data.get("number") or locator.split()[-1])
    return Tracked(item.ref, number, locator, item.title, item.text, _citation(item), group, group_title)


def tracked(s: Session) -> list[Tracked]:
    """The activities and commitments followed, in the shipped order: each area's activities,
    then the Co-Chairs' commitments."""
    out: list[Tracked] = []
    for area in s.content.items(AREA_KIND):
        title = f"{area.source.locator}: {area.title}" if area.source else area.title
        out += [_tracked(i, area.ref, title) for i in s.content.children(area.ref) if i.kind == "commitment"]
    paragraph = s.content.get(COCHAIRS_PARAGRAPH)
    if paragraph is not None:
        title = _citation(paragraph) or paragraph.title
        out += [
            _tracked(i, paragraph.ref, title)
            for i in s.content.children(paragraph.ref)
            if i.kind == "commitment"
        ]
    return out


def resolve(s: Session, text: str, known: Sequence[Tracked] | None = None) -> Tracked:
    """The tracked item named by its ref, or by its number ("12", "15.3", "Activity 12")."""
    known = known if known is not None else tracked(s)
    key = text.strip()
    short = key.lower().removeprefix("activity").removeprefix("paragraph").strip()
    for t in known:
        if key == t.ref or (short and short == t.number):
            return t
    raise UsageError(
        said(
            QT_TRANSLATE_NOOP(
                "said",
                "{key} is not a tracked activity or commitment; give its ref (e.g. "
                "commitment:adelaide-2023-12) or its number (12, 15.3): see `bali-desktop tracker show`.",
            ),
            key=repr(key[:60]),
        )
    )


def rows(s: Session) -> list[Row]:
    recorded = _store(s).entries()
    return [Row(t, recorded.get(t.ref, Entry(t.ref))) for t in tracked(s)]


def view(s: Session, flt: Filter | None = None) -> View:
    flt = flt or Filter()
    everything = rows(s)
    kept = tuple(r for r in everything if flt.keeps(r))
    titles = tuple(dict.fromkeys((r.item.group, r.item.group_title) for r in everything))
    agencies = tuple(sorted({r.entry.agency for r in everything if r.entry.agency}, key=str.casefold))
    return View(kept, tuple(counts(kept)), titles, agencies, len(everything))


def group_ref(s: Session, text: str) -> str:
    """An area given by its number ("4") or ref; the Co-Chairs' paragraph as "cochairs"."""
    key = text.strip().lower()
    if key in ("cochairs", "co-chairs", "15"):
        return COCHAIRS_PARAGRAPH
    for area in s.content.items(AREA_KIND):
        if key in (area.ref, str(area.data.get("number", "")), area.id):
            return area.ref
    raise UsageError(
        said(
            QT_TRANSLATE_NOOP("said", "{text} is not an area: give its number, 1 to 8, or cochairs."),
            text=repr(text[:40]),
        )
    )


def set_entry(
    s: Session,
    ref: str,
    *,
    status: Status | None = None,
    agency: str | None = None,
    next_step: str | None = None,
    evidence: str | None = None,
    action: str | None = None,
    on_date: str | None = None,
) -> Edit:
    """Change what is given (None: leave as it is); an `action` is logged on `on_date` (today by
    default). One transaction."""
    item = resolve(s, ref)
    before = _store(s).entry(item.ref)
    log = before.log
    if action is not None and action.strip():
        when = parse_date(on_date) if on_date else date.today().isoformat()
        log = merge_logs(log, [LogEntry(when, check_text("action", action))])
    after = replace(
        before,
        status=status or before.status,
        agency=before.agency if agency is None else check_text("agency", agency),
        next_step=before.next_step if next_step is None else check_text("next_step", next_step),
        evidence=before.evidence if evidence is None else check_text("evidence", evidence),
        updated_at=datetime.now().replace(microsecond=0),
        log=log,
    )
    _store(s).put([after])
    return Edit(before, after)


def remove_log(s: Session, ref: str, entry: LogEntry) -> Edit:
    item = resolve(s, ref)
    before = _store(s).entry(item.ref)
    after = replace(
        before,
        log=tuple(e for e in before.log if e != entry),
        updated_at=datetime.now().replace(microsecond=0),
    )
    _store(s).put([after])
    return Edit(before, after)


def put_back(s: Session, entries: Sequence[Entry]) -> None:
    """Put entries back exactly as they were (Undo and Redo), all in one transaction."""
    _store(s).put(entries)


# --- CSV ---------------------------------------------------------------------------------------


def export_csv(s: Session, target: str | os.PathLike[str]) -> int:
    """Write the whole tracker as CSV (UTF-8 with BOM, Excel opens it right); rows written."""
    path = Path(target).expanduser()
    if "\x00" in str(path):
        raise UsageError(QT_TRANSLATE_NOOP("said", "The file name holds a NUL character; type it again."))
    if path.suffix.lower() != ".csv":
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "{name}: the file name must end in .csv"), name=repr(path.name[:60])
            )
        )
    every = rows(s)
    data = tracker_csv.to_csv(every).encode("utf-8")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        if path.is_dir():
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP("said", "{path} is a folder; give a file name ending in .csv"),
                    path=str(path)[:80],
                )
            )
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write {path}: {why}. Nothing was written."),
                path=str(path)[:80],
                why=str(e.strerror or e),
            )
        ) from None
    return len(every)


def read_csv(target: str | os.PathLike[str]) -> str:
    path = Path(target).expanduser()
    try:
        if path.is_dir():
            raise UsageError(
                said(QT_TRANSLATE_NOOP("said", "{path} is a folder; give a CSV file."), path=str(path)[:80])
            )
        if path.stat().st_size > MAX_CSV_BYTES:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP("said", "{name}: too big for a tracker CSV (over 5 MB)."),
                    name=str(path.name[:60]),
                )
            )
        raw = path.read_bytes()
    except (OSError, ValueError) as e:  # ValueError: a NUL in the name
        reason = e.strerror if isinstance(e, OSError) and e.strerror else "not a usable file name"
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot read {path}: {reason}. Nothing was changed."),
                path=repr(str(path)[:80]),
                reason=reason,
            )
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{name} is not UTF-8 text. In Excel, save it as 'CSV UTF-8 (Comma delimited)'."
                ),
                name=str(path.name[:60]),
            )
        ) from None


def plan_import(s: Session, target: str | os.PathLike[str]) -> ImportPlan:
    """What importing the file would do (nothing is changed): changes, conflicts, or bad rows."""
    text = read_csv(target)
    known = {t.ref: t for t in tracked(s)}
    return tracker_csv.plan_import(text, known, _store(s).entries(), source=Path(target).name)


def apply_import(s: Session, plan: ImportPlan, take_theirs: Collection[str] = ()) -> ImportResult:
    """Apply a plan: every change that is not a conflict, and for a conflict the file's values only
    where its ref is in `take_theirs` (else this computer's are kept); logs are merged either way.
    All in one transaction; refused whole if the plan has errors or the tracker changed since."""
    if not plan.ok:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "{value} was not imported: it has bad rows. Nothing was changed."),
                value=str(plan.source or "The file"),
            )
        )
    store = _store(s)
    now = store.entries([c.ref for c in plan.changes])
    for c in plan.changes:
        if now.get(c.ref, Entry(c.ref)) != c.mine:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "{label} changed since the preview; preview the file again. Nothing was changed.",
                    ),
                    label=str(c.label),
                )
            )
    before, after = [], []
    taken = kept = logged = 0
    for c in plan.changes:
        theirs = (not c.conflict) or c.ref in take_theirs
        if not c.theirs.same_values(c.mine):
            taken += theirs
            kept += not theirs
        logged += len(c.new_log)
        merged = _merged(c, theirs)
        if merged != c.mine:
            before.append(c.mine)
            after.append(merged)
    store.put(after)
    return ImportResult(tuple(before), tuple(after), taken, kept, logged)


def _merged(c: Change, take_theirs: bool) -> Entry:
    merged = c.merged(take_theirs)  # the file's time when its values are taken, else ours
    if merged.updated_at is None:  # a row typed in a spreadsheet, with no time: now
        merged = replace(merged, updated_at=datetime.now().replace(microsecond=0))
    return merged


# --- the progress report -----------------------------------------------------------------------


def report_job(s: Session, options: ReportOptions) -> ReportJob:
    """The report's plain data, gathered on the database thread (rendered on the pool)."""
    if options.lang not in ("en", "id"):
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "{lang} is not a report language; use en or id."),
                lang=repr(options.lang[:10]),
            )
        )
    for name, text in (("country", options.country), ("meeting", options.meeting), ("date", options.date)):
        if len(text) > 200 or any(ord(ch) < 32 for ch in text):
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP("said", "The {name} must be one line of at most 200 characters."),
                    name=name,
                )
            )
    every = tuple(rows(s))
    return ReportJob(
        options, every, tuple(counts(every)), s.content.content_version, date.today().isoformat()
    )


def render_report(job: ReportJob) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count (CPU work: the pool, not the database thread)."""
    from bali_desktop.pdf.progress_report import render

    return render(job)


def check_report_target(s: Session, target: str | os.PathLike[str]) -> Path:
    """Refuse, before any work, a path the report cannot be written to (see pdf.files.check_target)."""
    from bali_desktop.pdf.files import check_target

    return check_target(target, database=s.db_path)


def render_to_file(job: ReportJob, target: Path, database: Path | None = None) -> int:
    """Render and write atomically (no session: the window runs it on the pool); the page count."""
    from bali_desktop.pdf.files import write_atomic

    data, pages = render_report(job)
    write_atomic(target, data, database=database)
    return pages


def write_report(s: Session, options: ReportOptions, target: str | os.PathLike[str]) -> int:
    """Gather, render and write the report atomically; its page count."""
    from bali_desktop.pdf.files import check_target, write_atomic

    path = check_target(target, database=s.db_path)
    data, pages = render_report(report_job(s, options))
    write_atomic(path, data, database=s.db_path)
    return pages
