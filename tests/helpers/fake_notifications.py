"""A fake notification server on the session bus, for the reminder tests.

Usage: ``python fake_notifications.py [--inhibited] [--invoke KEY]``. It owns
``org.freedesktop.Notifications``, prints ``ready`` and then one JSON line per ``Notify``
call; with ``--invoke KEY`` it answers each notification by emitting ``ActionInvoked`` with
that key, as a person clicking it would. ``Inhibited`` is the do-not-disturb property.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

ARGS = sys.argv[1:]
INHIBITED = "--inhibited" in ARGS
INVOKE = ARGS[ARGS.index("--invoke") + 1] if "--invoke" in ARGS else None


# PySide6's stubs type ClassInfo as keyword-only; the D-Bus key has a space in it.
_class_info: Any = ClassInfo


@_class_info({"D-Bus Interface": "org.freedesktop.Notifications"})
class FakeServer(QDBusAbstractAdaptor):
    # D-Bus uint32 arguments: Qt type names (the stubs only know Python types).
    ActionInvoked = Signal("uint", str)  # type: ignore[arg-type]
    NotificationClosed = Signal("uint", "uint")  # type: ignore[arg-type]

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._next = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        timeout: int,
    ) -> int:
        self._next += 1
        number = self._next
        print(
            json.dumps(
                {
                    "id": number,
                    "app": app_name,
                    "summary": summary,
                    "body": body,
                    "actions": actions,
                }
            ),
            flush=True,
        )
        if INVOKE is not None:
            QTimer.singleShot(100, lambda: self.ActionInvoked.emit(number, INVOKE))
        return number

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]

    @Slot(result="QStringList")
    def GetServerInformation(self) -> list[str]:
        return ["fake", "acupress-gui tests", "1", "1.2"]

    def _inhibited(self) -> bool:
        return INHIBITED

    Inhibited = Property(bool, _inhibited)


def main() -> int:
    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.sessionBus()
    holder = QObject()
    FakeServer(holder)
    if not bus.registerObject("/org/freedesktop/Notifications", holder):
        print("could not register", flush=True)
        return 1
    if not bus.registerService("org.freedesktop.Notifications"):
        print("could not own the name", flush=True)
        return 1
    print("ready", flush=True)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
