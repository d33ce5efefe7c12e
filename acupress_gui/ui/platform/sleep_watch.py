"""Told when the computer wakes up: logind's ``PrepareForSleep`` signal on the system bus.

A monotonic timer stops while the computer sleeps, so a reminder timer armed before a
suspend fires late after it. With this signal the reminders are looked at again as soon as
the computer wakes (and their one timer may wait hours instead of minutes). QtDBus is
imported when :meth:`SleepWatch.connect_bus` is called, not at start-up; where there is no
system bus or no logind (other systems, containers) it simply reports False.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
INTERFACE = "org.freedesktop.login1.Manager"


class SleepWatch(QObject):
    """Emits :attr:`woke` after a suspend or hibernation ends."""

    woke = Signal()
    """The computer woke up."""
    sleeping = Signal()
    """The computer is about to sleep."""

    def __init__(self, *, bus: Any = None, parent: QObject | None = None) -> None:
        """``bus`` is a QDBusConnection (tests pass a private one); default: the system bus."""
        super().__init__(parent)
        self._given_bus = bus
        self.connected = False

    def connect_bus(self) -> bool:
        """Listen for the signal; True when the bus and logind are there."""
        if self.connected:
            return True
        try:
            # Deferred: QtDBus is not needed for the first frame.
            from PySide6.QtDBus import QDBusConnection

            bus: Any = (
                self._given_bus if self._given_bus is not None else QDBusConnection.systemBus()
            )
            if not bus.isConnected():
                return False
            interface = bus.interface()
            reply = interface.isServiceRegistered(SERVICE) if interface is not None else None
            if not (reply is not None and reply.value()):
                return False
            self.connected = bool(
                bus.connect(SERVICE, PATH, INTERFACE, "PrepareForSleep", self, "1_on_prepare(bool)")
            )
        except (ImportError, RuntimeError) as error:  # pragma: no cover - QtDBus missing
            log.info("The system bus cannot be used to notice a wake-up: %s", error)
            return False
        return self.connected

    @Slot(bool)
    def _on_prepare(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.sleeping.emit()
        else:
            log.info("The computer woke up")
            self.woke.emit()
