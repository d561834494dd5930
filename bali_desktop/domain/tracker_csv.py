"""The tracker as CSV, for merging what several agencies entered: one row per activity, a header
row, UTF-8 with a byte-order mark so Excel reads it as UTF-8. Text in, text out (no files here).

Reading a file plans an import (`plan_import`): every row is checked first and any bad row refuses
the whole file with one message per bad row; the plan says what would change and where the file
and this computer both recorded different values (a conflict, which the user settles). The dated
log is merged: every entry of both, by date.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.domain.tracker import (
    Change,
    Entry,
    ImportPlan,
    LogEntry,
    Row,
    Status,
    Tracked,
    check_text,
    merge_logs,
    parse_date,
    parse_status,
)

BOM = "\ufeff"
HEADER = ("ref", "activity", "status", "lead agency", "next step", "evidence", "last updated", "log")
REQUIRED = ("ref", "status")
MAX_ROWS = 1000
MAX_ERRORS = 20  # messages listed, at most; the count says the rest
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_LOG_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*[:\-–]?\s+(.+)$")


def log_cell(log: Sequence[LogEntry]) -> str:
    return "\n".join(f"{e.on_date}: {e.action}" for e in log)


def guard(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first) starts with an apostrophe,
    which Excel shows as text and `unguard` takes off again on import."""
    return f"'{cell}" if cell[:1] in _FORMULA else cell


def unguard(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _FORMULA else cell


def to_csv(rows: Sequence[Row]) -> str:
    """The whole tracker as CSV text, BOM first (write it as UTF-8, newline="")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        e = row.entry
        stamp = e.updated_at.isoformat(sep=" ", timespec="seconds") if e.updated_at else ""
        cells = (
            row.item.ref, f"{row.item.locator}: {row.item.title}", e.status.words, e.agency, e.next_step,
            e.evidence, stamp, log_cell(e.log),
        )  # fmt: skip
        writer.writerow([guard(c) for c in cells])
    return BOM + out.getvalue()


def _stamp(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("T", " "))
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(parse_date(text))
    except UsageError:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "the last updated {text} is not a date and time (YYYY-MM-DD HH:MM)"
                ),
                text=repr(text[:30]),
            )
        ) from None


def _log(text: str) -> tuple[LogEntry, ...]:
    entries = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        m = _LOG_LINE.match(line.strip())
        if not m:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "the log line {strip} does not start with a date (YYYY-MM-DD: what was done)"
                    ),
                    strip=repr(line.strip()[:40]),
                )
            )
        entries.append(LogEntry(parse_date(m.group(1)), check_text("action", m.group(2))))
    return merge_logs(entries)


def _entry(ref: str, cells: Mapping[str, str]) -> Entry:
    status = parse_status(cells.get("status", "")) if cells.get("status", "").strip() else Status.NOT_STARTED
    return Entry(
        ref, status, check_text("agency", cells.get("lead agency", "")),
        check_text("next_step", cells.get("next step", "")),
        check_text("evidence", cells.get("evidence", "")),
        "", _stamp(cells.get("last updated", "")), _log(cells.get("log", "")),
    )  # fmt: skip


def _said(entry: Entry) -> bool:
    """The file says something about this activity (a blank row, or "not started" with nothing else,
    says nothing: it never overwrites what is recorded here)."""
    return entry.status is not Status.NOT_STARTED or any(entry.fields()[1:]) or bool(entry.log)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:60]


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    text = text.removeprefix(BOM)
    if "\x00" in text:
        raise UsageError(QT_TRANSLATE_NOOP("said", "the file is not a CSV text file (it holds NUL bytes)"))
    first = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first and "," not in first else ","  # Excel in a comma-decimal locale
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise UsageError(
            said(QT_TRANSLATE_NOOP("said", "the file is not readable CSV ({why})"), why=str(e))
        ) from None
    if not table:
        raise UsageError(QT_TRANSLATE_NOOP("said", "the file is empty"))
    header = [h.strip().lower() for h in table[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "its first row has no {missing} column: is it a tracker CSV (bali-desktop tracker "
                    "export)? The first row should be: {header}",
                ),
                missing=" or ".join(repr(m) for m in missing),
                header=", ".join(HEADER),
            )
        )
    if len(table) - 1 > MAX_ROWS:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "it has {found} rows; a tracker CSV has one per activity (at most {limit})"
                ),
                found=len(table) - 1,
                limit=MAX_ROWS,
            )
        )
    return header, table[1:]


def plan_import(
    text: str, known: Mapping[str, Tracked], here: Mapping[str, Entry], *, source: str = ""
) -> ImportPlan:
    """Check every row of `text` against the tracked activities (`known`) and what is recorded
    `here`; the plan lists what would change and the conflicts, or every bad row."""
    try:
        header, body = _rows(text)
    except UsageError as e:
        return ImportPlan(errors=(f"{source or 'The file'}: {e}",), source=source)
    errors: list[str] = []
    seen: dict[str, int] = {}
    changes: list[Change] = []
    unchanged = 0
    for n, cells_list in enumerate(body, start=2):  # row 1 is the header, as a spreadsheet counts
        if not any(c.strip() for c in cells_list):
            continue
        if len(cells_list) > len(header):
            errors.append(f"row {n}: it has {len(cells_list)} cells, more than the header's {len(header)}")
            continue
        cells = dict(zip(header, (unguard(c) for c in cells_list), strict=False))
        ref = cells.get("ref", "").strip()
        if ref not in known:
            errors.append(
                f"row {n}: {_one_line(ref) or '(no ref)'!r} is not a tracked activity or commitment"
            )
            continue
        if ref in seen:
            errors.append(f"row {n}: {ref} is on row {seen[ref]} already")
            continue
        seen[ref] = n
        try:
            theirs = _entry(ref, cells)
        except UsageError as e:
            errors.append(f"row {n} ({known[ref].locator}): {e}")
            continue
        mine = here.get(ref, Entry(ref))
        new_log = tuple(e for e in theirs.log if e.key not in {m.key for m in mine.log})
        if not _said(theirs) or (theirs.same_values(mine) and not new_log):
            unchanged += 1
            continue
        # the same values with new log entries: merged, no question; different values where this
        # computer has recorded something too: a conflict the user settles
        conflict = not theirs.same_values(mine) and mine.recorded and _said(mine)
        changes.append(Change(ref, known[ref].locator, mine, theirs, conflict, new_log))
    if errors:
        extra = len(errors) - MAX_ERRORS
        shown = errors[:MAX_ERRORS] + ([f"… and {extra} more bad rows"] if extra > 0 else [])
        return ImportPlan(errors=tuple(shown), source=source)
    return ImportPlan(tuple(changes), unchanged, (), source)
