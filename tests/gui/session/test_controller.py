"""The session controller: signals, timer arming and suspend detection, on a fake clock.

Time never passes for real here: the tests advance a FakeClock and call the timer's timeout
handler themselves. ``QT_QPA_PLATFORM=offscreen`` comes from tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from acupress_gui.domain.models import Laterality, Side, Step
from acupress_gui.domain.timer import (
    EndReason,
    HoldRecord,
    InvalidCommandError,
    PauseReason,
    Phase,
    PhaseKind,
    PhaseStarted,
    Plan,
    StepStarted,
    TimerState,
    build_plan,
)
from acupress_gui.ui.session.controller import MonotonicClock, SessionController
from tests.helpers.clock import FakeClock, FakeTimers

LATERALITY = {"BL23": Laterality.BILATERAL, "GV4": Laterality.MIDLINE}


def make_plan() -> Plan:
    """prepare 5, hold 10 L, rest 5, hold 10 L, switch 3, hold 10 R, ...; then GV4."""
    return build_plan(
        [
            Step(point="BL23", hold_seconds=10, rest_seconds=5, repetitions=2),
            Step(point="GV4", hold_seconds=4, rest_seconds=0, repetitions=1, prepare_seconds=0),
        ],
        LATERALITY,
    )


class Recorder:
    """Collects every signal of a controller as (name, args) in order."""

    NAMES = (
        "phase_changed",
        "remaining_changed",
        "step_started",
        "side_switched",
        "countdown",
        "hold_ended",
        "paused",
        "resumed",
        "session_finished",
        "session_stopped",
        "suspend_detected",
        "state_changed",
        "events_emitted",
    )

    def __init__(self, controller: SessionController) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        for name in self.NAMES:
            getattr(controller, name).connect(self._make_slot(name))

    def _make_slot(self, name: str) -> Callable[..., None]:
        def slot(*args: object) -> None:
            self.calls.append((name, args))

        return slot

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def of(self, name: str) -> list[tuple[object, ...]]:
        return [args for n, args in self.calls if n == name]

    def phases(self) -> list[Phase]:
        found = [args[0] for args in self.of("phase_changed")]
        phases = [phase for phase in found if isinstance(phase, Phase)]
        assert len(phases) == len(found)
        return phases

    def clear(self) -> None:
        self.calls.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def controller(qapp: object, clock: FakeClock, timers: FakeTimers) -> Iterator[SessionController]:
    ctrl = SessionController(clock, timer_factory=timers)
    ctrl.load(make_plan())
    yield ctrl
    ctrl.deleteLater()


@pytest.fixture
def recorder(controller: SessionController) -> Recorder:
    return Recorder(controller)


def tick(timers: FakeTimers, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass and fire the timer once."""
    timers.advance(clock, seconds)


def run_to_end(controller: SessionController, timers: FakeTimers, clock: FakeClock) -> None:
    """Fire the timer exactly when it asks to be fired, until it stops asking."""
    while controller.timer_active:
        interval = controller.next_interval_ms
        assert interval is not None
        tick(timers, clock, interval / 1000)


def test_uses_one_precise_single_shot_timer(qapp: object, clock: FakeClock) -> None:
    controller = SessionController(clock)  # the real timer
    timers = controller.findChildren(QTimer, "session_timer")
    assert len(timers) == 1 and len(controller.findChildren(QTimer)) == 1
    (timer,) = timers
    assert timer.isSingleShot()
    assert timer.timerType() is Qt.TimerType.PreciseTimer


def test_idle_has_no_timer(controller: SessionController) -> None:
    assert controller.state is TimerState.IDLE
    assert not controller.timer_active
    assert controller.next_interval_ms is None
    assert controller.shown_seconds == 5  # the first phase, ready to go


def test_start_emits_and_arms(
    controller: SessionController, recorder: Recorder, clock: FakeClock
) -> None:
    controller.start()
    assert recorder.names() == [
        "events_emitted",
        "step_started",
        "phase_changed",
        "state_changed",
    ]
    ((events,),) = recorder.of("events_emitted")
    assert isinstance(events, list)
    assert [type(e) for e in events] == [StepStarted, PhaseStarted]
    assert recorder.of("step_started") == [(0, "BL23")]
    (phase,) = recorder.of("phase_changed")[0]
    assert isinstance(phase, Phase)
    assert phase.kind is PhaseKind.PREPARE
    assert recorder.of("state_changed") == [(TimerState.RUNNING,)]
    assert controller.timer_active
    assert controller.next_interval_ms == 1000


@pytest.mark.parametrize(
    ("elapsed", "interval_ms"),
    [(0.3, 700), (2.7, 300), (3.0, 1000), (4.2, 800), (4.95, 50)],
)
def test_next_wake_is_the_next_whole_second_or_the_deadline(
    controller: SessionController,
    clock: FakeClock,
    elapsed: float,
    interval_ms: int,
    timers: FakeTimers,
) -> None:
    controller.start()
    tick(timers, clock, elapsed)  # e.g. 2.3 s left of the 5 s prepare -> wake in 0.3 s
    assert controller.next_interval_ms == interval_ms


def test_remaining_changed_only_when_the_shown_value_changes(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()  # 5 already shown when the plan was loaded
    for _ in range(8):
        tick(timers, clock, 0.25)  # two seconds in quarter steps
    assert recorder.of("remaining_changed") == [(4,), (3,)]


def test_one_wakeup_per_second(
    controller: SessionController, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    run_to_end(controller, timers, clock)
    assert controller.state is TimerState.FINISHED
    # One wake-up per whole second of the plan, none in between.
    assert controller.machine is not None
    assert controller.wakeups == controller.machine.plan.total_seconds


def test_full_run_signals(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    run_to_end(controller, timers, clock)
    plan = make_plan()
    assert recorder.phases() == list(plan.phases)
    assert recorder.of("step_started") == [(0, "BL23"), (1, "GV4")]
    assert recorder.of("side_switched") == [(Side.RIGHT,)]
    assert [args[0] for args in recorder.of("countdown")] == [3, 2, 1] * len(plan.holds)
    records = [args[0] for args in recorder.of("hold_ended")]
    assert all(isinstance(r, HoldRecord) and r.completed for r in records)
    assert len(records) == len(plan.holds)
    assert recorder.of("session_finished") == [()]
    assert recorder.names()[-3:] == ["session_finished", "state_changed", "remaining_changed"]
    assert recorder.of("remaining_changed")[-1] == (0,)
    assert not controller.timer_active


def test_countdown_in_the_last_seconds_of_a_hold(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 5)  # the first hold begins
    recorder.clear()
    for expected in (3, 2, 1):
        tick(timers, clock, 7 if expected == 3 else 1)
        assert recorder.of("countdown")[-1] == (expected,)
    assert len(recorder.of("countdown")) == 3


def test_pause_stops_the_timer_and_resume_rearms(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 1.0)
    clock.advance(0.4)
    controller.pause()
    assert recorder.of("paused") == [(PauseReason.USER,)]
    assert not controller.timer_active
    clock.advance(100)
    controller.resume()
    assert recorder.of("resumed") == [()]
    assert controller.timer_active
    assert controller.next_interval_ms == 600  # 3.6 s left -> show 3 in 0.6 s


def test_toggle(controller: SessionController, recorder: Recorder) -> None:
    controller.toggle()
    controller.toggle()
    assert not controller.timer_active
    controller.toggle()
    assert controller.timer_active
    assert recorder.of("state_changed") == [
        (TimerState.RUNNING,),
        (TimerState.PAUSED,),
        (TimerState.RUNNING,),
    ]
    controller.stop()
    with pytest.raises(InvalidCommandError, match="toggle"):
        controller.toggle()


def test_skip_and_back(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 7.0)  # 2 s into the first hold
    recorder.clear()
    controller.skip()
    assert [phase.kind for phase in recorder.phases()] == [PhaseKind.REST]
    (record,) = recorder.of("hold_ended")[0]
    assert isinstance(record, HoldRecord)
    assert record.ended_by is EndReason.SKIPPED
    assert record.held_seconds == pytest.approx(2)
    assert controller.next_interval_ms == 1000
    tick(timers, clock, 3)
    recorder.clear()
    controller.back()
    assert recorder.of("step_started") == [(0, "BL23")]
    assert [phase.index for phase in recorder.phases()] == [0]
    assert controller.timer_active


def test_stop(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 6)
    controller.stop()
    assert recorder.of("session_stopped") == [()]
    (record,) = recorder.of("hold_ended")[-1]
    assert isinstance(record, HoldRecord)
    assert record.ended_by is EndReason.STOPPED
    assert controller.state is TimerState.STOPPED
    assert not controller.timer_active


def test_finished_has_no_timer(
    controller: SessionController, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 1000)  # time passes to the end
    assert controller.state is TimerState.FINISHED
    assert not controller.timer_active


def test_invalid_commands_raise_and_change_nothing(
    controller: SessionController, recorder: Recorder
) -> None:
    for command in (controller.pause, controller.resume, controller.skip, controller.stop):
        with pytest.raises(InvalidCommandError):
            command()
    assert recorder.calls == []
    assert controller.state is TimerState.IDLE
    assert not controller.timer_active
    controller.start()
    with pytest.raises(InvalidCommandError, match="start"):
        controller.start()
    with pytest.raises(InvalidCommandError, match="load"):
        controller.load(make_plan())


def test_no_plan(qapp: object, clock: FakeClock, timers: FakeTimers) -> None:
    ctrl = SessionController(clock, timer_factory=timers)
    assert ctrl.state is TimerState.IDLE
    assert ctrl.machine is None
    with pytest.raises(RuntimeError, match="no session plan"):
        ctrl.start()
    timers.fire()  # a stray wake-up is harmless
    assert not ctrl.timer_active


def test_suspend_pauses_and_tells(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 1)
    clock.jump_wall(3600)  # slept an hour; the monotonic clock stood still
    tick(timers, clock, 1)
    assert recorder.of("suspend_detected") == [(pytest.approx(3600),)]
    assert recorder.of("paused") == [(PauseReason.SUSPEND,)]
    assert controller.state is TimerState.PAUSED
    assert not controller.timer_active
    assert controller.machine is not None
    assert controller.machine.remaining(clock.now()) == pytest.approx(3)


def test_small_clock_noise_is_not_a_suspend(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    clock.jump_wall(4.5)  # e.g. NTP slewing: below the 5 s threshold
    tick(timers, clock, 1)
    assert recorder.of("suspend_detected") == []
    assert controller.state is TimerState.RUNNING


def test_sleep_while_paused_is_not_a_suspend(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    controller.pause()
    clock.jump_wall(3600)
    controller.resume()
    tick(timers, clock, 1)
    assert recorder.of("suspend_detected") == []
    assert controller.state is TimerState.RUNNING


def test_monotonic_clock_reads_real_time() -> None:
    clock = MonotonicClock()
    first = clock.now()
    assert clock.now() >= first
    assert clock.wall() > 1_600_000_000


def test_new_plan_after_finish(
    controller: SessionController, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 1000)
    controller.load(make_plan())
    assert controller.state is TimerState.IDLE
    controller.start()
    assert controller.timer_active


def test_reentrant_pause_from_a_slot(
    controller: SessionController, clock: FakeClock, timers: FakeTimers
) -> None:
    """A slot that pauses when a hold ends leaves the timer disarmed."""
    controller.hold_ended.connect(lambda _record: controller.pause())
    controller.start()
    tick(timers, clock, 15)
    assert controller.state is TimerState.PAUSED
    assert not controller.timer_active


def test_side_enum_survives_the_signal(
    controller: SessionController, recorder: Recorder, clock: FakeClock, timers: FakeTimers
) -> None:
    controller.start()
    tick(timers, clock, 1000)
    (side,) = recorder.of("side_switched")[0]
    assert side is Side.RIGHT
