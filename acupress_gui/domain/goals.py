"""The weekly practice goal: days practised this week, and weeks in a row that met it.

Pure counting over local dates (the caller passes the days with a session and today). A week
runs Monday to Sunday, as everywhere else in the app (``stats.week_start``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from acupress_gui.domain.stats import week_start

#: The goal a first run starts with: five days a week.
DEFAULT_WEEKLY_GOAL = 5
GOAL_RANGE = (1, 7)


@dataclass(frozen=True, slots=True)
class WeekProgress:
    """This week's practice against the goal.

    Attributes:
        done: Days of this week (up to today) with at least one session.
        goal: Days a week the person aims for.
        days_left: Days of this week still to come, today included when not practised yet.
    """

    done: int
    goal: int
    days_left: int

    @property
    def met(self) -> bool:
        """The goal is reached this week."""
        return self.done >= self.goal

    @property
    def reachable(self) -> bool:
        """The goal can still be reached this week."""
        return self.done + self.days_left >= self.goal


def _check_goal(goal: int) -> None:
    if not GOAL_RANGE[0] <= goal <= GOAL_RANGE[1]:
        raise ValueError(f"a weekly goal is 1 to 7 days, not {goal}")


def days_in_week(days: Iterable[date], monday: date) -> set[date]:
    """The distinct days of the week starting ``monday`` found in ``days``."""
    sunday = monday + timedelta(days=6)
    return {day for day in days if monday <= day <= sunday}


def week_progress(days: Iterable[date], today: date, goal: int) -> WeekProgress:
    """How many days of today's week were practised (days after today do not count)."""
    _check_goal(goal)
    monday = week_start(today)
    done = {day for day in days_in_week(days, monday) if day <= today}
    remaining = 6 - today.weekday()  # the days after today
    if today not in done:
        remaining += 1
    return WeekProgress(done=len(done), goal=goal, days_left=remaining)


def goal_streak(days: Iterable[date], today: date, goal: int) -> int:
    """Weeks in a row that met the goal.

    The run ends with last week, plus this week once it has met the goal: a week still
    under way does not break the run until it is over.
    """
    _check_goal(goal)
    by_week: dict[date, set[date]] = {}
    for day in days:
        if day <= today:
            by_week.setdefault(week_start(day), set()).add(day)
    monday = week_start(today)
    streak = 1 if len(by_week.get(monday, ())) >= goal else 0
    week = monday - timedelta(days=7)
    while len(by_week.get(week, ())) >= goal:
        streak += 1
        week -= timedelta(days=7)
    return streak


def practised_days(days: Iterable[date], first: date, last: date) -> set[date]:
    """The days with a session between ``first`` and ``last`` (inclusive), for a calendar."""
    return {day for day in days if first <= day <= last}
