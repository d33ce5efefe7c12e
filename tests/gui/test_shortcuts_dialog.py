"""The keyboard shortcuts list is read from the actions, so it shows the keys that work."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.widgets.shortcuts_dialog import ShortcutsDialog, action_label, shortcut_rows


def _action(owner: QWidget, text: str, *keys: str) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    return action


def test_rows_list_every_action_with_a_key_once(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    skip = _action(owner, "&Skip", "Right", "N")
    start = _action(owner, "Start", "Space")
    silent = _action(owner, "No key")
    again = _action(owner, "&Skip", "Right", "N")
    rows = shortcut_rows([("Session", [start, skip, silent, again]), ("Empty", [silent])])
    assert rows == [("Session", [("Start", "Space"), ("Skip", "Right, N")])]


def test_labels_lose_mnemonics_and_ellipses() -> None:
    action = QAction("E&xport history as CSV…")
    assert action_label(action) == "Export history as CSV"
    assert action_label(QAction("Salt && pepper")) == "Salt & pepper"


def test_dialog_shows_groups_and_keys(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = ShortcutsDialog(
        [
            ("Pages", [_action(owner, "&Session", "Ctrl+1")]),
            ("Help", [_action(owner, "Keys", "F1")]),
        ]
    )
    qtbot.addWidget(dialog)
    tree = dialog.tree
    assert tree.accessibleName() == "Keyboard shortcuts"
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0) for g in groups if g is not None] == ["Pages", "Help"]
    pages = groups[0]
    assert pages is not None
    first = pages.child(0)
    assert first is not None
    assert (first.text(0), first.text(1)) == ("Session", "Ctrl+1")
