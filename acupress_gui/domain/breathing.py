"""A slow breathing pace for holds: breathe in, then out for longer.

The sources ask the person to breathe deeply and exhale slowly while pressing. Six breaths a
minute (4 s in, 6 s out) is the slow pace breathing guides commonly use. Pure: the time since
the pacer started is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum, auto

INHALE_SECONDS = 4.0
EXHALE_SECONDS = 6.0


class BreathPhase(StrEnum):
    """Which way the breath goes."""

    IN = auto()
    OUT = auto()


@dataclass(frozen=True, slots=True)
class Breath:
    """Where a breath is at one moment.

    Attributes:
        phase: Breathing in or out.
        progress: 0..1 through the phase.
        fullness: 0 (lungs empty) .. 1 (full): what an expanding ring shows.
        seconds_to_next: Time until the other phase starts.
    """

    phase: BreathPhase
    progress: float
    fullness: float
    seconds_to_next: float


def breath_at(
    elapsed: float, *, inhale: float = INHALE_SECONDS, exhale: float = EXHALE_SECONDS
) -> Breath:
    """The breath ``elapsed`` seconds after the pacer started (on an empty breath)."""
    if inhale <= 0 or exhale <= 0:
        raise ValueError("inhale and exhale must be longer than 0 s")
    cycle = inhale + exhale
    into = max(0.0, elapsed) % cycle
    if into < inhale:
        progress = into / inhale
        return Breath(BreathPhase.IN, progress, _ease(progress), inhale - into)
    progress = (into - inhale) / exhale
    return Breath(BreathPhase.OUT, progress, 1.0 - _ease(progress), cycle - into)


def breaths_per_minute(inhale: float = INHALE_SECONDS, exhale: float = EXHALE_SECONDS) -> float:
    """How many breaths a minute the pace gives."""
    return 60.0 / (inhale + exhale)


def _ease(progress: float) -> float:
    """Smooth start and end (a breath does not start or stop at full speed)."""
    p = min(max(progress, 0.0), 1.0)
    return p * p * (3.0 - 2.0 * p)
