"""Unit tests of the session timer: plan building, the machine, events, records, suspend."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypedDict, Unpack

import pytest

from acupress_gui.domain.models import Laterality, Side, Sides, Step
from acupress_gui.domain.timer import (
    BACK_GRACE_SECONDS,
    Countdown,
    EmptyPlanError,
    EndReason,
    HoldEnded,
    HoldRecord,
    InvalidCommandError,
    Paused,
    PauseReason,
    Phase,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    Plan,
    Resumed,
    SessionFinished,
    SessionStopped,
    SideSwitched,
    StepStarted,
    TimerEvent,
    TimerMachine,
    TimerState,
    UnknownPointError,
    build_plan,
    clock_divergence,
    display_seconds,
)
from tests.helpers.clock import FakeClock

LATERALITY = {
    "BL23": Laterality.BILATERAL,
    "BL40": Laterality.BILATERAL,
    "GV4": Laterality.MIDLINE,
}

P, H, R, S, T = (
    PhaseKind.PREPARE,
    PhaseKind.HOLD,
    PhaseKind.REST,
    PhaseKind.SWITCH,
    PhaseKind.TRANSITION,
)
L, RT, M = Side.LEFT, Side.RIGHT, Side.MIDLINE


def step(
    point: str = "BL23",
    *,
    hold: int = 10,
    rest: int = 5,
    reps: int = 2,
    sides: Sides = Sides.BOTH,
    prepare: int = 5,
) -> Step:
    return Step(
        point=point,
        hold_seconds=hold,
        rest_seconds=rest,
        repetitions=reps,
        sides=sides,
        prepare_seconds=prepare,
    )


class PlanTimes(TypedDict, total=False):
    """The phase lengths a test may override in ``build_plan``."""

    switch_seconds: float
    transition_seconds: float


def plan_of(*steps: Step, **times: Unpack[PlanTimes]) -> Plan:
    return build_plan(list(steps), LATERALITY, **times)


def shape(plan: Plan) -> list[tuple[PhaseKind, Side, int, float]]:
    return [(p.kind, p.side, p.repetition, p.duration) for p in plan.phases]


def kinds(events: list[TimerEvent]) -> list[type[object]]:
    return [type(e) for e in events]


def started(clock: FakeClock, plan: Plan) -> TimerMachine:
    machine = TimerMachine(plan)
    machine.start(clock.now())
    return machine


# ---------------------------------------------------------------------------------------------
# Plan
# ---------------------------------------------------------------------------------------------


class TestPlan:
    def test_bilateral_both_runs_left_switch_right(self) -> None:
        plan = plan_of(step(hold=10, rest=5, reps=2, prepare=5))
        assert shape(plan) == [
            (P, L, 1, 5),
            (H, L, 1, 10),
            (R, L, 1, 5),
            (H, L, 2, 10),
            (S, RT, 1, 3),
            (H, RT, 1, 10),
            (R, RT, 1, 5),
            (H, RT, 2, 10),
        ]
        assert plan.total_seconds == 58
        assert [p.start for p in plan.phases] == [0, 5, 15, 20, 30, 33, 43, 48]
        assert [p.index for p in plan.phases] == list(range(8))
        assert {p.step_index for p in plan.phases} == {0}
        assert {p.point_id for p in plan.phases} == {"BL23"}
        assert {p.repetitions for p in plan.phases} == {2}

    @pytest.mark.parametrize("sides", list(Sides))
    def test_midline_point_runs_once_whatever_the_sides(self, sides: Sides) -> None:
        plan = plan_of(step("GV4", hold=10, rest=5, reps=2, sides=sides))
        assert shape(plan) == [(P, M, 1, 5), (H, M, 1, 10), (R, M, 1, 5), (H, M, 2, 10)]

    @pytest.mark.parametrize(("sides", "side"), [(Sides.LEFT, L), (Sides.RIGHT, RT)])
    def test_one_side(self, sides: Sides, side: Side) -> None:
        plan = plan_of(step(hold=10, rest=5, reps=3, sides=sides))
        assert shape(plan) == [
            (P, side, 1, 5),
            (H, side, 1, 10),
            (R, side, 1, 5),
            (H, side, 2, 10),
            (R, side, 2, 5),
            (H, side, 3, 10),
        ]

    def test_one_repetition_has_no_rest(self) -> None:
        plan = plan_of(step(reps=1))
        assert shape(plan) == [(P, L, 1, 5), (H, L, 1, 10), (S, RT, 1, 3), (H, RT, 1, 10)]

    def test_many_repetitions(self) -> None:
        plan = plan_of(step(reps=10, sides=Sides.LEFT))
        assert [p.kind for p in plan.phases] == [P] + [H, R] * 9 + [H]
        assert [p.repetition for p in plan.holds] == list(range(1, 11))

    def test_zero_rest_is_omitted(self) -> None:
        plan = plan_of(step(rest=0, reps=3, sides=Sides.RIGHT))
        assert shape(plan) == [(P, RT, 1, 5), (H, RT, 1, 10), (H, RT, 2, 10), (H, RT, 3, 10)]

    def test_zero_prepare_is_omitted(self) -> None:
        plan = plan_of(step("GV4", prepare=0, reps=1))
        assert shape(plan) == [(H, M, 1, 10)]

    def test_custom_prepare(self) -> None:
        plan = plan_of(step("GV4", prepare=12, reps=1))
        assert shape(plan) == [(P, M, 1, 12), (H, M, 1, 10)]

    def test_transition_between_steps_carries_next_step(self) -> None:
        plan = plan_of(
            step("GV4", reps=1, prepare=0), step("BL40", reps=1, sides=Sides.RIGHT, prepare=4)
        )
        assert [(p.kind, p.step_index, p.point_id, p.side) for p in plan.phases] == [
            (H, 0, "GV4", M),
            (T, 1, "BL40", RT),
            (P, 1, "BL40", RT),
            (H, 1, "BL40", RT),
        ]
        assert plan.phases[1].duration == 3
        assert plan.first_phase_of_step(1) is plan.phases[1]
        assert plan.total_seconds == 10 + 3 + 4 + 10

    def test_no_transition_after_last_step(self) -> None:
        plan = plan_of(step(reps=1), step("GV4", reps=1))
        assert plan.phases[-1].kind is H

    def test_switch_and_transition_lengths(self) -> None:
        plan = plan_of(step(reps=1), step("GV4", reps=1), switch_seconds=7, transition_seconds=2)
        assert [(p.kind, p.duration) for p in plan.phases] == [
            (P, 5),
            (H, 10),
            (S, 7),
            (H, 10),
            (T, 2),
            (P, 5),
            (H, 10),
        ]

    def test_zero_switch_and_transition_are_omitted(self) -> None:
        plan = plan_of(step(reps=1), step("GV4", reps=1), switch_seconds=0, transition_seconds=0)
        assert [p.kind for p in plan.phases] == [P, H, H, P, H]
        assert [p.side for p in plan.phases] == [L, L, RT, M, M]

    def test_negative_lengths_are_refused(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            plan_of(step(), switch_seconds=-1)

    def test_laterality_callable(self) -> None:
        plan = build_plan([step("XY1", reps=1)], lambda _pid: Laterality.MIDLINE)
        assert [p.side for p in plan.phases] == [M, M]

    @pytest.mark.parametrize(
        "lookup",
        [
            LATERALITY,
            LATERALITY.get,
            LATERALITY.__getitem__,  # raises KeyError
        ],
        ids=["mapping", "callable-none", "callable-keyerror"],
    )
    def test_unknown_point_is_a_clear_error(self, lookup: object) -> None:
        with pytest.raises(UnknownPointError, match=r"step 2: unknown point 'ST36'") as caught:
            build_plan([step(), step("ST36")], lookup)  # type: ignore[arg-type]
        assert caught.value.point_id == "ST36"
        assert caught.value.step_index == 1
        assert isinstance(caught.value, ValueError)

    def test_no_steps(self) -> None:
        with pytest.raises(EmptyPlanError):
            build_plan([], LATERALITY)

    def test_plan_validates_phases(self) -> None:
        with pytest.raises(EmptyPlanError):
            Plan(steps=(), phases=())
        bad = Phase(
            index=3,
            kind=H,
            step_index=0,
            point_id="BL23",
            side=L,
            repetition=1,
            repetitions=1,
            duration=1,
            start=0,
        )
        with pytest.raises(ValueError, match="malformed"):
            Plan(steps=(), phases=(bad,))

    def test_holds_and_planned_hold_seconds(self) -> None:
        plan = plan_of(step(hold=7, reps=2), step("GV4", hold=4, reps=3))
        assert len(plan.holds) == 4 + 3
        assert plan.planned_hold_seconds == 4 * 7 + 3 * 4

    def test_first_phase_of_missing_step(self) -> None:
        with pytest.raises(IndexError):
            plan_of(step()).first_phase_of_step(1)

    def test_phase_end(self) -> None:
        phase = plan_of(step()).phases[1]
        assert phase.end == phase.start + phase.duration == 15


# ---------------------------------------------------------------------------------------------
# Running through a plan
# ---------------------------------------------------------------------------------------------


class TestAdvance:
    def test_start_reports_step_and_first_phase(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = TimerMachine(plan)
        events = machine.start(clock.now())
        assert events == [
            StepStarted(at=clock.now(), step_index=0, point_id="BL23", phase=plan.phases[0]),
            PhaseStarted(at=clock.now(), phase=plan.phases[0]),
        ]
        assert machine.state is TimerState.RUNNING
        assert machine.started_at == clock.now()
        assert machine.remaining(clock.now()) == 5

    def test_nothing_happens_before_the_deadline(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        clock.advance(4.999)
        assert machine.advance(clock.now()) == []
        assert machine.remaining(clock.now()) == pytest.approx(0.001)
        assert machine.phase_index == 0

    def test_boundary_events_in_order(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=1))  # prepare 5, hold 10, switch 3, hold 10
        machine = started(clock, plan)
        t0 = clock.now()
        clock.advance(5)
        events = machine.advance(clock.now())
        assert events == [
            PhaseEnded(at=t0 + 5, phase=plan.phases[0], reason=EndReason.COMPLETED),
            PhaseStarted(at=t0 + 5, phase=plan.phases[1]),
        ]
        clock.advance(10)
        events = machine.advance(clock.now())
        assert kinds(events) == [
            Countdown,
            Countdown,
            Countdown,
            PhaseEnded,
            HoldEnded,
            SideSwitched,
            PhaseStarted,
        ]
        assert events[5] == SideSwitched(at=t0 + 15, step_index=0, side=RT, phase=plan.phases[2])

    def test_full_session_exact_ticks(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=2), step("GV4", reps=1, rest=0))
        machine = started(clock, plan)
        t0 = clock.now()
        events: list[TimerEvent] = []
        while machine.state is TimerState.RUNNING:
            wake = machine.next_change(clock.now())
            assert wake is not None
            clock.advance(wake - clock.now())
            events += machine.advance(clock.now())
        assert machine.state is TimerState.FINISHED
        starts = [e for e in events if isinstance(e, PhaseStarted)]
        assert [e.phase.index for e in starts] == list(range(1, len(plan.phases)))
        assert [e.at for e in starts] == [t0 + p.start for p in plan.phases[1:]]
        assert [e for e in events if isinstance(e, SessionFinished)] == [
            SessionFinished(at=t0 + plan.total_seconds)
        ]
        assert events[-1] == SessionFinished(at=t0 + plan.total_seconds)
        assert machine.ended_at == t0 + plan.total_seconds
        steps = [e.step_index for e in events if isinstance(e, StepStarted)]
        assert steps == [1]
        assert len([e for e in events if isinstance(e, SideSwitched)]) == 1
        assert [r.held_seconds for r in machine.records] == [h.duration for h in plan.holds]
        assert all(r.completed for r in machine.records)
        assert machine.current_phase is None

    def test_late_ticks_do_not_drift(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=3, rest=2), step("GV4", reps=2))
        machine = started(clock, plan)
        t0 = clock.now()
        ends: list[float] = []
        while machine.state is TimerState.RUNNING:
            phase = machine.current_phase
            assert phase is not None
            # Tick 0.7 s after each deadline: the next phase keeps its planned deadline.
            clock.advance(machine.remaining(clock.now()) + 0.7)
            events = machine.advance(clock.now())
            ended = [e for e in events if isinstance(e, PhaseEnded)]
            assert [e.phase.index for e in ended] == [phase.index]
            ends.append(ended[0].at)
            if machine.state is TimerState.RUNNING:
                current = machine.current_phase
                assert current is not None
                assert machine.remaining(clock.now()) == pytest.approx(current.duration - 0.7)
        assert ends == pytest.approx([t0 + p.end for p in plan.phases])
        assert machine.ended_at == pytest.approx(t0 + plan.total_seconds)

    def test_ten_minute_gap_walks_every_phase(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=2), step("GV4", reps=2), step("BL40", sides=Sides.LEFT))
        assert plan.total_seconds < 600
        machine = started(clock, plan)
        t0 = clock.now()
        clock.advance(600)
        events = machine.advance(clock.now())
        ats = [e.at for e in events]
        assert ats == sorted(ats)
        assert [e.phase.index for e in events if isinstance(e, PhaseEnded)] == list(
            range(len(plan.phases))
        )
        assert [e.phase.index for e in events if isinstance(e, PhaseStarted)] == list(
            range(1, len(plan.phases))
        )
        assert kinds(events).count(SessionFinished) == 1
        assert events[-1] == SessionFinished(at=t0 + plan.total_seconds)
        assert kinds(events).count(Countdown) == 3 * len(plan.holds)
        assert [e.step_index for e in events if isinstance(e, StepStarted)] == [1, 2]
        assert len(machine.records) == len(plan.holds)
        assert machine.state is TimerState.FINISHED
        assert machine.advance(clock.now() + 1) == []  # finished: nothing more, no error

    def test_side_switch_without_a_switch_phase(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=1), step("GV4", reps=1), switch_seconds=0)
        machine = started(clock, plan)
        t0 = clock.now()
        clock.advance(1000)
        events = machine.advance(clock.now())
        switched = [e for e in events if isinstance(e, SideSwitched)]
        assert switched == [SideSwitched(at=t0 + 15, step_index=0, side=RT, phase=plan.phases[2])]
        assert plan.phases[2].kind is H

    def test_every_phase_start_follows_its_end(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=2))
        machine = started(clock, plan)
        clock.advance(1000)
        events = machine.advance(clock.now())
        for index in range(1, len(plan.phases)):
            ended = next(
                i
                for i, e in enumerate(events)
                if isinstance(e, PhaseEnded) and e.phase.index == index - 1
            )
            begun = next(
                i
                for i, e in enumerate(events)
                if isinstance(e, PhaseStarted) and e.phase.index == index
            )
            assert ended < begun


class TestCountdown:
    def test_last_three_seconds_of_a_hold(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", hold=10, reps=1, prepare=0))
        machine = started(clock, plan)
        t0 = clock.now()
        seen: list[Countdown] = []
        for _ in range(40):
            clock.advance(0.25)
            seen += [e for e in machine.advance(clock.now()) if isinstance(e, Countdown)]
        assert [(c.seconds_left, c.at) for c in seen] == [(3, t0 + 7), (2, t0 + 8), (1, t0 + 9)]
        assert all(c.phase is plan.phases[0] for c in seen)

    def test_three_second_hold_counts_down_from_its_start(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", hold=3, reps=1, prepare=0))
        machine = TimerMachine(plan)
        events = machine.start(clock.now())
        assert kinds(events) == [StepStarted, PhaseStarted, Countdown]
        assert events[-1] == Countdown(at=clock.now(), seconds_left=3, phase=plan.phases[0])

    def test_no_countdown_outside_holds(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", hold=3, rest=10, reps=2, prepare=10))
        machine = started(clock, plan)
        clock.advance(plan.total_seconds)
        events = machine.advance(clock.now())
        countdowns = [e for e in events if isinstance(e, Countdown)]
        assert {c.phase.kind for c in countdowns} == {H}
        assert len(countdowns) == 6

    def test_countdown_resumes_after_pause_without_repeats(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", hold=10, reps=1, prepare=0))
        machine = started(clock, plan)
        clock.advance(7.5)
        assert [e.seconds_left for e in machine.advance(clock.now()) if isinstance(e, Countdown)]
        machine.pause(clock.now())
        clock.advance(30)
        resumed_at = clock.now()
        machine.resume(resumed_at)
        clock.advance(3)
        events = machine.advance(clock.now())
        countdowns = [e for e in events if isinstance(e, Countdown)]
        assert [(c.seconds_left, c.at) for c in countdowns] == [
            (2, resumed_at + 0.5),
            (1, resumed_at + 1.5),
        ]

    def test_tick_a_hair_early_counts_as_on_time(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", hold=10, reps=1, prepare=0)))
        t0 = clock.now()
        events = machine.advance(t0 + 7 - 1e-9)
        assert kinds(events) == [Countdown]
        assert machine.next_change(t0 + 7 - 1e-9) == pytest.approx(t0 + 8)


# ---------------------------------------------------------------------------------------------
# Commands in every state
# ---------------------------------------------------------------------------------------------

COMMANDS = ("start", "pause", "resume", "skip", "back", "stop")
#: Each command's method, named in code (a renamed method fails type checking, not silently).
RUN: dict[str, Callable[[TimerMachine, float], list[TimerEvent]]] = {
    "start": TimerMachine.start,
    "pause": TimerMachine.pause,
    "resume": TimerMachine.resume,
    "skip": TimerMachine.skip,
    "back": TimerMachine.back,
    "stop": TimerMachine.stop,
}
VALID: dict[str, set[TimerState]] = {
    "start": {TimerState.IDLE},
    "pause": {TimerState.RUNNING},
    "resume": {TimerState.PAUSED},
    "skip": {TimerState.RUNNING, TimerState.PAUSED},
    "back": {TimerState.RUNNING, TimerState.PAUSED},
    "stop": {TimerState.RUNNING, TimerState.PAUSED},
}
AFTER: dict[tuple[str, TimerState], TimerState] = {
    ("start", TimerState.IDLE): TimerState.RUNNING,
    ("pause", TimerState.RUNNING): TimerState.PAUSED,
    ("resume", TimerState.PAUSED): TimerState.RUNNING,
    ("skip", TimerState.RUNNING): TimerState.RUNNING,
    ("skip", TimerState.PAUSED): TimerState.PAUSED,
    ("back", TimerState.RUNNING): TimerState.RUNNING,
    ("back", TimerState.PAUSED): TimerState.PAUSED,
    ("stop", TimerState.RUNNING): TimerState.STOPPED,
    ("stop", TimerState.PAUSED): TimerState.STOPPED,
}


def machine_in(state: TimerState, clock: FakeClock) -> TimerMachine:
    """A machine in ``state``, 7 s into the first hold of a two-step plan (if running)."""
    machine = TimerMachine(plan_of(step(reps=2), step("GV4", reps=1)))
    if state is TimerState.IDLE:
        return machine
    machine.start(clock.now())
    clock.advance(12)
    machine.advance(clock.now())
    if state is TimerState.PAUSED:
        machine.pause(clock.now())
        clock.advance(3)
    elif state is TimerState.STOPPED:
        machine.stop(clock.now())
    elif state is TimerState.FINISHED:
        clock.advance(1000)
        machine.advance(clock.now())
    assert machine.state is state
    return machine


def snapshot(machine: TimerMachine, now: float) -> tuple[object, ...]:
    return (
        machine.state,
        machine.phase_index,
        machine.current_phase,
        machine.remaining(now),
        machine.time_left(now),
        machine.records,
        machine.next_change(now),
    )


@pytest.mark.parametrize("state", list(TimerState))
@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_every_state(command: str, state: TimerState) -> None:
    clock = FakeClock()
    machine = machine_in(state, clock)
    now = clock.now()
    if state in VALID[command]:
        events = RUN[command](machine, now)
        assert machine.state is AFTER[command, state]
        assert events, "a valid command reports what it did"
    else:
        before = snapshot(machine, now)
        with pytest.raises(InvalidCommandError) as caught:
            RUN[command](machine, now)
        assert caught.value.command == command
        assert caught.value.state is state
        assert command in str(caught.value)
        assert state.value in str(caught.value)
        assert isinstance(caught.value, ValueError)
        assert snapshot(machine, now) == before


class TestCommands:
    def test_start_twice(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        with pytest.raises(InvalidCommandError, match="cannot start: the session is running"):
            machine.start(clock.now())

    def test_pause_and_resume_freeze_the_phase(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = started(clock, plan)
        clock.advance(2)
        assert machine.pause(clock.now()) == [Paused(at=clock.now(), reason=PauseReason.USER)]
        assert machine.next_change(clock.now()) is None
        clock.advance(100)
        assert machine.advance(clock.now()) == []
        assert machine.remaining(clock.now()) == 3
        assert machine.time_left(clock.now()) == plan.total_seconds - 2
        assert machine.resume(clock.now()) == [Resumed(at=clock.now())]
        resumed = clock.now()
        clock.advance(3)
        events = machine.advance(clock.now())
        assert events[0] == PhaseEnded(
            at=resumed + 3, phase=plan.phases[0], reason=EndReason.COMPLETED
        )

    def test_skip_moves_to_the_next_phase_now(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = started(clock, plan)
        clock.advance(1)
        events = machine.skip(clock.now())
        assert events == [
            PhaseEnded(at=clock.now(), phase=plan.phases[0], reason=EndReason.SKIPPED),
            PhaseStarted(at=clock.now(), phase=plan.phases[1]),
        ]
        assert machine.remaining(clock.now()) == 10
        assert machine.time_left(clock.now()) == plan.total_seconds - 5

    def test_skip_while_paused_stays_paused(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = started(clock, plan)
        clock.advance(1)
        machine.pause(clock.now())
        machine.skip(clock.now())
        assert machine.state is TimerState.PAUSED
        assert machine.phase_index == 1
        clock.advance(50)
        assert machine.remaining(clock.now()) == 10

    def test_skip_last_phase_finishes(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", reps=1, prepare=0))
        machine = started(clock, plan)
        clock.advance(4)
        events = machine.skip(clock.now())
        assert kinds(events) == [PhaseEnded, HoldEnded, SessionFinished]
        assert machine.state is TimerState.FINISHED
        with pytest.raises(InvalidCommandError, match="cannot skip: the session is finished"):
            machine.skip(clock.now())

    def test_back_restarts_the_current_step(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(), step("GV4", reps=1))
        machine = started(clock, plan)
        clock.advance(8)  # 3 s into the first hold
        machine.advance(clock.now())
        events = machine.back(clock.now())
        assert kinds(events) == [
            PhaseEnded,
            HoldEnded,
            StepStarted,
            PhaseStarted,
        ]
        assert machine.phase_index == 0
        assert machine.remaining(clock.now()) == 5

    def test_back_early_in_a_step_goes_to_the_previous_step(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(), step("GV4", reps=1))
        machine = started(clock, plan)
        transition = plan.first_phase_of_step(1)
        assert transition.kind is T
        clock.advance(transition.start + 1)
        machine.advance(clock.now())
        assert machine.phase_index == transition.index
        events = machine.back(clock.now())
        step_events = [e for e in events if isinstance(e, StepStarted)]
        assert [e.step_index for e in step_events] == [0]
        assert machine.phase_index == 0

    def test_back_after_the_grace_restarts_the_step_from_its_transition(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(), step("GV4", reps=1))
        machine = started(clock, plan)
        transition = plan.first_phase_of_step(1)
        # 0.5 s into step 1's prepare, i.e. past the grace counted from the transition.
        clock.advance(transition.end + 0.5)
        assert transition.duration + 0.5 > BACK_GRACE_SECONDS
        machine.advance(clock.now())
        assert machine.phase_index == transition.index + 1
        machine.back(clock.now())
        assert machine.phase_index == transition.index

    def test_back_early_in_the_first_step_restarts_it(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        clock.advance(1)
        events = machine.back(clock.now())
        assert kinds(events) == [PhaseEnded, StepStarted, PhaseStarted]
        assert machine.phase_index == 0
        assert machine.remaining(clock.now()) == 5

    def test_back_while_paused_stays_paused(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        clock.advance(8)
        machine.advance(clock.now())
        machine.pause(clock.now())
        machine.back(clock.now())
        assert machine.state is TimerState.PAUSED
        assert machine.phase_index == 0
        assert machine.remaining(clock.now() + 20) == 5

    def test_stop_during_a_hold(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = started(clock, plan)
        clock.advance(9)
        machine.advance(clock.now())
        events = machine.stop(clock.now())
        assert kinds(events) == [PhaseEnded, HoldEnded, SessionStopped]
        assert events[-1] == SessionStopped(at=clock.now())
        assert machine.state is TimerState.STOPPED
        assert machine.ended_at == clock.now()
        assert machine.records[-1].held_seconds == pytest.approx(4)
        assert machine.records[-1].ended_by is EndReason.STOPPED
        assert machine.current_phase is None
        assert machine.remaining(clock.now()) == 0
        assert machine.next_change(clock.now()) is None

    def test_command_after_a_missed_deadline_catches_up_first(self) -> None:
        clock = FakeClock()
        plan = plan_of(step())
        machine = started(clock, plan)
        clock.advance(6)  # prepare ended 1 s ago, no tick yet
        events = machine.pause(clock.now())
        assert kinds(events) == [PhaseEnded, PhaseStarted, Paused]
        assert machine.phase_index == 1
        assert machine.remaining(clock.now()) == 9

    def test_command_after_the_end_reports_the_end(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", reps=1)))
        clock.advance(100)
        events = machine.pause(clock.now())
        assert isinstance(events[-1], SessionFinished)
        assert machine.state is TimerState.FINISHED


# ---------------------------------------------------------------------------------------------
# Held-time accounting
# ---------------------------------------------------------------------------------------------


class TestHeldTime:
    def test_complete_holds(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(reps=2))
        machine = started(clock, plan)
        clock.advance(1000)
        events = machine.advance(clock.now())
        records = [e.record for e in events if isinstance(e, HoldEnded)]
        assert records == list(machine.records)
        assert [(r.phase.side, r.phase.repetition) for r in records] == [
            (L, 1),
            (L, 2),
            (RT, 1),
            (RT, 2),
        ]
        assert records[0] == HoldRecord(
            phase=plan.phases[1], held_seconds=10, ended_by=EndReason.COMPLETED
        )
        assert (records[0].phase.index, records[0].phase.point_id) == (1, "BL23")
        assert records[0].planned_seconds == 10
        assert machine.held_seconds == plan.planned_hold_seconds

    def test_hold_ended_is_reported_when_the_hold_ends(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step(reps=2)))
        clock.advance(15)
        events = machine.advance(clock.now())
        ended = [e for e in events if isinstance(e, HoldEnded)]
        assert len(ended) == 1
        assert ended[0].at == clock.now()
        assert machine.records == (ended[0].record,)

    def test_pause_does_not_count_as_holding(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", reps=1, prepare=0)))
        clock.advance(4)
        machine.pause(clock.now())
        clock.advance(100)
        machine.resume(clock.now())
        clock.advance(2)
        machine.skip(clock.now())
        assert machine.records[0].held_seconds == pytest.approx(6)
        assert machine.records[0].ended_by is EndReason.SKIPPED
        assert not machine.records[0].completed

    def test_paused_hold_that_completes_counts_its_plan(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", reps=1, prepare=0)))
        clock.advance(4)
        machine.pause(clock.now())
        clock.advance(100)
        machine.resume(clock.now())
        clock.advance(6)
        machine.advance(clock.now())
        assert machine.records[0].held_seconds == 10
        assert machine.records[0].completed

    def test_skip_counts_what_was_held(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", reps=2, prepare=0)))
        clock.advance(3.5)
        machine.skip(clock.now())  # into the rest
        machine.skip(clock.now())  # into the second hold, skipped at once
        machine.skip(clock.now())  # finished
        assert [r.held_seconds for r in machine.records] == [pytest.approx(3.5), 0]
        assert machine.state is TimerState.FINISHED

    def test_back_keeps_the_record_of_what_was_held(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", reps=1, prepare=0))
        machine = started(clock, plan)
        clock.advance(6)
        machine.back(clock.now())
        clock.advance(10)
        machine.advance(clock.now())
        assert [(r.phase.index, r.held_seconds, r.ended_by) for r in machine.records] == [
            (0, pytest.approx(6), EndReason.BACK),
            (0, 10, EndReason.COMPLETED),
        ]
        assert machine.state is TimerState.FINISHED


# ---------------------------------------------------------------------------------------------
# Suspend
# ---------------------------------------------------------------------------------------------


class TestSuspend:
    def test_clock_divergence(self) -> None:
        clock = FakeClock()
        before = (clock.wall(), clock.now())
        clock.advance(1)
        assert clock_divergence(*before, clock.wall(), clock.now()) == 0
        clock.jump_wall(3600)
        assert clock_divergence(*before, clock.wall(), clock.now()) == 3600
        # The wall clock set back by hand diverges too.
        assert clock_divergence(100, 10, 90, 11) == 11

    def test_suspend_pauses_a_running_session(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        clock.advance(2)
        events = machine.suspend_detected(clock.now(), 3600)
        assert events == [Paused(at=clock.now(), reason=PauseReason.SUSPEND, gap_seconds=3600)]
        assert machine.state is TimerState.PAUSED
        assert machine.remaining(clock.now()) == 3

    @pytest.mark.parametrize(
        "state", [TimerState.IDLE, TimerState.PAUSED, TimerState.FINISHED, TimerState.STOPPED]
    )
    def test_suspend_outside_running_does_nothing(self, state: TimerState) -> None:
        clock = FakeClock()
        machine = machine_in(state, clock)
        before = snapshot(machine, clock.now())
        assert machine.suspend_detected(clock.now(), 60) == []
        assert snapshot(machine, clock.now()) == before


# ---------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------


class TestQueries:
    def test_idle(self) -> None:
        plan = plan_of(step())
        machine = TimerMachine(plan)
        assert machine.state is TimerState.IDLE
        assert machine.current_phase is plan.phases[0]
        assert machine.next_phase is plan.phases[1]
        assert machine.remaining(0) == 5
        assert machine.progress(0) == 0
        assert machine.time_left(0) == plan.total_seconds
        assert machine.next_change(0) is None
        assert machine.started_at is None
        assert machine.plan is plan

    def test_running(self) -> None:
        clock = FakeClock()
        plan = plan_of(step(), step("GV4", reps=1))
        machine = started(clock, plan)
        clock.advance(7.5)
        machine.advance(clock.now())
        now = clock.now()
        assert machine.current_phase is plan.phases[1]
        assert machine.remaining(now) == pytest.approx(7.5)
        assert machine.elapsed_in_phase(now) == pytest.approx(2.5)
        assert machine.progress(now) == pytest.approx(0.25)
        assert machine.time_left(now) == pytest.approx(plan.total_seconds - 7.5)
        assert machine.next_phase is plan.phases[2]
        assert machine.next_step_index == 1
        assert machine.next_step == plan.steps[1]
        assert machine.display_seconds(now) == 8

    def test_last_step_has_no_next(self) -> None:
        clock = FakeClock()
        plan = plan_of(step("GV4", reps=1, prepare=0))
        machine = started(clock, plan)
        assert machine.next_phase is None
        assert machine.next_step_index is None
        assert machine.next_step is None

    def test_remaining_never_negative_without_a_tick(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))
        clock.advance(50)
        assert machine.remaining(clock.now()) == 0
        assert machine.progress(clock.now()) == 1

    def test_finished(self) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step("GV4", reps=1)))
        clock.advance(100)
        machine.advance(clock.now())
        assert machine.current_phase is None
        assert machine.next_phase is None
        assert machine.next_step_index is None
        assert machine.remaining(clock.now()) == 0
        assert machine.elapsed_in_phase(clock.now()) == 0
        assert machine.progress(clock.now()) == 1
        assert machine.time_left(clock.now()) == 0

    @pytest.mark.parametrize(
        ("elapsed", "wake_in"),
        [(0, 1), (0.3, 0.7), (2.7, 0.3), (3, 1), (4.5, 0.5), (4.9, 0.1)],
    )
    def test_next_change_is_the_next_whole_second(self, elapsed: float, wake_in: float) -> None:
        clock = FakeClock()
        machine = started(clock, plan_of(step()))  # prepare: 5 s
        clock.advance(elapsed)
        wake = machine.next_change(clock.now())
        assert wake is not None
        assert wake - clock.now() == pytest.approx(wake_in)

    @pytest.mark.parametrize(
        ("remaining", "shown"), [(2.3, 3), (2.0, 2), (2.0000000001, 2), (0.01, 1), (0, 0), (-1, 0)]
    )
    def test_display_seconds(self, remaining: float, shown: int) -> None:
        assert display_seconds(remaining) == shown

    def test_display_seconds_is_whole_seconds_up(self) -> None:
        for tenth in range(1, 100):
            assert display_seconds(tenth / 10) == math.ceil(tenth / 10 - 1e-9)
