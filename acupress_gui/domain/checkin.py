"""The optional weekly check-in: two questions of the app's own, 0 to 10, after a session.

The two items are the app's own wording: how much the pain got in the way of daily
activities this week (0 = not at all, 10 = completely) and how well the person slept
(0 = very badly, 10 = very well). They are not taken from a published questionnaire. They
are asked at most once a week: when no check-in was given in the last seven local days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["CHECKIN_EVERY_DAYS", "WeeklyCheckin", "checkin_due"]

#: A check-in is asked again this many days after the last one.
CHECKIN_EVERY_DAYS = 7


@dataclass(frozen=True, slots=True)
class WeeklyCheckin:
    """The answers of one check-in (each 0..10).

    Attributes:
        interference: How much the pain got in the way of daily activities.
        sleep: How well the person slept.
    """

    interference: int
    sleep: int

    def __post_init__(self) -> None:
        for name, value in (("interference", self.interference), ("sleep", self.sleep)):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
                raise ValueError(f"a check-in {name} of {value!r} is not a whole number 0..10")


def checkin_due(last: date | None, today: date) -> bool:
    """True when a check-in should be asked today, the last one being on ``last``."""
    return last is None or (today - last).days >= CHECKIN_EVERY_DAYS
