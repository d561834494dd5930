"""The `export` and `checklist` commands: PDF checklists and handout packs, saved checklists."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from bali_desktop.domain.errors import UsageError

if TYPE_CHECKING:
    from bali_desktop.domain.checklist import Checklist
    from bali_desktop.storage.library import Library


def add_commands(sub: Any, parser_class: type[argparse.ArgumentParser], positive_int: Any) -> None:
    s = sub.add_parser(
        "export",
        help="export a checklist or a handout pack as PDF",
        description="One pathway, aid or checklist ref gives a printable checklist; several refs, or "
        "a guide, area, member or other item, give a handout pack with a cover and "
        "contents. Saved checklists are checklist:ID (see `checklist list`).",
    )
    s.add_argument("refs", nargs="+", metavar="REF", help="e.g. pathway:child, area:adelaide-2023-5")
    s.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4", type=str.lower)
    s.add_argument("--large-print", action="store_true", help="bigger type, fewer items per page")
    s.add_argument("--title", default="", help="title of the sheet or the pack")
    s.add_argument("--workshop", default="", help="workshop name for a pack's cover")
    s.add_argument("--date", default="", help="date for a pack's cover, as you want it printed")
    s.add_argument(
        "--as",
        dest="layout",
        choices=("checklist", "handout"),
        help="force a checklist sheet or a handout pack",
    )
    s.set_defaults(run=_export)

    checklist = sub.add_parser("checklist", help="saved checklists and templates")
    csub = checklist.add_subparsers(
        dest="checklist_command",
        parser_class=parser_class,
        required=True,
        metavar="list|templates|new|new-from|show|add|duplicate|delete",
    )
    s = csub.add_parser("list", help="list saved checklists")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_list)
    s = csub.add_parser("templates", help="list the shipped templates")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_templates)
    s = csub.add_parser("new", help="save a new empty checklist")
    s.add_argument("--title", required=True)
    s.add_argument(
        "--type", dest="checklist_type", choices=("READ-DO", "DO-CONFIRM"), default="READ-DO", type=str.upper
    )
    s.set_defaults(run=_new)
    s = csub.add_parser("new-from", help="save a new checklist made from a pathway, aid, area or item")
    s.add_argument("ref")
    s.add_argument("--title", default="")
    s.set_defaults(run=_new_from)
    s = csub.add_parser("show", help="show a saved checklist")
    s.add_argument("id", metavar="ID", help="12 or checklist:12")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_show)
    s = csub.add_parser("add", help="add an item (any ref, e.g. from search) to a saved checklist")
    s.add_argument("id", metavar="ID")
    s.add_argument("ref")
    s.set_defaults(run=_add)
    s = csub.add_parser("duplicate", help="copy a saved checklist")
    s.add_argument("id", metavar="ID")
    s.set_defaults(run=_duplicate)
    s = csub.add_parser("delete", help="delete a saved checklist")
    s.add_argument("id", metavar="ID")
    s.set_defaults(run=_delete)


# --- helpers ------------------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> Library:
    from bali_desktop.storage.library import Library  # transitional, until export moves to services

    lib = Library.open(args.data_dir)
    for warning in lib.warnings:
        print(f"bali-desktop: warning: {warning}", file=sys.stderr)
    return lib


def _print_json(value: Any) -> None:
    from bali_desktop.cli.common import print_json

    print_json(value)


def _id(value: str) -> int:
    from bali_desktop.storage.checklist_store import parse_ref

    text = value.strip()
    parsed = parse_ref(text) if ":" in text else (int(text) if text.isdigit() else None)
    if parsed is None:
        raise UsageError(
            f"{value!r} is not a checklist id; use a number or checklist:ID "
            "(see `bali-desktop checklist list`)."
        )
    return parsed


def _store(lib: Library):  # noqa: ANN202
    from bali_desktop.storage.checklist_store import ChecklistStore

    return ChecklistStore(lib.engine)


def checklist_json(c: Checklist) -> dict[str, Any]:
    return {
        "id": c.id,
        "ref": c.ref,
        "title": c.title,
        "checklist_type": c.checklist_type,
        "origin_ref": c.origin_ref,
        **c.body(),
        "created_at": c.created_at.isoformat() if c.created_at else None,
        "updated_at": c.updated_at.isoformat() if c.updated_at else None,
    }


# --- commands -----------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from bali_desktop import paths
    from bali_desktop.pdf import ExportOptions, export_refs
    from bali_desktop.pdf.export import check_options, check_target

    options = ExportOptions(
        paper=args.paper,
        large_print=args.large_print,
        title=args.title.strip(),
        workshop=args.workshop.strip(),
        date=args.date.strip(),
    )
    # fail fast, before opening the database (export_refs checks again, with the open library's)
    check_options(options)
    check_target(args.output, database=paths.data_dir(args.data_dir) / paths.DB_FILE)
    lib = _open(args)
    result = export_refs(lib, args.refs, args.output, options=options, layout=args.layout)
    for warning in result.warnings:
        print(f"bali-desktop: warning: {warning}", file=sys.stderr)
    noun = "checklist" if result.kind == "checklist" else "handout pack"
    print(
        f"Wrote {result.path} ({noun}, {result.pages} {'page' if result.pages == 1 else 'pages'}, "
        f"{args.paper.upper() if args.paper == 'a4' else 'US Letter'})."
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    rows = _store(_open(args)).list()
    if args.json:
        _print_json([{**asdict(r), "ref": r.ref, "updated_at": r.updated_at.isoformat()} for r in rows])
        return 0
    if not rows:
        print("No saved checklists. Make one: bali-desktop checklist new-from pathway:child")
    for r in rows:
        print(f"{r.id:>4}  {r.checklist_type:<10} {r.item_count:>3} items  {r.title}")
    return 0


def _templates(args: argparse.Namespace) -> int:
    from bali_desktop.checklists.builders import templates

    rows = templates(_open(args))
    if args.json:
        _print_json([asdict(t) for t in rows])
        return 0
    for t in rows:
        print(f"{t.ref:<42} {t.checklist_type:<10} {t.title}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from bali_desktop.checklists.builders import empty

    saved = _store(_open(args)).save(empty(args.title.strip(), args.checklist_type))
    print(f"Saved checklist {saved.id}: {saved.title} ({saved.ref}).")
    return 0


def _new_from(args: argparse.Namespace) -> int:
    from bali_desktop.checklists.builders import build

    lib = _open(args)
    checklist = build(lib, args.ref)
    if args.title.strip():
        checklist.title = args.title.strip()
    saved = _store(lib).save(checklist)
    print(f"Saved checklist {saved.id}: {saved.title}, {saved.item_count()} items ({saved.ref}).")
    return 0


def _show(args: argparse.Namespace) -> int:
    from bali_desktop.domain.checklist import when_words

    c = _store(_open(args)).get(_id(args.id))
    if args.json:
        _print_json(checklist_json(c))
        return 0
    print(f"{c.title}  [{c.ref}]  {c.checklist_type}")
    if c.purpose:
        print(c.purpose)
    numbers = c.numbers()  # as printed, and as the pathway screen numbers steps

    def options(item: Any, indent: str) -> None:
        for o in item.options:
            then = f"go to {numbers[o.target]}: {o.then}" if o.target in numbers else o.then
            print(f"{indent}( ) {o.label}: {then}".rstrip(": "))

    for pp in c.pause_points:
        when = when_words(pp.when)
        print(f"\n{pp.title}" + (f" (when: {when})" if when else ""))
        for step in pp.steps():
            print(f"  {numbers[step.item.uid]:>2}. [ ] {step.item.text}")
            options(step.item, " " * 9)
            if step.decision is not None:
                print(f"         <> {step.decision.text}")
                options(step.decision, " " * 12)
    if c.contact_roles:
        print("\nContacts box: " + ", ".join(c.contact_roles))
    return 0


def _add(args: argparse.Namespace) -> int:
    from bali_desktop.checklists.builders import add_item, resolve

    lib = _open(args)
    store = _store(lib)
    checklist = store.get(_id(args.id))
    item = resolve(lib, args.ref)
    add_item(checklist, item, lib)
    store.save(checklist)
    print(f"Added {args.ref} to checklist {checklist.id} ({checklist.item_count()} items).")
    return 0


def _duplicate(args: argparse.Namespace) -> int:
    copy = _store(_open(args)).duplicate(_id(args.id))
    print(f"Saved checklist {copy.id}: {copy.title} ({copy.ref}).")
    return 0


def _delete(args: argparse.Namespace) -> int:
    gone = _store(_open(args)).delete(_id(args.id))
    print(f"Deleted checklist {gone.id}: {gone.title}.", file=sys.stdout)
    return 0
