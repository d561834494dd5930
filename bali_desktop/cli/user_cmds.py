"""Commands for the user's own things: national contacts, and wiping walk-through records."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from bali_desktop.cli.args import record_id
from bali_desktop.cli.common import Parser, open_session, print_json
from bali_desktop.services import pack_views, reading, user
from bali_desktop.services.session import Session


def add_commands(sub: Any) -> None:
    contacts = sub.add_parser("contacts", help="national referral contacts")
    ksub = contacts.add_subparsers(
        dest="contacts_command", parser_class=Parser, required=True, metavar="list|add|remove|roles"
    )
    s = ksub.add_parser("list", help="list contacts")
    s.add_argument("--role")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_contacts_list)
    s = ksub.add_parser("add", help="add a contact for a referral role")
    s.add_argument("--role", required=True, help="a role id: see `contacts roles`")
    s.add_argument("--organisation", required=True)
    s.add_argument("--phone", default="")
    s.add_argument("--hours", default="")
    s.add_argument("--notes", default="")
    s.add_argument("--country", default="")
    s.set_defaults(run=_contacts_add)
    s = ksub.add_parser("remove", help="remove a contact by id")
    s.add_argument("id", type=record_id)
    s.set_defaults(run=_contacts_remove)
    ksub.add_parser("roles", help="list the referral roles").set_defaults(run=_contacts_roles)

    s = sub.add_parser(
        "wipe",
        help="erase every walk-through record (the ticks and times of screening sessions), the "
        "recent items and the last place, from the database and every backup, and the logs; "
        "your notes, contacts and checklists stay",
    )
    s.set_defaults(run=_wipe)


def _wipe(args: argparse.Namespace) -> int:
    print(user.wipe(open_session(args, daily_backup=False)).message)
    return 0


def _role_titles(session: Session) -> dict[str, str]:
    return {i.id: i.title for i in reading.items(session, "role")}


def _contacts_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    entries = user.contacts(session, args.role)
    if args.json:
        print_json([asdict(c) for c in entries])
        return 0
    from_packs = pack_views.contacts(session, args.role)  # shown apart, marked: never mixed with yours
    if not entries and not from_packs:
        print(
            "No contacts yet. Add one: bali-desktop contacts add --role ROLE --organisation NAME "
            "--phone NUMBER"
        )
    roles = _role_titles(session)
    for c in entries:
        line = f"{c.id:>4}  {roles.get(c.role, c.role)}: {c.organisation}  {c.phone}  {c.hours}  {c.country}"
        print(line.rstrip())
    for p in from_packs:
        line = f"pack  {roles.get(p.role, p.role)}: {p.organisation}  {p.phone}  {p.hours}  {p.country}"
        print(f"{line.rstrip()}  [from the content pack {p.pack_id}]")
    return 0


def _contacts_add(args: argparse.Namespace) -> int:
    values = user.ContactValues(
        args.role, args.organisation, args.phone, args.hours, args.notes, args.country
    )
    c = user.add_contact(open_session(args), values)
    print(f"Added contact {c.id}: {c.organisation} ({c.role}).")
    return 0


def _contacts_remove(args: argparse.Namespace) -> int:
    user.remove_contact(open_session(args), args.id)
    print(f"Removed contact {args.id}.")
    return 0


def _contacts_roles(args: argparse.Namespace) -> int:
    for role_id, title in _role_titles(open_session(args)).items():
        print(f"{role_id:<28}{title}")
    return 0
