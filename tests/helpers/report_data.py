"""Sessions with a pain map and weekly check-ins, for the report's tests and benchmark."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.recording import SessionRecord
from acupress_gui.domain.stats import week_start

_USUAL = (
    (PainRegion.LOWER_BACK_LEFT, PainRegion.LOWER_BACK_RIGHT),
    (PainRegion.LOWER_BACK_RIGHT,),
    (PainRegion.LOWER_BACK_RIGHT, PainRegion.HIPS, PainRegion.LEGS),
    (PainRegion.NECK, PainRegion.UPPER_BACK),
    (),
)


def with_pain_details(records: Sequence[SessionRecord], seed: int = 3) -> list[SessionRecord]:
    """The records with where it hurt on most, and a check-in after the first of each week."""
    rnd = random.Random(seed)
    checked: set[object] = set()
    result: list[SessionRecord] = []
    for index, record in enumerate(records):
        regions = _USUAL[rnd.randrange(len(_USUAL))]
        checkin = None
        week = week_start(record.started_at.date())
        if week not in checked and record.pain_before is not None:
            checked.add(week)
            interference = max(0, min(10, record.pain_before - 1 + rnd.randint(-1, 1)))
            checkin = WeeklyCheckin(interference, max(0, min(10, 9 - interference)))
        result.append(
            replace(
                record,
                pain_regions=tuple(regions),
                checkin=checkin,
                session_id=record.session_id or f"r{index}",
            )
        )
    return result
