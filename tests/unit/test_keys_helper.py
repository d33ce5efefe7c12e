"""The typed key helpers leave no modifier held for the next test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers.keys import key_click, key_clicks


def test_a_ctrl_click_lets_go_of_ctrl(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    key_click(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    key_clicks(edit, "ab", Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
