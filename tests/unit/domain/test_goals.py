"""The weekly goal: this week's days against it, and weeks in a row that met it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from acupress_gui.domain.goals import goal_streak, practised_days, week_progress

MONDAY = date(2026, 3, 2)


def days(*offsets: int) -> list[date]:
    return [MONDAY + timedelta(days=offset) for offset in offsets]


@pytest.mark.parametrize(
    ("practised", "today", "goal", "done", "left", "met", "reachable"),
    [
        ([], 0, 5, 0, 7, False, True),
        (days(0, 1, 2), 2, 5, 3, 4, False, True),  # Wednesday, done today
        (days(0, 1), 2, 5, 2, 5, False, True),  # Wednesday, not yet today
        (days(0, 1, 2, 3, 4), 4, 5, 5, 2, True, True),
        (days(0), 6, 3, 1, 1, False, False),  # Sunday: 1 + today < 3
        (days(0, 0, 0), 0, 1, 1, 6, True, True),  # three sessions on one day: one day
        # last week's Sunday and next week's days do not count
        ([MONDAY - timedelta(days=1), *days(7)], 3, 2, 0, 4, False, True),
    ],
)
def test_week_progress(
    practised: list[date],
    today: int,
    goal: int,
    done: int,
    left: int,
    met: bool,
    reachable: bool,
) -> None:
    progress = week_progress(practised, MONDAY + timedelta(days=today), goal)
    assert (progress.done, progress.goal, progress.days_left) == (done, goal, left)
    assert progress.met is met
    assert progress.reachable is reachable


def test_days_after_today_do_not_count() -> None:
    assert week_progress(days(0, 5), MONDAY + timedelta(days=2), 2).done == 1


@pytest.mark.parametrize(
    ("practised", "today", "goal", "streak"),
    [
        ([], 3, 5, 0),
        # last week met 3 of 3: one week; this week under way does not break it
        (days(-7, -6, -5), 0, 3, 1),
        # this week met already: counts
        (days(-7, -6, -5, 0, 1, 2), 2, 3, 2),
        # a gap week breaks the run
        (days(-21, -20, -19, -7, -6, -5), 0, 3, 1),
        # two weeks met before, the week before last missed
        (days(-14, -13, -12, -7, -6, -5), 2, 3, 2),
        # a week under the goal right before: zero
        (days(-7, -6), 1, 3, 0),
        # goal 7: every day of last week
        (days(*range(-7, 0)), 0, 7, 1),
        (days(*range(-7, -1)), 0, 7, 0),
    ],
)
def test_goal_streak(practised: list[date], today: int, goal: int, streak: int) -> None:
    assert goal_streak(practised, MONDAY + timedelta(days=today), goal) == streak


@pytest.mark.parametrize("goal", [0, 8, -1])
def test_a_goal_outside_one_to_seven_is_refused(goal: int) -> None:
    with pytest.raises(ValueError, match="1 to 7"):
        week_progress([], MONDAY, goal)
    with pytest.raises(ValueError, match="1 to 7"):
        goal_streak([], MONDAY, goal)


def test_practised_days_of_a_month() -> None:
    got = practised_days(days(-1, 0, 30, 31), MONDAY, date(2026, 4, 1))
    assert got == set(days(0, 30))
