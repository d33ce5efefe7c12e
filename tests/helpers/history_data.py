"""A made-up year of sessions for History tests, and a wall clock frozen in Berlin time."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from acupress_gui.domain.models import Catalog, Side, Sides
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStatus

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 5, 8)  # a Friday

# How much each routine relieves, on average, in the made-up year (pain points).
_RELIEF = {
    "lower-back-relief": 2.3,
    "upper-back-and-neck": 1.4,
    "sciatica-and-hips": 0.4,
    "six-essentials": 1.1,
    "desk-break": 0.2,
}
_WEIGHTS = {
    "lower-back-relief": 45,
    "desk-break": 20,
    "upper-back-and-neck": 15,
    "sciatica-and-hips": 10,
    "six-essentials": 10,
}
_NOTES = (
    "Stiff after a long drive.",
    "Much easier to bend afterwards.",
    "BL23 tender on the left.",
    "Slept badly; pain sharper in the morning.",
    "Did it with a tennis ball against the wall.",
    "Phone rang, stopped early.",
)


def year_of_sessions(catalog: Catalog, today: date = TODAY, seed: int = 7) -> list[SessionRecord]:
    """A realistic year: a few sessions a week, pain trending down, some unrated or cut short.

    Times are in Berlin time (so both +01:00 and +02:00 occur), holds follow the built-in
    routines' steps.
    """
    rnd = random.Random(seed)
    routines = {r.id: r for r in catalog.routines}
    names = list(_WEIGHTS)
    weights = list(_WEIGHTS.values())
    records: list[SessionRecord] = []
    start_day = today - timedelta(days=364)
    for offset in range(365):
        day = start_day + timedelta(days=offset)
        count = 0 if rnd.random() < 0.45 else (2 if rnd.random() < 0.12 else 1)
        if day == today:
            count = 1
        for k in range(count):
            routine = routines[rnd.choices(names, weights)[0]]
            hour = rnd.choice((7, 7, 8, 12, 19, 20, 21)) if k == 0 else 21
            started = datetime.combine(day, time(hour, rnd.randrange(60)), BERLIN)
            roll = rnd.random()
            status = (
                SessionStatus.COMPLETED
                if roll < 0.86
                else SessionStatus.STOPPED
                if roll < 0.95
                else SessionStatus.INTERRUPTED
            )
            holds: list[HoldResult] = []
            elapsed = 0.0
            steps = list(enumerate(routine.steps))
            if status is not SessionStatus.COMPLETED:
                steps = steps[: rnd.randint(1, max(1, len(steps) - 1))]
            for index, step in steps:
                elapsed += step.prepare_seconds
                sides = (Side.LEFT, Side.RIGHT) if step.sides is Sides.BOTH else (Side.MIDLINE,)
                for side in sides:
                    for rep in range(1, step.repetitions + 1):
                        held = float(step.hold_seconds)
                        if rnd.random() < 0.05:
                            held = round(held * rnd.uniform(0.4, 0.95), 2)
                        holds.append(
                            HoldResult(index, step.point, side, rep, step.hold_seconds, held)
                        )
                        elapsed += held + step.rest_seconds
            ended = started + timedelta(seconds=elapsed)
            progress = offset / 364
            base = 7.2 - 3.4 * progress + rnd.gauss(0, 0.9)
            before: int | None = max(1, min(10, round(base)))
            relief = _RELIEF[routine.id] + rnd.gauss(0, 0.8)
            after: int | None = max(0, min(10, round((before or 0) - relief)))
            rating = rnd.random()
            if rating < 0.15:
                before = after = None
            elif rating < 0.2:
                after = None
            note = rnd.choice(_NOTES) if rnd.random() < 0.12 else ""
            records.append(
                SessionRecord(
                    session_id=f"{day.isoformat()}-{k}-{routine.id}",
                    routine_id=routine.id,
                    routine_name=routine.name,
                    started_at=started,
                    ended_at=ended,
                    status=status,
                    pain_before=before,
                    pain_after=after,
                    note=note,
                    holds=tuple(holds),
                )
            )
    return records


def fixed_clock(day: date = TODAY, hour: int = 21) -> datetime:
    """A wall clock frozen at ``day`` ``hour``:30 Berlin time, in UTC."""
    return datetime.combine(day, time(hour, 30), BERLIN).astimezone(UTC)
