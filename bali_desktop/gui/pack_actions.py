"""File ▸ "Install content pack…" and "Add document…" (a part of `actions.WindowActions`; the
dialogs are imported the first time they are used, not at start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from bali_desktop.gui.context import AppContext

translate = QCoreApplication.translate


class PackActions:
    """Mixed into WindowActions, which provides these."""

    window: QMainWindow
    frame: Any  # actions.Frame
    ctx: AppContext

    def install_content_pack(self) -> None:
        from bali_desktop.gui.file_actions import after_saving_the_page
        from bali_desktop.gui.pack_dialog import InstallPackDialog

        # an edit on the page is saved before the install's backup
        self.pack_dialog = after_saving_the_page(self.frame, lambda: InstallPackDialog(self.ctx, self.window))
        self.pack_dialog.installed.connect(self._pack_installed)
        self.pack_dialog.open()

    def _pack_installed(self, text: str) -> None:
        from bali_desktop.gui.backup_dialogs import show_result

        self.frame.reset_pages()  # pathways open before show the national steps when opened again
        self.pack_result = show_result(self.window, translate("actions", "Install content pack"), text)

    def add_pdf_document(self) -> None:
        from bali_desktop.gui.pack_dialog import add_document

        add_document(self.ctx, self.window)
