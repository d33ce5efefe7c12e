"""The CSV columns of schema version 3: where it hurt and the weekly check-in.

They come last in a row, after the hold columns; every row of a session carries the same
values. ``pain_regions`` is the pain map's region ids separated by commas (empty: none
marked); ``checkin_interference`` and ``checkin_sleep`` are the two check-in answers
(0..10), both empty when no check-in was given. A file written before these columns existed
has none of them, and imports as sessions without a pain map or check-in.
"""

from __future__ import annotations

from collections.abc import Sequence

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.pain_map import PainRegion, parse_regions, regions_text
from acupress_gui.domain.recording import SessionRecord
from acupress_gui.storage.history.cells import parse_whole, quoted
from acupress_gui.storage.history.csv_columns import DETAIL_COLUMNS

__all__ = ["DETAIL_COLUMNS", "Details", "detail_cells", "parse_details"]

#: A session's pain-map regions and check-in, as parsed.
Details = tuple[tuple[PainRegion, ...], WeeklyCheckin | None]


def detail_cells(record: SessionRecord) -> tuple[str, str, str]:
    """The :data:`DETAIL_COLUMNS` cells of a session."""
    checkin = record.checkin
    if checkin is None:
        return regions_text(record.pain_regions), "", ""
    return regions_text(record.pain_regions), str(checkin.interference), str(checkin.sleep)


def _answer(text: str, column: str) -> int:
    value = parse_whole(text)
    if value is None or not 0 <= value <= 10:
        raise ValueError(f"{column} {quoted(text)} is not a whole number from 0 to 10")
    return value


def parse_details(cells: Sequence[str]) -> Details:
    """The regions and check-in of a row's :data:`DETAIL_COLUMNS` cells.

    Raises:
        ValueError: What is wrong, naming the column.
    """
    regions_cell, interference, sleep = cells
    regions = parse_regions(regions_cell)
    if not interference and not sleep:
        return regions, None
    if not interference or not sleep:
        raise ValueError("checkin_interference and checkin_sleep must both be given or both empty")
    answers = _answer(interference, DETAIL_COLUMNS[1]), _answer(sleep, DETAIL_COLUMNS[2])
    return regions, WeeklyCheckin(*answers)
