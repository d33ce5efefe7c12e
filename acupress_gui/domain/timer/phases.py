"""The plan of a session: the phases a routine expands into (see :func:`.plan.build_plan`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum, auto

from acupress_gui.domain.models import BodyPosition, Side, Step

__all__ = ["EmptyPlanError", "Phase", "PhaseKind", "Plan"]


class PhaseKind(StrEnum):
    """What the person does during a phase."""

    PREPARE = auto()
    """Find the point."""
    HOLD = auto()
    """Press the point."""
    REST = auto()
    """Release between two holds of the same side."""
    SWITCH = auto()
    """Move to the other side of the body (the phase's side is the new side)."""
    TRANSITION = auto()
    """Announce the next point (the phase carries the next step's index)."""
    POSITION = auto()
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


class EmptyPlanError(ValueError):
    """A plan needs at least one phase: the routine has no steps."""


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
