"""The `export` command: a PDF checklist sheet or a handout pack."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bali_desktop.cli.args import plain_text
from bali_desktop.cli.common import open_session
from bali_desktop.domain.errors import UsageError

COVER_LIMIT = 200  # characters of a title, workshop or date on a sheet or a pack's cover


def add_commands(sub: Any) -> None:
    s = sub.add_parser(
        "export",
        help="export a checklist or a handout pack as PDF",
        description="One pathway, aid or checklist ref gives a printable checklist; one strategy area "
        "a progress-review sheet; several refs, or a guide, member or other item, give a handout pack "
        "with a cover and contents. Saved checklists are checklist:ID (see `checklist list`).",
    )
    s.add_argument("refs", nargs="+", metavar="REF", help="e.g. pathway:child, area:adelaide-2023-5")
    s.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    s.add_argument(
        "--paper", choices=("a4", "letter", "a5"), default="a4", type=str.lower, help="a5: for a pocket card"
    )
    s.add_argument("--large-print", action="store_true", help="bigger type, fewer items per page")
    s.add_argument("--title", default="", type=plain_text(COVER_LIMIT), help="title of the sheet or the pack")
    s.add_argument(
        "--workshop", default="", type=plain_text(COVER_LIMIT), help="workshop name for a pack's cover"
    )
    s.add_argument(
        "--date",
        default="",
        type=plain_text(COVER_LIMIT),
        help="date for a pack's cover, as you want it printed",
    )
    s.add_argument(
        "--as",
        dest="layout",
        choices=("checklist", "handout", "card", "review"),
        help="force a checklist sheet or a handout pack; card: a pathway's one-page counter card "
        "(its critical steps, the contacts box and the case reference); review: a strategy area's "
        "progress-review sheet (what `export area:ID` makes)",
    )
    s.add_argument(
        "--format",
        dest="fmt",
        choices=("pdf", "html"),
        default="pdf",
        type=str.lower,
        help="pdf (the default), or html: the same sheet as plain accessible HTML for a screen reader",
    )
    s.add_argument(
        "--lang",
        choices=("en", "id"),
        default="en",
        type=str.lower,
        help="the sheet's language: en (English, the default) or id (Bahasa Indonesia)",
    )
    s.set_defaults(run=_export)


def _export(args: argparse.Namespace) -> int:
    from bali_desktop.services import printing  # the PDF code, only for this command

    if args.output.strip() == "-":
        raise UsageError(
            "A PDF cannot be written to the terminal; give a file name after -o, e.g. -o pack.pdf."
        )

    options = printing.PrintOptions(
        paper=args.paper,
        large_print=args.large_print,
        title=args.title.strip(),
        workshop=args.workshop.strip(),
        date=args.date.strip(),
    )
    request = printing.PrintRequest(
        refs=tuple(args.refs), options=options, layout=args.layout, lang=args.lang
    )
    # fail fast, before opening the database (export checks again, with the open session's)
    printing.check_before_opening(request, args.output, args.data_dir, fmt=args.fmt)
    result = printing.export(open_session(args), request, args.output, fmt=args.fmt)
    for warning in result.warnings:
        print(f"bali-desktop: warning: {warning}", file=sys.stderr)
    noun = {
        "checklist": "checklist",
        "card": "counter card",
        "review": "progress-review sheet: each activity's official text with status, lead agency, "
        "evidence and next step to fill in",
    }.get(result.kind, "handout pack")
    if args.fmt == "html":
        print(f"Wrote {result.path} ({noun}, accessible HTML).")
        return 0
    paper = {"a4": "A4", "a5": "A5"}.get(args.paper, "US Letter")
    print(
        f"Wrote {result.path} ({noun}, {result.pages} {'page' if result.pages == 1 else 'pages'}, {paper})."
    )
    return 0
