"""A fake clock for timer tests: time moves only when a test says so."""

from __future__ import annotations


class FakeClock:
    """Monotonic and wall clocks under test control.

    ``advance`` moves both clocks together (normal time passing). ``jump_wall`` moves only the
    wall clock, which is what a laptop suspend looks like on Linux: the monotonic clock stops
    while the machine sleeps, the wall clock does not.

    Args:
        monotonic: Initial monotonic time in seconds (not 0, so code that treats 0 as
            "unset" is caught).
        wall: Initial wall time in epoch seconds.
    """

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_750_000_000.0) -> None:
        self._monotonic = monotonic
        self._wall = wall

    def now(self) -> float:
        """Monotonic time in seconds."""
        return self._monotonic

    def wall(self) -> float:
        """Wall-clock time in epoch seconds."""
        return self._wall

    def advance(self, seconds: float) -> float:
        """Let ``seconds`` pass on both clocks; returns the new monotonic time."""
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._monotonic += seconds
        self._wall += seconds
        return self._monotonic

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (suspend, or the user setting the time)."""
        self._wall += seconds
