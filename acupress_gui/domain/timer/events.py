"""What a running timer reports: its states, the events it returns and the hold records."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from acupress_gui.domain.models import Side
from acupress_gui.domain.timer.phases import Phase

__all__ = [
    "Countdown",
    "EndReason",
    "EventKind",
    "HoldEnded",
    "HoldRecord",
    "InvalidCommandError",
    "PauseReason",
    "Paused",
    "PhaseEnded",
    "PhaseStarted",
    "Resumed",
    "SessionFinished",
    "SessionStopped",
    "SideSwitched",
    "StepStarted",
    "TimerEvent",
    "TimerState",
]


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
    LATE_TICK = "late_tick"
    """A tick came too late: the app did not run (stopped, frozen, swapped out)."""


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """What was actually done in one hold; history keeps it (as a ``HoldResult``).

    Attributes:
        phase: The hold phase of the plan: its index, step, point, side, repetition and
            planned length.
        held_seconds: Seconds actually held (pauses excluded; a hold cut short by skip, back
            or stop counts what was held).
        ended_by: How the hold ended.
    """

    phase: Phase
    held_seconds: float
    ended_by: EndReason

    @property
    def planned_seconds(self) -> float:
        """Planned length of the hold."""
        return self.phase.duration

    @property
    def completed(self) -> bool:
        """True when the hold ran its full planned length."""
        return self.ended_by is EndReason.COMPLETED


@dataclass(frozen=True, slots=True)
class _Event:
    """What every event has: its ``kind`` and when it happened, ``at`` (monotonic seconds)."""

    kind: ClassVar[EventKind]
    at: float


@dataclass(frozen=True, slots=True)
class PhaseStarted(_Event):
    """A phase began at ``at`` (monotonic seconds)."""

    kind: ClassVar[EventKind] = EventKind.PHASE_STARTED
    phase: Phase


@dataclass(frozen=True, slots=True)
class PhaseEnded(_Event):
    """A phase ended at ``at``, for ``reason``."""

    kind: ClassVar[EventKind] = EventKind.PHASE_ENDED
    phase: Phase
    reason: EndReason


@dataclass(frozen=True, slots=True)
class StepStarted(_Event):
    """A step (re)started with ``phase``, its first phase.

    For every step but the first that is the "next point" transition announcing it, so a UI
    can show the next point while it is announced; ``back`` also reports the step it restarts.
    """

    kind: ClassVar[EventKind] = EventKind.STEP_STARTED
    step_index: int
    point_id: str
    phase: Phase


@dataclass(frozen=True, slots=True)
class SideSwitched(_Event):
    """The person moves to the other side, ``side``, of the same step.

    Reported when the switch phase begins (or, with no switch phase, the first hold on the new
    side).
    """

    kind: ClassVar[EventKind] = EventKind.SIDE_SWITCHED
    step_index: int
    side: Side
    phase: Phase


@dataclass(frozen=True, slots=True)
class Countdown(_Event):
    """``seconds_left`` whole seconds are left in the hold ``phase`` (3, 2, 1)."""

    kind: ClassVar[EventKind] = EventKind.COUNTDOWN
    seconds_left: int
    phase: Phase


@dataclass(frozen=True, slots=True)
class HoldEnded(_Event):
    """A hold ended (completed or cut short); ``record`` is ready to be committed."""

    kind: ClassVar[EventKind] = EventKind.HOLD_ENDED
    record: HoldRecord


@dataclass(frozen=True, slots=True)
class Paused(_Event):
    """The session paused, by the user, because the computer slept or the app did not run.

    Attributes:
        at: When (for a late tick, the moment the tick was due: nothing after it counts).
        reason: Why.
        gap_seconds: For a suspend, the divergence of the wall and monotonic clocks; for a
            late tick, how many seconds late it came.
    """

    kind: ClassVar[EventKind] = EventKind.PAUSED
    reason: PauseReason
    gap_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class Resumed(_Event):
    """The session resumed."""

    kind: ClassVar[EventKind] = EventKind.RESUMED


@dataclass(frozen=True, slots=True)
class SessionFinished(_Event):
    """The last phase ended: the session is done."""

    kind: ClassVar[EventKind] = EventKind.SESSION_FINISHED


@dataclass(frozen=True, slots=True)
class SessionStopped(_Event):
    """The user stopped the session before its end."""

    kind: ClassVar[EventKind] = EventKind.SESSION_STOPPED


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
