"""A form label whose mnemonic (Alt + its underlined letter) moves the focus to its field."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["buddy_label"]


def buddy_label(text: str, buddy: QWidget | None = None, *, muted: bool = False) -> QLabel:
    """A label for ``buddy`` (its mnemonic focuses it); ``muted`` ones wrap, in hint colour."""
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    if muted:
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
