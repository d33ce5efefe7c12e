"""The report for the doctor: what it sums up, as pure aggregation of the sessions given.

The store hands over one :class:`ReportSession` per session of the period (oldest first) and
the time held per point and side; :func:`build_report` turns them into the rows the report
shows: sessions, days practised and minutes per week with the average pain before and after
and the check-in answers, each routine's use and average change in pain ("Does it help?"),
how often each pain-map region was marked, and the notes. The period and the date "today"
are passed in; nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.stats import RoutineRelief, sort_reliefs, week_start

__all__ = [
    "DEFAULT_WEEKS",
    "MAX_NOTES",
    "PointTime",
    "Report",
    "ReportSession",
    "ReportWeek",
    "RoutineUse",
    "build_report",
    "default_period",
]

#: The period a report covers when none is given: this many weeks up to today.
DEFAULT_WEEKS = 8
#: At most this many notes are listed (the latest); the report says how many were left out.
MAX_NOTES = 200


@dataclass(frozen=True, slots=True)
class ReportSession:
    """What the report needs of one session.

    Attributes:
        day: The local date it started on.
        routine: The routine's name.
        seconds: How long it lasted (held seconds when it has no end).
        pain_before: Pain before (0..10) or None.
        pain_after: Pain after (0..10) or None.
        pain_regions: Where it hurt.
        checkin: The weekly check-in given after it, if any.
        note: The note ("" when none).
        routine_id: The routine's id ("" when unknown): the sessions of one routine recorded
            under two names (two languages, a rename) are summed as one.
    """

    day: date
    routine: str
    seconds: float
    pain_before: int | None
    pain_after: int | None
    pain_regions: tuple[PainRegion, ...] = ()
    checkin: WeeklyCheckin | None = None
    note: str = ""
    routine_id: str = ""


@dataclass(frozen=True, slots=True)
class PointTime:
    """Time held on one point and side over the period."""

    point: str
    side: Side
    seconds: float
    holds: int


@dataclass(frozen=True, slots=True)
class ReportWeek:
    """One week (Monday to Sunday) of the period.

    The pain averages are over the sessions rated before AND after, so they compare the
    same sessions; the check-in averages over the check-ins given that week.
    """

    week_start: date
    sessions: int
    days: int
    minutes: float
    rated: int
    pain_before: float | None
    pain_after: float | None
    checkins: int
    interference: float | None
    sleep: float | None


@dataclass(frozen=True, slots=True)
class RoutineUse:
    """One routine over the period: how often and how long, and its pain change."""

    relief: RoutineRelief
    minutes: float

    @property
    def name(self) -> str:
        """The routine's name."""
        return self.relief.routine


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the report shows, in the order it shows it."""

    first: date
    last: date
    sessions: int
    days: int
    minutes: float
    weeks: tuple[ReportWeek, ...]
    routines: tuple[RoutineUse, ...]
    points: tuple[PointTime, ...]
    regions: tuple[tuple[PainRegion, int], ...]
    #: Each session rated before and after: (date, before, after), oldest first.
    ratings: tuple[tuple[date, int, int], ...]
    #: Each check-in: (date, interference, sleep), oldest first.
    checkins: tuple[tuple[date, int, int], ...]
    #: The latest notes (date, routine, text), oldest first; at most MAX_NOTES.
    notes: tuple[tuple[date, str, str], ...]
    notes_left_out: int

    @property
    def rated(self) -> int:
        """Sessions rated before and after."""
        return len(self.ratings)


def default_period(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """The last ``weeks`` weeks up to and including ``today``."""
    return today - timedelta(days=7 * weeks - 1), today


def _mean(total: float, count: int) -> float | None:
    return total / count if count else None


@dataclass
class _Week:
    sessions: int = 0
    seconds: float = 0.0
    rated: int = 0
    before: int = 0
    after: int = 0
    checkins: int = 0
    interference: int = 0
    sleep: int = 0


def build_report(
    sessions: Iterable[ReportSession],
    points: Iterable[PointTime],
    first: date,
    last: date,
) -> Report:
    """Sum up the sessions of ``first`` to ``last`` (sessions outside are left out).

    Raises:
        ValueError: ``last`` is before ``first``.
    """
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    weeks: dict[date, _Week] = {}
    monday = week_start(first)
    while monday <= last:
        weeks[monday] = _Week()
        monday += timedelta(days=7)
    days: dict[date, set[date]] = {monday: set() for monday in weeks}
    routines: dict[tuple[str, str], list[float]] = {}
    #: Each routine under the name its latest session in the period was recorded under.
    names: dict[tuple[str, str], str] = {}
    regions = dict.fromkeys(PainRegion, 0)
    ratings: list[tuple[date, int, int]] = []
    checkins: list[tuple[date, int, int]] = []
    notes: list[tuple[date, str, str]] = []
    count = 0
    for session in sessions:
        if not first <= session.day <= last:
            continue
        count += 1
        monday = week_start(session.day)
        week = weeks[monday]
        week.sessions += 1
        week.seconds += session.seconds
        days[monday].add(session.day)
        # routine: [sessions, seconds, rated, relief]
        # A routine is its id; a session without one (an old import) is its name.
        key = (session.routine_id, "" if session.routine_id else session.routine)
        names[key] = session.routine
        use = routines.setdefault(key, [0, 0.0, 0, 0])
        use[0] += 1
        use[1] += session.seconds
        before, after = session.pain_before, session.pain_after
        if before is not None and after is not None:
            week.rated += 1
            week.before += before
            week.after += after
            use[2] += 1
            use[3] += before - after
            ratings.append((session.day, before, after))
        if session.checkin is not None:
            week.checkins += 1
            week.interference += session.checkin.interference
            week.sleep += session.checkin.sleep
            checkins.append((session.day, session.checkin.interference, session.checkin.sleep))
        for region in session.pain_regions:
            regions[region] += 1
        if session.note:
            notes.append((session.day, session.routine, session.note))
    minutes: dict[tuple[str, str], float] = {}
    per_routine: list[RoutineRelief] = []
    for key, use in routines.items():
        relief = RoutineRelief(names[key], int(use[0]), int(use[2]), int(use[3]), routine_id=key[0])
        minutes[relief.routine, relief.routine_id] = use[1] / 60.0
        per_routine.append(relief)
    reliefs = sort_reliefs(per_routine)
    return Report(
        first=first,
        last=last,
        sessions=count,
        days=sum(len(found) for found in days.values()),
        minutes=sum(week.seconds for week in weeks.values()) / 60.0,
        weeks=tuple(
            ReportWeek(
                week_start=monday,
                sessions=week.sessions,
                days=len(days[monday]),
                minutes=week.seconds / 60.0,
                rated=week.rated,
                pain_before=_mean(week.before, week.rated),
                pain_after=_mean(week.after, week.rated),
                checkins=week.checkins,
                interference=_mean(week.interference, week.checkins),
                sleep=_mean(week.sleep, week.checkins),
            )
            for monday, week in weeks.items()
        ),
        routines=tuple(
            RoutineUse(relief, minutes[relief.routine, relief.routine_id]) for relief in reliefs
        ),
        points=_sorted_points(points),
        regions=tuple((region, n) for region, n in regions.items() if n),
        ratings=tuple(ratings),
        checkins=tuple(checkins),
        notes=tuple(notes[-MAX_NOTES:]),
        notes_left_out=max(0, len(notes) - MAX_NOTES),
    )


def _sorted_points(points: Iterable[PointTime]) -> tuple[PointTime, ...]:
    """Most time first; ties by point and side, so the order is always the same."""
    side_order = {side: index for index, side in enumerate(Side)}
    return tuple(sorted(points, key=lambda p: (-p.seconds, p.point, side_order[Side(p.side)])))
