"""One of many acupress-gui starts at the same moment, for the single-instance race test.

Usage: ``python single_instance_race_child.py CONFIG_DIR DELAY_S``. The one that takes the
lock prints ``primary``, then (like the app building its window) blocks ``DELAY_S`` seconds
before its event loop runs, then answers raise requests for up to 60 seconds. Every other
one asks it to raise and prints ``raised True`` or ``raised False``, with ``owner alive``
when the lock's owner was still running.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from acupress_gui.ui.platform.single_instance import SingleInstance


def main() -> int:
    """Start, as the app does."""
    app = QCoreApplication([sys.argv[0]])
    guard = SingleInstance(Path(sys.argv[1]))
    if guard.acquire():
        print("primary", flush=True)
        time.sleep(float(sys.argv[2]))
        QTimer.singleShot(60_000, app.quit)
        code = app.exec()
        guard.release()
        return code
    raised = guard.notify_running(["--start"])
    print("raised", raised, "owner alive" if guard.owner_alive else "owner gone", flush=True)
    return 0 if raised else 1


if __name__ == "__main__":
    sys.exit(main())
