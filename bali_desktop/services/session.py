"""A session: the open database with its three stores, made once per thread that uses it.

`Session.open(data_dir)` creates or upgrades the schema, reloads the shipped content when it
changed (keeping the content already there if the shipped files are broken), and gives the
content, the user's own things and the saved checklists on one sqlite3 connection. The window
opens it on its database thread; the command line on its only thread.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bali_desktop import paths
from bali_desktop.content.digest import content_digest
from bali_desktop.domain.errors import BaliError, ContentError, DataDirError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, message_of, one_line, said
from bali_desktop.storage import backup_files
from bali_desktop.storage.checklist_store import ChecklistStore
from bali_desktop.storage.content_store import ContentStore
from bali_desktop.storage.recovery import open_database, open_read_only
from bali_desktop.storage.user_store import UserStore

log = logging.getLogger(__name__)

PRIVATE_FOLDER = 0o700  # other local accounts cannot list or read the user's notes
BROKEN_CONTENT = "Shipped content could not be loaded; using the content already in the database."
BROKEN_CONTENT_DETAIL = QT_TRANSLATE_NOOP(  # the warning: BROKEN_CONTENT, then why (the banner's details)
    "said", "Shipped content could not be loaded; using the content already in the database. {detail}"
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "said",
    "The data folder {folder} cannot be written, so the library is open for reading only: search "
    "and pathways work, but nothing can be saved until you may write to that folder again.",
)


class UnwritableFolderError(DataDirError):
    """The data folder exists but cannot be written (a database in it can still be read)."""


def prepare_data_dir(folder: Path) -> Path:
    """Create the data folder if needed (private to the user: 0700; the database in it is made
    0600) and prove it is writable; return the database path."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as e:
        raise DataDirError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Cannot create the data folder {folder}: {why}. Choose another with --data-dir or "
                    "BALI_DESKTOP_DATA_DIR.",
                ),
                folder=str(folder),
                why=str(e.strerror or e),
            )
        ) from None
    if not folder.is_dir():
        raise DataDirError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "The data folder {folder} is not a folder. Choose another with --data-dir."
                ),
                folder=str(folder),
            )
        )
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise UnwritableFolderError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "The data folder {folder} cannot be written. Check its permissions, or choose another "
                    "with --data-dir or BALI_DESKTOP_DATA_DIR. Nothing was changed.",
                ),
                folder=str(folder),
            )
        )
    return folder / paths.DB_FILE


@dataclass
class Session:
    connection: sqlite3.Connection
    db_path: Path
    content: ContentStore
    user: UserStore
    checklists: ChecklistStore
    warnings: list[str] = field(default_factory=list)
    content_reloaded: bool = False  # this open (re)loaded the shipped content
    recovered: str | None = None  # the damaged database was replaced by a backup: what was said
    read_only: str | None = None  # why nothing can be saved (a full disk), when so
    language: str = "en"  # the language content is read in (reading.set_language); English fallback

    def __setattr__(self, name: str, value: object) -> None:
        """The content is read in the session's language, also by code that reads `content` itself."""
        object.__setattr__(self, name, value)
        if name == "language" and "content" in self.__dict__:
            self.content.language = str(value)

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        content_dir: Path | None = None,
        sources_dir: Path | None = None,
    ) -> Session:
        folder = paths.data_dir(data_dir)
        try:
            db_path = prepare_data_dir(folder)
            opened = open_database(db_path)  # a damaged file is replaced by the newest good backup
        except UnwritableFolderError as e:  # reading goes on: a lookup needs no write
            db_path = folder / paths.DB_FILE
            opened = open_read_only(db_path, said(READ_ONLY_FOLDER, folder=str(folder)), e)
        con = opened.connection
        session = cls(con, db_path, ContentStore(con), UserStore(con), ChecklistStore(con))
        session.recovered, session.read_only = opened.recovered, opened.read_only
        session.warnings += [w for w in (opened.recovered, opened.read_only) if w]
        if opened.read_only:
            return session  # nothing can be written: the content already there is what is read
        content_dir, sources_dir = content_dir or paths.CONTENT_DIR, sources_dir or paths.SOURCES_DIR
        if opened.recovered or session.content.digest != content_digest(content_dir, sources_dir):
            session.reload_content(content_dir, sources_dir, backup=not opened.recovered)
        session.warnings += _pack_warnings(session)
        return session

    def reload_content(
        self,
        content_dir: Path | None = None,
        sources_dir: Path | None = None,
        *,
        strict: bool = False,
        backup: bool = True,
    ) -> bool:
        """Load the shipped files into the content tables, all or nothing. A broken shipped
        update keeps the content already stored (with a warning), unless `strict`; with none
        stored, or `strict`, it raises ContentError. Content already stored is first backed up
        (`backups/`, unless nothing changed since the newest backup, or not `backup`)."""
        from bali_desktop.content.loader import load_content

        try:
            try:
                bundle = load_content(content_dir or paths.CONTENT_DIR, sources_dir or paths.SOURCES_DIR)
            except ContentError:
                raise
            except UnicodeDecodeError as e:  # a byte that is not UTF-8 in a shipped file
                raise ContentError(
                    f"A shipped file is not UTF-8 text (byte {e.start}: {e.reason})."
                ) from None
            except Exception as e:  # any other defect in the shipped files: never take the app down
                log.warning("shipped content could not be loaded", exc_info=True)
                raise ContentError(f"A shipped file is faulty ({type(e).__name__}).") from None
        except ContentError as e:
            if strict:
                raise
            if self.content.digest is None:
                self.close()
                raise
            self.warnings.append(one_line(said(BROKEN_CONTENT_DETAIL, detail=message_of(e))))  # one line
            return False
        if backup and self.content.digest is not None:
            self._backup_before_reload()
        self.content.replace(bundle)
        self._reapply_packs()
        self.content_reloaded = True
        return True

    def _reapply_packs(self) -> None:
        """Lay the installed content packs' items over the content just reloaded (services/packs.py)."""
        from bali_desktop.storage.pack_store import PackStore

        PackStore(self.connection).reapply()

    def _backup_before_reload(self) -> None:
        try:
            backup_files.backup_if_changed(self.connection, self.db_path, "reload", datetime.now())
        except (OSError, sqlite3.Error) as e:  # the reload itself is all or nothing: go on
            log.warning("no backup before the content reload: %s", e)

    @property
    def content_version(self) -> str:
        return self.content.content_version

    def integrity(self) -> str:
        """SQLite's own check of the file: "ok" or what is damaged."""
        return str(self.connection.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.connection.close()


def _pack_warnings(session: Session) -> list[str]:
    """Content packs whose publisher key was removed are flagged at the start (never fatal)."""
    from bali_desktop.services import pack_trust

    try:
        return pack_trust.at_start(session.connection, session.read_only)
    except (OSError, sqlite3.Error, ValueError, BaliError) as e:
        log.warning("content packs not checked at the start: %s", type(e).__name__)
        return []
