"""The session for the person on the floor: a calm full screen, Esc that never surprises,
a text size of their own, a breathing guide during holds, keys on the buttons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from acupress_gui.domain.recording import MemoryRecorder
from acupress_gui.domain.timer import PhaseKind, TimerState
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.session import page as page_module
from tests.helpers.clock import FakeClock, FakeTimers
from tests.helpers.keys import key_click

pytestmark = [pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False)]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def window(qtbot: QtBot, config_dir: Path, clock: FakeClock, timers: FakeTimers) -> AppWindow:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
    context = build_context(
        config_dir, recorder=MemoryRecorder(), sound_backend=_no_audio_device, voice_engine="mock"
    )
    win = AppWindow(context, clock=clock, timer_factory=timers)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    return win


def _start(qtbot: QtBot, window: AppWindow) -> None:
    page = window.session_page
    assert page.select_routine("Desk break: hands and feet")
    key_click(page, Qt.Key.Key_Space)
    assert page.state() is TimerState.RUNNING


def test_full_screen_is_calm_and_esc_leaves_it_first(qtbot: QtBot, window: AppWindow) -> None:
    _start(qtbot, window)
    page = window.session_page
    key_click(page, Qt.Key.Key_F)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert not window.page_bar.isVisible()
    assert window.current_page() == "session"
    key_click(page, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.page_bar.isVisible()
    assert page.state() is TimerState.RUNNING  # Esc in full screen only left full screen


def test_the_stop_question_pauses_the_session_while_it_is_open(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _start(qtbot, window)
    page = window.session_page
    seen: list[TimerState | None] = []

    def answer(_parent: object) -> bool:
        seen.append(page.state())
        return False  # "Continue"

    monkeypatch.setattr(page_module, "confirm_stop", answer)
    key_click(page, Qt.Key.Key_Escape)
    assert seen == [TimerState.PAUSED]
    assert page.state() is TimerState.RUNNING
    monkeypatch.setattr(page_module, "confirm_stop", lambda _parent: True)
    key_click(page, Qt.Key.Key_Escape)
    assert not page.is_running()


def test_text_size_grows_and_is_kept(qtbot: QtBot, window: AppWindow, config_dir: Path) -> None:
    label = window.session_page.running_panel.instructions
    before = label.font().pointSizeF()
    window.view_options.larger_action.trigger()
    window.view_options.larger_action.trigger()
    assert label.font().pointSizeF() == pytest.approx(before * 1.3)
    saved = json.loads((config_dir / "settings.json").read_text())
    assert saved["text_scale"] == pytest.approx(1.3)
    window.view_options.normal_action.trigger()
    assert label.font().pointSizeF() == pytest.approx(before)


def test_the_breathing_guide_paces_only_holds(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    window.settings_menu.breathing_action.trigger()
    assert window.context.settings.breathing_guide
    _start(qtbot, window)
    page = window.session_page
    breathing = page.running_panel.breathing
    assert not breathing.isVisible()  # finding the point: no pace yet
    while (phase := page.controller.machine.current_phase) is not None and (  # type: ignore[union-attr]
        phase.kind is not PhaseKind.HOLD
    ):
        timers.advance(clock, 1.0)
    assert breathing.isVisible() and breathing.running
    key_click(page, Qt.Key.Key_Space)  # pause: the pace stops with the hold
    assert not breathing.running


def test_session_buttons_show_their_keys(qtbot: QtBot, window: AppWindow) -> None:
    _start(qtbot, window)
    panel = window.session_page.running_panel
    assert panel.toggle_button.text() == "Pause (Space)"
    assert panel.skip_button.text() == "Skip (Right)"
    assert panel.back_button.text() == "Back (Left)"
    assert panel.stop_button.text() == "Stop (Esc)"
    assert panel.full_screen_button.text() == "Full screen (F)"


def _run_to_the_end(page: object, clock: FakeClock, timers: FakeTimers, *, skip: bool) -> None:
    from acupress_gui.ui.session.page import SessionPage

    assert isinstance(page, SessionPage)
    for _ in range(2000):
        if not page.is_running():
            return
        if skip:
            page.skip()
        else:
            timers.advance(clock, 1.0)
    raise AssertionError("the session did not end")


def test_a_session_skipped_through_is_not_congratulated(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    _start(qtbot, window)
    page = window.session_page
    _run_to_the_end(page, clock, timers, skip=True)
    summary = page.summary_panel
    assert summary.summary_title.text() == "Session ended"
    assert "Most holds were skipped" in summary.summary_text.text()


def test_the_end_shows_pain_before_and_after_and_saves_the_rating_at_once(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    assert page.select_routine("Desk break: hands and feet")
    page.setup_panel.pain_before.setValue(6)
    key_click(page, Qt.Key.Key_Space)
    _run_to_the_end(page, clock, timers, skip=False)
    summary = page.summary_panel
    assert summary.summary_title.text() == "Well done"
    assert summary.pain_change_label.text() == "Pain before: 6. How is it now?"
    summary.pain_after.setValue(4)
    assert summary.pain_change_label.text() == "Pain 6 → 4 (-2)"
    recorder = window.context.recorder
    assert isinstance(recorder, MemoryRecorder)
    (record,) = recorder.sessions.values()
    qtbot.waitUntil(lambda: recorder.sessions[record.session_id].pain_after == 4, timeout=3000)


def _run_until(
    page: object, clock: FakeClock, timers: FakeTimers, wanted: PhaseKind, point: str | None
) -> None:
    from acupress_gui.ui.session.page import SessionPage

    assert isinstance(page, SessionPage)
    for _ in range(5000):
        machine = page.controller.machine if page.controller is not None else None
        phase = machine.current_phase if machine is not None else None
        if (
            phase is not None
            and phase.kind is wanted
            and (point is None or phase.point_id == point)
        ):
            return
        page.skip()
    raise AssertionError(f"no {wanted} phase for {point}")


def test_a_change_of_position_has_its_own_phase_words_and_cue(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    page = window.session_page
    assert page.select_routine("Six essentials")
    key_click(page, Qt.Key.Key_Space)
    _run_until(page, clock, timers, PhaseKind.POSITION, None)
    panel = page.running_panel
    assert panel.phase_label.text() == "Change position"
    assert panel.position_picture.isVisible() and not panel.illustration.isVisible()
    assert panel.position_picture.renderer().isValid()
    assert "Lie on" in panel.instructions.text() or "Sit" in panel.instructions.text()


def test_partner_mode_speaks_to_the_helper(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers, config_dir: Path
) -> None:
    page = window.session_page
    page.setup_panel.helper_check.setChecked(True)
    assert json.loads((config_dir / "settings.json").read_text())["helper_presses"] is True
    assert page.select_routine("Six essentials")
    key_click(page, Qt.Key.Key_Space)
    _run_until(page, clock, timers, PhaseKind.HOLD, "GV4")
    text = page.running_panel.instructions.text()
    assert "For your helper:" in text
    gv4 = window.context.catalog.point("GV4")
    assert gv4 is not None and gv4.needs_helper
    assert gv4.helper_technique[0][:30] in text.replace("&#x27;", "'")


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_no_session_button_is_cut_off_at_1024x600(
    qtbot: QtBot, window: AppWindow, scale: float
) -> None:
    window.session_page.set_text_scale(scale)
    _start(qtbot, window)
    panel = window.session_page.running_panel
    qtbot.wait(50)
    buttons = (
        panel.back_button,
        panel.toggle_button,
        panel.skip_button,
        panel.stop_button,
        panel.mute_button,
        panel.full_screen_button,
    )
    for button in buttons:
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width(), (scale, button.text())
        where = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        assert panel.rect().contains(where), (scale, button.text(), where, panel.rect())
    if scale in (1.0, 2.0):  # one row at the normal size, two with the largest text
        assert panel.controls_wrapped == (scale == 2.0)


def test_the_countdown_does_not_measure_the_controls_again_each_second(
    qtbot: QtBot, window: AppWindow, clock: FakeClock, timers: FakeTimers
) -> None:
    _start(qtbot, window)
    panel = window.session_page.running_panel
    qtbot.wait(20)
    measured: list[int] = []
    real_style = panel.style

    def counting_style() -> QStyle:  # measuring the controls asks for the style's spacing
        measured.append(1)
        return real_style()

    panel.style = counting_style  # type: ignore[method-assign]
    for _ in range(5):
        timers.advance(clock, 1.0)
        QApplication.processEvents()
    assert measured == []  # the time left changed, not the width: no reflow
    window.resize(1200, 600)
    qtbot.waitUntil(lambda: bool(measured))  # a new width is measured again
