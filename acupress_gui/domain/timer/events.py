"""What a running timer reports: its states, the events it returns and the hold records."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum, auto

from acupress_gui.domain.models import Side
from acupress_gui.domain.timer.phases import Phase

__all__ = [
    "Countdown",
    "EndReason",
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

    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    FINISHED = auto()
    STOPPED = auto()


class EndReason(StrEnum):
    """Why a phase ended."""

    COMPLETED = auto()
    SKIPPED = auto()
    BACK = auto()
    STOPPED = auto()


class PauseReason(StrEnum):
    """Why the session paused."""

    USER = auto()
    SUSPEND = auto()
    LATE_TICK = auto()
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
    """What every event has: when it happened, ``at`` (monotonic seconds)."""

    at: float


@dataclass(frozen=True, slots=True)
class _PhaseEvent(_Event):
    """What every event about one phase of the plan has: that ``phase``."""

    phase: Phase


@dataclass(frozen=True, slots=True)
class PhaseStarted(_PhaseEvent):
    """A phase began at ``at`` (monotonic seconds)."""


@dataclass(frozen=True, slots=True)
class PhaseEnded(_PhaseEvent):
    """A phase ended at ``at``, for ``reason``."""

    reason: EndReason


@dataclass(frozen=True, slots=True)
class StepStarted(_PhaseEvent):
    """A step (re)started with ``phase``, its first phase.

    For every step but the first that is the "next point" transition announcing it, so a UI
    can show the next point while it is announced; ``back`` also reports the step it restarts.
    """

    step_index: int
    point_id: str


@dataclass(frozen=True, slots=True)
class SideSwitched(_PhaseEvent):
    """The person moves to the other side, ``side``, of the same step.

    Reported when the switch phase begins (or, with no switch phase, the first hold on the new
    side).
    """

    step_index: int
    side: Side


@dataclass(frozen=True, slots=True)
class Countdown(_PhaseEvent):
    """``seconds_left`` whole seconds are left in the hold ``phase`` (3, 2, 1)."""

    seconds_left: int


@dataclass(frozen=True, slots=True)
class HoldEnded(_Event):
    """A hold ended (completed or cut short); ``record`` is ready to be committed."""

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

    reason: PauseReason
    gap_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class Resumed(_Event):
    """The session resumed."""


@dataclass(frozen=True, slots=True)
class SessionFinished(_Event):
    """The last phase ended: the session is done."""


@dataclass(frozen=True, slots=True)
class SessionStopped(_Event):
    """The user stopped the session before its end."""


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
"""Every event a :class:`TimerMachine` reports; each has ``at``, and its class says what it is."""


class InvalidCommandError(ValueError):
    """A command that makes no sense in the machine's state (e.g. resume while running).

    The machine's state is left unchanged.
    """

    def __init__(self, command: str, state: TimerState) -> None:
        self.command = command
        self.state = state
        super().__init__(f"cannot {command}: the session is {state.value}")
