"""A process that holds the single-instance guard of a config folder.

Usage: ``python single_instance_child.py CONFIG_DIR``. It prints ``acquired True`` (or
``acquired False``), then one ``raise <json args>`` line per raise request, and runs until it
is killed or 60 seconds have passed. Tests SIGKILL it to leave a stale lock and socket.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from acupress_gui.ui.platform.single_instance import SingleInstance


def main() -> int:
    """Hold the guard and report raise requests."""
    app = QCoreApplication([sys.argv[0]])
    guard = SingleInstance(Path(sys.argv[1]))
    guard.raise_requested.connect(lambda args: print("raise", json.dumps(args), flush=True))
    acquired = guard.acquire()
    print("acquired", acquired, flush=True)
    if not acquired:
        return 1
    QTimer.singleShot(60_000, app.quit)
    code = app.exec()
    guard.release()
    return code


if __name__ == "__main__":
    sys.exit(main())
