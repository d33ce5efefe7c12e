"""A quit that does not close the window (logout, the tray's Quit, ``app.quit()``) still
closes the history, the speech and the reminders, once; so does closing the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.application import create_main_window
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.main_window import AppWindow

pytestmark = [pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False)]


def _closed_once(closed: list[str]) -> bool:
    # The speech also stops by itself as the app quits (stopping it again does nothing).
    return closed.count("history") == 1 and "speech" in closed


def _window(qtbot: QtBot, config_dir: Path) -> tuple[AppWindow, AppContext, list[str]]:
    config_dir.mkdir(parents=True, exist_ok=True)
    settings = {"safety_notice_accepted": True, "reminders": [{"time": "07:30"}]}
    (config_dir / "settings.json").write_text(json.dumps(settings))
    context = build_context(config_dir, open_history_file=True, voice_engine="mock")
    closed: list[str] = []
    assert context.history is not None
    store = context.history.store
    real_close = store.close

    def close_store() -> None:
        closed.append("history")
        real_close()

    real_shutdown = context.voice.shutdown

    def shutdown() -> None:
        closed.append("speech")
        real_shutdown()

    store.close = close_store  # type: ignore[method-assign]
    context.voice.shutdown = shutdown  # type: ignore[method-assign]
    window = create_main_window(context)
    qtbot.addWidget(window)
    window.practice.start()
    assert context.reminders is not None and context.reminders.armed
    return window, context, closed


def test_a_quit_without_closing_the_window_closes_the_services(
    qtbot: QtBot, config_dir: Path
) -> None:
    window, context, closed = _window(qtbot, config_dir)
    window.show()
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what app.quit() and a logout send
    assert _closed_once(closed)
    assert context.reminders is not None and not context.reminders.armed
    window.quit_app()  # the window closing after that closes nothing again
    assert _closed_once(closed)
    with HistoryStore(config_dir / "history.sqlite3") as again:  # closed cleanly
        assert again.count() == 0


def test_closing_the_window_closes_them_once(qtbot: QtBot, config_dir: Path) -> None:
    window, context, closed = _window(qtbot, config_dir)
    window.show()
    window.quit_app()
    assert _closed_once(closed)
    assert context.reminders is not None and not context.reminders.armed
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # then the app quits: nothing again
    assert _closed_once(closed)
