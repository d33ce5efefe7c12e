"""Seconds as the timer sees them: whole seconds to show, and the clock checks.

No Qt, no clock reads, no I/O in this module: the readings are passed in.
"""

from __future__ import annotations

import math

__all__ = [
    "LATE_TICK_SECONDS",
    "SUSPEND_THRESHOLD_SECONDS",
    "clock_divergence",
    "display_seconds",
]

#: A divergence of the wall and monotonic clocks above this means the computer slept.
SUSPEND_THRESHOLD_SECONDS = 5.0
#: A tick later than this after it was due means the app did not run: the session pauses.
LATE_TICK_SECONDS = 3.0

# Float slack when turning a remaining time into whole seconds: 2.0000000001 s left is "2",
# not "3", otherwise every boundary would cost one extra wake-up for a sub-microsecond sliver.
# For the timer's own modules: not exported from the package.
EPSILON = 1e-6


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
    return max(0, math.ceil(remaining - EPSILON))
