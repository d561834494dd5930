"""The File and Help menus' actions: restore from a backup, check the database, the keyboard
shortcuts and About (a part of `actions.WindowActions`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from bali_desktop.gui.context import AppContext

translate = QCoreApplication.translate
D = TypeVar("D")


def after_saving_the_page(frame: Any, make: Callable[[], D]) -> D:
    """A dialog that backs the database up or replaces it (restore, install a pack), made once the
    page's pending edits are sent to be saved, and deleted when it is closed."""
    screen = frame.shown_screen()
    if screen is not None:
        screen.flush()
    dialog = make()
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)  # type: ignore[attr-defined]
    return dialog


class FileAndHelpActions:
    """Mixed into WindowActions, which provides these."""

    window: QMainWindow
    frame: Any  # actions.Frame
    ctx: AppContext

    # --- the database file ------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """The restore dialog (pending edits on the page are saved first, so they are kept aside)."""
        from bali_desktop.gui.backup_dialogs import RestoreDialog

        self.restore_dialog = after_saving_the_page(self.frame, lambda: RestoreDialog(self.ctx, self.window))
        self.restore_dialog.restored.connect(self._backup_restored)
        self.restore_dialog.open()

    def _backup_restored(self, text: str) -> None:
        from bali_desktop.gui.backup_dialogs import show_result

        self.frame.reset_pages()  # no page shows, or saves back, what it held before
        self.result_box = show_result(self.window, translate("actions", "Restore from backup"), text)

    def check_database_now(self) -> None:
        from bali_desktop.gui.backup_dialogs import DatabaseCheck

        self.database_check = DatabaseCheck(self.ctx, self.window)
        self.database_check.run()

    def show_shortcuts(self) -> None:
        from bali_desktop.gui.help_dialogs import show_shortcuts

        show_shortcuts(self.window)

    def show_about(self) -> None:
        from bali_desktop.gui.help_dialogs import show_about

        show_about(self.window, self.ctx.content_version)
