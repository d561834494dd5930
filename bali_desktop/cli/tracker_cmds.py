"""`bali-desktop tracker`: what your country does on each Adelaide Strategy activity and Co-Chairs'
commitment. show, set, log, report, export, import. Bad input: one line on stderr, exit 2, nothing
changed (a UsageError, said by cli.main)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from bali_desktop.cli.args import one_line, plain_text
from bali_desktop.cli.common import Parser, open_session, print_json
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.tracker import STATUS_WORDS, Filter, ImportPlan, ReportOptions, Row, parse_status
from bali_desktop.services import tracker


def _status(value: str) -> Any:
    try:
        return parse_status(value)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_commands(sub: Any) -> None:
    t = sub.add_parser("tracker", help="your country's progress on the Adelaide activities and commitments")
    tsub = t.add_subparsers(
        dest="tracker_command", parser_class=Parser, required=True, metavar="show|set|report|export|import"
    )
    s = tsub.add_parser("show", help="the tracker, by area")
    s.add_argument("--area", help="an area's number (1-8), or cochairs")
    s.add_argument("--status", type=_status, help=f"only this status: {STATUS_WORDS}")
    s.add_argument("--agency", default="", help="only lead agencies whose name holds this")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_show)

    s = tsub.add_parser("set", help="record the status, lead agency, next step or an action")
    s.add_argument("ref", help="e.g. commitment:adelaide-2023-12, or its number: 12, 15.3")
    s.add_argument("--status", type=_status, help=f"one of {STATUS_WORDS}")
    s.add_argument("--agency", type=plain_text(200), help="the lead agency")
    s.add_argument("--note", help="an action taken, logged with --date (today by default)")
    s.add_argument("--date", help="the action's date, YYYY-MM-DD")
    s.add_argument("--next", dest="next_step", help="the next step")
    s.add_argument("--evidence", help="document refs, titles or links, as text")
    s.set_defaults(run=_set)

    s = tsub.add_parser("report", help="the progress report as PDF")
    s.add_argument("-o", "--output", required=True, help="the PDF to write")
    s.add_argument("--country", type=plain_text(200), default="")
    s.add_argument("--meeting", type=plain_text(200), default="", help="e.g. the senior officials' meeting")
    s.add_argument(
        "--date", type=plain_text(60), default="", help="the date printed on the cover, as you write it"
    )
    s.add_argument("--lang", choices=("en", "id"), default="en", help="labels in English or Bahasa Indonesia")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4")
    s.set_defaults(run=_report)

    s = tsub.add_parser("export", help="the tracker as CSV (UTF-8, opens in Excel)")
    s.add_argument("file", help="a file name ending in .csv")
    s.set_defaults(run=_export)

    s = tsub.add_parser("import", help="merge a CSV another agency filled in")
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    s.add_argument(
        "--take-theirs",
        action="append",
        default=[],
        metavar="REF",
        help="for a conflict, take the file's values for this activity (repeat; 'all' for every one)",
    )
    s.set_defaults(run=_import)


def _row_json(row: Row) -> dict[str, Any]:
    e = row.entry
    return {
        "ref": row.item.ref,
        "number": row.item.number,
        "locator": row.item.locator,
        "title": row.item.title,
        "area": row.item.group,
        "status": e.status.words,
        "agency": e.agency,
        "next_step": e.next_step,
        "evidence": e.evidence,
        "updated_at": e.updated_at.isoformat(sep=" ") if e.updated_at else None,
        "log": [asdict(x) for x in e.log],
    }


def _show(args: argparse.Namespace) -> int:
    session = open_session(args)
    group = tracker.group_ref(session, args.area) if args.area else None
    v = tracker.view(session, Filter(group, args.status, args.agency))
    if args.json:
        print_json([_row_json(r) for r in v.rows])
        return 0
    current = None
    for row in v.rows:
        if row.item.group != current:
            current = row.item.group
            print(f"\n{row.item.group_title}")
        e = row.entry
        line = f"  {row.item.locator:<16} {e.status.words:<15} {e.agency or '-'}"
        print(one_line(line))
        if e.latest:
            print(one_line(f"  {'':<16} latest: {e.latest.on_date} {e.latest.action}"))
        if e.next_step:
            print(one_line(f"  {'':<16} next: {e.next_step}"))
    if not v.rows:
        print("Nothing matches.")
    print(
        f"\n{len(v.rows)} of {v.total} shown. Short titles are Bali Desktop's; "
        "`bali-desktop show REF` gives the official text."
    )
    return 0


def _set(args: argparse.Namespace) -> int:
    if not any(x is not None for x in (args.status, args.agency, args.note, args.next_step, args.evidence)):
        raise UsageError("nothing to set: give --status, --agency, --note, --next or --evidence")
    if args.date and args.note is None:
        raise UsageError("--date is the date of an action: give the action with --note")
    edit = tracker.set_entry(
        open_session(args),
        args.ref,
        status=args.status,
        agency=args.agency,
        next_step=args.next_step,
        evidence=args.evidence,
        action=args.note,
        on_date=args.date,
    )
    a = edit.after
    print(one_line(f"{a.ref}: {a.status.words}; lead agency: {a.agency or '-'}."))
    return 0


def _report(args: argparse.Namespace) -> int:
    options = ReportOptions(args.country, args.meeting, args.date, args.lang, args.paper)
    pages = tracker.write_report(open_session(args), options, args.output)
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def _export(args: argparse.Namespace) -> int:
    n = tracker.export_csv(open_session(args), args.file)
    print(f"Wrote {args.file}: {n} rows, one per activity and commitment.")
    return 0


def _say_plan(plan: ImportPlan) -> None:
    for c in plan.changes:
        what = "CONFLICT" if c.conflict else "change"
        mine, theirs = c.mine, c.theirs
        if not theirs.same_values(mine):
            line = (
                f"{what}: {c.label}: here {mine.status.words} / {mine.agency or '-'}; "
                f"file {theirs.status.words} / {theirs.agency or '-'}"
            )
            print(one_line(line))
        if c.new_log:
            print(one_line(f"log: {c.label}: {len(c.new_log)} action(s) from the file added by date"))
    n = len(plan.conflicts)
    print(f"{len(plan.changes)} to change ({n} conflict{'' if n == 1 else 's'}), {plan.unchanged} the same.")


def _import(args: argparse.Namespace) -> int:
    session = open_session(args)
    plan = tracker.plan_import(session, args.file)
    if not plan.ok:
        for error in plan.errors:
            print(f"bali-desktop: error: {one_line(error)}", file=sys.stderr)
        print("bali-desktop: error: the file was not imported; nothing was changed.", file=sys.stderr)
        return 2
    _say_plan(plan)
    if args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    known = {c.ref for c in plan.conflicts}
    wanted = (
        known if "all" in args.take_theirs else {tracker.resolve(session, r).ref for r in args.take_theirs}
    )
    if wanted - known:
        raise UsageError(
            f"--take-theirs {sorted(wanted - known)[0]}: that activity is not a conflict in this file"
        )
    result = tracker.apply_import(session, plan, wanted)
    print(result.message)
    if result.kept:
        print(
            "For a conflict, --take-theirs REF takes the file's values instead "
            "(nothing is overwritten silently)."
        )
    return 0
