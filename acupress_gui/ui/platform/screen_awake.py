"""Keep the screen awake during a session (freedesktop ScreenSaver inhibit over D-Bus).

Where there is no session bus or no screensaver service (other platforms, offscreen tests),
this does nothing and says so through :attr:`ScreenAwake.available`.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject

_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    """Inhibit the screensaver while held; release on :meth:`release`. Never raises."""

    def __init__(self, app_name: str = "acupress-gui", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._cookie: int | None = None
        self.available: bool | None = None
        self.last_error = ""

    @property
    def held(self) -> bool:
        """True while the screensaver is inhibited."""
        return self._cookie is not None

    def hold(self, reason: str) -> bool:
        """Ask the desktop to keep the screen on; True when it agreed."""
        if self._cookie is not None:
            return True
        interface = self._interface()
        if interface is None:
            return False
        reply = interface.call("Inhibit", self._app_name, reason)
        arguments = reply.arguments()
        if reply.errorMessage() or not arguments:
            self.last_error = reply.errorMessage() or "no reply"
            self.available = False
            return False
        self._cookie = int(arguments[0])
        self.available = True
        return True

    def release(self) -> None:
        """Let the screen sleep again."""
        if self._cookie is None:
            return
        interface = self._interface()
        if interface is not None:
            # UnInhibit takes a uint32; call() would send a Python int as int32, which the
            # GNOME and KDE services refuse, leaving the screen awake. The introspected
            # method gets the right type.
            from PySide6.QtCore import Q_ARG, QMetaObject, Qt

            sent = QMetaObject.invokeMethod(
                interface,
                "UnInhibit",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", self._cookie),
            )
            if not sent:
                interface.call("UnInhibit", self._cookie)
        self._cookie = None

    def _interface(self) -> Any:
        """The QDBusInterface of the screensaver, or None (QtDBus is imported lazily)."""
        if self.available is False or not sys.platform.startswith("linux"):
            self.available = False
            return None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError as error:
            self.last_error = str(error)
            self.available = False
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self.last_error = "no D-Bus session bus"
            self.available = False
            return None
        interface = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
        if not interface.isValid():
            self.last_error = "no screensaver service"
            self.available = False
            return None
        return interface
