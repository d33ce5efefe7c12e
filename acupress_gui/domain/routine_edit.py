"""The routine builder's editing logic: pure functions from a Routine to a new Routine.

Every function here takes a :class:`~acupress_gui.domain.models.Routine` and returns a new one
(routines are frozen); nothing is changed in place, so the builder keeps the routine before
and after each edit for undo. Invalid edits raise :class:`RoutineEditError` with a message
that names the step and the allowed range, e.g.
``step 2: hold must be between 3 and 300 seconds, not 400``.

Rows are 0-based positions in ``routine.steps``. A *destination* is a position between steps,
0..len(steps), as in Qt's drop row: moving rows to destination 0 puts them first, to
``len(steps)`` puts them last.

No Qt, no clock reads, no I/O in this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from acupress_gui.domain.models import (
    DEFAULT_PREPARE_SECONDS,
    HOLD_SECONDS,
    PREPARE_SECONDS,
    REPETITIONS,
    REST_SECONDS,
    Laterality,
    Point,
    Routine,
    Sides,
    Step,
)
from acupress_gui.domain.timer import LateralityLookup, build_plan, laterality_of

__all__ = [
    "DEFAULT_PREPARE_SECONDS",
    "MAX_DESCRIPTION_CHARS",
    "MAX_NAME_CHARS",
    "MAX_STEPS",
    "STEP_FIELDS",
    "RoutineEditError",
    "check_name",
    "check_step_values",
    "duplicate_routine",
    "duplicate_steps",
    "insert_steps",
    "known_steps",
    "missing_rows",
    "move_steps",
    "moved_rows",
    "new_routine",
    "remove_steps",
    "rename_routine",
    "routine_seconds",
    "set_description",
    "shift_steps",
    "slugify",
    "step_from_point",
    "step_seconds",
    "unique_id",
    "unique_name",
    "update_steps",
]

#: Most steps a routine may have: far more than a session anyone would sit through.
MAX_STEPS = 100
#: Longest routine name.
MAX_NAME_CHARS = 80
#: Longest routine description.
MAX_DESCRIPTION_CHARS = 2000

#: The bounded numeric settings of a step and their (low, high) bounds from models.py.
STEP_FIELDS: Mapping[str, tuple[int, int]] = {
    "hold_seconds": HOLD_SECONDS,
    "rest_seconds": REST_SECONDS,
    "repetitions": REPETITIONS,
    "prepare_seconds": PREPARE_SECONDS,
}

_FIELD_WORDS = {
    "hold_seconds": ("hold", " seconds"),
    "rest_seconds": ("rest", " seconds"),
    "repetitions": ("repetitions", ""),
    "prepare_seconds": ("prepare time", " seconds"),
}


class RoutineEditError(ValueError):
    """An edit is not allowed; the message says why in plain words."""


# --------------------------------------------------------------------------------------------
# Steps
# --------------------------------------------------------------------------------------------


def step_from_point(point: Point, *, prepare_seconds: int = DEFAULT_PREPARE_SECONDS) -> Step:
    """A new step for ``point`` with the point's own hold, rest and repetitions.

    Args:
        point: The catalogue point.
        prepare_seconds: Time to find the point (the user's setting); clamped to its bounds.

    Returns:
        The step, done on both sides.
    """
    low, high = PREPARE_SECONDS
    return Step(
        point=point.id,
        hold_seconds=point.hold_seconds,
        rest_seconds=point.rest_seconds,
        repetitions=point.repetitions,
        sides=Sides.BOTH,
        prepare_seconds=min(max(prepare_seconds, low), high),
    )


def check_step_values(values: Mapping[str, Any], *, where: str = "") -> list[str]:
    """Problems with a step's settings, one plain sentence each (empty when all are fine).

    Args:
        values: Any of ``hold_seconds``, ``rest_seconds``, ``repetitions``,
            ``prepare_seconds`` (whole numbers) and ``sides`` (``both``/``left``/``right``).
        where: Prefix for each message, e.g. ``"step 2: "``.
    """
    problems: list[str] = []
    for name, value in values.items():
        if name in STEP_FIELDS:
            low, high = STEP_FIELDS[name]
            word, unit = _FIELD_WORDS[name]
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(f"{where}{word} must be a whole number, not {value!r}")
            elif not low <= value <= high:
                problems.append(
                    f"{where}{word} must be between {low} and {high}{unit}, not {value}"
                )
        elif name == "sides":
            allowed = [s.value for s in Sides]
            if not isinstance(value, str) or value not in allowed:
                problems.append(f"{where}sides must be one of {', '.join(allowed)}, not {value!r}")
        else:
            problems.append(f"{where}{name!r} is not a step setting")
    return problems


def _check_rows(routine: Routine, rows: Iterable[int]) -> list[int]:
    """``rows`` sorted without duplicates; raises when one is not a step of ``routine``."""
    unique = sorted(set(rows))
    for row in unique:
        if not 0 <= row < len(routine.steps):
            raise RoutineEditError(
                f"there is no step {row + 1} (the routine has {len(routine.steps)} steps)"
            )
    return unique


def _with_steps(routine: Routine, steps: list[Step]) -> Routine:
    if len(steps) > MAX_STEPS:
        raise RoutineEditError(f"a routine can have at most {MAX_STEPS} steps")
    return routine.model_copy(update={"steps": steps})


def insert_steps(routine: Routine, destination: int, steps: Sequence[Step]) -> Routine:
    """Insert ``steps`` before position ``destination`` (0..len, len appends).

    Raises:
        RoutineEditError: ``destination`` is outside 0..len or the routine would get more
            than :data:`MAX_STEPS` steps.
    """
    if not 0 <= destination <= len(routine.steps):
        raise RoutineEditError(
            f"cannot insert at position {destination + 1}: "
            f"the routine has {len(routine.steps)} steps"
        )
    new = list(routine.steps)
    new[destination:destination] = list(steps)
    return _with_steps(routine, new)


def remove_steps(routine: Routine, rows: Iterable[int]) -> Routine:
    """Remove the steps at ``rows``.

    Raises:
        RoutineEditError: A row is not a step of the routine.
    """
    gone = set(_check_rows(routine, rows))
    return _with_steps(routine, [s for i, s in enumerate(routine.steps) if i not in gone])


def move_steps(routine: Routine, rows: Iterable[int], destination: int) -> Routine:
    """Move the steps at ``rows`` to ``destination``, keeping their order.

    ``destination`` is a position in the routine *before* the move (Qt's drop row): the moved
    steps end up between the steps that were at ``destination - 1`` and ``destination``.

    Raises:
        RoutineEditError: A row is not a step, or ``destination`` is outside 0..len.
    """
    moving = _check_rows(routine, rows)
    if not 0 <= destination <= len(routine.steps):
        raise RoutineEditError(
            f"cannot move to position {destination + 1}: the routine has {len(routine.steps)} steps"
        )
    chosen = set(moving)
    kept = [s for i, s in enumerate(routine.steps) if i not in chosen]
    at = destination - sum(1 for row in moving if row < destination)
    kept[at:at] = [routine.steps[row] for row in moving]
    return _with_steps(routine, kept)


def moved_rows(rows: Iterable[int], destination: int) -> list[int]:
    """Where the steps moved by ``move_steps(routine, rows, destination)`` end up."""
    moving = sorted(set(rows))
    at = destination - sum(1 for row in moving if row < destination)
    return list(range(at, at + len(moving)))


def shift_steps(routine: Routine, rows: Iterable[int], delta: int) -> tuple[Routine, list[int]]:
    """Move the steps at ``rows`` up (``delta < 0``) or down by ``abs(delta)`` places.

    The block stops at the top or bottom of the routine; steps keep their order.

    Returns:
        The new routine and the new rows of the moved steps (unchanged when nothing moved).

    Raises:
        RoutineEditError: A row is not a step of the routine.
    """
    moving = _check_rows(routine, rows)
    if not moving or delta == 0:
        return routine, moving
    count = len(routine.steps)
    chosen = set(moving)
    rest = [i for i in range(count) if i not in chosen]
    # Where the block starts among the other steps, moved by delta and kept in range.
    start = sum(1 for i in rest if i < moving[0])
    start = min(max(start + delta, 0), len(rest))
    order = rest[:start] + moving + rest[start:]
    if order == list(range(count)):
        return routine, moving
    new_rows = list(range(start, start + len(moving)))
    return _with_steps(routine, [routine.steps[i] for i in order]), new_rows


def duplicate_steps(routine: Routine, rows: Iterable[int]) -> tuple[Routine, list[int]]:
    """Copy the steps at ``rows`` and insert the copies, in order, after the last of them.

    Returns:
        The new routine and the rows of the copies.

    Raises:
        RoutineEditError: A row is not a step, or the routine would become too long.
    """
    chosen = _check_rows(routine, rows)
    if not chosen:
        return routine, []
    at = chosen[-1] + 1
    copies = [routine.steps[row] for row in chosen]
    return insert_steps(routine, at, copies), list(range(at, at + len(copies)))


def update_steps(routine: Routine, rows: Iterable[int], **changes: Any) -> Routine:
    """Change settings of the steps at ``rows``, e.g. ``update_steps(r, [0], hold_seconds=40)``.

    Raises:
        RoutineEditError: A row is not a step, or a value is out of its bounds (the message
            names the step and the allowed range).
    """
    chosen = _check_rows(routine, rows)
    problems = check_step_values(changes)
    if problems:
        where = f"step {chosen[0] + 1}: " if len(chosen) == 1 else ""
        raise RoutineEditError("; ".join(where + p for p in problems))
    if "sides" in changes:
        changes = {**changes, "sides": Sides(changes["sides"])}
    steps = list(routine.steps)
    for row in chosen:
        steps[row] = steps[row].model_copy(update=changes)
    return _with_steps(routine, steps)


# --------------------------------------------------------------------------------------------
# Routines
# --------------------------------------------------------------------------------------------


def check_name(name: str, taken: Collection[str] = ()) -> str | None:
    """Why ``name`` cannot name a routine, or None when it can.

    Args:
        name: The proposed name (surrounding spaces are ignored).
        taken: Names already in use (compared without case); leave the routine's own name
            out when renaming.
    """
    text = name.strip()
    if not text:
        return "the name is empty"
    if len(text) > MAX_NAME_CHARS:
        return f"the name is longer than {MAX_NAME_CHARS} characters"
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} for ch in text):
        return "the name contains control characters"
    folded = text.casefold()
    if any(folded == other.strip().casefold() for other in taken):
        return f"a routine named {text!r} already exists"
    return None


def unique_name(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base (2)``, ``base (3)`` ... whichever is not in ``taken`` (any case)."""
    text = " ".join(base.split())[:MAX_NAME_CHARS] or "Routine"
    folded = {name.strip().casefold() for name in taken}
    if text.casefold() not in folded:
        return text
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = text[: MAX_NAME_CHARS - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in folded:
            return candidate
        number += 1


_SLUG_RE = re.compile(r"[^a-z0-9]+")
# Names Windows will not create as files, whatever the extension.
_RESERVED_SLUGS = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}
_MAX_SLUG_CHARS = 48


def slugify(name: str) -> str:
    """A file-safe id for a routine name: ``"Évening back!"`` -> ``"evening-back"``."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_RE.sub("-", ascii_text.lower()).strip("-")[:_MAX_SLUG_CHARS].strip("-")
    if not slug:
        return "routine"
    if slug in _RESERVED_SLUGS:
        return f"{slug}-routine"
    return slug


def unique_id(name: str, taken: Collection[str]) -> str:
    """A slug of ``name`` not in ``taken`` (compared without case): ``back``, ``back-2`` ..."""
    base = slugify(name)
    folded = {item.casefold() for item in taken}
    if base not in folded:
        return base
    number = 2
    while f"{base}-{number}" in folded:
        number += 1
    return f"{base}-{number}"


def new_routine(routine_id: str, name: str, taken_names: Collection[str] = ()) -> Routine:
    """An empty user routine.

    Raises:
        RoutineEditError: The name is empty, too long or taken.
    """
    problem = check_name(name, taken_names)
    if problem:
        raise RoutineEditError(problem)
    return Routine(id=routine_id, name=name.strip())


def duplicate_routine(routine: Routine, routine_id: str, name: str) -> Routine:
    """An editable copy of ``routine`` (built-in or not) with a new id and name."""
    return routine.model_copy(update={"id": routine_id, "name": name.strip(), "builtin": False})


def rename_routine(routine: Routine, name: str, taken_names: Collection[str] = ()) -> Routine:
    """``routine`` with a new name; the id (and so the file) stays.

    Raises:
        RoutineEditError: The name is empty, too long or used by another routine.
    """
    problem = check_name(name, taken_names)
    if problem:
        raise RoutineEditError(problem)
    return routine.model_copy(update={"name": name.strip()})


def set_description(routine: Routine, description: str) -> Routine:
    """``routine`` with a new description.

    Raises:
        RoutineEditError: The description is longer than :data:`MAX_DESCRIPTION_CHARS`.
    """
    if len(description) > MAX_DESCRIPTION_CHARS:
        raise RoutineEditError(f"the description is longer than {MAX_DESCRIPTION_CHARS} characters")
    return routine.model_copy(update={"description": description})


# --------------------------------------------------------------------------------------------
# Unknown points and durations
# --------------------------------------------------------------------------------------------


def missing_rows(routine: Routine, known_point_ids: Collection[str]) -> list[int]:
    """Rows of the steps whose point the catalogue does not have."""
    return [i for i, step in enumerate(routine.steps) if step.point not in known_point_ids]


def known_steps(routine: Routine, known_point_ids: Collection[str]) -> list[Step]:
    """The steps a session can run: those whose point the catalogue has, in order."""
    return [step for step in routine.steps if step.point in known_point_ids]


def step_seconds(step: Step, laterality: LateralityLookup) -> float | None:
    """How long one step takes (prepare, holds, rests, side switch), or None if its point
    is unknown."""
    side_rule = laterality_of(laterality, step.point)
    return None if side_rule is None else _step_seconds(step, side_rule)


@functools.lru_cache(maxsize=1024)
def _step_seconds(step: Step, side_rule: Laterality) -> float:
    # Views ask for every row on every repaint; a plan per call is wasted work.
    return build_plan([step], {step.point: side_rule}).total_seconds


def routine_seconds(routine: Routine, laterality: LateralityLookup) -> float:
    """How long a session of ``routine`` takes, steps with unknown points left out.

    Uses :func:`~acupress_gui.domain.timer.build_plan`, so the transitions between steps are
    counted exactly as the session will run them. An empty routine takes 0 seconds.
    """
    steps = [s for s in routine.steps if laterality_of(laterality, s.point) is not None]
    if not steps:
        return 0.0
    return build_plan(steps, laterality).total_seconds
