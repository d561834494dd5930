"""The `checklist` commands: saved checklists and the shipped templates."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from bali_desktop.cli.args import id_number, plain_text
from bali_desktop.cli.common import Parser, open_session, print_json
from bali_desktop.domain.checklist import Checklist, ChecklistItem, when_words
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.route_words import sheet_word
from bali_desktop.services import checklists


def add_commands(sub: Any) -> None:
    checklist = sub.add_parser("checklist", help="saved checklists and templates")
    csub = checklist.add_subparsers(
        dest="checklist_command",
        parser_class=Parser,
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
    s.add_argument("--title", required=True, type=plain_text())
    s.add_argument(
        "--type", dest="checklist_type", choices=("READ-DO", "DO-CONFIRM"), default="READ-DO", type=str.upper
    )
    s.set_defaults(run=_new)
    s = csub.add_parser("new-from", help="save a new checklist made from a pathway, aid, area or item")
    s.add_argument("ref")
    s.add_argument("--title", default="", type=plain_text())
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


def _id(value: str) -> int:
    text = value.strip()
    parsed = checklists.parse_ref(text) if ":" in text else id_number(text)
    if parsed is None:
        raise UsageError(
            f"{value!r} is not a checklist id; use a number or checklist:ID "
            "(see `bali-desktop checklist list`)."
        )
    return parsed


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


def _list(args: argparse.Namespace) -> int:
    rows = checklists.saved(open_session(args))
    if args.json:
        print_json([{**asdict(r), "ref": r.ref, "updated_at": r.updated_at.isoformat()} for r in rows])
        return 0
    if not rows:
        print("No saved checklists. Make one: bali-desktop checklist new-from pathway:child")
    for r in rows:
        print(f"{r.id:>4}  {r.checklist_type:<10} {r.item_count:>3} items  {r.title}")
    return 0


def _templates(args: argparse.Namespace) -> int:
    rows = checklists.templates(open_session(args))
    if args.json:
        print_json([asdict(t) for t in rows])
        return 0
    for t in rows:
        print(f"{t.ref:<42} {t.checklist_type:<10} {t.title}")
    return 0


def _new(args: argparse.Namespace) -> int:
    saved = checklists.create(open_session(args), "", args.title.strip(), args.checklist_type)
    print(f"Saved checklist {saved.id}: {saved.title} ({saved.ref}).")
    return 0


def _new_from(args: argparse.Namespace) -> int:
    session = open_session(args)
    checklist = checklists.build(session, args.ref)
    if args.title.strip():
        checklist.title = args.title.strip()
    saved = checklists.save(session, checklist)
    print(f"Saved checklist {saved.id}: {saved.title}, {saved.item_count()} items ({saved.ref}).")
    return 0


def _show(args: argparse.Namespace) -> int:
    c = checklists.load(open_session(args), _id(args.id))
    if args.json:
        print_json(checklist_json(c))
        return 0
    print(f"{c.title}  [{c.ref}]  {c.checklist_type}")
    if c.purpose:
        print(c.purpose)
    numbers = c.numbers()  # as printed, and as the pathway screen numbers steps

    def options(item: ChecklistItem, indent: str) -> None:
        for o in item.options:
            # the sheet's words for a step on this sheet (domain/route_words.py), as printed
            then = f"{sheet_word('here', n=numbers[o.target])}: {o.then}" if o.target in numbers else o.then
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
    session = open_session(args)
    checklist = checklists.add(session, _id(args.id), args.ref)
    print(f"Added {args.ref} to checklist {checklist.id} ({checklist.item_count()} items).")
    return 0


def _duplicate(args: argparse.Namespace) -> int:
    copy = checklists.duplicate(open_session(args), _id(args.id))
    print(f"Saved checklist {copy.id}: {copy.title} ({copy.ref}).")
    return 0


def _delete(args: argparse.Namespace) -> int:
    gone = checklists.delete(open_session(args), _id(args.id))
    print(f"Deleted checklist {gone.id}: {gone.title}.", file=sys.stdout)
    return 0
