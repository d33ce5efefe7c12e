"""A fake logind on a session bus, for the wake-up tests.

Usage: ``python fake_logind.py``. It owns ``org.freedesktop.login1``, prints ``ready``, then
for each line ``sleep`` or ``wake`` on stdin emits ``PrepareForSleep(true|false)``, as logind
does around a suspend.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

# PySide6's stubs type ClassInfo as keyword-only; the D-Bus key has a space in it.
_class_info: Any = ClassInfo


@_class_info({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeManager(QDBusAbstractAdaptor):
    PrepareForSleep = Signal(bool)


def main() -> int:
    app = QCoreApplication([sys.argv[0]])
    bus = QDBusConnection.sessionBus()
    holder = QObject()
    manager = FakeManager(holder)
    if not bus.registerObject("/org/freedesktop/login1", holder):
        print("could not register", flush=True)
        return 1
    if not bus.registerService("org.freedesktop.login1"):
        print("could not own the name", flush=True)
        return 1

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.strip() in ("sleep", "wake"):
            manager.PrepareForSleep.emit(line.strip() == "sleep")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
