"""The session timer: a routine expanded into a plan of phases, and the machine that runs it.

A :class:`Plan` is a flat, immutable list of :class:`Phase` objects built from the steps of a
routine by :func:`build_plan`::

    prepare -> hold -> rest -> hold ... (left)  -> switch -> hold -> rest -> hold ... (right)
    -> next point -> prepare -> hold ... -> (finished)

A :class:`TimerMachine` runs a plan. It never reads a clock: every method takes ``now``, the
monotonic time in seconds, and it stores the *deadline* of the current phase rather than a
countdown, so a late tick costs nothing and a tick after a long gap walks through every phase
that ended meanwhile. Each method returns the events it caused (frozen dataclasses, see
:data:`TimerEvent`); the Qt controller turns them into signals and cues.

No Qt, no clock reads, no I/O in this module.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from acupress_gui.domain.models import BodyPosition, Laterality, Side, Sides, Step

__all__ = [
    "BACK_GRACE_SECONDS",
    "COUNTDOWN_SECONDS",
    "DEFAULT_POSITION_SECONDS",
    "DEFAULT_SWITCH_SECONDS",
    "DEFAULT_TRANSITION_SECONDS",
    "SUSPEND_THRESHOLD_SECONDS",
    "Countdown",
    "EmptyPlanError",
    "EndReason",
    "EventKind",
    "HoldEnded",
    "HoldRecord",
    "InvalidCommandError",
    "LateralityLookup",
    "PauseReason",
    "Paused",
    "Phase",
    "PhaseEnded",
    "PhaseKind",
    "PhaseStarted",
    "Plan",
    "PositionLookup",
    "Resumed",
    "SessionFinished",
    "SessionStopped",
    "SideSwitched",
    "StepStarted",
    "TimerEvent",
    "TimerMachine",
    "TimerState",
    "UnknownPointError",
    "build_plan",
    "clock_divergence",
    "display_seconds",
    "laterality_of",
]

#: Length of the "switch to the right side" phase of a step done on both sides.
DEFAULT_SWITCH_SECONDS = 3.0
#: Length of the "next point" phase between two steps.
DEFAULT_TRANSITION_SECONDS = 3.0
#: Length of the "get into position" phase before a step that needs another position.
DEFAULT_POSITION_SECONDS = 10.0
#: A countdown event is reported for each of the last this-many whole seconds of a hold.
COUNTDOWN_SECONDS = 3
#: ``back`` within this many seconds of a step's start goes to the previous step.
BACK_GRACE_SECONDS = 2.0
#: A divergence of the wall and monotonic clocks above this means the computer slept.
SUSPEND_THRESHOLD_SECONDS = 5.0

# Float slack when turning a remaining time into whole seconds: 2.0000000001 s left is "2",
# not "3", otherwise every boundary would cost one extra wake-up for a sub-microsecond sliver.
_EPSILON = 1e-6


# --------------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------------


class PhaseKind(StrEnum):
    """What the person does during a phase."""

    PREPARE = "prepare"
    """Find the point."""
    HOLD = "hold"
    """Press the point."""
    REST = "rest"
    """Release between two holds of the same side."""
    SWITCH = "switch"
    """Move to the other side of the body (the phase's side is the new side)."""
    TRANSITION = "transition"
    """Announce the next point (the phase carries the next step's index)."""
    POSITION = "position"
    """Get into the position the step needs (the phase carries it in ``body_position``).

    Only in plans built with ``positions`` (see :func:`build_plan`)."""


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed phase of a plan and its position in the session.

    Attributes:
        index: Position in :attr:`Plan.phases` (0-based).
        kind: What happens in this phase.
        step_index: Index of the routine step the phase belongs to. A transition phase carries
            the index of the step it announces.
        point_id: The point worked (or announced) in this phase.
        side: The side worked, the side switched *to* for a switch phase, ``midline`` for a
            midline point.
        repetition: 1-based repetition on this side: the hold's own number for a hold, the
            hold just done for a rest, 1 for prepare, switch and transition phases.
        repetitions: Number of holds per side in this step.
        duration: Planned length in seconds (always > 0: zero-length phases are left out).
        start: Planned start, in seconds from the start of the session.
        body_position: For a position phase, the position to get into; else None.
    """

    index: int
    kind: PhaseKind
    step_index: int
    point_id: str
    side: Side
    repetition: int
    repetitions: int
    duration: float
    start: float
    body_position: BodyPosition | None = None

    @property
    def end(self) -> float:
        """Planned end, in seconds from the start of the session."""
        return self.start + self.duration


class UnknownPointError(ValueError):
    """A step names a point whose laterality is unknown."""

    def __init__(self, point_id: str, step_index: int) -> None:
        self.point_id = point_id
        self.step_index = step_index
        super().__init__(
            f"step {step_index + 1}: unknown point {point_id!r} (its laterality is not known)"
        )


class EmptyPlanError(ValueError):
    """A plan needs at least one phase: the routine has no steps."""


type LateralityLookup = Mapping[str, Laterality] | Callable[[str], Laterality | None]
"""Where :func:`build_plan` finds a point's laterality: a mapping or a callable.

A callable may return None or raise :class:`LookupError` for an unknown point.
"""

type PositionLookup = Mapping[str, BodyPosition | None] | Callable[[str], BodyPosition | None]
"""Where :func:`build_plan` finds the position a point needs (None: any position)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """The flat list of phases of a session, built by :func:`build_plan`.

    Attributes:
        steps: The routine steps the plan was built from.
        phases: Every phase in order; never empty.
    """

    steps: tuple[Step, ...]
    phases: tuple[Phase, ...]

    def __post_init__(self) -> None:
        if not self.phases:
            raise EmptyPlanError("a plan needs at least one phase (the routine has no steps)")
        for expected, phase in enumerate(self.phases):
            if phase.index != expected or phase.duration <= 0:
                raise ValueError(f"malformed plan at phase {expected}: {phase!r}")

    @property
    def total_seconds(self) -> float:
        """Planned length of the whole session in seconds."""
        return self.phases[-1].end

    @property
    def holds(self) -> tuple[Phase, ...]:
        """The hold phases, in order."""
        return tuple(p for p in self.phases if p.kind is PhaseKind.HOLD)

    @property
    def planned_hold_seconds(self) -> float:
        """Sum of the planned durations of every hold."""
        return sum(p.duration for p in self.holds)

    def first_phase_of_step(self, step_index: int) -> Phase:
        """The first phase of a step (its transition phase for every step but the first).

        Raises:
            IndexError: No phase belongs to ``step_index``.
        """
        for phase in self.phases:
            if phase.step_index == step_index:
                return phase
        raise IndexError(f"no phase belongs to step {step_index}")


def build_plan(
    steps: Sequence[Step],
    laterality: LateralityLookup,
    *,
    switch_seconds: float = DEFAULT_SWITCH_SECONDS,
    transition_seconds: float = DEFAULT_TRANSITION_SECONDS,
    positions: PositionLookup | None = None,
    position_seconds: float = DEFAULT_POSITION_SECONDS,
) -> Plan:
    """Expand routine steps into a plan of phases.

    Per step: prepare, then hold (rest hold)* on each side it runs on. A step with sides
    ``both`` on a bilateral point runs all its repetitions on the left, then a switch phase,
    then all on the right; ``left``/``right`` run on that side only; a midline point runs once
    with side ``midline`` whatever the step says. Between two steps a transition phase
    announces the next point. There is no rest after the last hold of a side. Phases of zero
    seconds (``prepare_seconds=0``, ``rest_seconds=0``, a zero switch or transition) are left
    out.

    With ``positions`` (off by default), a position phase comes before the prepare phase of
    a step whose point needs a position other than the one the person is in: the last
    position asked for, none at the start (so a first step with a position gets one too). A
    point that needs no position (None) keeps the person where they are.

    Args:
        steps: The routine's steps, in order.
        laterality: Each point's laterality, as a mapping point id -> laterality or a callable
            (e.g. a catalogue lookup). Keeping it an argument keeps this module independent of
            the catalogue object.
        switch_seconds: Length of the switch-side phase.
        transition_seconds: Length of the next-point phase between steps.
        positions: Each point's position, as a mapping or a callable (e.g.
            ``lambda pid: point(pid).position_for(with_helper=...)``); None: no position
            phases.
        position_seconds: Length of a position phase.

    Returns:
        The plan.

    Raises:
        UnknownPointError: A step's point has no known laterality.
        EmptyPlanError: There are no steps.
        ValueError: A negative switch, transition or position length.
    """
    if switch_seconds < 0 or transition_seconds < 0 or position_seconds < 0:
        raise ValueError("switch, transition and position lengths must not be negative")
    phases: list[Phase] = []
    clock = 0.0
    current_position: BodyPosition | None = None

    def add(
        kind: PhaseKind,
        step_index: int,
        step: Step,
        side: Side,
        repetition: int,
        duration: float,
        body_position: BodyPosition | None = None,
    ) -> None:
        nonlocal clock
        if duration <= 0:
            return
        phases.append(
            Phase(
                index=len(phases),
                kind=kind,
                step_index=step_index,
                point_id=step.point,
                side=side,
                repetition=repetition,
                repetitions=step.repetitions,
                duration=float(duration),
                start=clock,
                body_position=body_position,
            )
        )
        clock += duration

    for step_index, step in enumerate(steps):
        sides = _sides_of(step, _lookup(laterality, step.point, step_index))
        if step_index > 0:
            add(PhaseKind.TRANSITION, step_index, step, sides[0], 1, transition_seconds)
        wanted = _position_of(positions, step.point)
        if wanted is not None and wanted is not current_position:
            add(PhaseKind.POSITION, step_index, step, sides[0], 1, position_seconds, wanted)
            current_position = wanted
        add(PhaseKind.PREPARE, step_index, step, sides[0], 1, step.prepare_seconds)
        for side_number, side in enumerate(sides):
            if side_number > 0:
                add(PhaseKind.SWITCH, step_index, step, side, 1, switch_seconds)
            for repetition in range(1, step.repetitions + 1):
                add(PhaseKind.HOLD, step_index, step, side, repetition, step.hold_seconds)
                if repetition < step.repetitions:
                    add(PhaseKind.REST, step_index, step, side, repetition, step.rest_seconds)
    if not phases:
        raise EmptyPlanError("the routine has no steps")
    return Plan(steps=tuple(steps), phases=tuple(phases))


def laterality_of(laterality: LateralityLookup, point_id: str) -> Laterality | None:
    """A point's laterality from a mapping or a lookup function; None when it is unknown."""
    if isinstance(laterality, Mapping):
        found = laterality.get(point_id)
    else:
        try:
            found = laterality(point_id)
        except LookupError:
            found = None
    return None if found is None else Laterality(found)


def _position_of(positions: PositionLookup | None, point_id: str) -> BodyPosition | None:
    if positions is None:
        return None
    if isinstance(positions, Mapping):
        found = positions.get(point_id)
    else:
        try:
            found = positions(point_id)
        except LookupError:
            found = None
    return None if found is None else BodyPosition(found)


def _lookup(laterality: LateralityLookup, point_id: str, step_index: int) -> Laterality:
    found = laterality_of(laterality, point_id)
    if found is None:
        raise UnknownPointError(point_id, step_index)
    return found


def _sides_of(step: Step, laterality: Laterality) -> tuple[Side, ...]:
    if laterality is Laterality.MIDLINE:
        return (Side.MIDLINE,)
    if step.sides is Sides.LEFT:
        return (Side.LEFT,)
    if step.sides is Sides.RIGHT:
        return (Side.RIGHT,)
    return (Side.LEFT, Side.RIGHT)


# --------------------------------------------------------------------------------------------
# Events and records
# --------------------------------------------------------------------------------------------


class TimerState(StrEnum):
    """Where a :class:`TimerMachine` is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class EventKind(StrEnum):
    """The ``kind`` of each event class."""

    PHASE_STARTED = "phase_started"
    PHASE_ENDED = "phase_ended"
    STEP_STARTED = "step_started"
    SIDE_SWITCHED = "side_switched"
    COUNTDOWN = "countdown"
    HOLD_ENDED = "hold_ended"
    PAUSED = "paused"
    RESUMED = "resumed"
    SESSION_FINISHED = "session_finished"
    SESSION_STOPPED = "session_stopped"


class EndReason(StrEnum):
    """Why a phase ended."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    BACK = "back"
    STOPPED = "stopped"


class PauseReason(StrEnum):
    """Why the session paused."""

    USER = "user"
    SUSPEND = "suspend"


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """What was actually done in one hold; this is what history stores.

    Attributes:
        phase_index: Index of the hold phase in the plan.
        step_index: Index of the routine step.
        point_id: The point held.
        side: The side held.
        repetition: 1-based repetition on this side.
        repetitions: Holds per side in the step.
        planned_seconds: Planned length of the hold.
        held_seconds: Seconds actually held (pauses excluded; a hold cut short by skip, back
            or stop counts what was held).
        ended_by: How the hold ended.
    """

    phase_index: int
    step_index: int
    point_id: str
    side: Side
    repetition: int
    repetitions: int
    planned_seconds: float
    held_seconds: float
    ended_by: EndReason

    @property
    def completed(self) -> bool:
        """True when the hold ran its full planned length."""
        return self.ended_by is EndReason.COMPLETED


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A phase began at ``at`` (monotonic seconds)."""

    kind: ClassVar[EventKind] = EventKind.PHASE_STARTED
    at: float
    phase: Phase


@dataclass(frozen=True, slots=True)
class PhaseEnded:
    """A phase ended at ``at``, for ``reason``."""

    kind: ClassVar[EventKind] = EventKind.PHASE_ENDED
    at: float
    phase: Phase
    reason: EndReason


@dataclass(frozen=True, slots=True)
class StepStarted:
    """A step (re)started with ``phase``, its first phase.

    For every step but the first that is the "next point" transition announcing it, so a UI
    can show the next point while it is announced; ``back`` also reports the step it restarts.
    """

    kind: ClassVar[EventKind] = EventKind.STEP_STARTED
    at: float
    step_index: int
    point_id: str
    phase: Phase


@dataclass(frozen=True, slots=True)
class SideSwitched:
    """The person moves to the other side, ``side``, of the same step.

    Reported when the switch phase begins (or, with no switch phase, the first hold on the new
    side).
    """

    kind: ClassVar[EventKind] = EventKind.SIDE_SWITCHED
    at: float
    step_index: int
    side: Side
    phase: Phase


@dataclass(frozen=True, slots=True)
class Countdown:
    """``seconds_left`` whole seconds are left in the hold ``phase`` (3, 2, 1)."""

    kind: ClassVar[EventKind] = EventKind.COUNTDOWN
    at: float
    seconds_left: int
    phase: Phase


@dataclass(frozen=True, slots=True)
class HoldEnded:
    """A hold ended (completed or cut short); ``record`` is ready to be committed."""

    kind: ClassVar[EventKind] = EventKind.HOLD_ENDED
    at: float
    record: HoldRecord


@dataclass(frozen=True, slots=True)
class Paused:
    """The session paused, by the user or because the computer slept.

    Attributes:
        at: When.
        reason: Why.
        gap_seconds: For a suspend, the divergence of the wall and monotonic clocks.
    """

    kind: ClassVar[EventKind] = EventKind.PAUSED
    at: float
    reason: PauseReason
    gap_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class Resumed:
    """The session resumed."""

    kind: ClassVar[EventKind] = EventKind.RESUMED
    at: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    """The last phase ended: the session is done."""

    kind: ClassVar[EventKind] = EventKind.SESSION_FINISHED
    at: float


@dataclass(frozen=True, slots=True)
class SessionStopped:
    """The user stopped the session before its end."""

    kind: ClassVar[EventKind] = EventKind.SESSION_STOPPED
    at: float


type TimerEvent = (
    PhaseStarted
    | PhaseEnded
    | StepStarted
    | SideSwitched
    | Countdown
    | HoldEnded
    | Paused
    | Resumed
    | SessionFinished
    | SessionStopped
)
"""Every event a :class:`TimerMachine` reports; each has ``kind`` and ``at``."""


class InvalidCommandError(ValueError):
    """A command that makes no sense in the machine's state (e.g. resume while running).

    The machine's state is left unchanged.
    """

    def __init__(self, command: str, state: TimerState) -> None:
        self.command = command
        self.state = state
        super().__init__(f"cannot {command}: the session is {state.value}")


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def clock_divergence(
    previous_wall: float, previous_monotonic: float, wall: float, monotonic: float
) -> float:
    """How far the wall clock and the monotonic clock drifted apart between two readings.

    On Linux the monotonic clock stops while the computer sleeps and the wall clock does not,
    so after a suspend the wall clock has moved much more. A wall clock set by hand or by NTP
    shows up the same way; either way the session should not silently jump.

    Args:
        previous_wall: Wall time (epoch seconds) at the previous reading.
        previous_monotonic: Monotonic time at the previous reading.
        wall: Wall time now.
        monotonic: Monotonic time now.

    Returns:
        The absolute difference of the two deltas, in seconds; compare it with
        :data:`SUSPEND_THRESHOLD_SECONDS`.
    """
    return abs((wall - previous_wall) - (monotonic - previous_monotonic))


def display_seconds(remaining: float) -> int:
    """Whole seconds to show for ``remaining`` seconds (2.3 -> 3, 2.0 -> 2, 0 -> 0)."""
    return max(0, math.ceil(remaining - _EPSILON))


# --------------------------------------------------------------------------------------------
# The machine
# --------------------------------------------------------------------------------------------


class TimerMachine:
    """Runs a :class:`Plan`: commands and ticks in, events out.

    States: ``idle`` -> ``start`` -> ``running`` <-> ``paused`` -> ``finished`` (the last phase
    ended) or ``stopped`` (``stop``). Every method takes ``now``, the monotonic time in
    seconds. Commands (:meth:`start`, :meth:`pause`, :meth:`resume`, :meth:`skip`,
    :meth:`back`, :meth:`stop`) first catch up to ``now`` exactly like :meth:`advance`, then
    act, and return all the events in order. A command that is invalid in the current state
    raises :class:`InvalidCommandError` and changes nothing. If catching up finishes the session
    (the command came after the last deadline but before the tick that would have noticed),
    the command has nothing left to act on and only the catch-up events are returned.

    Args:
        plan: The plan to run.
    """

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._state = TimerState.IDLE
        self._index = 0
        # Valid while running: the monotonic moment the current phase ends.
        self._deadline = 0.0
        # Valid while paused: what was left of the current phase when it paused.
        self._paused_remaining = plan.phases[0].duration
        # The next countdown value to report in the current hold (0: none left).
        self._next_countdown = 0
        self._records: list[HoldRecord] = []
        self._started_at: float | None = None
        self._ended_at: float | None = None

    # ---- queries ------------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        """The plan being run."""
        return self._plan

    @property
    def state(self) -> TimerState:
        """The current state."""
        return self._state

    @property
    def phase_index(self) -> int:
        """Index of the current phase (of the last one reached once finished or stopped)."""
        return self._index

    @property
    def current_phase(self) -> Phase | None:
        """The phase being worked (the first one when idle); None once finished or stopped."""
        if self._state in (TimerState.FINISHED, TimerState.STOPPED):
            return None
        return self._plan.phases[self._index]

    @property
    def next_phase(self) -> Phase | None:
        """The phase after the current one, or None."""
        if self.current_phase is None or self._index + 1 >= len(self._plan.phases):
            return None
        return self._plan.phases[self._index + 1]

    @property
    def next_step_index(self) -> int | None:
        """Index of the step after the current one, or None when this is the last."""
        phase = self.current_phase
        if phase is None or phase.step_index + 1 >= len(self._plan.steps):
            return None
        return phase.step_index + 1

    @property
    def next_step(self) -> Step | None:
        """The step after the current one, or None when this is the last."""
        index = self.next_step_index
        return None if index is None else self._plan.steps[index]

    @property
    def started_at(self) -> float | None:
        """Monotonic time of :meth:`start`, or None before."""
        return self._started_at

    @property
    def ended_at(self) -> float | None:
        """Monotonic time the session finished or was stopped, or None."""
        return self._ended_at

    @property
    def records(self) -> tuple[HoldRecord, ...]:
        """Every hold that ended so far, in order (a hold redone after ``back`` appears twice)."""
        return tuple(self._records)

    @property
    def held_seconds(self) -> float:
        """Total seconds held over the holds that ended so far."""
        return sum(r.held_seconds for r in self._records)

    def remaining(self, now: float) -> float:
        """Seconds left in the current phase; never negative, 0 once finished or stopped.

        While running this is ``deadline - now``; a deadline that passed without a tick reads
        as 0 until :meth:`advance` moves on.
        """
        phase = self.current_phase
        if phase is None:
            return 0.0
        if self._state is TimerState.RUNNING:
            left = self._deadline - now
        elif self._state is TimerState.PAUSED:
            left = self._paused_remaining
        else:  # idle
            left = phase.duration
        return min(max(left, 0.0), phase.duration)

    def elapsed_in_phase(self, now: float) -> float:
        """Seconds of the current phase already run (pauses excluded)."""
        phase = self.current_phase
        return 0.0 if phase is None else phase.duration - self.remaining(now)

    def progress(self, now: float) -> float:
        """How much of the current phase has run, 0..1 (1 once finished or stopped)."""
        phase = self.current_phase
        if phase is None:
            return 1.0
        return self.elapsed_in_phase(now) / phase.duration

    def time_left(self, now: float) -> float:
        """Seconds left in the session: the current phase's remaining + later phases' plan."""
        phase = self.current_phase
        if phase is None:
            return 0.0
        return self.remaining(now) + (self._plan.total_seconds - phase.end)

    def display_seconds(self, now: float) -> int:
        """Whole seconds left in the current phase as a countdown shows them."""
        return display_seconds(self.remaining(now))

    def next_change(self, now: float) -> float | None:
        """Monotonic time of the next moment the display changes, or None when not running.

        That is the next whole second of the current phase's countdown or its deadline,
        whichever comes first; countdown events fall on the same moments. A controller sleeps
        until then.
        """
        if self._state is not TimerState.RUNNING:
            return None
        return self._deadline - max(display_seconds(self._deadline - now) - 1, 0)

    # ---- ticks --------------------------------------------------------------------------

    def advance(self, now: float) -> list[TimerEvent]:
        """Report what happened up to ``now``; call it on every tick.

        Walks through every phase whose deadline passed, in order, computing each new deadline
        from the previous one (not from ``now``) so late ticks never accumulate drift. Each
        event's ``at`` is the planned moment it happened. Outside ``running`` this does
        nothing and returns an empty list.
        """
        events: list[TimerEvent] = []
        while self._state is TimerState.RUNNING:
            phase = self._plan.phases[self._index]
            # _EPSILON: a wake-up a hair before the moment it was scheduled for counts as on
            # time; otherwise it would report nothing and the next wake-up would be a second
            # late (next_change rounds the same way).
            while (
                self._next_countdown > 0 and now >= self._deadline - self._next_countdown - _EPSILON
            ):
                events.append(
                    Countdown(
                        at=self._deadline - self._next_countdown,
                        seconds_left=self._next_countdown,
                        phase=phase,
                    )
                )
                self._next_countdown -= 1
            if now < self._deadline - _EPSILON:
                break
            at = self._deadline
            self._leave(phase, at, EndReason.COMPLETED, phase.duration, events)
            if self._index + 1 >= len(self._plan.phases):
                self._finish(at, events)
                break
            self._enter(self._index + 1, at, events, announce_step=False)
        return events

    def suspend_detected(self, now: float, gap_seconds: float) -> list[TimerEvent]:
        """Pause because the computer slept (the wall and monotonic clocks diverged).

        Unlike a command this is an observation, so outside ``running`` it does nothing.

        Args:
            now: Monotonic time.
            gap_seconds: The divergence measured, e.g. by :func:`clock_divergence`.

        Returns:
            The catch-up events and a :class:`Paused` with reason ``suspend``.
        """
        if self._state is not TimerState.RUNNING:
            return []
        events = self.advance(now)
        if self._state is TimerState.RUNNING:
            self._pause(now, events, PauseReason.SUSPEND, gap_seconds)
        return events

    # ---- commands -----------------------------------------------------------------------

    def start(self, now: float) -> list[TimerEvent]:
        """Start the session with its first phase. Valid when idle."""
        self._require("start", TimerState.IDLE)
        self._state = TimerState.RUNNING
        self._started_at = now
        events: list[TimerEvent] = []
        self._enter(0, now, events, announce_step=True)
        events.extend(self.advance(now))
        return events

    def pause(self, now: float) -> list[TimerEvent]:
        """Pause: the current phase's remaining time freezes. Valid when running."""
        self._require("pause", TimerState.RUNNING)
        events = self.advance(now)
        if self._state is TimerState.RUNNING:
            self._pause(now, events, PauseReason.USER, None)
        return events

    def resume(self, now: float) -> list[TimerEvent]:
        """Resume a paused session where it stopped. Valid when paused."""
        self._require("resume", TimerState.PAUSED)
        self._state = TimerState.RUNNING
        self._deadline = now + self._paused_remaining
        events: list[TimerEvent] = [Resumed(at=now)]
        events.extend(self.advance(now))
        return events

    def skip(self, now: float) -> list[TimerEvent]:
        """End the current phase now and begin the next (or finish after the last).

        Valid when running or paused; a paused session stays paused at the start of the next
        phase. A skipped hold is recorded with the time actually held.
        """
        self._require("skip", TimerState.RUNNING, TimerState.PAUSED)
        events = self.advance(now)
        if self._state not in (TimerState.RUNNING, TimerState.PAUSED):
            return events
        phase = self._plan.phases[self._index]
        self._leave(phase, now, EndReason.SKIPPED, phase.duration - self.remaining(now), events)
        if self._index + 1 >= len(self._plan.phases):
            self._finish(now, events)
            return events
        self._enter(self._index + 1, now, events, announce_step=False)
        events.extend(self.advance(now))
        return events

    def back(self, now: float) -> list[TimerEvent]:
        """Go back to the start of the current step, or of the previous step when within
        :data:`BACK_GRACE_SECONDS` of the current step's start (the first step restarts).

        The position in the step is measured on the plan (skipped time counts as passed).
        Valid when running or paused; a paused session stays paused. A hold cut short keeps
        its record of what was held.
        """
        self._require("back", TimerState.RUNNING, TimerState.PAUSED)
        events = self.advance(now)
        if self._state not in (TimerState.RUNNING, TimerState.PAUSED):
            return events
        phase = self._plan.phases[self._index]
        step_start = self._plan.first_phase_of_step(phase.step_index)
        into_step = phase.start - step_start.start + phase.duration - self.remaining(now)
        target = step_start
        if into_step < BACK_GRACE_SECONDS and phase.step_index > 0:
            target = self._plan.first_phase_of_step(phase.step_index - 1)
        self._leave(phase, now, EndReason.BACK, phase.duration - self.remaining(now), events)
        self._enter(target.index, now, events, announce_step=True)
        events.extend(self.advance(now))
        return events

    def stop(self, now: float) -> list[TimerEvent]:
        """End the session early. Valid when running or paused.

        A hold in progress is recorded with what was held.
        """
        self._require("stop", TimerState.RUNNING, TimerState.PAUSED)
        events = self.advance(now)
        if self._state not in (TimerState.RUNNING, TimerState.PAUSED):
            return events
        phase = self._plan.phases[self._index]
        self._leave(phase, now, EndReason.STOPPED, phase.duration - self.remaining(now), events)
        self._state = TimerState.STOPPED
        self._ended_at = now
        events.append(SessionStopped(at=now))
        return events

    # ---- internals ----------------------------------------------------------------------

    def _require(self, command: str, *states: TimerState) -> None:
        if self._state not in states:
            raise InvalidCommandError(command, self._state)

    def _pause(
        self, now: float, events: list[TimerEvent], reason: PauseReason, gap: float | None
    ) -> None:
        self._paused_remaining = self.remaining(now)
        self._state = TimerState.PAUSED
        events.append(Paused(at=now, reason=reason, gap_seconds=gap))

    def _enter(
        self, index: int, at: float, events: list[TimerEvent], *, announce_step: bool
    ) -> None:
        """Make ``index`` the current phase, begun at ``at``, and report it."""
        previous = self._plan.phases[self._index]
        phase = self._plan.phases[index]
        self._index = index
        if self._state is TimerState.PAUSED:
            self._paused_remaining = phase.duration
        else:
            self._deadline = at + phase.duration
        # A hold shorter than the countdown only counts down its own whole seconds.
        self._next_countdown = (
            min(COUNTDOWN_SECONDS, math.floor(phase.duration + _EPSILON))
            if phase.kind is PhaseKind.HOLD
            else 0
        )
        new_step = announce_step or phase.step_index != previous.step_index
        if new_step:
            events.append(
                StepStarted(
                    at=at, step_index=phase.step_index, point_id=phase.point_id, phase=phase
                )
            )
        # Keyed on the side changing within a step, not on the switch phase, so a plan built
        # with switch_seconds=0 still reports the switch (at the first hold of the new side).
        elif phase.side is not previous.side:
            events.append(
                SideSwitched(at=at, step_index=phase.step_index, side=phase.side, phase=phase)
            )
        events.append(PhaseStarted(at=at, phase=phase))

    def _leave(
        self,
        phase: Phase,
        at: float,
        reason: EndReason,
        held: float,
        events: list[TimerEvent],
    ) -> None:
        """Report the end of ``phase`` and record it if it was a hold."""
        events.append(PhaseEnded(at=at, phase=phase, reason=reason))
        if phase.kind is PhaseKind.HOLD:
            record = HoldRecord(
                phase_index=phase.index,
                step_index=phase.step_index,
                point_id=phase.point_id,
                side=phase.side,
                repetition=phase.repetition,
                repetitions=phase.repetitions,
                planned_seconds=phase.duration,
                held_seconds=min(max(held, 0.0), phase.duration),
                ended_by=reason,
            )
            self._records.append(record)
            events.append(HoldEnded(at=at, record=record))

    def _finish(self, at: float, events: list[TimerEvent]) -> None:
        self._state = TimerState.FINISHED
        self._ended_at = at
        self._next_countdown = 0
        events.append(SessionFinished(at=at))
