"""Results with counts, said by the window in its language from the result's numbers (each count
Qt's %n, so "1 backup" / "2 backups" and Indonesian's one form): the wipe of the walk-through
records (services.user.Wiped) and a tracker import (services.tracker.ImportResult). Their
`message` properties are the command line's English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bali_desktop.services.tracker import ImportResult
from bali_desktop.services.user import Wiped

translate = QCoreApplication.translate


def wiped_text(result: Wiped) -> str:
    backups, removed = result.backups, result.removed  # plain names: lupdate reads no attribute as a count
    said = translate(
        "result_words",
        "Erased every walk-through record (ticks and times), the recent items and the last place",
    )
    if backups or removed:
        said += translate(
            "result_words", "; the same were erased from the %n backups, which are kept", "", backups
        )
    if removed:
        said += translate(
            "result_words", ", and %n damaged copies that could not be cleaned were deleted", "", removed
        )
    if result.logs:
        said += translate("result_words", "; the log files were erased")
    return said + translate("result_words", ". Your notes, contacts and checklists stay.")


def imported_text(result: ImportResult) -> str:
    if not result.after and not result.kept:
        return translate("result_words", "Nothing to change: the file holds nothing new.")
    taken, logged, kept = result.taken, result.logged, result.kept
    parts = [translate("result_words", "%n activities updated from the file", "", taken)]
    if logged:
        parts.append(translate("result_words", "%n logged actions added", "", logged))
    if kept:
        parts.append(translate("result_words", "%n conflicts kept as recorded here", "", kept))
    return "; ".join(parts) + "."
