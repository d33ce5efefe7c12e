"""Reminder scheduling: next due moment and missed reminders, across midnight, weekdays
and daylight-saving changes (Europe/Berlin: forward 2026-03-29 02:00, back 2026-10-25 03:00)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from acupress_gui.domain.reminders import (
    DAYS,
    Reminder,
    ReminderError,
    is_done_today,
    missed,
    next_due,
)

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = DAYS


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def r(time: str, days: tuple[str, ...] = EVERY_DAY, routine: str | None = None) -> Reminder:
    return Reminder.create(time, days, routine)


@pytest.mark.parametrize(
    ("reminders", "after", "expected"),
    [
        # later the same day
        ([r("07:30")], "2026-03-02 06:00", "2026-03-02 07:30+01:00"),
        # exactly at the time: strictly after, so tomorrow
        ([r("07:30")], "2026-03-02 07:30", "2026-03-03 07:30+01:00"),
        # across midnight
        ([r("00:05")], "2026-03-02 23:59", "2026-03-03 00:05+01:00"),
        # weekdays only: Friday evening -> Monday (2026-03-06 is a Friday)
        (
            [r("07:30", ("mon", "tue", "wed", "thu", "fri"))],
            "2026-03-06 20:00",
            "2026-03-09 07:30+01:00",
        ),
        # weekend only: Monday -> Saturday
        ([r("09:00", ("sat", "sun"))], "2026-03-09 10:00", "2026-03-14 09:00+01:00"),
        # once a week, that weekday already past: next week
        ([r("18:00", ("wed",))], "2026-03-04 18:01", "2026-03-11 18:00+01:00"),
        # the earliest of several reminders
        ([r("20:00"), r("08:00")], "2026-03-02 07:00", "2026-03-02 08:00+01:00"),
        # spring forward: 02:30 does not exist, due when clocks have jumped (03:30 CEST)
        ([r("02:30")], "2026-03-29 01:00", "2026-03-29 03:30+02:00"),
        # the day after the jump keeps its local time
        ([r("07:30")], "2026-03-29 08:00", "2026-03-30 07:30+02:00"),
        # fall back: 02:30 happens twice, due the first time (CEST)
        ([r("02:30")], "2026-10-25 01:00", "2026-10-25 02:30+02:00"),
        # ... and not again in the repeated hour
        ([r("02:30")], "2026-10-25 00:31+00:00", "2026-10-26 02:30+01:00"),
    ],
)
def test_next_due(reminders: list[Reminder], after: str, expected: str) -> None:
    moment = datetime.fromisoformat(after)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BERLIN)
    due = next_due(reminders, moment, BERLIN)
    assert due is not None
    assert due.at == datetime.fromisoformat(expected)
    assert due.at.tzinfo is UTC


def test_every_set_of_weekdays_is_due_within_a_week() -> None:
    start = local("2026-03-02 12:00")  # a Monday
    for mask in range(1, 128):
        days = tuple(d for i, d in enumerate(DAYS) if mask & (1 << i))
        due = next_due([r("12:00", days)], start, BERLIN)
        assert due is not None
        assert start < due.at <= start + timedelta(days=7)
        assert DAYS[due.at.astimezone(BERLIN).weekday()] in days


def test_no_reminders_no_due() -> None:
    assert next_due([], local("2026-03-02 12:00"), BERLIN) is None


def test_missed_while_asleep_less_than_an_hour_late_is_shown_once() -> None:
    reminder = r("07:30")
    # Slept from 07:00 to 08:10: 40 minutes late, shown.
    shown = missed([reminder], local("2026-03-02 07:00"), local("2026-03-02 08:10"), BERLIN)
    assert [d.at for d in shown] == [local("2026-03-02 07:30")]
    # Slept until 08:31: more than an hour late, skipped.
    assert missed([reminder], local("2026-03-02 07:00"), local("2026-03-02 08:31"), BERLIN) == []


def test_missed_over_several_days_shows_only_the_latest_once() -> None:
    shown = missed([r("07:30")], local("2026-03-01 00:00"), local("2026-03-04 07:45"), BERLIN)
    assert [d.at for d in shown] == [local("2026-03-04 07:30")]


def test_done_today_follows_the_local_day() -> None:
    now = local("2026-03-02 00:30")
    assert is_done_today([local("2026-03-02 00:10")], now, BERLIN)
    assert not is_done_today([local("2026-03-01 23:50")], now, BERLIN)


@pytest.mark.parametrize(
    ("time", "days", "message"),
    [
        ("7:30", EVERY_DAY, "HH:MM"),
        ("24:00", EVERY_DAY, "HH:MM"),
        ("07:60", EVERY_DAY, "HH:MM"),
        ("07:30", ("monday",), "not a day"),
        ("07:30", (), "at least one day"),
    ],
)
def test_bad_reminders_are_refused_in_plain_words(
    time: str, days: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ReminderError, match=message):
        Reminder.create(time, days)


def test_days_are_kept_in_week_order_and_naive_times_refused() -> None:
    assert Reminder.create("07:30", ["sun", "mon", "mon"]).days == ("mon", "sun")
    with pytest.raises(ValueError, match="aware"):
        next_due([r("07:30")], datetime(2026, 3, 2, 7, 0), BERLIN)


# ---- more of the schedule table: midnight, each weekday, DST for what was missed ----------


@pytest.mark.parametrize("weekday", range(7))
def test_each_single_weekday_is_due_on_that_weekday_only(weekday: int) -> None:
    start = local("2026-03-01 23:59")  # a Sunday, a minute before midnight
    due = next_due([r("00:00", (DAYS[weekday],))], start, BERLIN)
    assert due is not None
    at = due.at.astimezone(BERLIN)
    assert at.weekday() == weekday
    assert (at.hour, at.minute) == (0, 0)
    # Monday 00:00 is a minute away; every other weekday that many days later.
    assert due.at - start == timedelta(minutes=1) + timedelta(days=weekday)


def test_midnight_reminder_is_due_at_the_start_of_the_day_not_the_end() -> None:
    due = next_due([r("00:00", ("tue",))], local("2026-03-03 00:00:01"), BERLIN)
    assert due is not None
    assert due.at == local("2026-03-10 00:00")


@pytest.mark.parametrize(
    ("since", "now", "expected"),
    [
        # slept over 07:30 and woke 07:50: shown once
        ("2026-03-02 06:00", "2026-03-02 07:50", ["2026-03-02 07:30+01:00"]),
        # woke 08:31: more than an hour late, skipped
        ("2026-03-02 06:00", "2026-03-02 08:31", []),
        # slept two days: only the latest, and only if recent
        ("2026-03-01 06:00", "2026-03-03 07:40", ["2026-03-03 07:30+01:00"]),
        # across midnight: 23:55 missed, woke 00:20
        ("2026-03-02 23:00", "2026-03-03 00:20", ["2026-03-02 23:55+01:00"]),
        # the spring-forward day: 02:30 happens at 03:30 CEST; woke 04:00
        ("2026-03-29 01:00", "2026-03-29 04:00", ["2026-03-29 03:30+02:00"]),
        # the fall-back day: 02:30 CEST, woke in the repeated hour (02:40 CET): 1 h 10 late
        ("2026-10-25 01:00", "2026-10-25 01:40+00:00", []),
        # ... and woke at 02:40 CEST: shown
        ("2026-10-25 01:00", "2026-10-25 02:40+02:00", ["2026-10-25 02:30+02:00"]),
    ],
)
def test_missed_table(since: str, now: str, expected: list[str]) -> None:
    def moment(text: str) -> datetime:
        value = datetime.fromisoformat(text)
        return value if value.tzinfo else value.replace(tzinfo=BERLIN)

    reminders = [r("07:30"), r("23:55"), r("02:30")]
    got = [due.at for due in missed(reminders, moment(since), moment(now), BERLIN)]
    assert got == [datetime.fromisoformat(text) for text in expected]


def test_a_fall_back_reminder_is_not_missed_twice_in_the_repeated_hour() -> None:
    # 02:30 CEST was said; the clocks go back and 02:30 CET comes round: nothing again.
    after_first = datetime.fromisoformat("2026-10-25 02:31+02:00")
    second = datetime.fromisoformat("2026-10-25 02:31+01:00")
    assert missed([r("02:30")], after_first, second, BERLIN) == []
