"""Closing the window with a tray: stays in the tray with a reminder (or the setting), quits
without; the tray menu (Open, Start <routine>, Pause reminders for today, Quit).

Offscreen Qt has no tray, so the tray's availability is patched here; under Xvfb with
openbox there is none either (tests/integration checks the real window without one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.storage.reminder_settings import ReminderEntry
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.platform.tray import AppTray

pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
    # An offscreen QSystemTrayIcon has no tray to dock into, and no window to raise.
    pytest.mark.qt_log_ignore("systemTrayWindowChanged", "does not support raise"),
]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def history(config_dir: Path) -> Iterator[HistoryStore]:
    store = open_history(config_dir)
    yield store
    store.close()


def _window(
    qtbot: QtBot,
    config_dir: Path,
    history: HistoryStore,
    monkeypatch: pytest.MonkeyPatch,
    *,
    tray: bool,
    reminders: bool = False,
    keep: bool = False,
) -> tuple[AppWindow, list[str]]:
    monkeypatch.setattr(AppTray, "available", staticmethod(lambda: tray))
    context = build_context(
        config_dir, history=history, voice_engine="mock", sound_backend=_no_audio_device
    )
    context.settings.safety_notice_accepted = True
    context.settings.keep_in_tray = keep
    if reminders:
        context.settings.reminders = [ReminderEntry(time="07:30")]
    window = AppWindow(context)
    qtbot.addWidget(window)
    closed: list[str] = []
    window.closed.connect(lambda: closed.append("closed"))
    window.show()
    qtbot.waitExposed(window)
    return window, closed


@pytest.mark.parametrize(("reminders", "keep"), [(True, False), (False, True)])
def test_with_a_tray_and_a_reminder_closing_keeps_the_app_in_the_tray(
    qtbot: QtBot,
    config_dir: Path,
    history: HistoryStore,
    monkeypatch: pytest.MonkeyPatch,
    reminders: bool,
    keep: bool,
) -> None:
    window, closed = _window(
        qtbot, config_dir, history, monkeypatch, tray=True, reminders=reminders, keep=keep
    )
    told: list[tuple[str, str]] = []
    tray = window.practice.tray
    assert tray is not None
    monkeypatch.setattr(tray, "tell", lambda title, text, msecs=8000: told.append((title, text)))
    assert window.close() is False  # the close was refused: the window hides
    assert not window.isVisible()
    assert closed == []
    assert [t for t, _ in told] == ["Acupressure is still running"]
    # Open from the tray brings it back; Quit really quits.
    tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    assert len(told) == 1  # said once
    tray.quit_action.trigger()
    assert closed == ["closed"]


def test_ctrl_q_quits_even_with_a_tray(
    qtbot: QtBot, config_dir: Path, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, closed = _window(qtbot, config_dir, history, monkeypatch, tray=True, reminders=True)
    window.quit_action.trigger()
    assert closed == ["closed"]


def test_with_a_tray_but_no_reminder_closing_quits(
    qtbot: QtBot, config_dir: Path, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, closed = _window(qtbot, config_dir, history, monkeypatch, tray=True)
    window.close()
    assert closed == ["closed"]


def test_without_a_tray_closing_quits_even_with_reminders(
    qtbot: QtBot, config_dir: Path, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, closed = _window(
        qtbot, config_dir, history, monkeypatch, tray=False, reminders=True, keep=True
    )
    assert window.practice.tray is None
    assert not window.practice.keeps_running_in_tray()
    window.close()
    assert closed == ["closed"]


def test_tray_menu_entries_pause_and_start(
    qtbot: QtBot, config_dir: Path, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _closed = _window(qtbot, config_dir, history, monkeypatch, tray=True, reminders=True)
    tray = window.practice.tray
    assert tray is not None
    routine = window.session_page.current_routine()
    assert routine is not None
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[0] == "Open"
    assert texts[1] == f"Start {routine.name}"
    assert texts[-2:] == ["Pause reminders for today", "Quit"]
    tray.pause_action.trigger()
    assert window.context.settings.reminders_paused_on == window.practice.today().isoformat()
    assert window.practice.paused_today()
    tray.pause_action.trigger()
    assert window.context.settings.reminders_paused_on is None
    # Start <routine> from the tray: the window comes back on the Session page, running.
    window.hide()
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Ok)
    tray.start_action.trigger()
    assert window.isVisible()
    assert window.current_page() == "session"
    assert window.session_page.is_running()
    window.session_page.stop()
