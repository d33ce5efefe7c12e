"""When practice reminders are due: pure scheduling, the time and the time zone passed in.

A reminder is a local time of day on some weekdays (``{"time": "07:30", "days": ["mon",
"wed"], "routine": null}`` in settings.json). The app arms one timer to the next due moment
(:func:`next_due`) and, after the computer slept, asks what it missed (:func:`missed`): a
reminder less than an hour late is shown once, an older one is skipped.

Local times are turned into moments with the zone's rules: a time that does not exist on a
spring-forward day (02:30 when clocks jump from 02:00 to 03:00) is due when the clocks have
jumped (03:30); a time that happens twice on a fall-back day is due the first time only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: A reminder this late (the computer was asleep) is still shown once on wake.
MISSED_GRACE = timedelta(hours=1)
#: How long "In 10 minutes" waits.
SNOOZE = timedelta(minutes=10)

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class ReminderError(ValueError):
    """A reminder that cannot be used; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class Reminder:
    """A local time of day on a set of weekdays, and the routine it is for.

    Attributes:
        time: ``HH:MM``, 24-hour, local time.
        days: Weekday keys from :data:`DAYS`, in week order, no repeats.
        routine: A routine name or id, or None for the last one used.
    """

    time: str
    days: tuple[str, ...]
    routine: str | None = None

    @classmethod
    def create(cls, time_text: str, days: Iterable[str], routine: str | None = None) -> Reminder:
        """A checked reminder; raises ReminderError with a plain message."""
        if not _TIME.match(time_text):
            raise ReminderError(
                f"The time {time_text[:8]!r} is not a time of day; write it as HH:MM, "
                "for example 07:30."
            )
        chosen = set(days)
        unknown = sorted(chosen - set(DAYS))
        if unknown:
            raise ReminderError(
                f"{unknown[0][:8]!r} is not a day; use mon, tue, wed, thu, fri, sat or sun."
            )
        if not chosen:
            raise ReminderError("A reminder needs at least one day.")
        name = routine.strip() if routine else None
        return cls(time_text, tuple(d for d in DAYS if d in chosen), name or None)

    @property
    def clock_time(self) -> dt.time:
        """The time of day."""
        hours, minutes = self.time.split(":")
        return dt.time(int(hours), int(minutes))


@dataclass(frozen=True, slots=True)
class Due:
    """One reminder due at one moment (UTC)."""

    at: datetime
    reminder: Reminder


def local_moment(day: date, at: time, zone: tzinfo) -> datetime:
    """``day`` at ``at`` in ``zone`` as a UTC moment, with the rules above for gaps and folds."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    # In a gap, fold=0 reads the time with the offset from before the jump, which lands
    # after the jump: the reminder is due when the clocks have moved on.
    return first


def occurrences(reminder: Reminder, start: datetime, end: datetime, zone: tzinfo) -> list[Due]:
    """Every moment ``reminder`` is due in ``(start, end]`` (aware datetimes), in order."""
    _require_aware(start, end)
    result: list[Due] = []
    day = start.astimezone(zone).date() - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    clock = reminder.clock_time
    while day <= last_day:
        if DAYS[day.weekday()] in reminder.days:
            moment = local_moment(day, clock, zone)
            if start < moment <= end:
                result.append(Due(moment, reminder))
        day += timedelta(days=1)
    return result


def next_due(reminders: Sequence[Reminder], after: datetime, zone: tzinfo) -> Due | None:
    """The first reminder due strictly after ``after``; None when there are none.

    Reminders due at the same moment come in the order given.
    """
    _require_aware(after)
    best: Due | None = None
    horizon = after + timedelta(days=8)  # every weekday is within a week (+ a DST day)
    for reminder in reminders:
        found = occurrences(reminder, after, horizon, zone)
        if found and (best is None or found[0].at < best.at):
            best = found[0]
    return best


def missed(
    reminders: Sequence[Reminder],
    since: datetime,
    now: datetime,
    zone: tzinfo,
    *,
    grace: timedelta = MISSED_GRACE,
) -> list[Due]:
    """What came due in ``(since, now]`` and is still worth showing: at most once per
    reminder (its latest moment), and only when less than ``grace`` late."""
    _require_aware(since, now)
    shown: list[Due] = []
    for reminder in reminders:
        found = occurrences(reminder, since, now, zone)
        if found and now - found[-1].at < grace:
            shown.append(found[-1])
    return sorted(shown, key=lambda due: due.at)


def is_done_today(practised: Iterable[datetime], now: datetime, zone: tzinfo) -> bool:
    """True when a session (start moments, aware) was practised on ``now``'s local day."""
    today = now.astimezone(zone).date()
    return any(moment.astimezone(zone).date() == today for moment in practised)


def _require_aware(*moments: datetime) -> None:
    for moment in moments:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("reminder times must be aware datetimes")
