"""File menu: "Restore from backup…" and "Check database", both run on the database thread.

`RestoreDialog` lists the backups in the data folder (services.backups.listing), or takes a
file the user chooses, and restores it (services.backups.restore: the file is checked first
and the current database is kept aside). Each ends in one plain sentence (`ResultBox`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.errors import BaliError
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.i18n import say, say_error
from bali_desktop.services import backups

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext

PATH_ROLE = Qt.ItemDataRole.UserRole


def error_sentence(error: BaseException) -> str:
    if isinstance(error, BaliError):
        return say_error(error)
    return translate(
        "backup_dialogs", "Bali Desktop met an unexpected error ({error}). Nothing was changed."
    ).format(error=type(error).__name__)


def show_result(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A non-blocking box with one sentence (returned, so a test can read and close it)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class RestoreDialog(QDialog):
    """Choose a backup, or a file, and restore it in place of the database."""

    restored = Signal(str)  # the one-sentence result of a restore that was done

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("backup_dialogs", "Restore from backup"))
        self.setAccessibleName(translate("backup_dialogs", "Restore from backup"))
        self.result_text = ""
        lay = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "backup_dialogs",
                "Choose a backup to put in place of the database. The database as it is now is "
                "kept aside in the backups folder first, so nothing is lost.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("backup_dialogs", "Backups, newest first"))
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_chosen())
        lay.addWidget(self.list)
        self.status = QLabel(translate("backup_dialogs", "Looking for backups…"))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(translate("backup_dialogs", "&Restore"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.file_button = QPushButton(translate("backup_dialogs", "Choose a &file…"))
        self.file_button.clicked.connect(self.choose_file)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 360)
        ctx.call(job(backups.listing), self._listed)

    def _listed(self, found: list[backups.BackupInfo]) -> None:
        self.list.clear()
        for b in found:
            item = QListWidgetItem(b.line)
            item.setData(PATH_ROLE, str(b.path))
            self.list.addItem(item)
        first = next((i for i, b in enumerate(found) if b.kind != "restore"), 0)
        if found:
            self.list.setCurrentRow(first)
            count = len(found)  # a plain name: lupdate reads no call in a count
            self.status.setText(
                translate("backup_dialogs", "%n backups in {folder}.", "", count).format(
                    folder=found[0].path.parent
                )
            )
        else:
            self.status.setText(
                translate("backup_dialogs", "There are no backups yet; choose a file to restore instead.")
            )
        self.restore_button.setEnabled(bool(found))

    def restore_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore(Path(str(item.data(PATH_ROLE))))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("backup_dialogs", "Choose a backup"),
            "",
            translate("backup_dialogs", "SQLite databases (*.sqlite3 *.sqlite *.db *.bak);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        """Restore `path` on the database thread; the dialog says how it went."""
        self.restore_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.status.setText(translate("backup_dialogs", "Restoring…"))
        self.ctx.call(job(backups.restore, path), self._restored, self._refused)

    def _restored(self, done: backups.Restored) -> None:
        self.result_text = say(done.message)
        for kind in UserDataKind:  # every screen shows the restored data
            self.ctx.user_data_changed.emit(kind.value)
        self.ctx.show_status(translate("backup_dialogs", "Backup restored."))
        self.restored.emit(self.result_text)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.result_text = error_sentence(error)
        self.status.setText(self.result_text)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.file_button.setEnabled(True)


class DatabaseCheck(QObject):
    """ "Check database": SQLite's integrity check on the database thread, then one sentence."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.box: QMessageBox | None = None

    def run(self) -> None:
        self.ctx.show_status(translate("backup_dialogs", "Checking the database…"))
        self.ctx.call(job(backups.checked), self._checked, self._failed)

    def _checked(self, sentence: str) -> None:
        self.box = show_result(self.window, translate("backup_dialogs", "Check database"), say(sentence))

    def _failed(self, error: BaseException) -> None:
        self.box = show_result(
            self.window, translate("backup_dialogs", "Check database"), error_sentence(error)
        )
