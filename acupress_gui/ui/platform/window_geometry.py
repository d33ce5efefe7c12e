"""Saving and restoring where the window was, safely.

The saved form is Qt's own ``saveGeometry()`` in base64 (the ``window_geometry`` setting).
Restoring it is done once the window is complete, never from a constructor: a saved maximized
or full-screen state sends a WindowStateChange at once. A full-screen state comes back as a
maximized window (a session never starts full screen by surprise), and a geometry that does
not fit the screens there are now (a monitor unplugged, a smaller laptop) is put on the primary
screen, fully visible.
"""

from __future__ import annotations

import binascii
import logging

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: The size of a first start, when the screen has room for it.
DEFAULT_SIZE = QSize(1180, 760)
#: Room kept around a window fitted to a screen, for the frame and the title bar.
FRAME_ROOM = QSize(32, 64)
#: The height of a title bar above the window's own area, about.
TITLE_ROOM = 32


def encode_geometry(window: QWidget) -> str:
    """The window's geometry as the ``window_geometry`` setting stores it."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def restore_geometry(window: QWidget, encoded: str | None) -> None:
    """Put a complete, not yet shown window where it was last time.

    Falls back to the default size on the primary screen when nothing (or something
    unreadable) was saved. A full-screen state is restored as maximized.
    """
    restored = False
    if encoded:
        try:
            data = QByteArray.fromBase64(
                encoded.encode("ascii"), QByteArray.Base64Option.AbortOnBase64DecodingErrors
            )
            restored = not data.isEmpty() and window.restoreGeometry(data)
        except (UnicodeEncodeError, binascii.Error, ValueError):
            restored = False
        if not restored:
            log.warning("The saved window position could not be used; using the default.")
    if not restored:
        _bound_minimum(window, _primary_available())
        window.resize(default_size(_primary_available()))
        _center_on(window, _primary_available())
        return
    state = window.windowState()
    if state & Qt.WindowState.WindowFullScreen:
        state = (state & ~Qt.WindowState.WindowFullScreen) | Qt.WindowState.WindowMaximized
        window.setWindowState(state)
    fit_on_screens(window)


def default_size(available: QRect) -> QSize:
    """The first-start size: the default, or less where the screen is smaller."""
    room = available.size() - FRAME_ROOM
    return DEFAULT_SIZE.boundedTo(room).expandedTo(QSize(320, 240))


def fit_on_screens(window: QWidget) -> None:
    """Move (and shrink) a normal geometry that lies outside every screen onto the primary.

    A maximized window keeps its state; the normal geometry it returns to is fitted too.
    """
    geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not geometry.isValid():
        geometry = window.geometry()
    for screen in QGuiApplication.screens():
        if screen.availableGeometry().contains(geometry):
            return
    available = _primary_available()
    _bound_minimum(window, available)
    size = geometry.size().boundedTo(available.size() - FRAME_ROOM)
    fitted = QRect(geometry.topLeft(), size)
    fitted.moveLeft(
        min(max(fitted.left(), available.left()), available.right() - fitted.width() + 1)
    )
    # Centred in the room left, with space above for the title bar.
    spare = available.height() - fitted.height()
    fitted.moveTop(available.top() + max(TITLE_ROOM, spare // 2))
    log.info("The saved window position %s is off the screens; moved to %s.", geometry, fitted)
    if window.isMaximized():
        # setGeometry on a maximized window would un-maximize it: change the normal one only.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.setGeometry(fitted)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.setGeometry(fitted)


def _bound_minimum(window: QWidget, available: QRect) -> None:
    """A minimum size larger than the screen would push the window off it."""
    room = available.size() - FRAME_ROOM
    window.setMinimumSize(window.minimumSize().boundedTo(room))


def _primary_available() -> QRect:
    screen: QScreen | None = QGuiApplication.primaryScreen()
    if screen is None:  # pragma: no cover - Qt always has one, even offscreen
        return QRect(0, 0, DEFAULT_SIZE.width(), DEFAULT_SIZE.height())
    return screen.availableGeometry()


def _center_on(window: QWidget, available: QRect) -> None:
    frame = QRect(window.geometry())
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
