"""The machine that runs a plan: commands and ticks in, events out.

It never reads a clock: every method takes ``now``, the monotonic time in seconds, and it
stores the *deadline* of the current phase rather than a countdown, so a tick a little late
costs nothing. A tick after a long gap walks through every phase that ended meanwhile, unless
the machine has a ``late_tick_limit``: then a tick that comes later than that after the moment
it was due means the app did not run (stopped, frozen, swapped out), and the session pauses
where it was at that moment instead of crediting holds nobody was guided through.
"""

from __future__ import annotations

import math

from acupress_gui.domain.models import Step
from acupress_gui.domain.timer.events import (
    Countdown,
    EndReason,
    HoldEnded,
    HoldRecord,
    InvalidCommandError,
    Paused,
    PauseReason,
    PhaseEnded,
    PhaseStarted,
    Resumed,
    SessionFinished,
    SessionStopped,
    SideSwitched,
    StepStarted,
    TimerEvent,
    TimerState,
)
from acupress_gui.domain.timer.phases import Phase, PhaseKind, Plan
from acupress_gui.domain.timer.seconds import EPSILON, display_seconds

__all__ = ["BACK_GRACE_SECONDS", "COUNTDOWN_SECONDS", "TimerMachine"]

#: A countdown event is reported for each of the last this-many whole seconds of a hold.
COUNTDOWN_SECONDS = 3
#: ``back`` within this many seconds of a step's start goes to the previous step.
BACK_GRACE_SECONDS = 2.0


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

    With a ``late_tick_limit``, a call that comes more than that many seconds after the moment
    the next tick was due (:meth:`next_change` at the previous call) is a stall: the machine
    catches up to that due moment only, pauses there (a :class:`Paused` with reason
    ``late_tick`` and ``gap_seconds`` how late the call came) and credits no time after it.
    A command that comes late acts on the paused session.

    Args:
        plan: The plan to run.
        late_tick_limit: Seconds a tick may come late before it is a stall (e.g.
            :data:`~acupress_gui.domain.timer.seconds.LATE_TICK_SECONDS`); None (the
            default): any gap is walked through.

    Raises:
        ValueError: ``late_tick_limit`` is not positive.
    """

    def __init__(self, plan: Plan, *, late_tick_limit: float | None = None) -> None:
        if late_tick_limit is not None and not late_tick_limit > 0:
            raise ValueError(f"late_tick_limit must be positive, not {late_tick_limit!r}")
        self._plan = plan
        self._late_tick_limit = late_tick_limit
        # Valid while running: when the next tick is due (next_change at the previous call).
        self._due: float | None = None
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
        nothing and returns an empty list. A stall (see ``late_tick_limit``) catches up to the
        moment the tick was due and pauses there.
        """
        events: list[TimerEvent] = []
        stalled_at = self._stalled_at(now)
        if stalled_at is not None:
            self._walk(stalled_at, events)
            if self._state is TimerState.RUNNING:
                self._pause(stalled_at, events, PauseReason.LATE_TICK, now - stalled_at)
            return events
        self._walk(now, events)
        return events

    def _walk(self, now: float, events: list[TimerEvent]) -> None:
        """Report every countdown and phase end up to ``now``; remember when the next is due."""
        while self._state is TimerState.RUNNING:
            phase = self._plan.phases[self._index]
            # EPSILON: a wake-up a hair before the moment it was scheduled for counts as on
            # time; otherwise it would report nothing and the next wake-up would be a second
            # late (next_change rounds the same way).
            while (
                self._next_countdown > 0 and now >= self._deadline - self._next_countdown - EPSILON
            ):
                events.append(
                    Countdown(
                        at=self._deadline - self._next_countdown,
                        seconds_left=self._next_countdown,
                        phase=phase,
                    )
                )
                self._next_countdown -= 1
            if now < self._deadline - EPSILON:
                break
            at = self._deadline
            self._leave(phase, at, EndReason.COMPLETED, phase.duration, events)
            if self._index + 1 >= len(self._plan.phases):
                self._finish(at, events)
                break
            self._enter(self._index + 1, at, events, announce_step=False)
        self._due = self.next_change(now)

    def _stalled_at(self, now: float) -> float | None:
        """When the tick was due if ``now`` is more than the limit past it, else None."""
        limit, due = self._late_tick_limit, self._due
        if limit is None or due is None or self._state is not TimerState.RUNNING:
            return None
        return due if now - due > limit else None

    def suspend_detected(self, now: float, gap_seconds: float) -> list[TimerEvent]:
        """Pause because the computer slept (the wall and monotonic clocks diverged).

        Unlike a command this is an observation, so outside ``running`` it does nothing.

        Args:
            now: Monotonic time.
            gap_seconds: The divergence measured, e.g. by :func:`clock_divergence`.

        Returns:
            The catch-up events and a :class:`Paused` with reason ``suspend`` (at ``now``, or
            at the moment the tick was due when it also came too late).
        """
        if self._state is not TimerState.RUNNING:
            return []
        events: list[TimerEvent] = []
        stalled_at = self._stalled_at(now)
        moment = now if stalled_at is None else stalled_at
        self._walk(moment, events)
        if self._state is TimerState.RUNNING:
            self._pause(moment, events, PauseReason.SUSPEND, gap_seconds)
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
        events, phase = self._catch_up_for("skip", now)
        if phase is None:
            return events
        self._cut(phase, now, EndReason.SKIPPED, events)
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
        events, phase = self._catch_up_for("back", now)
        if phase is None:
            return events
        step_start = self._plan.first_phase_of_step(phase.step_index)
        into_step = phase.start - step_start.start + phase.duration - self.remaining(now)
        target = step_start
        if into_step < BACK_GRACE_SECONDS and phase.step_index > 0:
            target = self._plan.first_phase_of_step(phase.step_index - 1)
        self._cut(phase, now, EndReason.BACK, events)
        self._enter(target.index, now, events, announce_step=True)
        events.extend(self.advance(now))
        return events

    def stop(self, now: float) -> list[TimerEvent]:
        """End the session early. Valid when running or paused.

        A hold in progress is recorded with what was held.
        """
        events, phase = self._catch_up_for("stop", now)
        if phase is None:
            return events
        self._cut(phase, now, EndReason.STOPPED, events)
        self._state = TimerState.STOPPED
        self._ended_at = now
        events.append(SessionStopped(at=now))
        return events

    # ---- internals ----------------------------------------------------------------------

    def _require(self, command: str, *states: TimerState) -> None:
        if self._state not in states:
            raise InvalidCommandError(command, self._state)

    def _catch_up_for(self, command: str, now: float) -> tuple[list[TimerEvent], Phase | None]:
        """Check a command that acts on the current phase and catch up to ``now``.

        Returns:
            The catch-up events, and the phase to act on (None when catching up ended the
            session).
        """
        self._require(command, TimerState.RUNNING, TimerState.PAUSED)
        events = self.advance(now)
        if self._state not in (TimerState.RUNNING, TimerState.PAUSED):
            return events, None
        return events, self._plan.phases[self._index]

    def _cut(self, phase: Phase, now: float, reason: EndReason, events: list[TimerEvent]) -> None:
        """End ``phase`` early at ``now``, crediting what of it has run."""
        self._leave(phase, now, reason, phase.duration - self.remaining(now), events)

    def _pause(
        self, now: float, events: list[TimerEvent], reason: PauseReason, gap: float | None
    ) -> None:
        self._paused_remaining = self.remaining(now)
        self._state = TimerState.PAUSED
        self._due = None
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
            min(COUNTDOWN_SECONDS, math.floor(phase.duration + EPSILON))
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
            held = min(max(held, 0.0), phase.duration)
            record = HoldRecord(phase=phase, held_seconds=held, ended_by=reason)
            self._records.append(record)
            events.append(HoldEnded(at=at, record=record))

    def _finish(self, at: float, events: list[TimerEvent]) -> None:
        self._state = TimerState.FINISHED
        self._ended_at = at
        self._next_countdown = 0
        events.append(SessionFinished(at=at))
