"""Property test of the timer machine: random commands at random times on random plans."""

from __future__ import annotations

from collections.abc import Callable

import hypothesis
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from acupress_gui.domain.models import Laterality, Sides, Step
from acupress_gui.domain.timer import (
    InvalidCommandError,
    PhaseKind,
    PhaseStarted,
    Plan,
    SessionFinished,
    TimerEvent,
    TimerMachine,
    TimerState,
    build_plan,
)
from tests.helpers.clock import FakeClock

LATERALITY = {"BL23": Laterality.BILATERAL, "GV4": Laterality.MIDLINE}
# Float slack: the machine counts a tick within a microsecond of a deadline as on time.
SLACK = 1e-5

steps = st.builds(
    Step,
    point=st.sampled_from(sorted(LATERALITY)),
    hold_seconds=st.integers(3, 6),
    rest_seconds=st.integers(0, 3),
    repetitions=st.integers(1, 3),
    sides=st.sampled_from(list(Sides)),
    prepare_seconds=st.integers(0, 3),
)
plans = st.builds(
    lambda s, switch, transition: build_plan(
        s, LATERALITY, switch_seconds=switch, transition_seconds=transition
    ),
    st.lists(steps, min_size=1, max_size=3),
    st.sampled_from([0.0, 1.5, 3.0]),
    st.sampled_from([0.0, 2.0, 3.0]),
)
# Mostly short steps so phases end one or two at a time, sometimes exact boundaries, sometimes
# a gap long enough to walk through many phases at once.
delays = st.one_of(
    st.floats(0, 2.5, allow_nan=False),
    st.sampled_from([0.0, 0.7, 1.0, 3.0]),
    st.floats(10, 120, allow_nan=False),
)

#: Each command's method, named in code (a renamed method fails type checking, not silently).
RUN: dict[str, Callable[[TimerMachine, float], list[TimerEvent]]] = {
    "start": TimerMachine.start,
    "pause": TimerMachine.pause,
    "resume": TimerMachine.resume,
    "skip": TimerMachine.skip,
    "back": TimerMachine.back,
    "stop": TimerMachine.stop,
}
VALID = {
    "start": {TimerState.IDLE},
    "pause": {TimerState.RUNNING},
    "resume": {TimerState.PAUSED},
    "skip": {TimerState.RUNNING, TimerState.PAUSED},
    "back": {TimerState.RUNNING, TimerState.PAUSED},
    "stop": {TimerState.RUNNING, TimerState.PAUSED},
}


class TimerModel(RuleBasedStateMachine):
    """Drives a TimerMachine with a FakeClock and checks what must always hold."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.plan: Plan
        self.machine: TimerMachine
        self.last_index = 0
        self.running_time = 0.0
        self.last_at = -float("inf")
        self.finished_events = 0
        # Anything that legitimately makes held time differ from the plan.
        self.disturbed = False

    @initialize(plan=plans, start=st.booleans())
    def setup(self, plan: Plan, start: bool) -> None:
        self.plan = plan
        self.machine = TimerMachine(plan)
        if start:
            self.check_events(self.machine.start(self.clock.now()), may_go_back=False)

    def wait(self, seconds: float) -> None:
        if self.machine.state is TimerState.RUNNING:
            self.running_time += seconds
        self.clock.advance(seconds)

    def check_events(self, events: list[TimerEvent], *, may_go_back: bool) -> None:
        now = self.clock.now()
        previous_start = -1
        for event in events:
            # Events come in time order and never from the future.
            assert event.at >= self.last_at - SLACK
            assert event.at <= now + SLACK
            self.last_at = event.at
            if isinstance(event, PhaseStarted) and not may_go_back:
                assert event.phase.index > previous_start
                previous_start = event.phase.index
            if isinstance(event, SessionFinished):
                self.finished_events += 1
        if not may_go_back:
            assert self.machine.phase_index >= self.last_index
        self.last_index = self.machine.phase_index

    @rule(seconds=delays)
    def tick(self, seconds: float) -> None:
        self.wait(seconds)
        self.check_events(self.machine.advance(self.clock.now()), may_go_back=False)

    @rule(command=st.sampled_from(sorted(VALID)), seconds=delays)
    def command(self, command: str, seconds: float) -> None:
        self.wait(seconds)
        now = self.clock.now()
        if self.machine.state in VALID[command]:
            events = RUN[command](self.machine, now)
            if command in ("pause", "skip", "back", "stop"):
                self.disturbed = True
            self.check_events(events, may_go_back=command == "back")
        else:
            before = self.snapshot()
            with pytest.raises(InvalidCommandError):
                RUN[command](self.machine, now)
            assert self.snapshot() == before

    @precondition(lambda self: self.machine.state is TimerState.RUNNING)
    @rule(seconds=delays, gap=st.floats(5.01, 86_400))
    def suspend(self, seconds: float, gap: float) -> None:
        self.wait(seconds)
        events = self.machine.suspend_detected(self.clock.now(), gap)
        self.disturbed = True
        self.check_events(events, may_go_back=False)

    def snapshot(self) -> tuple[object, ...]:
        now = self.clock.now()
        return (
            self.machine.state,
            self.machine.phase_index,
            self.machine.remaining(now),
            self.machine.records,
            self.machine.next_change(now),
        )

    @invariant()
    def remaining_is_never_negative(self) -> None:
        now = self.clock.now()
        remaining = self.machine.remaining(now)
        assert remaining >= 0
        assert self.machine.time_left(now) >= remaining
        assert 0 <= self.machine.progress(now) <= 1
        phase = self.machine.current_phase
        if phase is not None:
            assert remaining <= phase.duration

    @invariant()
    def held_time_never_exceeds_running_time(self) -> None:
        held = self.machine.held_seconds
        phase = self.machine.current_phase
        if phase is not None and phase.kind is PhaseKind.HOLD:
            held += self.machine.elapsed_in_phase(self.clock.now())
        assert held <= self.running_time + SLACK
        for record in self.machine.records:
            assert 0 <= record.held_seconds <= record.planned_seconds

    @invariant()
    def finished_once(self) -> None:
        finished = self.machine.state is TimerState.FINISHED
        assert self.finished_events == int(finished)
        if finished:
            assert self.machine.phase_index == len(self.plan.phases) - 1

    @invariant()
    def undisturbed_session_holds_exactly_the_plan(self) -> None:
        if self.machine.state is TimerState.FINISHED and not self.disturbed:
            hypothesis.event("finished undisturbed")
            assert [r.phase for r in self.machine.records] == list(self.plan.holds)
            assert self.machine.held_seconds == pytest.approx(self.plan.planned_hold_seconds)
            assert all(r.completed for r in self.machine.records)
            # Late ticks never push the end: it is exactly the planned length after start.
            started, ended = self.machine.started_at, self.machine.ended_at
            assert started is not None
            assert ended == pytest.approx(started + self.plan.total_seconds)

    @invariant()
    def next_wake_is_in_the_future_within_a_second(self) -> None:
        now = self.clock.now()
        wake = self.machine.next_change(now)
        if self.machine.state is TimerState.RUNNING:
            assert wake is not None
            assert wake <= now + 1 + SLACK
            # In the past only when a deadline passed and no tick has come yet (a rejected
            # command does not catch up): the controller then wakes at once.
            assert wake > now or self.machine.remaining(now) == 0
        else:
            assert wake is None


TimerModel.TestCase.settings = settings(
    max_examples=200,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_timer_machine = TimerModel.TestCase
