"""Summaries on local dates: streaks, weeks, relief per routine (no Qt, no clock)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStatus
from acupress_gui.domain.stats import (
    DayTotal,
    RoutineRelief,
    Streaks,
    Verdict,
    day_totals,
    local_date,
    merge_reliefs,
    routine_relief,
    session_seconds,
    streaks,
    summarize,
    summarize_records,
    week_start,
    weekly_totals,
)

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
NEW_YORK_EDT = timezone(timedelta(hours=-4))
TOKYO = timezone(timedelta(hours=9))


def record(
    started: datetime,
    *,
    minutes: float | None = 10,
    routine: str = "Lower back relief",
    before: int | None = None,
    after: int | None = None,
    holds: int = 0,
    session_id: str | None = None,
) -> SessionRecord:
    return SessionRecord(
        session_id=session_id or started.isoformat(),
        routine_id=routine.lower().replace(" ", "-"),
        routine_name=routine,
        started_at=started,
        ended_at=None if minutes is None else started + timedelta(minutes=minutes),
        status=SessionStatus.COMPLETED if minutes is not None else SessionStatus.RUNNING,
        pain_before=before,
        pain_after=after,
        note="",
        holds=tuple(HoldResult(i, "BL23", Side.LEFT, 1, 30.0, 25.0) for i in range(holds)),
    )


def days(*texts: str) -> list[date]:
    return [date.fromisoformat(t) for t in texts]


# ---- streaks ---------------------------------------------------------------------------


def test_no_sessions_no_streak() -> None:
    assert streaks([], date(2026, 5, 8)) == Streaks(0, 0, None)


def test_current_streak_counts_today_and_the_days_before() -> None:
    result = streaks(days("2026-05-06", "2026-05-07", "2026-05-08"), date(2026, 5, 8))
    assert result == Streaks(3, 3, date(2026, 5, 8))


def test_a_streak_lives_until_the_end_of_today() -> None:
    """No session yet today: the run ending yesterday is still current."""
    assert streaks(days("2026-05-06", "2026-05-07"), date(2026, 5, 8)).current == 2


def test_a_gap_of_one_day_breaks_the_streak() -> None:
    result = streaks(days("2026-05-01", "2026-05-02", "2026-05-03", "2026-05-06"), date(2026, 5, 8))
    assert result.current == 0
    assert result.longest == 3
    assert result.longest_end == date(2026, 5, 3)


def test_repeats_and_order_do_not_matter() -> None:
    result = streaks(days("2026-05-08", "2026-05-07", "2026-05-08", "2026-05-07"), date(2026, 5, 8))
    assert result == Streaks(2, 2, date(2026, 5, 8))


def test_longest_tie_reports_the_latest_run() -> None:
    result = streaks(days("2026-01-01", "2026-01-02", "2026-02-01", "2026-02-02"), date(2026, 5, 8))
    assert result.longest == 2 and result.longest_end == date(2026, 2, 2)


def test_streak_over_a_month_and_year_end() -> None:
    run = [date(2025, 12, 30) + timedelta(days=i) for i in range(5)]
    assert streaks(run, date(2026, 1, 3)) == Streaks(5, 5, date(2026, 1, 3))


def test_a_day_in_the_future_does_not_extend_the_current_streak() -> None:
    """Recorded further east (local date already tomorrow), then flown back west."""
    result = streaks(days("2026-05-07", "2026-05-08", "2026-05-09"), date(2026, 5, 8))
    assert result.current == 2
    assert result.longest == 3


def test_2359_and_0001_are_two_days() -> None:
    late = record(datetime(2026, 5, 7, 23, 59, tzinfo=CEST))
    early = record(datetime(2026, 5, 8, 0, 1, tzinfo=CEST))
    assert [local_date(late), local_date(early)] == days("2026-05-07", "2026-05-08")
    assert summarize_records([late, early], date(2026, 5, 8)).streaks.current == 2


def test_two_minutes_apart_across_midnight_utc_but_not_local() -> None:
    """00:30 and 01:30 in Berlin are one local day, though 23:30 UTC and 00:30 UTC differ."""
    one = record(datetime(2026, 5, 8, 1, 30, tzinfo=CEST))  # 23:30 UTC on the 7th
    two = record(datetime(2026, 5, 8, 2, 30, tzinfo=CEST))  # 00:30 UTC on the 8th
    totals = day_totals([one, two])
    assert [(t.day, t.sessions) for t in totals] == [(date(2026, 5, 8), 2)]


def test_dst_change_keeps_consecutive_days() -> None:
    """Europe springs forward on 29 March 2026: 23:59 +01:00, then 00:01 +02:00 next day."""
    before = record(datetime(2026, 3, 28, 23, 59, tzinfo=CET))
    after = record(datetime(2026, 3, 29, 0, 1, tzinfo=CET))  # before 02:00: still CET
    next_day = record(datetime(2026, 3, 30, 0, 1, tzinfo=CEST))
    result = summarize_records([before, after, next_day], date(2026, 3, 30)).streaks
    assert result == Streaks(3, 3, date(2026, 3, 30))


def test_travel_uses_the_local_date_where_the_session_happened() -> None:
    """Evening in New York (already the next day in UTC), then the next evening in Tokyo."""
    new_york = record(datetime(2026, 5, 6, 22, 0, tzinfo=NEW_YORK_EDT))  # 02:00 UTC on the 7th
    tokyo = record(datetime(2026, 5, 8, 7, 0, tzinfo=TOKYO))  # 22:00 UTC on the 7th
    assert [local_date(new_york), local_date(tokyo)] == days("2026-05-06", "2026-05-08")
    result = summarize_records([new_york, tokyo], date(2026, 5, 8)).streaks
    assert result == Streaks(1, 1, date(2026, 5, 8))


@given(st.sets(st.integers(min_value=0, max_value=60), max_size=40), st.integers(0, 70))
def test_streaks_match_a_naive_count(offsets: set[int], today_offset: int) -> None:
    base = date(2026, 1, 1)
    present = {base + timedelta(days=o) for o in offsets}
    today = base + timedelta(days=today_offset)
    result = streaks(present, today)
    anchor = today if today in present else today - timedelta(days=1)
    current = 0
    while anchor in present:
        current += 1
        anchor -= timedelta(days=1)
    longest = 0
    for day in present:
        if day - timedelta(days=1) not in present:
            run = 1
            while day + timedelta(days=run) in present:
                run += 1
            longest = max(longest, run)
    assert (result.current, result.longest) == (current, longest)


# ---- weeks ------------------------------------------------------------------------------


def test_week_starts_on_monday() -> None:
    assert week_start(date(2026, 5, 8)) == date(2026, 5, 4)  # Friday -> Monday
    assert week_start(date(2026, 5, 4)) == date(2026, 5, 4)
    assert week_start(date(2026, 5, 10)) == date(2026, 5, 4)  # Sunday


def test_weekly_totals_fill_empty_weeks_up_to_today() -> None:
    totals = [
        DayTotal(date(2026, 4, 6), 2, 1200.0, rated=2, pain_before_sum=12, pain_after_sum=6),
        DayTotal(date(2026, 4, 12), 1, 600.0),
        DayTotal(date(2026, 4, 27), 1, 300.0, rated=1, pain_before_sum=4, pain_after_sum=4),
    ]
    weeks = weekly_totals(totals, date(2026, 5, 8))
    assert [w.week_start for w in weeks] == days(
        "2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04"
    )
    assert [w.sessions for w in weeks] == [3, 0, 0, 1, 0]
    assert weeks[0].minutes == pytest.approx(30.0)
    assert (weeks[0].pain_before, weeks[0].pain_after) == (6.0, 3.0)
    assert weeks[1].pain_before is None
    assert weekly_totals([], date(2026, 5, 8)) == []


def test_session_length_is_end_minus_start_or_time_held() -> None:
    done = record(datetime(2026, 5, 8, 8, 0, tzinfo=CEST), minutes=12)
    running = record(datetime(2026, 5, 8, 9, 0, tzinfo=CEST), minutes=None, holds=3)
    assert session_seconds(done) == 720.0
    assert session_seconds(running) == 75.0


def test_summary_this_week_last_week_and_totals() -> None:
    records = [
        record(datetime(2026, 5, 8, 8, 0, tzinfo=CEST), minutes=10),
        record(datetime(2026, 5, 4, 8, 0, tzinfo=CEST), minutes=20),
        record(datetime(2026, 5, 3, 21, 0, tzinfo=CEST), minutes=15),  # Sunday: last week
        record(datetime(2026, 3, 1, 21, 0, tzinfo=CET), minutes=5),
    ]
    summary = summarize_records(records, date(2026, 5, 8))
    assert summary.sessions == 4
    assert summary.minutes == pytest.approx(50.0)
    assert summary.this_week.sessions == 2
    assert summary.this_week.minutes == pytest.approx(30.0)
    assert summary.last_week.sessions == 1
    assert summary.last_week.minutes == pytest.approx(15.0)
    assert summary.streaks.current == 1


# ---- relief -----------------------------------------------------------------------------


def test_relief_averages_over_sessions_rated_before_and_after() -> None:
    start = datetime(2026, 5, 1, 8, 0, tzinfo=CEST)
    records = [
        record(start, before=7, after=4),
        record(start + timedelta(days=1), before=6, after=4),
        record(start + timedelta(days=2), before=5, after=4),
        record(start + timedelta(days=3), before=5, after=None),  # not counted
        record(start + timedelta(days=4)),
        record(start, routine="Desk break", before=3, after=4, session_id="d1"),
    ]
    reliefs = {r.routine: r for r in routine_relief(records)}
    back = reliefs["Lower back relief"]
    assert (back.sessions, back.rated, back.relief_sum) == (5, 3, 6)
    assert back.average == pytest.approx(2.0)
    assert back.verdict is Verdict.HELPS
    desk = reliefs["Desk break"]
    assert desk.average == -1.0
    assert desk.verdict is Verdict.TOO_FEW_RATINGS
    # Most sessions first.
    assert [r.routine for r in routine_relief(records)] == ["Lower back relief", "Desk break"]


@pytest.mark.parametrize(
    ("rated", "relief_sum", "verdict"),
    [
        (0, 0, Verdict.TOO_FEW_RATINGS),
        (2, 10, Verdict.TOO_FEW_RATINGS),
        (3, 3, Verdict.HELPS),
        (3, 2, Verdict.NO_CLEAR_CHANGE),
        (4, 0, Verdict.NO_CLEAR_CHANGE),
        (3, -2, Verdict.NO_CLEAR_CHANGE),
        (3, -3, Verdict.WORSE),
    ],
)
def test_verdicts(rated: int, relief_sum: int, verdict: Verdict) -> None:
    assert RoutineRelief("R", 10, rated, relief_sum).verdict is verdict


def test_summarize_from_day_totals_equals_from_records() -> None:
    start = datetime(2026, 4, 20, 7, 30, tzinfo=CEST)
    records = [
        record(start + timedelta(days=i, hours=i % 3), minutes=5 + i, before=6, after=6 - i % 3)
        for i in range(12)
    ]
    today = date(2026, 5, 8)
    assert summarize(day_totals(records), routine_relief(records), today) == summarize_records(
        records, today
    )


def test_one_routine_recorded_under_two_names_is_one_row_under_its_name_now() -> None:
    reliefs = [
        RoutineRelief("Lower back relief", 10, 8, 16, "lower-back-relief"),
        RoutineRelief("Entlastung des unteren Rückens", 4, 4, 12, "lower-back-relief"),
        RoutineRelief("Evening", 3, 2, 2, "evening-1"),
        RoutineRelief("Old import", 1, 0, 0, ""),
    ]
    merged = merge_reliefs(reliefs, {"lower-back-relief": "Alivio de la zona lumbar"})
    assert merged == [
        RoutineRelief("Alivio de la zona lumbar", 14, 12, 28, "lower-back-relief"),
        RoutineRelief("Evening", 3, 2, 2, "evening-1"),
        RoutineRelief("Old import", 1, 0, 0, ""),
    ]
    # Not known now (a deleted routine): the name most of its sessions have.
    assert merge_reliefs(reliefs[:2], {})[0].routine == "Lower back relief"


def test_each_name_carries_the_id_of_its_latest_session() -> None:
    first = record(datetime(2026, 3, 2, 8, 0, tzinfo=UTC), routine="Evening")
    later = record(datetime(2026, 3, 3, 8, 0, tzinfo=UTC), routine="Evening")
    first = replace(first, routine_id="old-id")
    later = replace(later, routine_id="new-id")
    assert [r.routine_id for r in routine_relief([later, first])] == ["new-id"]
