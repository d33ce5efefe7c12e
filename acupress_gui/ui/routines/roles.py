"""The data roles the Routines page's models, delegate and tests read."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


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
