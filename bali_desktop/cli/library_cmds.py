"""Commands that read the library or look after the database: search, show, content, db."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bali_desktop.cli.args import one_line
from bali_desktop.cli.common import Parser, open_session, positive_int, print_json
from bali_desktop.cli.pack_cmds import national_steps
from bali_desktop.cli.pathway_out import pathway_json, pathway_lines
from bali_desktop.cli.phrases_out import phrases_json
from bali_desktop.domain.errors import DatabaseError, UsageError
from bali_desktop.domain.records import SearchHit, snippet_plain
from bali_desktop.services import backups, database, reading


def add_commands(sub: Any) -> None:
    s = sub.add_parser("search", help="search everything")
    s.add_argument("query")
    s.add_argument("--kind", help="only items of this kind (pathway, guide, commitment, ...)")
    s.add_argument("--limit", type=positive_int, help="how many (10; every item for an empty query)")
    s.add_argument(
        "--exact", action="store_true", help="search for exactly what was typed (no spelling correction)"
    )
    s.add_argument("--lang", choices=LANG_CHOICES, help="titles in this language (en); any language finds")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_search)

    s = sub.add_parser("show", help="show one item by its ref, e.g. commitment:adelaide-2023-12")
    s.add_argument("ref")
    s.add_argument(
        "--lang",
        metavar="LANG",
        help="our words in this language where translated (en, id, or a language an installed content "
        "pack brings); official text stays English",
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_show)

    content = sub.add_parser("content", help="about the shipped content")
    csub = content.add_subparsers(dest="content_command", parser_class=Parser, required=True, metavar="stats")
    s = csub.add_parser("stats", help="how many items of each kind")
    s.add_argument("--json", action="store_true")
    s.set_defaults(run=_stats)

    db = sub.add_parser("db", help="database upkeep")
    dsub = db.add_subparsers(
        dest="db_command",
        parser_class=Parser,
        required=True,
        metavar="upgrade|check|backup|backups|restore",
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
    dsub.add_parser("backups", help="list the automatic backups (when, size, kind)").set_defaults(
        run=_db_backups
    )
    s = dsub.add_parser(
        "restore", help="put a backup in place of the database (the newest good one with no PATH)"
    )
    s.add_argument("path", nargs="?", help="a backup file (default: the newest good automatic backup)")
    s.set_defaults(run=_db_restore)


LANG_CHOICES = tuple(reading.LANGUAGES)
# What `show` says about the language of what it prints (Bahasa Indonesia: GLOSSARY-id.md's terms)
_SHOW_WORDS = {
    "en": {
        "short_title": (
            "(The short title is written for Bali Desktop; the text below is the official wording.)"
        ),
        "source": "Source",
        "based_on": "Based on",
        "ours": "(Written for Bali Desktop as guidance or a summary: not official Bali Process text.)",
        "related": "Related",
        "english": "(No translation into {language} yet: shown in English.)",
    },
    "id": {
        "short_title": (
            "(Judul singkat ditulis untuk Bali Desktop; teks di bawah ini adalah teks resmi dalam bahasa "
            "Inggris, dikutip kata demi kata dan tidak diterjemahkan.)"
        ),
        "source": "Sumber",
        "based_on": "Berdasarkan",
        "ours": "(Ditulis untuk Bali Desktop sebagai panduan atau ringkasan: bukan teks resmi Bali Process.)",
        "related": "Terkait",
        "english": "(Belum ada terjemahan ke {language}: ditampilkan dalam bahasa Inggris.)",
    },
}


def _search(args: argparse.Namespace) -> int:
    session = open_session(args)
    instead: tuple[SearchHit, ...] = ()
    lang = getattr(args, "lang", None) or "en"
    if args.query.strip():
        found = reading.find(
            session, args.query, kind=args.kind, limit=args.limit or 10, exact=args.exact, lang=lang
        )
        hits, instead = list(found.hits), found.instead
        if found.corrected:  # the results are for the correction: say so, and how to search as typed
            print(
                one_line(
                    f"Showing results for “{found.corrected}” — search instead for “{found.query.strip()}”: "
                    "add --exact"
                ),
                file=sys.stderr,
            )
    else:  # an empty query lists every item (of the kind), in the order the app lists them
        hits = reading.listing(session, kind=args.kind, limit=args.limit, lang=lang)
    if args.json:
        print_json(
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
        return 0
    if not hits:
        print("No results.")
        if instead:
            print("The commonest situations, and the phrase cards:")
            for h in instead:
                print(f"{h.ref}\n  {h.title}")
    for h in hits:
        print(f"{h.ref}\n  {h.title}\n  {snippet_plain(h.snippet)}")
    return 0


def item_json(facts: reading.ItemFacts) -> dict[str, Any]:
    item = facts.item
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
        "title_is_ours": facts.title_is_ours,
        "source": source,
        "parent": item.parent,
        "related": list(item.related),
        "language": item.language,
        "translation": _translation_json(item),
    }


def _translation_json(item: Any) -> dict[str, Any] | None:
    t = item.translation
    if t is None:
        return None
    return {
        "language": t.language,
        "status": t.status,
        "status_label": t.status_label(),
        "reviewed_by": t.reviewed_by or None,
        "text_language": t.text_language,
        "official_english": t.official_english,
    }


def _content_language(session: Any, asked: str | None) -> str:
    """The language `show --lang` reads in: ours, or one an installed pack brings; else a UsageError
    naming the languages there are."""
    if not asked:
        return "en"
    code = reading.pack_language(session, asked) or reading.language_code(asked)
    if code == "en" and asked.strip().replace("_", "-").split("-", 1)[0].lower() != "en":
        there = ", ".join(f"{c} ({name})" for c, name in reading.content_languages(session).items())
        raise UsageError(
            f"No content in the language {asked.strip()[:20]!r}: the languages there are {there} "
            "(others come with a content pack's translations: `bali-desktop pack list`)."
        )
    return code


def _show(args: argparse.Namespace) -> int:
    session = open_session(args)
    lang = _content_language(session, getattr(args, "lang", None))
    session.language = lang
    facts = reading.facts(session, args.ref, lang=lang)
    data = item_json(facts)
    said = _SHOW_WORDS.get(lang, _SHOW_WORDS["en"])
    pathway = reading.typed_pathway(facts.item)
    national: list[str] = []
    if pathway is not None:
        data |= pathway_json(pathway)
        data["national_steps"], national = national_steps(session, pathway, lang)  # issue 15
    phrases = reading.typed_phrases(facts.item)
    if phrases is not None:
        data |= phrases_json(phrases)
    if args.json:
        print_json(data)
        return 0
    if data["official"] and data["source"]:
        print(f"{data['source']['locator']}: {data['title']}  [{data['ref']}]")
        print(said["short_title"] + "\n")
    else:
        print(f"{data['title']}  [{data['ref']}]\n")
    if facts.item.translation is None and lang != "en":  # a translation says its status in its text
        print(said["english"].format(language=reading.content_languages(session).get(lang, lang)) + "\n")
    print(data["text"])
    for line in [*(pathway_lines(pathway, facts.item.language) if pathway is not None else []), *national]:
        print(line)
    if data["source"]:
        s = data["source"]
        label = said["source"] if data["official"] else said["based_on"]
        print(f"\n{label}: {s['document_title']}, {s['locator']}")
    ours = ("not official Bali Process text", "bukan teks resmi Bali Process")
    if not data["official"] and not any(words in data["text"] for words in ours):
        print(said["ours"] if facts.item.language == lang else _SHOW_WORDS["en"]["ours"])
    if data["related"]:
        print(f"\n{said['related']}: " + ", ".join(data["related"]))
    return 0


def _stats(args: argparse.Namespace) -> int:
    session = open_session(args)
    counts = reading.stats(session)
    if args.json:
        print_json(counts)
    else:
        print(f"Content version {session.content_version}")
        for kind, n in counts.items():
            print(f"  {kind:<22}{n:>5}")
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    session = open_session(args)
    database.upgrade(session)
    print(f"Database {session.db_path} is up to date; content version {session.content_version}.")
    return 0


def _db_check(args: argparse.Namespace) -> int:
    session = open_session(args)
    result = database.check(session)
    if not result.ok:
        found = len(result.integrity.splitlines())
        print(
            f"bali-desktop: the database {session.db_path} is damaged ({found} "
            f"{'problem' if found == 1 else 'problems'} found by SQLite's integrity check). Nothing "
            "was changed; restore the newest backup with: bali-desktop db restore",
            file=sys.stderr,
        )
        return 2
    print(
        f"Database {session.db_path}: schema current, integrity ok, {result.content_items} content items, "
        f"content version {session.content_version}."
    )
    return 0


def _db_backup(args: argparse.Namespace) -> int:
    target = Path(args.path).expanduser()
    database.check_backup_target(target)
    session = open_session(args)
    database.backup(session, target)
    print(f"Backed up {session.db_path} to {target}.")
    return 0


def _db_backups(args: argparse.Namespace) -> int:
    session = open_session(args)
    found = backups.listing(session)
    if not found:
        print(f"No backups yet in {backups.folder(session)}.")
        return 0
    for b in found:
        print(f"{b.line}  {b.path}")
    return 0


def _db_restore(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else None
    try:
        session = open_session(args, daily_backup=False)  # the restore keeps the database aside
    except DatabaseError:  # damaged or not ours: the file itself is moved aside, then restored
        done = backups.restore_unopened(args.data_dir, path)
    else:
        done = backups.restore(session, path)
    print(done.message)
    return 0
