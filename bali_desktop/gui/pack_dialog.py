"""File ▸ "Install content pack…" and "Add document…".

`InstallPackDialog` takes a pack file (or a folder of packs: a USB stick, a shared folder, where
the newest trusted version of each is offered), has it verified and checked on the database thread
(services.packs.check: nothing is written), and shows who published it, the key's fingerprint, the
version and what installing changes, before anything is applied; Install then backs up and installs
in one transaction (services.packs.apply). A refusal is said in one sentence. `add_document` imports
a PDF into the library (services.documents), `open_document` opens one with the system's viewer.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.gui.backup_dialogs import error_sentence, show_result
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.i18n import say
from bali_desktop.services import documents, packs

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext

translate = QCoreApplication.translate


def plan_text(plan: packs.Plan) -> str:
    """What the dialog shows before anything is applied (also read by the tests)."""
    m = plan.manifest
    s = plan.summary
    lines = [
        translate("pack_dialog", "Publisher: {publisher}").format(publisher=m.publisher),
        translate("pack_dialog", "Key fingerprint: {fingerprint}").format(fingerprint=plan.fingerprint),
        translate("pack_dialog", "Pack: {id}, version {version}").format(id=m.id, version=m.version),
        translate("pack_dialog", "Country: {country}; languages: {languages}").format(
            country=m.country, languages=", ".join(m.languages)
        ),
        translate("pack_dialog", "Built: {created}").format(created=m.created),
    ]
    if m.description:
        lines.append(m.description)
    lines.append("")
    lines.append(translate("pack_dialog", "What installing changes:"))
    lines.append(
        translate("pack_dialog", "Items: {added} added, {changed} changed, {removed} removed").format(
            added=len(s.added), changed=len(s.changed), removed=len(s.removed)
        )
    )
    lines.append(translate("pack_dialog", "National contacts: {n}").format(n=s.contacts))
    lines.append(translate("pack_dialog", "National steps in pathways: {n}").format(n=s.steps))
    lines.append(translate("pack_dialog", "Translations: {n}").format(n=s.translations))
    lines.append(translate("pack_dialog", "PDF documents: {n}").format(n=s.documents))
    if s.replaces:
        lines.append(
            translate(
                "pack_dialog", "Replaces version {version}, which is kept so it can be put back."
            ).format(version=s.replaces)
        )
    lines.append("")
    lines.append(
        translate(
            "pack_dialog",
            "A backup is made first. Your own notes, contacts and checklists are not changed.",
        )
    )
    return "\n".join(lines)


class InstallPackDialog(QDialog):
    """Choose a pack (or a folder of packs), see what it is and what it changes, then install."""

    installed = Signal(str)  # the one-sentence result

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: packs.Plan | None = None
        self.offers: list[packs.Plan] = []
        self.result_text = ""
        self.setWindowTitle(translate("pack_dialog", "Install content pack"))
        self.setAccessibleName(translate("pack_dialog", "Install content pack"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "pack_dialog",
                "A content pack from your national authority adds its own steps, contacts, "
                "translations and documents. It is installed only if it is signed by a publisher "
                "you trust and nothing in it was changed.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.offer_list = QListWidget()
        self.offer_list.setAccessibleName(translate("pack_dialog", "Packs in the folder"))
        self.offer_list.currentRowChanged.connect(self._offer_chosen)
        self.offer_list.hide()
        lay.addWidget(self.offer_list)
        self.details = QLabel(translate("pack_dialog", "Choose a pack file, or a folder of packs."))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(translate("pack_dialog", "About the pack"))
        lay.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.file_button = QPushButton(translate("pack_dialog", "Choose a &pack…"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(translate("pack_dialog", "Choose a f&older…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.key_button = QPushButton(translate("pack_dialog", "Trust a publisher &key…"))
        self.key_button.clicked.connect(self.choose_key)
        self.install_button = QPushButton(translate("pack_dialog", "&Install"))
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self.install)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.key_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(620, 460)

    # --- choosing ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("pack_dialog", "Choose a content pack"),
            "",
            translate("pack_dialog", "Content packs (*.zip);;All files (*)"),
        )
        if name:
            self.check(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, translate("pack_dialog", "Choose a folder of packs"))
        if name:
            self.check_folder(Path(name))

    # --- trusting a publisher's key -------------------------------------------------------------------

    def choose_key(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("pack_dialog", "Choose your authority's public key"),
            "",
            translate("pack_dialog", "Public keys (*.pub);;All files (*)"),
        )
        if name:
            self.ctx.compute(partial(packs.read_key, Path(name)), self._key_read, self._refused)

    def _key_read(self, key: Any) -> None:  # a packs.keys.PublicKey
        """Show the fingerprint and ask: a key is trusted only once the user compared it."""
        self.key_question = QMessageBox(
            QMessageBox.Icon.Question,
            translate("pack_dialog", "Trust this publisher?"),
            translate(
                "pack_dialog",
                "Key: {label}\nFingerprint: {fingerprint}\n\nCompare the fingerprint with the one your "
                "authority gave you (by phone or on paper). Trust packs signed with this key?",
            ).format(label=key.label or "—", fingerprint=key.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.key_question.setDefaultButton(QMessageBox.StandardButton.No)
        self.key_question.button(QMessageBox.StandardButton.Yes).clicked.connect(partial(self._trust, key))
        self.key_question.open()

    def _trust(self, key: Any) -> None:
        self.ctx.call(job(packs.add_key, key), self._trusted, self._refused)

    def _trusted(self, key: packs.TrustedKey) -> None:
        self.details.setText(
            translate("pack_dialog", "Trusted: {label} ({fingerprint}). Now choose the pack.").format(
                label=key.label or "—", fingerprint=key.fingerprint
            )
        )

    def _busy(self, text: str) -> None:
        self.plan = None
        self.install_button.setEnabled(False)
        self.details.setText(text)

    def check(self, path: Path) -> None:
        """Verify and check the pack on the database thread; nothing is written."""
        self.offer_list.hide()
        self._busy(translate("pack_dialog", "Checking the pack…"))
        self.ctx.call(job(packs.check, path), self._checked, self._refused)

    def check_folder(self, folder: Path) -> None:
        self._busy(translate("pack_dialog", "Looking for packs in the folder…"))
        self.ctx.call(job(packs.folder_offers, folder), self._offered, self._refused)

    def _checked(self, plan: packs.Plan) -> None:
        self.plan = plan
        self.details.setText(plan_text(plan))
        self.install_button.setEnabled(True)

    def _offered(self, found: tuple[list[packs.Plan], list[str]]) -> None:
        self.offers, refused = found
        self.offer_list.clear()
        for plan in self.offers:
            m = plan.manifest
            self.offer_list.addItem(f"{m.id} {m.version} — {m.publisher} ({m.country})")
        self.offer_list.setVisible(bool(self.offers))
        if self.offers:
            self.offer_list.setCurrentRow(0)
        else:
            text = translate(
                "pack_dialog",
                "No pack in that folder is newer than what is installed and from a trusted publisher.",
            )
            self.details.setText("\n".join([text, *(say(why) for why in refused[:5])]))

    def _offer_chosen(self, row: int) -> None:
        if 0 <= row < len(self.offers):
            self._checked(self.offers[row])

    def _refused(self, error: BaseException) -> None:
        self.plan = None
        self.install_button.setEnabled(False)
        self.details.setText(error_sentence(error))

    # --- installing -------------------------------------------------------------------------------

    def install(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        self._busy(translate("pack_dialog", "Making a backup, then installing…"))
        self.file_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.ctx.call(job(packs.apply, plan), self._installed, self._install_failed)

    def _installed(self, done: packs.Installed) -> None:
        self.result_text = translate("pack_dialog", "Installed {id} {version} from {publisher}.").format(
            id=done.info.id, version=done.info.version, publisher=done.info.publisher
        )
        self.ctx.user_data_changed.emit(UserDataKind.CONTACTS.value)  # the pack's contacts show
        self.ctx.show_status(self.result_text)
        self.installed.emit(self.result_text)
        self.accept()

    def _install_failed(self, error: BaseException) -> None:
        self.file_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self._refused(error)


# --- documents without a pack ----------------------------------------------------------------------


def add_document(ctx: AppContext, parent: QWidget) -> None:
    """Choose a PDF and add it to the library (its text searchable), on the database thread."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("pack_dialog", "Add a PDF document"),
        "",
        translate("pack_dialog", "PDF documents (*.pdf);;All files (*)"),
    )
    if not name:
        return
    title = translate("pack_dialog", "Add document")
    ctx.show_status(translate("pack_dialog", "Reading the PDF…"))

    def added(done: documents.AddedDocument) -> None:
        pages = done.pages  # a plain name: lupdate reads no attribute as the count
        text = translate(
            "pack_dialog",
            "Added “{title}” (%n pages): its text is found by search, and it opens in your PDF viewer.",
            "",
            pages,
        ).format(title=done.title)
        ctx.show_status(text)
        show_result(parent, title, text)

    def refused(error: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, error_sentence(error), QMessageBox.StandardButton.Ok, parent
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    ctx.call(job(documents.add_document, Path(name)), added, refused)


def open_document(ctx: AppContext, ref: str) -> None:
    """Open a pack's or the user's PDF with the system's viewer (a copy in the data folder)."""

    def opened(path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            ctx.show_status(translate("pack_dialog", "No PDF viewer could open {path}.").format(path=path))

    def failed(error: BaseException) -> None:
        ctx.show_status(error_sentence(error))

    ctx.call(job(documents.opened_copy, ref), opened, failed)
