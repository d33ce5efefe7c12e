"""The breathing pacer: paces from a clock, moves only when motion is welcome."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from acupress_gui.domain.breathing import BreathPhase
from acupress_gui.ui.widgets.breathing_pacer import FRAME_MS, BreathingPacer


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _timer_interval(pacer: BreathingPacer) -> int:
    """The pacer's next wake-up in ms, or -1 when it will not wake."""
    (timer,) = pacer.findChildren(QTimer)
    return timer.interval() if timer.isActive() else -1


def test_breathes_in_then_out_with_the_clock(qtbot: QtBot) -> None:
    clock = _Clock()
    pacer = BreathingPacer(clock=clock)
    qtbot.addWidget(pacer)
    assert not pacer.running
    pacer.start()
    assert pacer.running
    assert pacer.breath.phase is BreathPhase.IN
    assert pacer.accessibleDescription() == "Breathe in"
    clock.now += 5.0
    qtbot.waitUntil(lambda: pacer.breath.phase is BreathPhase.OUT, timeout=1000)
    assert pacer.accessibleDescription() == "Breathe out slowly"
    assert _timer_interval(pacer) == FRAME_MS
    assert not pacer.grab().isNull()


def test_reduced_motion_wakes_only_at_each_change_of_breath(qtbot: QtBot) -> None:
    clock = _Clock()
    pacer = BreathingPacer(reduced_motion=True, clock=clock)
    qtbot.addWidget(pacer)
    pacer.start()
    assert _timer_interval(pacer) == 4000  # the whole in-breath
    clock.now += 1.0
    pacer.set_reduced_motion(True)
    assert _timer_interval(pacer) == 3000
    pacer.set_reduced_motion(False)
    assert _timer_interval(pacer) == FRAME_MS


def test_stopped_it_never_wakes_the_app(qtbot: QtBot) -> None:
    pacer = BreathingPacer(clock=_Clock())
    qtbot.addWidget(pacer)
    pacer.start()
    pacer.stop()
    assert not pacer.running
    assert _timer_interval(pacer) == -1
    assert pacer.accessibleName() == "Breathing pace"
