"""Restoring the window: full screen comes back maximized, off-screen comes back on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from acupress_gui.ui.platform.window_geometry import (
    DEFAULT_SIZE,
    encode_geometry,
    restore_geometry,
)


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def _available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_nothing_saved_gives_the_default_size_on_screen(qtbot: QtBot) -> None:
    window = _window(qtbot)
    restore_geometry(window, None)
    available = _available()
    assert window.width() <= DEFAULT_SIZE.width()
    assert available.contains(window.geometry())


def test_a_saved_full_screen_state_comes_back_maximized(qtbot: QtBot) -> None:
    first = _window(qtbot)
    first.setWindowState(Qt.WindowState.WindowFullScreen)
    saved = encode_geometry(first)
    second = _window(qtbot)
    restore_geometry(second, saved)
    assert not second.windowState() & Qt.WindowState.WindowFullScreen
    assert second.windowState() & Qt.WindowState.WindowMaximized


def test_a_geometry_off_every_screen_is_moved_onto_the_primary(qtbot: QtBot) -> None:
    first = _window(qtbot)
    available = _available()
    first.setGeometry(available.right() + 2000, available.bottom() + 500, 900, 700)
    saved = encode_geometry(first)
    second = _window(qtbot)
    restore_geometry(second, saved)
    assert available.contains(second.geometry()), second.geometry()


def test_a_window_larger_than_the_screen_is_shrunk_to_fit(qtbot: QtBot) -> None:
    available = _available()
    first = _window(qtbot)
    first.setGeometry(0, 0, available.width() + 600, available.height() + 400)
    saved = encode_geometry(first)
    second = _window(qtbot)
    second.setMinimumSize(available.width() + 100, 300)  # a minimum larger than the screen
    restore_geometry(second, saved)
    assert available.contains(second.geometry()), second.geometry()


@pytest.mark.expect_log("acupress_gui.ui.platform.window_geometry", "could not be used")
@pytest.mark.parametrize("saved", ["not base64 at all!", "AAAA", "ü"])
def test_an_unreadable_saved_geometry_falls_back_with_a_warning(qtbot: QtBot, saved: str) -> None:
    window = _window(qtbot)
    restore_geometry(window, saved)
    assert available_contains(window)


def available_contains(window: QMainWindow) -> bool:
    return _available().contains(window.geometry())
