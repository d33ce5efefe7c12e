"""Calendar periods the History page filters by: rolling periods ending today, weeks.

Pure date arithmetic: today is always passed in, nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from acupress_gui.domain.stats import week_start


class Period(StrEnum):
    """The periods offered by the History page's period filter (values are stable keys)."""

    ALL = "all"
    LAST_4_WEEKS = "4w"
    LAST_3_MONTHS = "3m"
    LAST_12_MONTHS = "12m"
    CUSTOM = "custom"

    @property
    def rolling(self) -> bool:
        """True for the periods that end today and so move with the date."""
        return self in _ROLLING


_ROLLING = frozenset({Period.LAST_4_WEEKS, Period.LAST_3_MONTHS, Period.LAST_12_MONTHS})


@dataclass(frozen=True, slots=True)
class DateRange:
    """Local dates from ``first`` to ``last``, both included.

    Raises:
        ValueError: ``last`` is before ``first``.
    """

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"{self.last} is before {self.first}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def days(self) -> int:
        """How many days the range covers."""
        return (self.last - self.first).days + 1


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier, clamped to the end of a shorter month."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month0 = divmod(month_index, 12)
    month = month0 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def rolling_range(period: Period, today: date) -> DateRange:
    """A rolling period ending ``today``: "last 4 weeks" is the 28 days up to today.

    Raises:
        ValueError: ``period`` is not a rolling period.
    """
    if period is Period.LAST_4_WEEKS:
        first = today - timedelta(weeks=4)
    elif period is Period.LAST_3_MONTHS:
        first = months_back(today, 3)
    elif period is Period.LAST_12_MONTHS:
        first = months_back(today, 12)
    else:
        raise ValueError(f"{period!r} is not a rolling period")
    return DateRange(first + timedelta(days=1), today)


def period_range(
    period: Period, today: date, history: tuple[date, date] | None = None
) -> DateRange | None:
    """The dates ``period`` covers on ``today``; None for :attr:`Period.CUSTOM`.

    Args:
        period: The period.
        today: The local date now.
        history: The first and last local dates in the history (None when it is empty);
            "all time" runs from the first of them to today or the last, whichever is later.
    """
    if period is Period.CUSTOM:
        return None
    if period is Period.ALL:
        if history is None:
            return DateRange(today, today)
        return DateRange(history[0], max(today, history[1]))
    return rolling_range(period, today)


def date_filter(period: Period, first: date, last: date) -> tuple[date | None, date | None]:
    """The (from, to) dates a filter uses: none for "all time", else the dates shown."""
    if period is Period.ALL:
        return None, None
    return first, last


def this_week(today: date) -> DateRange:
    """Monday to Sunday of the week containing ``today``."""
    monday = week_start(today)
    return DateRange(monday, monday + timedelta(days=6))


def last_week(today: date) -> DateRange:
    """Monday to Sunday of the week before ``today``'s."""
    monday = week_start(today) - timedelta(weeks=1)
    return DateRange(monday, monday + timedelta(days=6))


__all__ = [
    "DateRange",
    "Period",
    "date_filter",
    "last_week",
    "months_back",
    "period_range",
    "rolling_range",
    "this_week",
]
