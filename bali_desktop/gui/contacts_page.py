"""Contacts: the user's national contacts for each referral role (none are shipped).

A contact added, edited or brought back by Undo stays in the form, "not saved yet", until the
database says it is saved (gui/pending_saves.py): a failed save (a full disk) is sent again on
the next edit, on leaving the screen and on closing the window, and the user is told once. A
contact the store refuses (no organisation, a bad phone number) is said under the form, to
correct, and not sent again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidgetItem,
    QWidget,
)

from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.flow_layout import keep_rows, scrolling_body, wrap_row
from bali_desktop.gui.i18n import say_error
from bali_desktop.gui.pending_saves import PendingSaves
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import LinkTree, button, confirm, heading, label
from bali_desktop.services import views
from bali_desktop.services.user import ContactValues
from bali_desktop.services.views import ContactsData

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.session import Session

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2


class ContactsPage(QWidget, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("contacts_page", "Contacts"))
        self.editing: int | None = None
        self._new_count = 1  # the form's new contact: ("new", n) until it is saved
        self.pending = PendingSaves(
            ctx, translate("contacts_page", "Your contact"), self
        )  # kept until the save succeeded
        self.pending.on_saved = self._saved_one
        self.pending.on_refused = self._refused
        self.pending.changed.connect(self._mark)
        self.tree = LinkTree(
            ctx,
            translate("contacts_page", "National contacts by referral role"),
            (
                translate("contacts_page", "Role / organisation"),
                translate("contacts_page", "Phone"),
                translate("contacts_page", "Hours"),
                translate("contacts_page", "Country"),
            ),
        )
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._selected)
        self.role = QComboBox()
        self.role.setAccessibleName(translate("contacts_page", "Referral role"))
        self.organisation = self._field(
            translate("contacts_page", "Organisation"),
            translate("contacts_page", "e.g. National anti-trafficking police unit"),
        )
        self.phone = self._field(
            translate("contacts_page", "Phone"), translate("contacts_page", "digits, spaces, + - ( ) only")
        )
        self.hours = self._field(
            translate("contacts_page", "Hours"),
            translate("contacts_page", "e.g. 24 hours, or Mon–Fri 08:00–17:00"),
        )
        self.country = self._field(translate("contacts_page", "Country"), "")
        self.notes = self._field(
            translate("contacts_page", "Notes"), translate("contacts_page", "e.g. ask for the duty officer")
        )
        self.error = label("", tone="never", selectable=False)
        self.error.setAccessibleName(translate("contacts_page", "Problem with the contact"))
        self.save_button = button(
            translate("contacts_page", "&Add contact"),
            translate("contacts_page", "Add contact"),
            slot=self.save,
        )
        self.new_button = button(
            translate("contacts_page", "&New"),
            translate("contacts_page", "Start a new contact"),
            slot=self.new,
        )
        self.edit_button = button(
            translate("contacts_page", "&Edit selected"),
            translate("contacts_page", "Edit the selected contact"),
            slot=self.edit_selected,
        )
        # no mnemonic: removing is never one key away (Alt+R is the Role field); it asks first
        self.remove_button = button(
            translate("contacts_page", "Remove selected…"),
            translate("contacts_page", "Remove the selected contact"),
            translate("contacts_page", "Asks first; can be undone"),
            self.remove_selected,
        )
        self.undo_button = button(
            translate("contacts_page", "Undo remove"),
            translate("contacts_page", "Undo remove"),
            translate("contacts_page", "Bring back the contact just removed"),
            self.undo,
        )
        self.undo_button.hide()
        self.removed: Any = None  # the contact Undo remove brings back
        self.data: ContactsData | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        for text, widget in (
            (translate("contacts_page", "&Role"), self.role),
            (translate("contacts_page", "&Organisation"), self.organisation),
            (translate("contacts_page", "&Phone"), self.phone),
            (translate("contacts_page", "Ho&urs"), self.hours),  # Alt+H opens the Help menu
            (translate("contacts_page", "Coun&try"), self.country),
            (translate("contacts_page", "Note&s"), self.notes),
        ):
            form.addRow(text, widget)
        buttons = wrap_row(
            self.save_button, self.new_button, self.edit_button, self.remove_button, self.undo_button
        )
        lay = scrolling_body(self)  # large text in a small window: the page scrolls, never squeezes
        keep_rows(self.tree, 8)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.addWidget(heading(ctx, translate("contacts_page", "National contacts"), 1.5))
        lay.addWidget(
            label(
                translate(
                    "contacts_page",
                    "Bali Desktop ships no phone numbers: enter the agencies and numbers of your country for "
                    "each referral role. Pathways and printed checklists show them. Kept on this computer "
                    "only.",
                ),
                tone="muted",
            )
        )
        lay.addWidget(self.tree, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.setTabOrder(self.tree, self.role)

    def _field(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.returnPressed.connect(self.save)
        edit.textEdited.connect(self._edited)
        return edit

    def _edited(self, _text: str) -> None:
        if self.pending.failing:  # a save that failed before is tried again with this edit; the
            self.pending.retry(skip=self._form_key())  # form's own goes with its next Save

    @property
    def unsaved(self) -> bool:
        """A contact the database has not yet said it saved."""
        return self.pending.unsaved

    def flush(self) -> None:
        """Leaving the screen or closing the window: send again every save that failed."""
        self.pending.retry()

    def _form_key(self) -> Hashable:
        return ("edit", self.editing) if self.editing is not None else ("new", self._new_count)

    def _mark(self) -> None:
        failing = self.pending.failure
        not_yet = translate("contacts_page", "Your contact is not saved yet: {reason}")
        said = not_yet.format(reason=failing) if failing else ""
        if failing or self.error.text().startswith(not_yet.split("{")[0]):
            self.error.setText(said)

    def show_location(self, _loc: Location) -> None:
        self.ctx.call(views.contacts, self._loaded)

    def user_data_changed(self, what: str) -> None:
        if what == UserDataKind.CONTACTS:
            self.ctx.call(views.contacts, self._loaded)

    def _loaded(self, data: ContactsData) -> None:
        self.data = data
        current_role = self.role.currentData()
        self.role.clear()
        self.tree.clear()
        by_role: dict[str, list[Any]] = {}
        for c in data.contacts:
            by_role.setdefault(c.role, []).append(c)
        from_packs: dict[str, list[Any]] = {}  # a content pack's contacts: shown marked, never edited
        for c in getattr(data, "from_packs", []):
            from_packs.setdefault(c.role, []).append(c)
        for role_id, title, consent in data.roles:
            self.role.addItem(
                title + (translate("contacts_page", " (with consent only)") if consent else ""), role_id
            )
            entries = by_role.get(role_id, [])
            packed = from_packs.get(role_id, [])
            top = self.tree.add(
                f"{title}" + ("" if entries or packed else translate("contacts_page", "  — no contact yet"))
            )
            top.setData(0, CONTACT_ROLE, role_id)
            top.setFirstColumnSpanned(not entries and not packed)
            for c in entries:
                item = QTreeWidgetItem([c.organisation, c.phone, c.hours, c.country])
                item.setData(0, CONTACT_ROLE, c.id)
                item.setToolTip(0, c.notes)
                top.addChild(item)
            for c in packed:
                shown = translate("contacts_page", "{organisation} (from the content pack {pack})")
                item = QTreeWidgetItem([shown.format(organisation=c.organisation, pack=c.pack_id), c.phone])
                item.setText(2, c.hours)
                item.setText(3, c.country)
                item.setData(0, CONTACT_ROLE, f"pack:{c.pack_id}")
                item.setToolTip(
                    0, translate("contacts_page", "From a content pack; it goes when the pack is removed.")
                )
                top.addChild(item)
            top.setExpanded(True)
        if current_role:
            self.role.setCurrentIndex(max(0, self.role.findData(current_role)))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        role_item = item.parent() or item
        index = self.role.findData(role_item.data(0, CONTACT_ROLE))
        if index >= 0 and self.editing is None:
            self.role.setCurrentIndex(index)

    def _selected_contact(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.parent() is None:
            return None
        value = item.data(0, CONTACT_ROLE)
        return value if isinstance(value, int) else None  # a content pack's contact is not edited here

    def new(self) -> None:
        self.editing = None
        self._new_count += 1
        for edit in (self.organisation, self.phone, self.hours, self.country, self.notes):
            edit.clear()
        self.save_button.setText(translate("contacts_page", "&Add contact"))
        self.save_button.setAccessibleName(translate("contacts_page", "Add contact"))
        self.error.setText("")
        self.organisation.setFocus()

    def edit_selected(self) -> None:
        item = self.tree.currentItem()
        contact_id = self._selected_contact()
        parent = item.parent() if item is not None else None
        if contact_id is None or item is None or parent is None:
            self.error.setText(translate("contacts_page", "Select a contact in the list first."))
            return
        self.editing = contact_id
        self.role.setCurrentIndex(max(0, self.role.findData(parent.data(0, CONTACT_ROLE))))
        self.organisation.setText(item.text(0))
        self.phone.setText(item.text(1))
        self.hours.setText(item.text(2))
        self.country.setText(item.text(3))
        self.notes.setText(item.toolTip(0))
        self.save_button.setText(translate("contacts_page", "&Save changes"))
        self.save_button.setAccessibleName(translate("contacts_page", "Save changes"))
        self.organisation.setFocus()

    def save(self) -> None:
        values = {
            "role": self.role.currentData() or "",
            "organisation": self.organisation.text(),
            "phone": self.phone.text(),
            "hours": self.hours.text(),
            "country": self.country.text(),
            "notes": self.notes.text(),
        }
        self.error.setText("")
        self.pending.save(self._form_key(), (ContactValues(**values), self.editing), _save_job)
        self.pending.retry()  # other contacts whose save failed go again with it

    def _saved_one(self, key: Hashable, data: ContactsData) -> None:
        self._loaded(data)
        kind = key[0]  # type: ignore[index]
        if key == self._form_key() and self.pending.value(key) is None:
            self.new()  # the form's contact is saved: the form is free for the next one
        said = {
            "edit": translate("contacts_page", "Contact saved."),
            "new": translate("contacts_page", "Contact added."),
            "restore": translate("contacts_page", "The contact is back."),
        }
        self.ctx.show_status(said[kind])
        self.ctx.user_data_changed.emit(UserDataKind.CONTACTS.value)

    def _refused(self, key: Hashable, error: BaseException) -> None:
        """What was typed is refused (no organisation, a bad phone): said under the form."""
        self.error.setText(say_error(error))  # in the window's language

    def _failed(self, error: BaseException) -> None:
        from bali_desktop.domain.errors import BaliError

        if isinstance(error, BaliError):
            self.error.setText(say_error(error))
        else:
            self.ctx.report_error(error)

    def remove_selected(self) -> None:
        contact_id = self._selected_contact()
        if contact_id is None:
            self.error.setText(translate("contacts_page", "Select a contact in the list first."))
            return
        entry = next((c for c in self.data.contacts if c.id == contact_id), None) if self.data else None
        if entry is None:
            return
        roles = {r: t for r, t, _ in self.data.roles} if self.data else {}
        name = " · ".join(f for f in (entry.organisation, entry.phone) if f)
        if not confirm(
            self,
            translate("contacts_page", "Remove this contact?"),
            translate(
                "contacts_page",
                "Remove “{name}” from {role}?\n\n"
                "Pathways and printed checklists will no longer show it. Undo remove brings it back.",
            ).format(name=name, role=roles.get(entry.role, entry.role)),
            yes=translate("contacts_page", "Remove the contact"),
            no=translate("contacts_page", "Keep it"),
        ):
            return
        self.ctx.call(job(views.remove_contact, contact_id), partial(self._removed, entry), self._failed)

    def _removed(self, entry: Any, data: ContactsData) -> None:
        self._loaded(data)
        self.removed = entry
        self.undo_button.show()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.show_status(translate("contacts_page", "Contact removed. Undo remove brings it back."))
        self.ctx.user_data_changed.emit(UserDataKind.CONTACTS.value)

    def undo(self) -> None:
        entry, self.removed = self.removed, None
        self.undo_button.hide()
        if entry is None:
            return
        values = ContactValues(
            entry.role, entry.organisation, entry.phone, entry.hours, entry.notes, entry.country
        )
        self.pending.save(("restore", entry.id), (values, None), _save_job)  # kept until saved

    def focus_target(self) -> QWidget:
        return self.tree


def _save_job(value: tuple[ContactValues, int | None]) -> Callable[[Session], ContactsData]:
    values, replaces = value
    return job(views.save_contact, values, replaces)
