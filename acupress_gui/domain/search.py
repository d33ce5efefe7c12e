"""Finding points by what a person types: a code in any spelling, a name, a complaint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from acupress_gui.domain.catalog import normalize_code
from acupress_gui.domain.models import Point


def point_matches(point: Point, query: str) -> bool:
    """True when every word of ``query`` matches the point.

    A word matches a code or alias regardless of spaces and case (``"ub 40"``, ``"B54"``),
    or is contained in a name, the region, the meridian or an indication.
    """
    text = query.strip()
    if not text:
        return True
    codes = {normalize_code(code) for code in (point.id, *point.aliases)}
    if normalize_code(text) in codes:
        return True
    haystack = " ".join(
        filter(
            None,
            [
                point.id,
                *point.aliases,
                point.names.pinyin,
                point.names.english,
                point.region,
                point.meridian,
                *point.indications,
            ],
        )
    ).casefold()
    return all(_word_matches(word, haystack, codes) for word in text.casefold().split())


def _word_matches(word: str, haystack: str, codes: set[str]) -> bool:
    return normalize_code(word) in codes or word in haystack


def point_spellings(points: list[Point]) -> dict[str, str]:
    """Every spelling of every point's code (its id and the aliases the sources use, without
    spaces or case) to its standard id: ``{"UB40": "BL40", "B54": "BL40", ...}``.

    Each spelling has one owner: the catalogue refuses a spelling two points share
    (:func:`~acupress_gui.domain.catalog.check_consistency` lists it as a problem).
    """
    return {
        normalize_code(code): point.id for point in points for code in (point.id, *point.aliases)
    }


def standard_id(spellings: dict[str, str], code: str) -> str | None:
    """The standard id a code stands for (``"UB 40"`` -> ``"BL40"``), or None."""
    return spellings.get(normalize_code(code))


def standard_points(spellings: Mapping[str, str]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """For a routine file's content before validation: a step naming its point in another
    spelling (``UB40``, ``B54``, ``ub 40``) gets the standard id (``BL40``); anything else
    is left as it is, for validation to judge."""

    def prepare(data: dict[str, Any]) -> dict[str, Any]:
        steps = data.get("steps")
        if not isinstance(steps, list):
            return data
        changed: list[Any] = []
        for step in steps:
            point = step.get("point") if isinstance(step, dict) else None
            standard = spellings.get(normalize_code(point)) if isinstance(point, str) else None
            changed.append({**step, "point": standard} if standard is not None else step)
        return {**data, "steps": changed}

    return prepare


def search_points(points: list[Point], query: str) -> list[Point]:
    """The points matching ``query``, exact code matches first, otherwise in catalogue order."""
    matches = [p for p in points if point_matches(p, query)]
    key = normalize_code(query)
    exact = [p for p in matches if key in {normalize_code(c) for c in (p.id, *p.aliases)}]
    return exact + [p for p in matches if p not in exact]
