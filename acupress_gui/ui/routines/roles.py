"""The data roles the Routines page's models, delegate and tests read, and their index type."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

#: What Qt passes a model's methods as an index: a plain or a persistent one.
type AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Data roles besides the standard ones."""

    POINT_ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    SUBTITLE = Qt.ItemDataRole.UserRole + 3
    TRAILING = Qt.ItemDataRole.UserRole + 4
    BADGES = Qt.ItemDataRole.UserRole + 5
    MISSING = Qt.ItemDataRole.UserRole + 6
    STEP = Qt.ItemDataRole.UserRole + 7
    SECONDS = Qt.ItemDataRole.UserRole + 8
    ROUTINE_ID = Qt.ItemDataRole.UserRole + 9
