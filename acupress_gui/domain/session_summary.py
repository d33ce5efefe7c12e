"""What the end of a session says: how much was really held, and whether it was a session.

"Completed" means the routine ran to its end. A session whose holds were mostly skipped (less
than half the planned pressing time held) is still recorded as it was, with its real held
time, but its summary does not congratulate: it says how much was held.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from acupress_gui.domain.stats import streaks
from acupress_gui.domain.timer import HoldRecord

#: Below this share of the planned pressing time, the holds were mostly skipped.
MOSTLY_HELD = 0.5


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The figures the end of a session shows.

    Attributes:
        holds: Holds done (any length).
        points: Different steps pressed.
        held_seconds: Seconds actually pressed.
        planned_seconds: Seconds the holds done were planned to last.
        reached_end: The routine ran to its end.
        pain_before: The rating before (0-10), or None.
    """

    holds: int
    points: int
    held_seconds: float
    planned_seconds: float
    reached_end: bool
    pain_before: int | None = None

    @property
    def share_held(self) -> float:
        """Held over planned time, 0..1 (1 when nothing was planned)."""
        if self.planned_seconds <= 0:
            return 1.0
        return min(1.0, self.held_seconds / self.planned_seconds)

    @property
    def mostly_skipped(self) -> bool:
        """Less than half of the planned pressing time was held."""
        return self.holds == 0 or self.share_held < MOSTLY_HELD

    @property
    def well_done(self) -> bool:
        """The routine ran to its end and the holds were really held."""
        return self.reached_end and not self.mostly_skipped


def summarize(
    records: Sequence[HoldRecord], *, reached_end: bool, pain_before: int | None = None
) -> SessionSummary:
    """The summary of a session from its finished holds."""
    return SessionSummary(
        holds=len(records),
        points=len({r.phase.step_index for r in records}),
        held_seconds=sum(r.held_seconds for r in records),
        planned_seconds=sum(r.planned_seconds for r in records),
        reached_end=reached_end,
        pain_before=pain_before,
    )


def pain_change(before: int | None, after: int | None) -> int | None:
    """After minus before (negative: less pain), or None when either is not rated."""
    if before is None or after is None:
        return None
    return after - before


def streak_with_today(days: Iterable[date], today: date) -> int:
    """Days in a row with a session, ending today, counting the session just ended today
    (it may not be written to the history yet)."""
    return streaks([*days, today], today).current
