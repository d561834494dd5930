"""The `bali-desktop` command: no arguments opens the window; subcommands script the library."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from bali_desktop import __version__
from bali_desktop.domain.errors import BaliError, UsageError

if TYPE_CHECKING:
    from bali_desktop.storage.library import Library


# Kinds whose titles we wrote: official documents number their items but give them no titles.
TITLED_BY_US = ("area", "commitment", "objective", "principle", "passage", "pathway", "aid", "role", "event")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is out of range (1-1000)")
    return n


def _record_id(value: str) -> int:
    """A database id as typed by the user: a positive whole number."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value[:40]!r} is not an id (a whole number)") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is not an id (ids start at 1)")
    return n


def _folder(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the data folder cannot be empty")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="bali-desktop",
        description="Offline reference for Bali Process officials. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"bali-desktop {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
        help="folder for the database (default: per-user data folder, or $BALI_DESKTOP_DATA_DIR)",
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    s = sub.add_parser("search", help="search everything")
    s.add_argument("query")
    s.add_argument("--kind", help="only items of this kind (pathway, guide, commitment, ...)")
    s.add_argument("--limit", type=_positive_int, default=10)
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_search)

    s = sub.add_parser("show", help="show one item by its ref, e.g. commitment:adelaide-2023-12")
    s.add_argument("ref")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_show)

    content = sub.add_parser("content", help="about the shipped content")
    csub = content.add_subparsers(
        dest="content_command", parser_class=_Parser, required=True, metavar="stats"
    )
    s = csub.add_parser("stats", help="how many items of each kind")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_stats)

    db = sub.add_parser("db", help="database upkeep")
    dsub = db.add_subparsers(
        dest="db_command", parser_class=_Parser, required=True, metavar="upgrade|check|backup"
    )
    dsub.add_parser("upgrade", help="create or upgrade the database, reload content").set_defaults(
        run=_db_upgrade
    )
    dsub.add_parser("check", help="check the database's schema, integrity and content").set_defaults(
        run=_db_check
    )
    s = dsub.add_parser("backup", help="copy the database to PATH")
    s.add_argument("path")
    s.set_defaults(run=_db_backup)

    contacts = sub.add_parser("contacts", help="national referral contacts")
    ksub = contacts.add_subparsers(
        dest="contacts_command", parser_class=_Parser, required=True, metavar="list|add|remove|roles"
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
    s.add_argument("id", type=_record_id)
    s.set_defaults(run=_contacts_remove)
    ksub.add_parser("roles", help="list the referral roles").set_defaults(run=_contacts_roles)

    s = sub.add_parser(
        "wipe",
        help="erase every walk-through record (the ticks and times of "
        "screening sessions); your notes, contacts and checklists stay",
    )
    s.set_defaults(run=_wipe)

    _add_export_commands(sub)
    return p


def _add_export_commands(sub: Any) -> None:
    try:
        from bali_desktop import cli_export
    except ImportError:  # the PDF module is optional until it lands
        return
    cli_export.add_commands(sub, _Parser, _positive_int)


# --- commands ---------------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> Library:
    from bali_desktop.storage.library import Library

    lib = Library.open(args.data_dir)
    for warning in lib.warnings:
        print(f"bali-desktop: warning: {warning}", file=sys.stderr)
    return lib


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _search(args: argparse.Namespace) -> int:
    from bali_desktop.domain.records import snippet_plain

    hits = _open(args).search(args.query, kind=args.kind, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "ref": h.ref,
                    "kind": h.kind,
                    "title": h.title,
                    "snippet": snippet_plain(h.snippet),
                    "score": h.score,
                }
                for h in hits
            ]
        )
    elif not hits:
        print("No results.")
    for h in hits if not args.json else ():
        print(f"{h.ref}\n  {h.title}\n  {snippet_plain(h.snippet)}")
    return 0


def item_json(lib: Library, ref: str) -> dict[str, Any]:
    item = lib.require(ref.strip())
    source = None
    if item.source:
        source = {
            "document": item.source.document,
            "document_title": item.source.document_title,
            "locator": item.source.locator,
            "paragraph": item.source.paragraph,
        }
    return {
        "ref": item.ref,
        "kind": item.kind,
        "title": item.title,
        "text": item.text,
        "official": item.official,
        "title_is_ours": item.kind in TITLED_BY_US,
        "source": source,
        "parent": item.parent,
        "related": list(item.related),
    }


def _show(args: argparse.Namespace) -> int:
    lib = _open(args)
    data = item_json(lib, args.ref)
    if args.json:
        _print_json(data)
        return 0
    if data["official"] and data["source"]:
        print(f"{data['source']['locator']}: {data['title']}  [{data['ref']}]")
        print("(The short title is written for Bali Desktop; the text below is the official wording.)\n")
    else:
        print(f"{data['title']}  [{data['ref']}]\n")
    print(data["text"])
    if data["source"]:
        s = data["source"]
        label = "Source" if data["official"] else "Based on"
        print(f"\n{label}: {s['document_title']}, {s['locator']}")
    if not data["official"] and "not official Bali Process text" not in data["text"]:
        print("(Written for Bali Desktop as guidance or a summary: not official Bali Process text.)")
    if data["related"]:
        print("\nRelated: " + ", ".join(data["related"]))
    return 0


def content_stats(lib: Library) -> dict[str, int]:
    counts = lib.stats()
    commitments = [i.id for i in lib.items("commitment")]
    counts["adelaide_activities"] = sum(c.startswith("adelaide-2023-") for c in commitments)
    counts["cochairs_commitments"] = sum(c.startswith("cochairs-2023-") for c in commitments)
    return counts


def _stats(args: argparse.Namespace) -> int:
    lib = _open(args)
    counts = content_stats(lib)
    if args.json:
        _print_json(counts)
    else:
        print(f"Content version {lib.content_version}")
        for kind, n in counts.items():
            print(f"  {kind:<22}{n:>5}")
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    from bali_desktop import paths
    from bali_desktop.storage.content_sync import sync_content
    from bali_desktop.storage.library import Library

    lib = Library.open(args.data_dir)
    if not lib.content_reloaded:  # opening has not just loaded it: reload as asked
        sync_content(lib.engine, paths.CONTENT_DIR, paths.SOURCES_DIR, force=True)
    print(f"Database {lib.db_path} is up to date; content version {lib.content_version}.")
    return 0


def _db_check(args: argparse.Namespace) -> int:
    lib = _open(args)
    result = lib.integrity()
    if result != "ok":
        print(f"bali-desktop: the database {lib.db_path} is damaged: {result}", file=sys.stderr)
        return 1
    total = sum(lib.stats().values())
    print(
        f"Database {lib.db_path}: schema current, integrity ok, {total} content items, "
        f"content version {lib.content_version}."
    )
    return 0


def _db_backup(args: argparse.Namespace) -> int:
    from bali_desktop.storage.connection import backup_database

    target = Path(args.path).expanduser()
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError(f"The folder {target.parent} cannot be written; choose another.")
    lib = _open(args)
    try:
        backup_database(lib.db_path, target)
    except Exception as e:  # sqlite3 and OS errors alike: say it in one line
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise UsageError(f"Cannot write the backup to {target}: {e}") from None
    print(f"Backed up {lib.db_path} to {target}.")
    return 0


def _wipe(args: argparse.Namespace) -> int:
    from bali_desktop.storage.user_store import UserData

    UserData(_open(args).connection).clear_ticks(None)
    print("Erased every walk-through record.")
    return 0


def _roles(lib: Library) -> dict[str, str]:
    return {i.id: i.title for i in lib.items("role")}


def _contacts_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from bali_desktop.storage.user_store import UserData

    lib = _open(args)
    entries = UserData(lib.connection).contacts(args.role)
    if args.json:
        _print_json([asdict(c) for c in entries])
        return 0
    if not entries:
        print(
            "No contacts yet. Add one: bali-desktop contacts add --role ROLE --organisation NAME "
            "--phone NUMBER"
        )
    roles = _roles(lib)
    for c in entries:
        print(
            f"{c.id:>4}  {roles.get(c.role, c.role)}: {c.organisation}  {c.phone}  {c.hours}  "
            f"{c.country}".rstrip()
        )
    return 0


def _contacts_add(args: argparse.Namespace) -> int:
    from bali_desktop.storage.user_store import UserData

    lib = _open(args)
    c = UserData(lib.connection).add_contact(
        args.role,
        args.organisation,
        args.phone,
        args.hours,
        args.notes,
        args.country,
        known_roles=set(_roles(lib)),
    )
    print(f"Added contact {c.id}: {c.organisation} ({c.role}).")
    return 0


def _contacts_remove(args: argparse.Namespace) -> int:
    from bali_desktop.storage.user_store import UserData

    UserData(_open(args).connection).remove_contact(args.id)
    print(f"Removed contact {args.id}.")
    return 0


def _contacts_roles(args: argparse.Namespace) -> int:
    for role_id, title in _roles(_open(args)).items():
        print(f"{role_id:<28}{title}")
    return 0


# --- entry point ------------------------------------------------------------------------------


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether the arguments just open the window (with at most --data-dir): then the start
    skips building every subcommand's parser, which is time on the start-up path."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1].strip() and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0][11:].strip():
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window, data_dir = _window_only(argv)
    run: Callable[[argparse.Namespace], int] | None = None
    if not window:
        args = build_parser().parse_args(argv)
        run, data_dir = getattr(args, "run", None), args.data_dir
    try:
        if run is None:
            from bali_desktop.gui.launch import launch

            return launch(data_dir)
        return run(args)
    except BaliError as e:
        print(f"bali-desktop: {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line for the user, the details in a log file
        log = _write_crash_log()
        print(
            f"bali-desktop: unexpected error ({type(e).__name__}: {e}). Nothing was deleted. Details: {log}",
            file=sys.stderr,
        )
        return 1


def _write_crash_log() -> str:
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile("w", prefix="bali-desktop-crash-", suffix=".log", delete=False) as f:
        traceback.print_exc(file=f)
        return f.name


if __name__ == "__main__":
    sys.exit(main())
