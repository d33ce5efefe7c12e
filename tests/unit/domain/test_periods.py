"""Period arithmetic of the History page's filters: rolling periods end today, weeks."""

from __future__ import annotations

from datetime import date

import pytest

from acupress_gui.domain.periods import (
    DateRange,
    Period,
    date_filter,
    last_week,
    months_back,
    period_range,
    rolling_range,
    this_week,
)

TODAY = date(2026, 5, 8)  # a Friday


def test_last_4_weeks_is_the_28_days_up_to_today() -> None:
    span = rolling_range(Period.LAST_4_WEEKS, TODAY)
    assert span == DateRange(date(2026, 4, 11), TODAY)
    assert span.days == 28


@pytest.mark.parametrize(
    ("period", "first"),
    [
        (Period.LAST_3_MONTHS, date(2026, 2, 9)),
        (Period.LAST_12_MONTHS, date(2025, 5, 9)),
    ],
)
def test_month_periods_start_the_day_after_the_same_date_back(period: Period, first: date) -> None:
    assert rolling_range(period, TODAY) == DateRange(first, TODAY)


def test_months_back_clamps_to_a_shorter_month() -> None:
    assert months_back(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_back(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_back(date(2026, 7, 31), 1) == date(2026, 6, 30)
    assert months_back(date(2026, 1, 15), 1) == date(2025, 12, 15)
    assert months_back(date(2026, 3, 15), 14) == date(2025, 1, 15)


def test_a_rolling_period_follows_today() -> None:
    """The same period on a later day ends on that day (the app stayed open past midnight)."""
    tomorrow = date(2026, 5, 9)
    assert rolling_range(Period.LAST_4_WEEKS, tomorrow).last == tomorrow
    assert rolling_range(Period.LAST_4_WEEKS, tomorrow).first == date(2026, 4, 12)


def test_only_rolling_periods_have_a_rolling_range() -> None:
    assert [p for p in Period if p.rolling] == [
        Period.LAST_4_WEEKS,
        Period.LAST_3_MONTHS,
        Period.LAST_12_MONTHS,
    ]
    for period in (Period.ALL, Period.CUSTOM):
        with pytest.raises(ValueError, match="not a rolling period"):
            rolling_range(period, TODAY)


def test_all_time_spans_the_history_and_today() -> None:
    assert period_range(Period.ALL, TODAY, None) == DateRange(TODAY, TODAY)
    history = (date(2025, 1, 3), date(2026, 5, 1))
    assert period_range(Period.ALL, TODAY, history) == DateRange(date(2025, 1, 3), TODAY)
    # A session dated after today (a clock that was wrong) stays inside "all time".
    ahead = (date(2025, 1, 3), date(2026, 6, 1))
    assert period_range(Period.ALL, TODAY, ahead) == DateRange(date(2025, 1, 3), date(2026, 6, 1))


def test_custom_has_no_range_of_its_own() -> None:
    assert period_range(Period.CUSTOM, TODAY, None) is None
    assert period_range(Period.LAST_4_WEEKS, TODAY) == rolling_range(Period.LAST_4_WEEKS, TODAY)


def test_date_filter_is_open_for_all_time_only() -> None:
    first, last = date(2026, 4, 1), date(2026, 4, 30)
    assert date_filter(Period.ALL, first, last) == (None, None)
    for period in (Period.LAST_4_WEEKS, Period.LAST_3_MONTHS, Period.CUSTOM):
        assert date_filter(period, first, last) == (first, last)


def test_weeks_run_monday_to_sunday() -> None:
    assert this_week(TODAY) == DateRange(date(2026, 5, 4), date(2026, 5, 10))
    assert last_week(TODAY) == DateRange(date(2026, 4, 27), date(2026, 5, 3))
    sunday = date(2026, 5, 10)
    assert this_week(sunday) == this_week(TODAY)
    assert this_week(date(2026, 5, 11)).first == date(2026, 5, 11)
    assert last_week(date(2026, 1, 1)) == DateRange(date(2025, 12, 22), date(2025, 12, 28))


def test_date_range_contains_its_ends_and_refuses_a_reversed_range() -> None:
    span = DateRange(date(2026, 5, 4), date(2026, 5, 10))
    assert date(2026, 5, 4) in span and date(2026, 5, 10) in span
    assert date(2026, 5, 11) not in span and "2026-05-05" not in span
    with pytest.raises(ValueError, match="before"):
        DateRange(date(2026, 5, 10), date(2026, 5, 4))


def test_period_keys_stay_as_they_are() -> None:
    """The keys are what the period filter stores; they must not change."""
    assert [p.value for p in Period] == ["all", "4w", "3m", "12m", "custom"]
