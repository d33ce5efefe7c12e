"""A submenu of exclusive, checkable choices (sound volume, theme, language)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

__all__ = ["add_choices"]


def add_choices(
    owner: QObject, menu: QMenu, choices: Iterable[tuple[object, str]], current: object
) -> QActionGroup:
    """Add one checkable action per (data, label) to ``menu``; the one for ``current`` checked.

    Returns their exclusive group; its ``triggered`` gives the action chosen (``data()``).
    """
    group = QActionGroup(owner)
    for data, label in choices:
        action = QAction(label, owner)
        action.setCheckable(True)
        action.setChecked(data == current)
        action.setData(data)
        group.addAction(action)
        menu.addAction(action)
    return group
