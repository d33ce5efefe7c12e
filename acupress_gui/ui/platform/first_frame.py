"""``--exit-after-first-frame``: quit as soon as the window has been painted once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstFrameWatcher(QObject):
    """Calls ``done`` once, right after ``window``'s first paint has been drawn.

    The paint event of the top-level window is the start of the frame; ``done`` runs from a
    zero timer, so after the whole frame (every child) is painted and flushed.
    """

    def __init__(self, window: QWidget, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._done = done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False
