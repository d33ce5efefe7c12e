"""The real app on a real display, driven from inside for the life-cycle tests.

Usage: ``python window_child.py CONFIG_DIR ACTION``. It runs ``acupress_gui.app.main`` (the
whole start: single instance, composition, geometry restore, show) and, once the window is up,
does ACTION, then closes the window as Ctrl+Q does:

- ``maximize`` / ``fullscreen``: maximize (or go full screen), then quit;
- ``move X Y W H``: put the normal window there, then quit;
- ``report``: print one JSON line (window state, page, geometry, screen), then quit.

The process exit code is the app's.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from acupress_gui.app import main

SETTLE_MS = 1500


def _window() -> QMainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def _rect(rect: object) -> list[int]:
    from PySide6.QtCore import QRect

    assert isinstance(rect, QRect)
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _act(action: list[str]) -> None:
    window = _window()
    if window is None:
        print(json.dumps({"error": "no window"}), flush=True)
        QApplication.exit(3)
        return
    if action[0] == "maximize":
        window.showMaximized()
    elif action[0] == "fullscreen":
        window.showFullScreen()
    elif action[0] == "move":
        x, y, w, h = (int(v) for v in action[1:5])
        window.showNormal()
        window.setGeometry(x, y, w, h)
    elif action[0] == "report":
        screen = window.screen() or QGuiApplication.primaryScreen()
        page = window.property("current_page_key")
        current = getattr(window, "current_page", None)
        print(
            json.dumps(
                {
                    "maximized": window.isMaximized(),
                    "full_screen": window.isFullScreen(),
                    "visible": window.isVisible(),
                    "page": current() if callable(current) else page,
                    "geometry": _rect(window.geometry()),
                    "frame": _rect(window.frameGeometry()),
                    "available": _rect(screen.availableGeometry()),
                }
            ),
            flush=True,
        )
    QTimer.singleShot(SETTLE_MS, window.close)


if __name__ == "__main__":
    config_dir, *what = sys.argv[1:]
    app = QApplication([sys.argv[0]])
    QTimer.singleShot(SETTLE_MS, lambda: _act(what))
    # A safety net: the test never waits for ever.
    QTimer.singleShot(30_000, lambda: QApplication.exit(4))
    sys.exit(main(["--config-dir", config_dir]))
