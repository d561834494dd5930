"""The editor's tree of pause points and items, and the pure moves that drag and drop and
Alt+Up / Alt+Down make on a checklist.

Rows are keyed ("pp", p) for pause point p and ("item", p, i) for item i of pause point p; the
editor keeps the key of the selected row (its "selection key") across every refill."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.locator_words import where
from bali_desktop.gui import i18n, targets

translate = QCoreApplication.translate

ROW_ROLE = Qt.ItemDataRole.UserRole  # tree rows: ("pp", p) or ("item", p, i)
RowKey = tuple  # ("pp", p) or ("item", p, i)


class ChecklistTree(QTreeWidget):
    """Pause points with their items; rows move by drag and drop or Alt+Up / Alt+Down."""

    move_requested = Signal(object, object)  # source row key, (target key, position)
    step_requested = Signal(int)  # -1 up, +1 down
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("checklists.tree", "Pause points and items"))
        self.setAccessibleDescription(
            translate("checklists.tree", "Alt+Up and Alt+Down move the selected row; Delete removes it.")
        )
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)
        targets.enlarge(self)

    def show_checklist(self, checklist: Checklist | None, select: RowKey | None) -> None:
        """Fill the tree with `checklist`'s pause points and items, numbered as printed
        (`Checklist.item_numbers`), and make the row keyed `select` current."""
        self.blockSignals(True)
        self.clear()
        chosen = None
        if checklist is not None:
            for p, (pp, numbers) in enumerate(
                zip(checklist.pause_points, checklist.item_numbers(), strict=True)
            ):
                top = QTreeWidgetItem(
                    [
                        pp.title
                        + (
                            translate("checklists.tree", "  ·  when: {when}").format(when=pp.when)
                            if pp.when
                            else ""
                        )
                    ]
                )
                top.setData(0, ROW_ROLE, ("pp", p))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setFlags(top.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                self.addTopLevelItem(top)
                if select == ("pp", p):
                    chosen = top
                for i, (item, number) in enumerate(zip(pp.items, numbers, strict=True)):
                    mark = "◇" if item.is_decision else "☐"
                    child = QTreeWidgetItem([f"{mark} {number}. {item.text}"])
                    child.setData(0, ROW_ROLE, ("item", p, i))
                    child.setToolTip(0, item.note or where(item.citation, i18n.current()))
                    child.setFlags(
                        (child.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled
                    )
                    top.addChild(child)
                    if select == ("item", p, i):
                        chosen = child
                top.setExpanded(True)
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)

    def current_key(self) -> RowKey | None:
        current = self.currentItem()
        return current.data(0, ROW_ROLE) if current is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers()
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Work out where the row was dropped and ask for that move; the model, not Qt, moves it."""
        source = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or target is None or source is target:
            return
        pos = self.dropIndicatorPosition()
        where = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
        }.get(pos, "on")
        self.move_requested.emit(source.data(0, ROW_ROLE), (target.data(0, ROW_ROLE), where))


def moved(checklist: Checklist, source: tuple, target: tuple, where: str) -> None:
    """Apply a drop of row `source` on row `target` ("above", "below" or "on") to `checklist`.
    Rows are keyed ("pp", p) or ("item", p, i)."""
    if source[0] == "pp":  # a pause point lands before or after the target's pause point
        p, t = source[1], target[1]
        to = t if where == "above" else t + 1
        if to > p:
            to -= 1
        if to != p:
            checklist.move_pause_point(p, to)
        return
    _, p, i = source
    if target[0] == "pp":
        tp = target[1]
        if where == "above":  # above a pause point's bar: the end of the one before it
            if tp > 0:
                tp -= 1
                ti = len(checklist.pause_points[tp].items)
            else:
                ti = 0
        elif where == "below":  # just under the bar: first in that pause point
            ti = 0
        else:  # on the bar: last in that pause point
            ti = len(checklist.pause_points[tp].items)
    else:
        _, tp, ti = target
        if where != "above":
            ti += 1
    if tp == p and ti > i:
        ti -= 1
    checklist.move_item(p, i, tp, ti)


def stepped(checklist: Checklist, key: tuple, step: int) -> tuple | None:
    """Move a row one place up or down (an item crosses into the next pause point at the ends);
    returns the row's new key, or None when it cannot move."""
    pps = checklist.pause_points
    if key[0] == "pp":
        p = key[1]
        q = p + step
        if not 0 <= q < len(pps):
            return None
        checklist.move_pause_point(p, q)
        return ("pp", q)
    _, p, i = key
    j = i + step
    if 0 <= j < len(pps[p].items):
        checklist.move_item(p, i, p, j)
        return ("item", p, j)
    q = p + step
    if not 0 <= q < len(pps):
        return None
    to = len(pps[q].items) if step < 0 else 0
    checklist.move_item(p, i, q, to)
    return ("item", q, to)
