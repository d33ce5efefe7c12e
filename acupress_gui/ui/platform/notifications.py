"""Desktop notifications with actions: ``org.freedesktop.Notifications`` on the session bus.

QtDBus is imported when the first notification is sent, not at start-up. Where the service
is missing (other desktops, Windows, macOS) :meth:`Notifier.available` is False and the
caller falls back to the tray's balloon.

The ``Notify`` method takes its ``replaces_id`` as a D-Bus ``uint32``, which a Python int
passed through QDBusMessage cannot express (it is sent as ``int32`` and refused). Calling the
method of the introspected QDBusInterface through the meta-object, with a ``uint`` argument,
sends the right signature.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

type Actions = Sequence[tuple[str, str]]
"""A notification's buttons: (key, label) pairs, e.g. ``("start", "Start now")``."""

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
#: How long a call may take before the app stops waiting (a hung server never blocks it).
CALL_TIMEOUT_MS = 2000


class Notifier(QObject):
    """Sends notifications and reports which action the person chose."""

    action_invoked = Signal(int, str)
    """(notification id, action key) when the person clicks an action."""
    closed = Signal(int)
    """A notification was closed (expired, dismissed or replaced)."""

    def __init__(
        self,
        app_name: str = "acupress-gui",
        *,
        bus: Any = None,
        parent: QObject | None = None,
    ) -> None:
        """``bus`` is a QDBusConnection (tests pass a private one); default: the session bus."""
        super().__init__(parent)
        self._app_name = app_name
        self._given_bus = bus
        self._interface: Any = None
        self._connected = False
        self._sent: set[int] = set()

    def _bus(self) -> Any:
        if self._given_bus is not None:
            return self._given_bus
        # Deferred: QtDBus is only needed once a reminder is due.
        from PySide6.QtDBus import QDBusConnection

        return QDBusConnection.sessionBus()

    def available(self) -> bool:
        """Whether a notification server is on the session bus."""
        try:
            bus = self._bus()
            if not bus.isConnected():
                return False
            interface = bus.interface()
            reply = interface.isServiceRegistered(SERVICE) if interface is not None else None
            return bool(reply is not None and reply.value())
        except (ImportError, RuntimeError) as error:  # pragma: no cover - QtDBus missing
            log.warning("The session bus cannot be used: %s", error)
            return False

    def _proxy(self) -> Any:
        if self._interface is None or not self._interface.isValid():
            from PySide6.QtDBus import QDBusInterface

            bus = self._bus()
            self._interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
            self._interface.setTimeout(CALL_TIMEOUT_MS)
            if not self._connected:
                bus.connect(
                    SERVICE,
                    PATH,
                    INTERFACE,
                    "ActionInvoked",
                    self,
                    "1_on_action_invoked(uint,QString)",
                )
                bus.connect(
                    SERVICE,
                    PATH,
                    INTERFACE,
                    "NotificationClosed",
                    self,
                    "1_on_notification_closed(uint,uint)",
                )
                self._connected = True
        return self._interface

    def inhibited(self) -> bool:
        """The server's do-not-disturb (``Inhibited``, notification spec 1.3); False where the
        server does not say."""
        try:
            proxy = self._proxy()
            if not proxy.isValid():
                return False
            value = proxy.property("Inhibited")
        except RuntimeError:
            return False
        return bool(value) if isinstance(value, bool) else False

    def notify(
        self, summary: str, body: str, actions: Actions = (), *, timeout_ms: int = -1
    ) -> int | None:
        """Show a notification; returns its id, or None when the server refused or is gone."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

        proxy = self._proxy()
        if not proxy.isValid():
            log.warning("No notification server answers on the session bus.")
            return None
        flat = [part for key, label in actions for part in (key, label)]
        try:
            notification_id = QMetaObject.invokeMethod(
                proxy,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, self._app_name),
                Q_ARG("uint", 0),
                Q_ARG(str, "io.github.acupressgui.AcupressGui"),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", flat),
                Q_ARG("QVariantMap", {"desktop-entry": "io.github.acupressgui.AcupressGui"}),
                Q_ARG(int, timeout_ms),
            )
        except RuntimeError as error:
            log.warning("The notification could not be shown: %s", error)
            return None
        refused = proxy.lastError()
        if refused.isValid():
            log.warning("The notification server refused: %s", refused.message())
            return None
        result = int(cast(int, notification_id))
        self._sent.add(result)
        return result

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, key: str) -> None:
        if notification_id in self._sent:
            self.action_invoked.emit(int(notification_id), key)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, _reason: int) -> None:
        if notification_id in self._sent:
            self._sent.discard(notification_id)
            self.closed.emit(int(notification_id))
