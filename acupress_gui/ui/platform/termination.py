"""SIGTERM, SIGINT and SIGHUP end the app as its Quit does, not in the middle of a write.

A logout, ``kill`` or Ctrl+C in the terminal sends one of these. Python runs a signal handler
only between two bytecodes, and the Qt event loop may not run Python for a long time; so the
C-level handler writes the signal's number into a socket (:func:`signal.set_wakeup_fd`) that
a :class:`~PySide6.QtCore.QSocketNotifier` watches, and the event loop hears it at once.
Then :attr:`TerminationWatch.requested` asks the window to quit: a running session is
recorded as stopped, a typed note and the settings are saved, the history is closed.
"""

from __future__ import annotations

import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

__all__ = ["TERMINATING_SIGNALS", "TerminationWatch"]

log = logging.getLogger(__name__)

TERMINATING_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _note(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do here, the wakeup socket carries the news."""


class TerminationWatch(QObject):
    """Turns a terminating signal into :attr:`requested` on the GUI thread.

    Signals:
        requested(int): A terminating signal arrived (its number); emitted once per signal.
    """

    requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous_fd: int | None = None
        self._previous: dict[int, object] = {}

    def install(self) -> bool:
        """Catch the terminating signals (only the main thread may); False when it cannot."""
        try:
            self._previous_fd = signal.set_wakeup_fd(
                self._writer.fileno(), warn_on_full_buffer=False
            )
            for number in TERMINATING_SIGNALS:
                self._previous[number] = signal.signal(number, _note)
        except (ValueError, OSError) as error:  # not the main thread, or no such signal
            log.warning("quit signals are not caught: %s", error)
            self.uninstall()
            return False
        return True

    def uninstall(self) -> None:
        """Give the signals back to what had them before, and close the socket."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]  # what signal() returned
        self._previous.clear()
        if self._previous_fd is not None:
            signal.set_wakeup_fd(self._previous_fd)
            self._previous_fd = None
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in received:
            log.info("signal %d: quitting", number)
            self.requested.emit(number)
