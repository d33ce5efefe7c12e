"""Where it hurts: the body regions a session's pain map can mark, and their stored text.

The history keeps a session's regions as one text of stable region ids separated by commas
(``lower_back_left,legs``), always in the order of :class:`PainRegion`; an empty text means
none was marked. The ids never change (the CSV and the database carry them).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["PainRegion", "parse_regions", "regions_text", "sorted_regions"]


class PainRegion(StrEnum):
    """A body region on the pain map (its value is the stored id)."""

    LOWER_BACK_LEFT = "lower_back_left"
    LOWER_BACK_RIGHT = "lower_back_right"
    UPPER_BACK = "upper_back"
    NECK = "neck"
    HIPS = "hips"
    LEGS = "legs"


_ORDER = {region: index for index, region in enumerate(PainRegion)}


def sorted_regions(regions: Iterable[PainRegion | str]) -> tuple[PainRegion, ...]:
    """The regions each once, in map order.

    Raises:
        ValueError: An id that is not a region.
    """
    return tuple(sorted({PainRegion(region) for region in regions}, key=_ORDER.__getitem__))


def regions_text(regions: Iterable[PainRegion | str]) -> str:
    """The stored text of ``regions``: ids in map order, separated by commas."""
    return ",".join(str(region) for region in sorted_regions(regions))


def parse_regions(text: str) -> tuple[PainRegion, ...]:
    """The regions of a stored text (spaces around ids are allowed; empty: none).

    Raises:
        ValueError: A part that is not a region id (the message names it).
    """
    parts = [part.strip() for part in text.split(",")] if text.strip() else []
    for part in parts:
        if part not in _ORDER:
            allowed = ", ".join(str(region) for region in PainRegion)
            raise ValueError(f"pain region {part!r} is not one of {allowed}")
    return sorted_regions(parts)
