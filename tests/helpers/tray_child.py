"""The real window and tray icon on a display with a tray, for the tray test.

Usage: ``python tray_child.py CONFIG_DIR``. Builds the app as ``run_gui`` does with one
reminder set, shows the window, closes it, and prints one JSON line per step: whether the
desktop has a tray, whether the close was refused (the window hid into the tray), and whether
the tray's Quit ended the app.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from acupress_gui.ui.application import create_main_window, make_application
from acupress_gui.ui.context import build_context
from acupress_gui.ui.platform.tray import AppTray


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main() -> int:
    config = Path(sys.argv[1])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(
        json.dumps(
            {
                "safety_notice_accepted": True,
                "reminders": [{"time": "07:30", "days": ["mon"], "routine": None}],
            }
        )
    )
    app = make_application()
    say(tray=AppTray.available())
    context = build_context(config, open_history_file=True, parent=app)
    window = create_main_window(context)
    app.setQuitOnLastWindowClosed(False)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.closed.connect(app.quit)
    window.show()

    def close_it() -> None:
        accepted = window.close()
        say(close_accepted=accepted, visible=window.isVisible(), closed=bool(closed))
        tray = window.practice.tray
        if tray is None:
            app.exit(2)
            return
        say(tray_visible=tray.icon.isVisible())
        QTimer.singleShot(300, tray.quit_action.trigger)

    QTimer.singleShot(1000, close_it)
    QTimer.singleShot(20_000, lambda: app.exit(3))
    code = app.exec()
    say(exit=code, closed=bool(closed))
    return code


if __name__ == "__main__":
    sys.exit(main())
