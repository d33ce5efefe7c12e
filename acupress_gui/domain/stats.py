"""Summaries for the History page: weekly totals, streaks and relief per routine.

Everything here works on *local dates*: the calendar date on which a session started in the
time zone the person was in at the time. The history store keeps each start time as UTC plus
the local offset of that moment, so a session at 23:59 and one at 00:01 fall on two days even
across a daylight-saving change or a journey. "Today" is passed in; nothing here reads a clock.

The store computes :class:`DayTotal` and :class:`RoutineRelief` with SQL aggregates (a few
thousand rows even for a very long history); :func:`day_totals` and :func:`routine_relief`
compute the same from :class:`~acupress_gui.domain.recording.SessionRecord` objects (tests,
and a history kept in memory). :func:`summarize` turns them into what the page shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum, auto

from acupress_gui.domain.recording import SessionRecord

#: A routine needs this many sessions rated before and after to say whether it helps.
MIN_RATED_FOR_VERDICT = 3
#: Average relief (pain points, 0..10 scale) from which a routine "seems to help".
HELPS_THRESHOLD = 1.0


@dataclass(frozen=True, slots=True)
class DayTotal:
    """Sessions of one local date.

    Pain sums are over the *rated* sessions (rated both before and after), so the averages
    before and after always compare the same sessions.

    Attributes:
        day: The local date.
        sessions: Number of sessions started that day.
        seconds: Their total length in seconds.
        rated: Sessions of that day rated before and after.
        pain_before_sum: Sum of their "before" ratings.
        pain_after_sum: Sum of their "after" ratings.
    """

    day: date
    sessions: int
    seconds: float
    rated: int = 0
    pain_before_sum: int = 0
    pain_after_sum: int = 0


@dataclass(frozen=True, slots=True)
class WeekTotal:
    """Sessions of one week (Monday to Sunday, local dates).

    Attributes:
        week_start: The Monday.
        sessions: Number of sessions.
        minutes: Their total length in minutes.
        rated: Sessions rated before and after.
        pain_before: Average "before" rating of the rated sessions, None when none.
        pain_after: Average "after" rating of the rated sessions, None when none.
    """

    week_start: date
    sessions: int
    minutes: float
    rated: int = 0
    pain_before: float | None = None
    pain_after: float | None = None


class Verdict(StrEnum):
    """What the ratings say about a routine."""

    HELPS = auto()
    NO_CLEAR_CHANGE = auto()
    WORSE = auto()
    TOO_FEW_RATINGS = auto()


@dataclass(frozen=True, slots=True)
class RoutineRelief:
    """How much one routine relieved pain, over the sessions rated before and after.

    Attributes:
        routine: The routine's name.
        sessions: All its sessions.
        rated: Sessions with both a "before" and an "after" rating.
        relief_sum: Sum of (before - after) over the rated sessions.
        routine_id: The id of the routine last used under that name ("" when unknown).
    """

    routine: str
    sessions: int
    rated: int
    relief_sum: int
    routine_id: str = ""

    @property
    def average(self) -> float | None:
        """Average relief in pain points (positive: less pain after), None when unrated."""
        return self.relief_sum / self.rated if self.rated else None

    @property
    def verdict(self) -> Verdict:
        """Whether the routine seems to help, in four plain categories."""
        average = self.average
        if average is None or self.rated < MIN_RATED_FOR_VERDICT:
            return Verdict.TOO_FEW_RATINGS
        if average >= HELPS_THRESHOLD:
            return Verdict.HELPS
        if average <= -HELPS_THRESHOLD:
            return Verdict.WORSE
        return Verdict.NO_CLEAR_CHANGE


@dataclass(frozen=True, slots=True)
class Streaks:
    """Runs of consecutive local dates with at least one session.

    Attributes:
        current: Days in the run that ends today, or yesterday when today has no session
            yet (a streak is not lost until the day is over); 0 otherwise.
        longest: The longest run ever.
        longest_end: The last day of the longest run (the latest one on a tie).
    """

    current: int
    longest: int
    longest_end: date | None = None


@dataclass(frozen=True, slots=True)
class HistorySummary:
    """What the summary strip and the relief table show (the charts use :func:`weekly_totals`).

    Attributes:
        sessions: All sessions.
        minutes: Their total length in minutes.
        this_week: The week containing today.
        last_week: The week before.
        streaks: Current and longest streak.
        routines: Relief per routine, most sessions first.
    """

    sessions: int
    minutes: float
    this_week: WeekTotal
    last_week: WeekTotal
    streaks: Streaks
    routines: tuple[RoutineRelief, ...]


def week_start(day: date) -> date:
    """The Monday of the week containing ``day``."""
    return day - timedelta(days=day.weekday())


def session_seconds(record: SessionRecord) -> float:
    """Length of a session: end minus start, or the seconds held while it has no end."""
    if record.ended_at is None:
        return record.held_seconds
    return max(0.0, (record.ended_at - record.started_at).total_seconds())


def local_date(record: SessionRecord) -> date:
    """The local date of a session: its start's date in the offset it carries."""
    return record.started_at.date()


def day_totals(records: Iterable[SessionRecord]) -> list[DayTotal]:
    """Per-day totals of ``records``, by local date, oldest first."""
    acc: dict[date, list[float]] = {}
    for record in records:
        row = acc.setdefault(local_date(record), [0, 0.0, 0, 0, 0])
        row[0] += 1
        row[1] += session_seconds(record)
        if record.pain_before is not None and record.pain_after is not None:
            row[2] += 1
            row[3] += record.pain_before
            row[4] += record.pain_after
    return [
        DayTotal(
            day=day,
            sessions=int(row[0]),
            seconds=float(row[1]),
            rated=int(row[2]),
            pain_before_sum=int(row[3]),
            pain_after_sum=int(row[4]),
        )
        for day, row in sorted(acc.items())
    ]


def routine_relief(records: Iterable[SessionRecord]) -> list[RoutineRelief]:
    """Relief per routine name, most sessions first (then by name); each with the id of the
    routine its latest session under that name used."""
    acc: dict[str, list[int]] = {}
    latest: dict[str, SessionRecord] = {}
    for record in records:
        row = acc.setdefault(record.routine_name, [0, 0, 0])
        row[0] += 1
        relief = record.relief
        if relief is not None:
            row[1] += 1
            row[2] += relief
        last = latest.get(record.routine_name)
        if last is None or record.started_at > last.started_at:
            latest[record.routine_name] = record
    reliefs = [
        RoutineRelief(name, row[0], row[1], row[2], latest[name].routine_id)
        for name, row in acc.items()
    ]
    return sort_reliefs(reliefs)


def merge_reliefs(
    reliefs: Iterable[RoutineRelief], names: Mapping[str, str]
) -> list[RoutineRelief]:
    """One row per routine: the names one routine was recorded under (a built-in routine
    used in two languages, a routine renamed) are added up, under ``names[routine_id]`` (the
    name it has now) or else the name most of its sessions have."""
    groups: dict[str, list[RoutineRelief]] = {}
    for relief in reliefs:
        groups.setdefault(relief.routine_id or f"name:{relief.routine}", []).append(relief)
    merged = []
    for key, rows in groups.items():
        main = max(rows, key=lambda r: (r.sessions, r.routine))
        merged.append(
            RoutineRelief(
                names.get(key, main.routine),
                sum(r.sessions for r in rows),
                sum(r.rated for r in rows),
                sum(r.relief_sum for r in rows),
                main.routine_id,
            )
        )
    return sort_reliefs(merged)


def sort_reliefs(reliefs: Iterable[RoutineRelief]) -> list[RoutineRelief]:
    """Most sessions first, then by name (case-insensitive)."""
    return sorted(reliefs, key=lambda r: (-r.sessions, r.routine.casefold(), r.routine))


def streaks(days: Iterable[date], today: date) -> Streaks:
    """Current and longest run of consecutive days in ``days`` (any order, repeats allowed).

    Days after ``today`` (a session recorded further east than where the person is now)
    count for the longest run but cannot extend the current one past today.
    """
    ordinals = sorted({day.toordinal() for day in days})
    return streaks_of_ordinals(ordinals, today.toordinal())


def streaks_of_ordinals(ordinals: Sequence[int], today: int) -> Streaks:
    """:func:`streaks` of days given as sorted, distinct ``date.toordinal()`` numbers."""
    longest = 0
    longest_end: int | None = None
    current = 0
    run = 0
    previous = None
    for ordinal in ordinals:
        run = run + 1 if previous is not None and ordinal - previous == 1 else 1
        if run >= longest:
            longest = run
            longest_end = ordinal
        if ordinal <= today:
            # The run up to the latest day not after today; it is current if that day is
            # today or yesterday.
            current = run if ordinal >= today - 1 else 0
        previous = ordinal
    return Streaks(
        current=current,
        longest=longest,
        longest_end=date.fromordinal(longest_end) if longest_end is not None else None,
    )


def weekly_totals(days: Sequence[DayTotal], today: date) -> list[WeekTotal]:
    """Weekly totals from the first day's week to today's week, empty weeks included.

    Days after today's week (clock or time-zone oddities) extend the range to their week.
    """
    if not days:
        return []
    acc: dict[date, list[float]] = {}
    for total in days:
        row = acc.setdefault(week_start(total.day), [0, 0.0, 0, 0, 0])
        row[0] += total.sessions
        row[1] += total.seconds
        row[2] += total.rated
        row[3] += total.pain_before_sum
        row[4] += total.pain_after_sum
    first = min(acc)
    last = max(max(acc), week_start(today))
    weeks: list[WeekTotal] = []
    monday = first
    while monday <= last:
        week = acc.get(monday)
        if week is None:
            weeks.append(WeekTotal(monday, 0, 0.0))
        else:
            weeks.append(
                WeekTotal(
                    week_start=monday,
                    sessions=int(week[0]),
                    minutes=week[1] / 60.0,
                    rated=int(week[2]),
                    pain_before=week[3] / week[2] if week[2] else None,
                    pain_after=week[4] / week[2] if week[2] else None,
                )
            )
        monday += timedelta(days=7)
    return weeks


def summarize(
    days: Sequence[DayTotal], reliefs: Iterable[RoutineRelief], today: date
) -> HistorySummary:
    """The summary from per-day totals and per-routine relief.

    Args:
        days: Per-day totals (any order).
        reliefs: Relief per routine.
        today: The local date now (passed in: nothing here reads a clock).
    """
    this_monday = week_start(today)
    last_monday = this_monday - timedelta(days=7)
    recent = [d for d in days if last_monday <= d.day < this_monday + timedelta(days=7)]
    return HistorySummary(
        sessions=sum(d.sessions for d in days),
        minutes=sum(d.seconds for d in days) / 60.0,
        this_week=week_of(recent, this_monday),
        last_week=week_of(recent, last_monday),
        streaks=streaks((d.day for d in days if d.sessions > 0), today),
        routines=tuple(sort_reliefs(reliefs)),
    )


def week_of(days: Iterable[DayTotal], monday: date) -> WeekTotal:
    """The total of the week starting on ``monday`` (other days in ``days`` are ignored)."""
    end = monday + timedelta(days=7)
    inside = [d for d in days if monday <= d.day < end]
    rated = sum(d.rated for d in inside)
    return WeekTotal(
        week_start=monday,
        sessions=sum(d.sessions for d in inside),
        minutes=sum(d.seconds for d in inside) / 60.0,
        rated=rated,
        pain_before=sum(d.pain_before_sum for d in inside) / rated if rated else None,
        pain_after=sum(d.pain_after_sum for d in inside) / rated if rated else None,
    )


def summarize_records(records: Sequence[SessionRecord], today: date) -> HistorySummary:
    """:func:`summarize` computed straight from session records."""
    return summarize(day_totals(records), routine_relief(records), today)
