"""Daily practice in the window: the week's progress on the Session page, "done today",
and what the Reminders dialog changes (settings, autostart entry, the scheduler)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.goals import week_progress
from acupress_gui.domain.reminders import DAYS, Due, Reminder
from acupress_gui.storage.autostart import autostart_file
from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.storage.paths import APP_NAME
from acupress_gui.storage.reminder_settings import ReminderEntry
from acupress_gui.storage.settings import SettingsStore
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.platform.tray import AppTray
from acupress_gui.ui.shell.reminders_dialog import PracticeChoices
from tests.helpers.history_data import year_of_sessions

pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
    pytest.mark.qt_log_ignore("does not support raise"),  # offscreen
]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def history(config_dir: Path) -> Iterator[HistoryStore]:
    store = open_history(config_dir)
    yield store
    store.close()


@pytest.fixture
def window(
    qtbot: QtBot, config_dir: Path, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> AppWindow:
    monkeypatch.setattr(AppTray, "available", staticmethod(lambda: False))
    context = build_context(
        config_dir, history=history, voice_engine="mock", sound_backend=_no_audio_device
    )
    history.add_records(year_of_sessions(context.catalog, today=history.local_today()))
    win = AppWindow(context)
    qtbot.addWidget(win)
    return win


def test_the_session_page_shows_this_weeks_progress(window: AppWindow) -> None:
    store = window.context.history_store
    assert store is not None
    progress = week_progress(store.session_days(), store.local_today(), 5)
    label = window.session_page.setup_panel.goal_label
    assert label.text() == f"{progress.done} of 5 days this week"
    assert not label.isHidden()
    assert label.accessibleName() == "This week's progress toward your goal"


def test_done_today_asks_the_history_for_that_routine(window: AppWindow) -> None:
    store = window.context.history_store
    assert store is not None
    today = store.local_today()
    names = {r.routine_name for r in store.records() if r.started_at.date() == today}
    assert names  # year_of_sessions always has one today
    routines = {r.name: r for r in window.context.all_routines()}
    done = routines[sorted(names)[0]]
    assert window.practice.done_today(done.id)
    assert window.practice.done_today(done.name)
    others = [r for name, r in routines.items() if name not in names]
    assert others and not window.practice.done_today(others[0].id)


def test_applying_the_dialog_saves_rearms_and_writes_autostart(
    window: AppWindow, config_dir: Path
) -> None:
    scheduler = window.context.reminders
    assert scheduler is not None
    scheduler.start()
    assert not scheduler.armed
    choices = PracticeChoices(
        reminders=[ReminderEntry(time="07:30", days=["mon"], routine=None)],
        keep_in_tray=True,
        weekly_goal_days=3,
        autostart=True,
    )
    progress: list[str] = []
    window.practice.week_progress_changed.connect(progress.append)
    window.practice.apply(choices, autostart_before=False)
    assert scheduler.armed
    saved = SettingsStore(config_dir).load().settings
    assert [e.time for e in saved.reminders] == ["07:30"]
    assert saved.keep_in_tray is True
    assert saved.weekly_goal_days == 3
    entry = autostart_file()
    assert entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert "--background" in text
    # Started with a config folder of its own, the app at log-in uses that folder too.
    assert window.practice.autostart_command()[-2:] == ["--config-dir", str(config_dir)]
    assert str(config_dir) in text
    assert progress and progress[-1].endswith("of 3 days this week")
    window.practice.apply(
        PracticeChoices([], keep_in_tray=False, weekly_goal_days=3, autostart=False),
        autostart_before=True,
    )
    assert not entry.exists()
    assert not scheduler.armed
    scheduler.stop()


def test_a_due_reminder_without_server_or_tray_is_told_in_the_window_and_starts(
    window: AppWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    context = window.context
    context.settings.safety_notice_accepted = True
    notifier = context.notifier
    assert notifier is not None
    monkeypatch.setattr(notifier, "available", lambda: False)
    scheduler = context.reminders
    assert scheduler is not None
    store = context.history_store
    assert store is not None
    today = store.local_today()
    practised = {r.routine_name for r in store.records() if r.started_at.date() == today}
    fresh = next(r for r in context.all_routines() if r.name not in practised)
    done = next(r for r in context.all_routines() if r.name in practised)
    notices = window.practice.notices
    assert notices is not None
    now = datetime.now(UTC)
    # Done today: nothing at all.
    scheduler.due.emit(Due(now, Reminder.create("07:30", DAYS, done.id)))
    assert notices.shown_count == 0
    # Not done: the status bar says it, and "start" from it runs that routine.
    scheduler.due.emit(Due(now, Reminder.create("07:30", DAYS, fresh.id)))
    assert notices.shown_count == 1
    assert window.statusBar().currentMessage().startswith(f"Time for {fresh.name}.")
    window.show()
    notices.start_last_fallback()
    assert window.current_page() == "session"
    current = window.session_page.current_routine()
    assert current is not None and current.id == fresh.id
    assert window.session_page.is_running()
    # While it runs, a reminder says nothing.
    scheduler.due.emit(Due(now, Reminder.create("08:00", DAYS, None)))
    assert notices.shown_count == 1
    window.session_page.stop()


def test_the_usual_config_folder_is_not_written_into_the_log_in_entry(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    usual = tmp_path / APP_NAME
    usual.mkdir()
    context = build_context(usual, voice_engine="mock", sound_backend=_no_audio_device)
    window = AppWindow(context)
    qtbot.addWidget(window)
    command = window.practice.autostart_command()
    assert "--config-dir" not in command
