"""How the Session page turns a routine into a plan: the person's timing and helper settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from acupress_gui.domain.models import Point, Routine
from acupress_gui.domain.timer import DEFAULT_SWITCH_SECONDS, Plan, build_plan
from acupress_gui.storage.settings import Settings

#: Time to find the point again on the new side, by default.
DEFAULT_SIDE_PREPARE_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """The settings a plan is built with.

    Attributes:
        switch_seconds: Time to move to the other side.
        side_prepare_seconds: Time to find the point again on the new side.
        positions: A "get into position" phase when the next point needs another position.
        with_helper: A helper presses (partner mode): positions and instructions for them.
    """

    switch_seconds: float = DEFAULT_SWITCH_SECONDS
    side_prepare_seconds: float = DEFAULT_SIDE_PREPARE_SECONDS
    positions: bool = True
    with_helper: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> PlanOptions:
        """The person's timing settings (switch sides, find the point again)."""
        return cls(
            switch_seconds=settings.switch_seconds,
            side_prepare_seconds=settings.side_prepare_seconds,
        )


def routine_plan(
    routine: Routine,
    points: Mapping[str, Point],
    skip: set[str] | None = None,
    options: PlanOptions | None = None,
) -> Plan:
    """The plan of ``routine``: steps on unknown points or on points in ``skip`` left out.

    Raises:
        UnknownPointError, ValueError: No step can be run.
    """
    chosen = options or PlanOptions()
    left_out = skip or set()
    steps = [s for s in routine.steps if s.point in points and s.point not in left_out]
    return build_plan(
        steps,
        lambda pid: points[pid].laterality,
        switch_seconds=chosen.switch_seconds,
        side_prepare_seconds=chosen.side_prepare_seconds,
        positions=(
            (lambda pid: points[pid].position_for(with_helper=chosen.with_helper))
            if chosen.positions
            else None
        ),
    )
