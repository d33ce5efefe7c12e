"""A tick that comes too late (the process was stopped, the computer froze) pauses the session.

Both clocks move on during such a stall, so the suspend check does not see it; the machine
does, from when the tick was due. It pauses where the session was at that moment and credits
no time after it.
"""

from __future__ import annotations

import pytest

from acupress_gui.domain.models import Laterality, Side, Step
from acupress_gui.domain.timer import (
    LATE_TICK_SECONDS,
    EndReason,
    HoldEnded,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    Plan,
    Resumed,
    SideSwitched,
    TimerEvent,
    TimerMachine,
    TimerState,
    build_plan,
)
from tests.helpers.clock import FakeClock

STALL = 20.0


def one_step_plan() -> Plan:
    """Hold 10 s on the left, switch 3 s, hold 10 s on the right."""
    step = Step(point="BL23", hold_seconds=10, rest_seconds=0, repetitions=1, prepare_seconds=0)
    return build_plan([step], {"BL23": Laterality.BILATERAL})


def started(clock: FakeClock, limit: float | None = LATE_TICK_SECONDS) -> TimerMachine:
    machine = TimerMachine(one_step_plan(), late_tick_limit=limit)
    machine.start(clock.now())
    return machine


def on_time(machine: TimerMachine, clock: FakeClock, seconds: float) -> list[TimerEvent]:
    """Tick exactly when the machine asks to, for ``seconds``."""
    target = clock.now() + seconds
    events: list[TimerEvent] = []
    while (wake := machine.next_change(clock.now())) is not None and wake <= target:
        clock.advance(wake - clock.now())
        events.extend(machine.advance(clock.now()))
    clock.advance(max(target - clock.now(), 0.0))
    events.extend(machine.advance(clock.now()))
    return events


def test_a_stall_mid_hold_pauses_at_the_hold_and_credits_only_what_was_guided() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)  # 4 s into the left hold; the next tick is due at 5 s
    due = clock.now() + 1
    clock.advance(STALL)
    events = machine.advance(clock.now())
    (paused,) = events
    assert isinstance(paused, Paused)
    assert (paused.at, paused.reason) == (due, PauseReason.LATE_TICK)
    assert paused.gap_seconds == pytest.approx(STALL - 1)
    assert machine.state is TimerState.PAUSED
    phase = machine.current_phase
    assert phase is not None and phase.kind is PhaseKind.HOLD and phase.side is Side.LEFT
    assert machine.remaining(clock.now()) == pytest.approx(5)
    assert not machine.records
    machine.stop(clock.now())
    (record,) = machine.records
    assert record.phase.side is Side.LEFT
    assert record.ended_by is EndReason.STOPPED
    assert record.held_seconds == pytest.approx(5)


def test_after_a_stall_the_session_goes_on_from_where_it_paused() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    clock.advance(STALL)
    assert not any(isinstance(e, SideSwitched) for e in machine.advance(clock.now()))
    machine.resume(clock.now())
    events = on_time(machine, clock, 5)
    assert [e.side for e in events if isinstance(e, SideSwitched)] == [Side.RIGHT]
    on_time(machine, clock, 100)
    assert machine.state is TimerState.FINISHED
    assert [(r.phase.side, r.completed) for r in machine.records] == [
        (Side.LEFT, True),
        (Side.RIGHT, True),
    ]
    assert [r.held_seconds for r in machine.records] == pytest.approx([10, 10])


def test_without_a_limit_a_late_tick_walks_through_as_before() -> None:
    clock = FakeClock()
    machine = started(clock, limit=None)
    on_time(machine, clock, 4)
    clock.advance(10)  # into the right hold
    machine.advance(clock.now())
    assert machine.state is TimerState.RUNNING
    assert [r.phase.side for r in machine.records] == [Side.LEFT]


@pytest.mark.parametrize("late", [0.5, LATE_TICK_SECONDS])
def test_a_tick_late_by_no_more_than_the_limit_is_not_a_stall(late: float) -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    clock.advance(1 + late)
    events = machine.advance(clock.now())
    assert not any(isinstance(e, Paused) for e in events)
    assert machine.state is TimerState.RUNNING


def test_a_stall_when_a_hold_was_due_to_end_completes_it_and_pauses_at_the_switch() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 9)  # the tick that ends the hold is due at 10 s
    clock.advance(STALL)
    events = machine.advance(clock.now())
    assert [type(e) for e in events] == [
        PhaseEnded,
        HoldEnded,
        SideSwitched,
        PhaseStarted,
        Paused,
    ]
    (record,) = machine.records
    assert record.completed and record.held_seconds == pytest.approx(10)
    phase = machine.current_phase
    assert phase is not None and phase.kind is PhaseKind.SWITCH
    assert machine.remaining(clock.now()) == pytest.approx(3)


def test_a_command_after_a_stall_acts_on_the_paused_session() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    clock.advance(STALL)
    events = machine.pause(clock.now())  # Space pressed while the app was stopped
    (paused,) = events
    assert isinstance(paused, Paused) and paused.reason is PauseReason.LATE_TICK
    assert machine.state is TimerState.PAUSED


def test_a_skip_after_a_stall_records_what_was_held_before_it() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    clock.advance(STALL)
    machine.skip(clock.now())
    (record,) = machine.records
    assert record.ended_by is EndReason.SKIPPED
    assert record.held_seconds == pytest.approx(5)
    assert machine.state is TimerState.PAUSED


def test_the_next_stall_is_measured_from_the_resume() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    clock.advance(STALL)
    machine.advance(clock.now())
    clock.advance(600)  # paused for ten minutes: not a stall
    assert isinstance(machine.resume(clock.now())[-1], Resumed)
    on_time(machine, clock, 2)
    assert machine.state is TimerState.RUNNING
    clock.advance(STALL)
    *_countdown, event = machine.advance(clock.now())  # "2" was due when it stalled
    assert isinstance(event, Paused) and event.reason is PauseReason.LATE_TICK
    assert machine.remaining(clock.now()) == pytest.approx(2)


def test_a_late_suspend_is_a_suspend_paused_when_the_tick_was_due() -> None:
    clock = FakeClock()
    machine = started(clock)
    on_time(machine, clock, 4)
    due = clock.now() + 1
    clock.advance(STALL)
    events = machine.suspend_detected(clock.now(), 3600)
    assert events == [Paused(at=due, reason=PauseReason.SUSPEND, gap_seconds=3600)]
    assert machine.remaining(clock.now()) == pytest.approx(5)


def test_no_stall_while_idle_paused_or_ended() -> None:
    clock = FakeClock()
    machine = TimerMachine(one_step_plan(), late_tick_limit=LATE_TICK_SECONDS)
    clock.advance(STALL)
    assert machine.advance(clock.now()) == []
    machine.start(clock.now())
    machine.pause(clock.now())
    clock.advance(STALL)
    assert machine.advance(clock.now()) == []
    machine.stop(clock.now())
    clock.advance(STALL)
    assert machine.advance(clock.now()) == []


@pytest.mark.parametrize("limit", [0.0, -1.0])
def test_the_limit_must_be_positive(limit: float) -> None:
    with pytest.raises(ValueError, match="late_tick_limit"):
        TimerMachine(one_step_plan(), late_tick_limit=limit)
