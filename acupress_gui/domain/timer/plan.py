"""Building a plan: a routine's steps expanded into prepare, hold, rest, switch, ... phases."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from acupress_gui.domain.models import BodyPosition, Laterality, Side, Sides, Step
from acupress_gui.domain.timer.phases import EmptyPlanError, Phase, PhaseKind, Plan

__all__ = [
    "DEFAULT_POSITION_SECONDS",
    "DEFAULT_SWITCH_SECONDS",
    "DEFAULT_TRANSITION_SECONDS",
    "LateralityLookup",
    "PositionLookup",
    "UnknownPointError",
    "build_plan",
    "laterality_of",
]

#: Length of the "switch to the right side" phase of a step done on both sides.
DEFAULT_SWITCH_SECONDS = 3.0
#: Length of the "next point" phase between two steps.
DEFAULT_TRANSITION_SECONDS = 3.0
#: Length of the "get into position" phase before a step that needs another position.
DEFAULT_POSITION_SECONDS = 10.0


class UnknownPointError(ValueError):
    """A step names a point whose laterality is unknown."""

    def __init__(self, point_id: str, step_index: int) -> None:
        self.point_id = point_id
        self.step_index = step_index
        super().__init__(
            f"step {step_index + 1}: unknown point {point_id!r} (its laterality is not known)"
        )


type LateralityLookup = Mapping[str, Laterality] | Callable[[str], Laterality | None]
"""Where :func:`build_plan` finds a point's laterality: a mapping or a callable.

A callable may return None or raise :class:`LookupError` for an unknown point.
"""

type PositionLookup = Mapping[str, BodyPosition | None] | Callable[[str], BodyPosition | None]
"""Where :func:`build_plan` finds the position a point needs (None: any position)."""


def build_plan(
    steps: Sequence[Step],
    laterality: LateralityLookup,
    *,
    switch_seconds: float = DEFAULT_SWITCH_SECONDS,
    transition_seconds: float = DEFAULT_TRANSITION_SECONDS,
    positions: PositionLookup | None = None,
    position_seconds: float = DEFAULT_POSITION_SECONDS,
    side_prepare_seconds: float = 0.0,
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
        side_prepare_seconds: Time to find the point again on the new side after a switch
            (a prepare phase on that side; 0: none, the first hold follows the switch).

    Returns:
        The plan.

    Raises:
        UnknownPointError: A step's point has no known laterality.
        EmptyPlanError: There are no steps.
        ValueError: A negative switch, transition or position length.
    """
    if min(switch_seconds, transition_seconds, position_seconds, side_prepare_seconds) < 0:
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
                add(PhaseKind.PREPARE, step_index, step, side, 1, side_prepare_seconds)
            for repetition in range(1, step.repetitions + 1):
                add(PhaseKind.HOLD, step_index, step, side, repetition, step.hold_seconds)
                if repetition < step.repetitions:
                    add(PhaseKind.REST, step_index, step, side, repetition, step.rest_seconds)
    if not phases:
        raise EmptyPlanError("the routine has no steps")
    return Plan(steps=tuple(steps), phases=tuple(phases))


def laterality_of(laterality: LateralityLookup, point_id: str) -> Laterality | None:
    """A point's laterality from a mapping or a lookup function; None when it is unknown."""
    found = _found(laterality, point_id)
    return None if found is None else Laterality(found)


def _position_of(positions: PositionLookup | None, point_id: str) -> BodyPosition | None:
    found = None if positions is None else _found(positions, point_id)
    return None if found is None else BodyPosition(found)


def _found[T](
    lookup: Mapping[str, T | None] | Callable[[str], T | None], point_id: str
) -> T | None:
    """What a mapping or a lookup function holds for ``point_id``; None when it has nothing."""
    if isinstance(lookup, Mapping):
        return lookup.get(point_id)
    try:
        return lookup(point_id)
    except LookupError:
        return None


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
