"""`pack ...` (keygen, build, verify, install, list, remove, rollback), `keys ...` (the trusted
publisher keys) and `documents ...` (PDFs added without a pack). A refusal is one line, exit 2."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bali_desktop.cli.args import one_line
from bali_desktop.cli.common import Parser, open_session, print_json

if TYPE_CHECKING:  # imported when a pack command runs: the others start without pydantic or YAML
    from bali_desktop.services import packs


def add_commands(sub: Any) -> None:
    pack = sub.add_parser("pack", help="national content packs: build, verify, install, remove")
    psub = pack.add_subparsers(
        dest="pack_command",
        parser_class=Parser,
        required=True,
        metavar="keygen|build|verify|install|list|remove|rollback",
    )
    s = psub.add_parser("keygen", help="make a publishing key: KEY (private, keep it safe) and KEY.pub")
    s.add_argument("-o", "--output", required=True, metavar="KEY")
    s.add_argument("--publisher", default="", help="who the key is for (shown beside its fingerprint)")
    s.set_defaults(run=_keygen)
    s = psub.add_parser("build", help="sign a folder (manifest.yaml and content files) into one pack")
    s.add_argument("folder", metavar="DIR")
    s.add_argument("-o", "--output", required=True, metavar="PACK.zip")
    s.add_argument("--key", required=True, metavar="KEY")
    s.set_defaults(run=_build)
    s = psub.add_parser("verify", help="check a pack (or a folder of packs) without installing")
    s.add_argument("pack", metavar="PACK.zip|FOLDER")
    s.add_argument("--allow-downgrade", action="store_true")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_verify)
    s = psub.add_parser("install", help="install a pack, or the newest trusted version of each in a folder")
    s.add_argument("pack", metavar="PACK.zip|FOLDER")
    s.add_argument("--allow-downgrade", action="store_true", help="install an older version than installed")
    s.set_defaults(run=_install)
    s = psub.add_parser("list", help="the installed packs")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_list)
    s = psub.add_parser("remove", help="remove a pack and everything it added")
    s.add_argument("id")
    s.set_defaults(run=_remove)
    s = psub.add_parser("rollback", help="put the previous version of a pack back")
    s.add_argument("id")
    s.set_defaults(run=_rollback)

    keys = sub.add_parser("keys", help="the publisher keys content packs are trusted from")
    ksub = keys.add_subparsers(
        dest="keys_command", parser_class=Parser, required=True, metavar="list|add|remove"
    )
    s = ksub.add_parser("list", help="the trusted keys, with their fingerprints")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_keys_list)
    s = ksub.add_parser("add", help="trust a publisher key (shows its fingerprint and asks)")
    s.add_argument("key", metavar="KEY.pub")
    s.add_argument("--yes", action="store_true", help="trust it without asking (scripts)")
    s.set_defaults(run=_keys_add)
    s = ksub.add_parser("remove", help="stop trusting a key; its packs are flagged at the next start")
    s.add_argument("fingerprint", nargs="+", help="the fingerprint (or its first 8 or more hex digits)")
    s.set_defaults(run=_keys_remove)

    docs = sub.add_parser("documents", help="PDF documents you add to the library without a pack")
    dsub = docs.add_subparsers(
        dest="documents_command", parser_class=Parser, required=True, metavar="add|remove"
    )
    s = dsub.add_parser("add", help="add a PDF: its text is searchable, the file opens in your viewer")
    s.add_argument("pdf", metavar="FILE.pdf")
    s.add_argument("--title", default="")
    s.set_defaults(run=_documents_add)
    s = dsub.add_parser("remove", help="remove a document you added (document:ID)")
    s.add_argument("ref")
    s.set_defaults(run=_documents_remove)


def _keygen(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    pub, key = packs.keygen(Path(args.output), args.publisher)
    print(f"Private key: {args.output} (keep it secret and offline; never put it in a pack or send it)")
    print(f"Public key:  {pub} (send this to every officer's laptop)")
    print(f"Fingerprint: {key.fingerprint}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    m = packs.build(Path(args.folder), Path(args.output), Path(args.key))
    print(
        f"Built {args.output}: {m.id} {m.version} ({m.publisher}, {m.country}), {len(m.files)} files, signed."
    )
    return 0


def _plan_lines(plan: packs.Plan) -> list[str]:
    m = plan.manifest
    return [
        f"{m.id} {m.version}: {m.publisher} ({m.country}); languages {', '.join(m.languages)}; "
        f"built {m.created}",
        f"  Signed by key {plan.fingerprint}" + (f" ({plan.pack.key_label})" if plan.pack.key_label else ""),
        *[f"  {line}" for line in plan.summary.lines()],
    ]


def _verify(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    session = open_session(args, daily_backup=False)
    source = Path(args.pack)
    if source.is_dir():
        offers, refused = packs.folder_offers(session, source)
        for plan in offers:
            print("\n".join(one_line(line) for line in _plan_lines(plan)))
        for line in refused:
            print(f"bali-desktop: {one_line(line)}", file=sys.stderr)
        if not offers:
            print("No pack in that folder is newer than what is installed and from a trusted publisher.")
        return 2 if refused and not offers else 0
    plan = packs.check(session, source, allow_downgrade=args.allow_downgrade)
    if args.json:
        m = plan.manifest
        print_json({"id": m.id, "version": m.version, "publisher": m.publisher, "country": m.country,
                    "fingerprint": plan.fingerprint, "summary": plan.summary.lines()})  # fmt: skip
        return 0
    print("\n".join(one_line(line) for line in _plan_lines(plan)))
    print("Verified: signed by a trusted publisher, every file as the manifest says. Nothing was changed.")
    return 0


def _install(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    session = open_session(args, daily_backup=False)
    source = Path(args.pack)
    if source.is_dir():
        offers, refused = packs.folder_offers(session, source)
        for line in refused:
            print(f"bali-desktop: {one_line(line)}", file=sys.stderr)
        for plan in offers:
            done = packs.apply(session, plan)
            print(f"Installed {done.info.id} {done.info.version} ({done.info.publisher}).")
        if not offers:
            print("Nothing to install: no pack there is newer than what is installed and trusted.")
        return 2 if refused and not offers else 0
    done = packs.install(session, source, allow_downgrade=args.allow_downgrade)
    print(
        one_line(
            f"Installed {done.info.id} {done.info.version} ({done.info.publisher}, {done.info.country})."
        )
    )
    for line in done.summary.lines():
        print(f"  {line}")
    if done.backup:
        print(f"  Backup before installing: {done.backup}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    rows = packs.list_packs(open_session(args, daily_backup=False))
    if args.json:
        print_json(
            [
                {
                    "id": r.info.id,
                    "version": r.info.version,
                    "state": r.info.state,
                    "publisher": r.info.publisher,
                    "country": r.info.country,
                    "trusted": r.trusted,
                }  # fmt: skip
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No content packs installed. Install one: bali-desktop pack install PACK.zip")
    for r in rows:
        p = r.info
        flag = "" if r.trusted else "  FLAGGED: its key is no longer trusted"
        print(
            one_line(
                f"{p.id}  {p.version}  {p.state}  {p.publisher} ({p.country})  "
                f"installed {p.installed_at:%Y-%m-%d}{flag}"
            )
        )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    versions = packs.remove(open_session(args), args.id)
    print(
        one_line(f"Removed {args.id} ({', '.join(versions)}) and everything it added. Your own data stays.")
    )
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    back = packs.rollback(open_session(args), args.id)
    print(one_line(f"{back.id} is back to version {back.version}."))
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    rows = packs.trusted_keys(open_session(args, daily_backup=False))
    if args.json:
        print_json([asdict(k) for k in rows])
        return 0
    for k in rows:
        state = "removed" if k.removed else ("shipped" if k.shipped else "added")
        print(one_line(f"{k.fingerprint}  {state:<8} {k.label}"))
    return 0


def _keys_add(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    key = packs.read_key(Path(args.key))
    print(one_line(f"Key: {key.label or '(no name given)'}"))
    print(f"Fingerprint: {key.fingerprint}")
    if not args.yes:
        print("Compare the fingerprint with the one your authority gave you (by phone or on paper).")
        try:
            answer = input("Trust packs signed with this key? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            raise packs.PackError("Not added: the key was not confirmed (answer y, or give --yes).")
    packs.add_key(open_session(args), key)
    print("Trusted. Packs signed with this key can now be installed.")
    return 0


def _keys_remove(args: argparse.Namespace) -> int:
    from bali_desktop.services import packs

    gone = packs.remove_key(open_session(args), "".join(args.fingerprint))
    print(
        one_line(
            f"No longer trusted: {gone.fingerprint} {gone.label}. Its packs are flagged at the next start."
        )
    )
    return 0


def _documents_add(args: argparse.Namespace) -> int:
    from bali_desktop.services import documents

    added = documents.add_document(open_session(args), Path(args.pdf), args.title)
    print(
        one_line(f"Added {added.ref}: {added.title} ({added.pages} pages, {added.words} words searchable).")
    )
    return 0


def _documents_remove(args: argparse.Namespace) -> int:
    from bali_desktop.services import documents

    documents.remove_document(open_session(args), args.ref)
    print(one_line(f"Removed {args.ref}."))
    return 0


_NATIONAL_HEAD = {"en": "National procedure (content packs):", "id": "Prosedur nasional (paket isi):"}
_AT_STEP = {"en": "at step {n}", "id": "pada langkah {n}"}


def national_steps(session: Any, pathway: Any, lang: str = "en") -> tuple[list[dict[str, Any]], list[str]]:
    """`show` of a pathway: the installed packs' national steps, as JSON and as lines ("In <country>
    (national procedure, content pack …): …, at step N"), in the pathway's order."""
    from bali_desktop.services import pack_views

    found = pack_views.national_steps(session, pathway.ref)
    rows, lines = [], []
    for step in pathway.steps:
        for n in found.get(step.id, ()):
            rows.append({"step": step.id, "number": step.number, "country": n.country, "pack": n.pack_id,
                         "action": n.action, "why": n.why, "say": n.say, "roles": list(n.roles)})  # fmt: skip
            at = _AT_STEP.get(lang, _AT_STEP["en"]).format(n=step.number)
            lines.append(f"  {n.line(lang)} ({at})")
    return rows, (["", _NATIONAL_HEAD.get(lang, _NATIONAL_HEAD["en"]), *lines] if lines else [])
