"""Help > Keyboard shortcuts (F1): every key of the app, grouped, read from the actions.

The list is built from the QActions themselves, so it can never disagree with the keys that
work: an action that gets a new shortcut shows it here at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

type ShortcutGroup = tuple[str, Sequence[QAction]]


def action_label(action: QAction) -> str:
    """The action's text as a person reads it: no mnemonic ``&``, no ``…``."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_text(action: QAction) -> str:
    """All keys of ``action``, in the platform's notation: ``Right, N``."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


def shortcut_rows(groups: Iterable[ShortcutGroup]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(action, keys)]) for every action that has a key, in the given order."""
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    for title, actions in groups:
        seen: set[tuple[str, str]] = set()
        entries: list[tuple[str, str]] = []
        for action in actions:
            keys = shortcut_text(action)
            label = action_label(action)
            if keys and label and (label, keys) not in seen:
                seen.add((label, keys))
                entries.append((label, keys))
        if entries:
            rows.append((title, entries))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list of what each key does."""

    def __init__(self, groups: Iterable[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, entries in shortcut_rows(groups):
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for label, keys in entries:
                group.addChild(QTreeWidgetItem([label, keys]))
            group.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 560)
