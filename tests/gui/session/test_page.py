"""A whole routine driven through the window with the keyboard and a fake clock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Illustration, Point, Side
from acupress_gui.domain.recording import MemoryRecorder, SessionStatus
from acupress_gui.domain.timer import PhaseKind, PhaseStarted, TimerMachine, TimerState
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.points.browser import PointBrowser
from acupress_gui.ui.session import page as page_module
from acupress_gui.ui.session.controller import SessionController
from acupress_gui.ui.session.page import SessionPage
from tests.helpers.clock import FakeClock, FakeTimers
from tests.helpers.keys import key_click, key_clicks, mouse_click

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


def _recorder(window: AppWindow) -> MemoryRecorder:
    """The in-memory recorder the test window records into."""
    recorder = window.context.recorder
    assert isinstance(recorder, MemoryRecorder)
    return recorder


def _point_browser(window: AppWindow) -> PointBrowser:
    browser = window.page("points")
    assert isinstance(browser, PointBrowser)
    return browser


def _controller(page: SessionPage) -> SessionController:
    controller = page.controller
    assert controller is not None, "no session on the page"
    return controller


def _machine(page: SessionPage) -> TimerMachine:
    machine = _controller(page).machine
    assert machine is not None, "no plan loaded"
    return machine


def _current_duration(page: SessionPage) -> float:
    phase = _machine(page).current_phase
    assert phase is not None, "no current phase"
    return phase.duration


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the page announces to screen readers (the announcements still go out)."""
    said: list[str] = []
    update = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        message = getattr(event, "message", None)
        if callable(message):
            said.append(message())
        update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def _window(
    qtbot: QtBot,
    config_dir: Path,
    clock: FakeClock,
    settings: dict[str, object],
    timers: FakeTimers | None = None,
) -> AppWindow:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(json.dumps(settings))
    context = build_context(
        config_dir,
        recorder=MemoryRecorder(),
        sound_backend=_no_audio_device,
        voice_engine="mock",
    )
    win = AppWindow(context, clock=clock, timer_factory=timers)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)  # window shortcuts need an active window
    return win


@pytest.fixture
def window(qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers) -> AppWindow:
    return _window(qtbot, config_dir, clock, {"safety_notice_accepted": True}, timers)


def tick(timers: FakeTimers, clock: FakeClock, seconds: float) -> None:
    """Let time pass and deliver the timer's wake-up (no real waiting)."""
    timers.advance(clock, seconds)


def key(qtbot: QtBot, window: AppWindow, k: Qt.Key) -> None:
    key_click(window.session_page, k)


def test_whole_routine_by_keyboard(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers, announcements: list[str]
) -> None:
    page = window.session_page
    assert page.select_routine("Desk break: hands and feet")
    assert page.panel() == "setup"
    assert "LI4" in page.setup_panel.steps_overview.item(0).text()
    key(qtbot, window, Qt.Key.Key_Space)
    assert page.panel() == "running"
    assert page.state() is TimerState.RUNNING
    assert page.running_panel.phase_label.text() == "Find the point"
    assert page.running_panel.point_label.text().startswith("LI4")
    assert page.running_panel.side_label.text() == "Left side"
    assert "Step 1 of 6" in page.running_panel.progress_label.text()
    assert page.running_panel.countdown.text == "5"

    tick(timers, clock, 5.0)  # prepare ends
    assert page.running_panel.phase_label.text() == "Press"
    assert page.running_panel.repetition_label.text() == "Repetition 1 of 2"
    tick(timers, clock, 1.0)
    assert page.running_panel.countdown.text == str(int(_current_duration(page)) - 1)

    key(qtbot, window, Qt.Key.Key_Right)  # skip the hold
    assert page.running_panel.phase_label.text() == "Release"
    key(qtbot, window, Qt.Key.Key_Space)  # pause
    assert page.state() is TimerState.PAUSED
    assert page.running_panel.phase_label.text() == "Paused · Release"  # the phase stays
    assert not _controller(page).timer_active
    key(qtbot, window, Qt.Key.Key_Space)  # resume
    assert page.state() is TimerState.RUNNING

    key(qtbot, window, Qt.Key.Key_N)  # N also skips: second hold, left side
    assert page.running_panel.phase_label.text() == "Press"
    assert page.running_panel.repetition_label.text() == "Repetition 2 of 2"
    tick(timers, clock, 5.0)  # the last hold on the left ends: switch sides
    assert page.running_panel.phase_label.text() == "Switch to the right side"
    tick(timers, clock, 5.0)  # time to find the point again on the new side
    assert page.running_panel.phase_label.text() == "Find the point"
    assert page.running_panel.side_label.text() == "Right side"
    tick(timers, clock, 5.0)
    assert page.running_panel.phase_label.text() == "Press"
    assert page.running_panel.side_label.text() == "Right side"

    tick(timers, clock, 3600.0)  # the rest of the routine
    assert page.panel() == "summary"
    assert page.summary_panel.summary_title.text() == "Well done"
    recorder = window.context.recorder
    assert isinstance(recorder, MemoryRecorder)
    (record,) = recorder.sessions.values()
    assert record.status is SessionStatus.COMPLETED
    assert record.routine_name == "Desk break: hands and feet"
    assert len(record.holds) >= 12
    assert record.holds[0].point == "LI4" and record.holds[0].held_seconds == pytest.approx(1.0)
    assert any("Press" in text for text in announcements)

    page.summary_panel.pain_after.setValue(2)
    key_clicks(page.summary_panel.note_edit, "better")
    mouse_click(page.summary_panel.save_rating_button)
    (record,) = recorder.sessions.values()
    assert record.pain_after == 2 and record.note == "better"


def test_back_and_stop_with_confirmation(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    page.select_routine("Six essentials")
    page.setup_panel.pain_before.setValue(6)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10.0)
    assert page.running_panel.phase_label.text() == "Press"
    key(qtbot, window, Qt.Key.Key_Left)  # back to the start of the step
    assert page.running_panel.phase_label.text() == "Find the point"

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        key_click(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, confirm)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert page.panel() == "summary"
    assert page.summary_panel.summary_title.text() == "Session stopped"
    (record,) = _recorder(window).sessions.values()
    assert record.status is SessionStatus.STOPPED and record.pain_before == 6


def test_escape_can_be_cancelled(qtbot: QtBot, window: AppWindow, clock: FakeClock) -> None:
    page = window.session_page
    key(qtbot, window, Qt.Key.Key_Space)

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        key_click(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert page.state() is TimerState.RUNNING


def test_cautions_and_partner_note_shown(qtbot: QtBot, window: AppWindow, clock: FakeClock) -> None:
    page = window.session_page
    page.select_routine("Upper back and neck")  # starts with GB21 (pregnancy caution)
    key(qtbot, window, Qt.Key.Key_Space)
    assert page.running_panel.cautions_label.isVisible()
    assert "pregnancy" in page.running_panel.cautions_label.text().lower()
    for _ in range(60):
        if page.running_panel.point_label.text().startswith("GV14"):
            break
        key(qtbot, window, Qt.Key.Key_Right)
    assert page.running_panel.point_label.text().startswith("GV14")
    assert "Needs a partner" in page.running_panel.cautions_label.text()


def test_pregnancy_setting_offers_to_skip(
    qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers
) -> None:
    window = _window(
        qtbot, config_dir, clock, {"safety_notice_accepted": True, "pregnant": True}, timers
    )
    page = window.session_page
    page.select_routine("Six essentials")  # contains BL60
    assert "BL60" in page.setup_panel.routine_notes.text()
    assert "avoid in pregnancy" in " ".join(
        page.setup_panel.steps_overview.item(i).text()
        for i in range(page.setup_panel.steps_overview.count())
    )

    def choose_skip() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        key_click(box, Qt.Key.Key_Return)  # default: skip them

    QTimer.singleShot(0, choose_skip)
    key(qtbot, window, Qt.Key.Key_Space)
    plan = _machine(page).plan
    assert "BL60" not in {s.point for s in plan.steps}


def test_first_run_notice_then_start(
    qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers
) -> None:
    window = _window(qtbot, config_dir, clock, {}, timers)

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.accessibleName() == "Safety notice"
        key_click(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, accept)
    window.first_run_check(start=True)
    assert window.session_page.state() is TimerState.RUNNING
    saved = json.loads((config_dir / "settings.json").read_text())
    assert saved["safety_notice_accepted"] is True


def test_first_run_notice_declined_does_not_start(
    qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers
) -> None:
    window = _window(qtbot, config_dir, clock, {}, timers)

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        key_click(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, decline)
    window.first_run_check(start=True)
    assert window.session_page.state() is None
    assert not (config_dir / "settings.json").read_text().count("true")


def test_closing_mid_session_records_it(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 30.0)
    window.close()
    (record,) = _recorder(window).sessions.values()
    assert record.status is SessionStatus.STOPPED
    assert record.ended_at is not None


def test_actions_have_shortcut_tooltips(window: AppWindow) -> None:
    page = window.session_page
    assert page.session_actions.toggle_action.toolTip() == "Start (Space)"
    assert (
        "Right" in page.session_actions.skip_action.toolTip()
        and "N" in page.session_actions.skip_action.toolTip()
    )
    assert "Esc" in page.session_actions.stop_action.toolTip()
    for button in (
        page.running_panel.back_button,
        page.running_panel.toggle_button,
        page.running_panel.skip_button,
        page.running_panel.stop_button,
        page.running_panel.mute_button,
        page.running_panel.full_screen_button,
        page.setup_panel.start_button,
    ):
        assert button.accessibleName()


def test_no_audio_device_flashes_and_says_so_once(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    flashes: list[object] = []
    window.context.cues.flash_requested.connect(flashes.append)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10.0)  # prepare -> hold: a cue that cannot be heard
    assert window.context.cues.sound_available is False
    assert "Sound is unavailable" in window.statusBar().currentMessage()
    assert flashes
    assert "background-color" in page.running_panel.phase_label.styleSheet()
    window.statusBar().clearMessage()
    before = len(flashes)
    key(qtbot, window, Qt.Key.Key_Right)
    assert len(flashes) > before
    assert window.statusBar().currentMessage() == ""  # told only once
    assert page.state() is TimerState.RUNNING


def test_voice_speaks_phases_with_the_mock_engine(
    qtbot: QtBot,
    config_dir: Path,
    clock: FakeClock,
    timers: FakeTimers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(
        qtbot, config_dir, clock, {"safety_notice_accepted": True, "voice_enabled": True}, timers
    )
    said: list[str] = []
    monkeypatch.setattr(window.context.voice, "say", said.append)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10.0)
    assert said[0].startswith("Find ") and said[-1] == "Press."


def test_mute_key_saves_the_setting(
    qtbot: QtBot, window: AppWindow, config_dir: Path, timers: FakeTimers
) -> None:
    key(qtbot, window, Qt.Key.Key_M)
    assert window.context.cues.muted
    assert json.loads((config_dir / "settings.json").read_text())["muted"] is True


def _finish(
    window: AppWindow, timers: FakeTimers, clock: FakeClock, qtbot: QtBot, routine: str
) -> None:
    page = window.session_page
    page.select_routine(routine)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10_000.0)
    assert page.panel() == "summary"


def test_closing_on_the_summary_keeps_a_typed_rating(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    _finish(window, timers, clock, qtbot, "Desk break: hands and feet")
    page = window.session_page
    page.summary_panel.pain_after.setValue(2)
    key_clicks(page.summary_panel.note_edit, "lighter")
    window.close()
    (record,) = _recorder(window).sessions.values()
    assert record.pain_after == 2 and record.note == "lighter"


def test_new_session_does_not_write_a_saved_rating_again(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    _finish(window, timers, clock, qtbot, "Desk break: hands and feet")
    page = window.session_page
    page.summary_panel.pain_after.setValue(3)
    page.save_rating()
    recorder = _recorder(window)
    (session_id,) = recorder.sessions
    # Edited afterwards elsewhere (the History page).
    recorder.rate(session_id, pain_before=None, pain_after=1, note="edited later")
    mouse_click(page.summary_panel.new_session_button)
    assert recorder.sessions[session_id].note == "edited later"
    assert page.panel() == "setup"


@pytest.mark.expect_log("acupress_gui.ui.session.run", "could not be recorded")
def test_a_failed_rating_save_is_not_called_saved(
    qtbot: QtBot,
    window: AppWindow,
    clock: FakeClock,
    timers: FakeTimers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _finish(window, timers, clock, qtbot, "Desk break: hands and feet")
    page = window.session_page

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_recorder(window), "rate", refuse)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.save_rating()
    assert messages and "could not be written" in messages[-1]
    assert "Saved." not in messages


def test_a_session_ending_on_another_page_does_not_take_the_keyboard(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    key(qtbot, window, Qt.Key.Key_Space)
    window.show_page("points")
    search = _point_browser(window).search
    search.setFocus()
    tick(timers, clock, 10_000.0)
    assert page.panel() == "summary"
    assert QApplication.focusWidget() is search


def test_m_mutes_only_on_the_session_page(qtbot: QtBot, window: AppWindow) -> None:
    window.show_page("points")
    points = _point_browser(window).points
    points.setFocus()
    key_click(points, Qt.Key.Key_M)
    assert not window.context.cues.muted


def test_self_applicable_point_shows_its_partner_advice(
    qtbot: QtBot, window: AppWindow, clock: FakeClock
) -> None:
    page = window.session_page
    page.select_routine("Six essentials")  # starts with BL23
    key(qtbot, window, Qt.Key.Key_Space)
    text = page.running_panel.cautions_label.text()
    assert "tennis ball" in text and "Partner" in text


def test_full_screen_action_follows_the_window_state(window: AppWindow) -> None:
    window.showFullScreen()
    assert window.session_page.session_actions.full_screen_action.isChecked()
    window.showNormal()
    assert not window.session_page.session_actions.full_screen_action.isChecked()


def test_summary_mnemonics_do_not_clash(window: AppWindow) -> None:
    page = window.session_page
    assert page.summary_panel.save_rating_button.text() == "Sav&e"
    assert page.summary_panel.new_session_button.text() == "Ne&w session"


def test_no_session_starts_before_the_safety_notice_is_accepted(
    qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers
) -> None:
    window = _window(qtbot, config_dir, clock, {}, timers)
    shown: list[str] = []

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        shown.append(dialog.accessibleName())
        key_click(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, decline)
    key(qtbot, window, Qt.Key.Key_Space)
    assert shown == ["Safety notice"]
    assert window.session_page.state() is None

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        key_click(dialog, Qt.Key.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTimer.singleShot(0, accept)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.session_page.state() is TimerState.RUNNING


def test_a_second_tick_redraws_only_what_changes(
    qtbot: QtBot,
    window: AppWindow,
    clock: FakeClock,
    timers: FakeTimers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.session_page
    shown: list[str] = []
    original = page.running_panel.illustration.show_point

    def show_point(
        point: Point, illustration: Illustration, image_file: Path, side: Side | None
    ) -> None:
        shown.append(point.id)
        original(point, illustration, image_file, side)

    monkeypatch.setattr(page.running_panel.illustration, "show_point", show_point)
    running: list[bool] = []
    page.running_changed.connect(running.append)
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10.0)  # into the first hold
    before = len(shown)
    for _ in range(5):
        tick(timers, clock, 1.0)
    assert len(shown) == before  # the drawing and the text stay; only the countdown moves
    assert page.running_panel.countdown.text == "25"
    assert running == [True]


def test_the_page_reports_cues_and_the_routine_picked(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    picked: list[str] = []
    page.routine_selected.connect(picked.append)
    assert page.select_routine("Six essentials")
    routine = page.current_routine()
    assert routine is not None and picked and picked[-1] == routine.id
    cues: list[tuple[object, object]] = []
    page.cue.connect(lambda event, point: cues.append((event, point)))
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 10.0)
    started = [(e, p) for e, p in cues if isinstance(e, PhaseStarted)]
    assert [e.phase.kind for e, _ in started][:2] == [PhaseKind.PREPARE, PhaseKind.HOLD]
    assert all(isinstance(p, Point) and p.id == e.phase.point_id for e, p in started)


def test_offering_the_routines_builds_the_overview_once(
    window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.session_page
    panel = page.setup_panel
    routines = window.context.all_routines()
    assert len(routines) > 2
    picked: list[str] = []
    page.routine_selected.connect(picked.append)
    built: list[int] = []
    original = panel.steps_overview.clear

    def clear() -> None:
        built.append(1)
        original()

    monkeypatch.setattr(panel.steps_overview, "clear", clear)
    page.set_routines(routines, select=routines[2].id)
    assert built == [1]
    assert panel.steps_overview.count() == len(routines[2].steps)
    assert picked == [routines[2].id]  # another routine was picked: said once
    built.clear()
    page.set_routines(routines)  # the same routine stays picked: nothing to say
    assert built == [1] and picked == [routines[2].id]


def test_the_stop_question_holds_the_timer_without_a_word(
    qtbot: QtBot,
    window: AppWindow,
    clock: FakeClock,
    timers: FakeTimers,
    announcements: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = window.session_page
    page.select_routine("Six essentials")
    key(qtbot, window, Qt.Key.Key_Space)
    tick(timers, clock, 12.0)  # into the first hold
    machine = _machine(page)
    left = machine.time_left(clock.now())
    heard: list[object] = []
    page.cue.connect(lambda event, _point: heard.append(event))
    messages: list[str] = []
    page.message.connect(messages.append)
    announcements.clear()
    asked: list[TimerState | None] = []

    def answer_no(_parent: object) -> bool:
        asked.append(page.state())
        clock.advance(20.0)  # the question stays open a while: the time does not count
        return False

    monkeypatch.setattr(page_module, "confirm_stop", answer_no)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert asked == [TimerState.PAUSED]  # held still while asking
    assert page.state() is TimerState.RUNNING  # "No": on as it was
    assert machine.time_left(clock.now()) == pytest.approx(left)
    assert heard == [] and announcements == [] and messages == []
