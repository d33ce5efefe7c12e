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

The package is split by concern: :mod:`.phases` (the plan's phases), :mod:`.plan`
(:func:`build_plan`), :mod:`.events` (states, events, hold records), :mod:`.machine`
(:class:`TimerMachine`) and :mod:`.seconds` (whole seconds and clock checks). Import from
here. No Qt, no clock reads, no I/O anywhere in it.
"""

from __future__ import annotations

from acupress_gui.domain.timer.events import (
    Countdown,
    EndReason,
    EventKind,
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
from acupress_gui.domain.timer.machine import BACK_GRACE_SECONDS, COUNTDOWN_SECONDS, TimerMachine
from acupress_gui.domain.timer.phases import EmptyPlanError, Phase, PhaseKind, Plan
from acupress_gui.domain.timer.plan import (
    DEFAULT_POSITION_SECONDS,
    DEFAULT_SWITCH_SECONDS,
    DEFAULT_TRANSITION_SECONDS,
    LateralityLookup,
    PositionLookup,
    UnknownPointError,
    build_plan,
    laterality_of,
)
from acupress_gui.domain.timer.seconds import (
    LATE_TICK_SECONDS,
    SUSPEND_THRESHOLD_SECONDS,
    clock_divergence,
    display_seconds,
)

__all__ = [
    "BACK_GRACE_SECONDS",
    "COUNTDOWN_SECONDS",
    "DEFAULT_POSITION_SECONDS",
    "DEFAULT_SWITCH_SECONDS",
    "DEFAULT_TRANSITION_SECONDS",
    "LATE_TICK_SECONDS",
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
