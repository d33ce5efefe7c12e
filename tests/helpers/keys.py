"""Typed keyboard and mouse input for GUI tests.

pytest-qt's ``qtbot.keyClick`` / ``keyClicks`` / ``mouseClick`` forward ``*args, **kwargs`` to
QTest without annotations, so mypy cannot check a call to them. These functions call QTest
directly, with the types PySide6 declares.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def key_click(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Press and release ``key`` (with ``modifier`` held) on ``widget``, then let go of the
    modifier keys."""
    QTest.keyClick(widget, key, modifier)
    _release_modifiers(widget, modifier)


def key_clicks(widget: QWidget, text: str, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Type ``text`` into ``widget``, one key click per character."""
    QTest.keyClicks(widget, text, modifier)
    _release_modifiers(widget, modifier)


def _release_modifiers(widget: QWidget, modifier: Qt.KeyboardModifier) -> None:
    """QTest leaves the application's modifier state as the last key event had it: Ctrl would
    stay "held" for every later test in the process (a Ctrl-click toggles a selection)."""
    if modifier != NO_MODIFIER:
        QTest.keyRelease(widget, Qt.Key.Key_Control, NO_MODIFIER)


def mouse_click(
    widget: QWidget,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifier: Qt.KeyboardModifier = NO_MODIFIER,
    pos: QPoint | None = None,
) -> None:
    """Click ``widget`` with ``button``, at ``pos`` or (by default) at its centre."""
    if pos is None:
        QTest.mouseClick(widget, button, modifier)
    else:
        QTest.mouseClick(widget, button, modifier, pos)
