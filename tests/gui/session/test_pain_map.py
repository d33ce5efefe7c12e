"""Where it hurts and the weekly check-in on the Session page, by keyboard, into the history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from tests.helpers.clock import FakeClock, FakeTimers
from tests.helpers.keys import key_click

pytestmark = [pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False)]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def store(config_dir: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(history_file(config_dir))
    yield history
    history.close()


def make_window(
    qtbot: QtBot,
    config_dir: Path,
    store: HistoryStore,
    clock: FakeClock,
    timers: FakeTimers,
    **settings: object,
) -> AppWindow:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(
        json.dumps({"safety_notice_accepted": True, **settings})
    )
    context = build_context(
        config_dir, history=store, sound_backend=_no_audio_device, voice_engine="mock"
    )
    window = AppWindow(context, clock=clock, timer_factory=timers)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def run_session(window: AppWindow, clock: FakeClock, timers: FakeTimers) -> str:
    page = window.session_page
    page.select_routine("Desk break: hands and feet")
    assert page.start_session()
    timers.advance(clock, 10_000.0)
    assert page.panel() == "summary"
    assert page._run is not None
    return page._run.session_log.session_id


def test_regions_marked_by_keyboard_before_are_kept_and_changed_after(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers)
    setup = window.session_page.setup_panel
    boxes = setup.pain_map.boxes
    # Alt+W reaches the map; Tab walks it in map order; Space marks.
    key_click(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is boxes[PainRegion.LOWER_BACK_LEFT]
    key_click(boxes[PainRegion.LOWER_BACK_LEFT], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[PainRegion.LOWER_BACK_RIGHT]
    key_click(boxes[PainRegion.LOWER_BACK_RIGHT], Qt.Key.Key_Space)
    boxes[PainRegion.LEGS].setFocus()
    key_click(boxes[PainRegion.LEGS], Qt.Key.Key_Space)
    assert setup.pain_map.regions() == (PainRegion.LOWER_BACK_RIGHT, PainRegion.LEGS)
    assert all(box.accessibleName().startswith("Pain in the ") for box in boxes.values())

    session_id = run_session(window, clock, timers)
    started = store.get(session_id)
    assert started is not None
    assert started.pain_regions == (PainRegion.LOWER_BACK_RIGHT, PainRegion.LEGS)
    summary = window.session_page.summary_panel
    assert summary.pain_map.regions() == started.pain_regions
    assert not summary.checkin.isVisibleTo(summary)  # the check-in is off by default
    summary.pain_map.boxes[PainRegion.NECK].click()
    window.session_page.save_unsaved_rating()
    changed = store.get(session_id)
    assert changed is not None
    assert changed.pain_regions == (PainRegion.LOWER_BACK_RIGHT, PainRegion.NECK, PainRegion.LEGS)
    assert changed.checkin is None
    window.close()


def test_the_weekly_checkin_is_asked_once_a_week_when_turned_on(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers, weekly_checkin=True)
    first = run_session(window, clock, timers)
    summary = window.session_page.summary_panel
    assert summary.checkin.isVisibleTo(summary)
    form = summary.checkin
    assert "daily activities" in form.interference.accessibleName()
    form.interference.setCurrentIndex(form.interference.findData(6))
    window.session_page.save_unsaved_rating()
    got = store.get(first)
    assert got is not None and got.checkin is None  # one answer alone is not a check-in
    form.sleep.setCurrentIndex(form.sleep.findData(3))
    window.session_page.save_unsaved_rating()
    got = store.get(first)
    assert got is not None and got.checkin == WeeklyCheckin(interference=6, sleep=3)

    window.session_page.summary_panel.new_session_button.click()
    run_session(window, clock, timers)
    assert not summary.checkin.isVisibleTo(summary)  # given today: not again this week
    window.close()


def test_a_new_session_starts_with_no_region_of_the_last_one(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers)
    setup = window.session_page.setup_panel
    setup.pain_map.boxes[PainRegion.NECK].click()
    run_session(window, clock, timers)
    window.session_page.summary_panel.new_session_button.click()
    assert setup.pain_map.regions() == ()
    second = run_session(window, clock, timers)
    recorded = store.get(second)
    assert recorded is not None and recorded.pain_regions == ()
    window.close()


def test_filling_the_summary_arms_no_timer_until_the_person_edits(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    """Idle after a session means no wake-up: the regions shown on the summary are not an
    edit to save; a change made there is."""
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers)
    window.session_page.setup_panel.pain_map.boxes[PainRegion.NECK].click()
    run_session(window, clock, timers)
    page = window.session_page
    assert [timer for timer in page.findChildren(QTimer) if timer.isActive()] == []
    page.summary_panel.pain_map.boxes[PainRegion.LEGS].click()
    assert [timer for timer in page.findChildren(QTimer) if timer.isActive()] != []
    window.close()


def test_a_note_typed_on_the_summary_is_kept_when_a_new_session_starts_at_once(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    """A start from the tray or a reminder while the summary shows does not drop it."""
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers)
    session_id = run_session(window, clock, timers)
    page = window.session_page
    page.summary_panel.note_edit.setPlainText("Easier to bend afterwards.")
    assert page.start_session()  # before the save-soon timer has fired
    saved = store.get(session_id)
    assert saved is not None
    assert saved.note == "Easier to bend afterwards."
    page.stop()
    window.close()


def test_one_rating_with_new_regions_tells_the_history_once(
    qtbot: QtBot, config_dir: Path, store: HistoryStore
) -> None:
    clock, timers = FakeClock(), FakeTimers()
    window = make_window(qtbot, config_dir, store, clock, timers)
    session_id = run_session(window, clock, timers)
    page = window.session_page
    rated: list[str] = []
    page.session_rated.connect(rated.append)
    page.summary_panel.pain_map.boxes[PainRegion.NECK].click()
    page.summary_panel.pain_after.setValue(3)
    page.save_rating()
    assert rated == [session_id]
    stored = store.get(session_id)
    assert stored is not None and stored.pain_after == 3
    assert PainRegion.NECK in stored.pain_regions
    page.summary_panel.pain_map.boxes[PainRegion.LEGS].click()
    page.save_unsaved_rating()  # only the regions changed: told once more
    assert rated == [session_id, session_id]
