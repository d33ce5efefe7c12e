"""What is wrong with a routine file, in plain words, with how to fix it.

Every problem is one line ``<file>: <sentence>``, e.g.
``evening.json: Step 1: the hold is 999 s; it must be 3 to 300 s.`` or
``evening.json: The file is not valid JSON (line 3, column 5): a comma is missing. ...``.
The words are English: storage has no translator, and the lines are also what the
command-line import prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from acupress_gui.domain.catalog import short_repr, value_at
from acupress_gui.domain.models import (
    HOLD_SECONDS,
    PREPARE_SECONDS,
    REPETITIONS,
    REST_SECONDS,
)
from acupress_gui.domain.routine_edit import MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_STEPS
from acupress_gui.storage.envelope import EnvelopeError, Problem

__all__ = ["envelope_problems", "too_large", "unknown_point", "unreadable", "validation_problems"]

#: How each numeric step field reads: its words, its unit, its bounds and an example value.
_NUMBERS: dict[str, tuple[str, str, tuple[int, int], int]] = {
    "hold_seconds": ("the hold", " s", HOLD_SECONDS, 60),
    "rest_seconds": ("the rest", " s", REST_SECONDS, 10),
    "repetitions": ("the number of repetitions", "", REPETITIONS, 2),
    "prepare_seconds": ("the time to find the point", " s", PREPARE_SECONDS, 5),
}
_EXAMPLE_STEP = '{"point": "BL23", "hold_seconds": 60, "rest_seconds": 10, "repetitions": 2}'
_FIX_JSON = "Correct it there in a text editor, or export the routine again."
#: The JSON parser's messages in plain words.
_JSON_REASONS = {
    "Expecting ',' delimiter": "a comma is missing between two values",
    "Expecting ':' delimiter": "a colon is missing after a field name",
    "Expecting property name enclosed in double quotes": (
        'a field name must be in double quotes ("name"), and no comma may come before } or ]'
    ),
    "Expecting value": "a value is missing there (or the text is cut short)",
    "Extra data": "there is more text after the end of the routine",
    "Unterminated string starting at": "a text in quotes is not closed",
    "Invalid control character at": r"a text has a line break or tab in it (write \n or \t)",
    "Invalid \\escape": "a backslash in a text must be written as \\\\",
}
_KINDS = {
    "NoneType": "null",
    "bool": "true or false",
    "int": "a number",
    "float": "a number",
    "str": "a text",
    "list": "a list",
}


def envelope_problems(error: EnvelopeError, file_name: str, *, newest: int) -> list[str]:
    """The lines for an :class:`EnvelopeError` of routine file ``file_name``.

    Args:
        error: What the envelope found.
        file_name: Names the file.
        newest: The newest routine schema version this app reads.
    """
    if error.problem is Problem.INVALID:
        return validation_problems(error.errors, error.data, file_name)
    return [f"{file_name}: {_file_problem(error, newest)}"]


def _file_problem(error: EnvelopeError, newest: int) -> str:
    match error.problem:
        case Problem.TOO_LARGE:
            return _too_large(error.detail)
        case Problem.NOT_TEXT:
            return "The file is not UTF-8 text; open it in a text editor and save it as UTF-8."
        case Problem.NOT_JSON:
            return _json_problem(error)
        case Problem.TOO_DEEP:
            return "The file is nested far too deeply to be a routine file."
        case Problem.NUMBER_TOO_LONG:
            return (
                f"The file has a number longer than {error.detail} digits; no value of a "
                "routine is that long."
            )
        case Problem.NOT_OBJECT:
            kind = _KINDS.get(error.detail, error.detail)
            return (
                f"The top level must be an object ({{ ... }}), not {kind}; is this a routine file?"
            )
        case Problem.NO_VERSION:
            return (
                "schema_version is missing or not a whole number, so this is not a routine "
                'file of acupress-gui (those start with {"schema_version": 1, ...}).'
            )
        case Problem.NEWER:
            return (
                f"Written by a newer version of acupress-gui (schema {error.version}; this "
                f"version reads up to {newest}); update acupress-gui to use it."
            )
        case _:
            return (
                f"schema_version {error.version} is not a known version (this version of "
                f"acupress-gui reads 1 to {newest})."
            )


def _json_problem(error: EnvelopeError) -> str:
    if error.reason == "Expecting value" and error.line == 1 and error.column == 1:
        return "The file is empty or does not start with a JSON object; is this a routine file?"
    if error.reason.startswith("Unexpected UTF-8 BOM"):
        return (
            "The file starts with a byte-order mark, which JSON does not allow; save it as "
            "UTF-8 without one."
        )
    reason = _JSON_REASONS.get(error.reason, error.reason[:1].lower() + error.reason[1:])
    if error.line is None:
        return f"The file is not valid JSON: {reason or error.detail}. {_FIX_JSON}"
    return (
        f"The file is not valid JSON (line {error.line}, column {error.column}): {reason}. "
        f"{_FIX_JSON}"
    )


def _too_large(kib: object) -> str:
    return (
        f"The file is larger than {kib} KiB; a routine file is much smaller (100 steps take "
        "about 15 KiB), so this is not one."
    )


def too_large(file_name: str, kib: int) -> str:
    """The line for a routine file larger than ``kib`` KiB."""
    return f"{file_name}: {_too_large(kib)}"


def unreadable(file_name: str, reason: str | None) -> str:
    """The line for a routine file the system would not let the app read."""
    return (
        f"{file_name}: The file could not be read ({reason}); check that it exists and that "
        "you may read it."
    )


def unknown_point(file_name: str, index: int, code: str) -> str:
    """The line for step ``index`` (0-based) naming a point the catalogue does not have."""
    return (
        f"{file_name}: Step {index + 1}: the point {short_repr(code)} is not in the "
        "catalogue; use a code such as BL23 or UB40 (the Points page lists them)."
    )


def validation_problems(
    errors: Sequence[Mapping[str, Any]], data: Any, file_name: str, *, limit: int = 5
) -> list[str]:
    """One plain line per pydantic error of a routine file, at most ``limit`` of them."""
    lines = [f"{file_name}: {_sentence(error, data)}" for error in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"{file_name}: … and {len(errors) - limit} more problems like these.")
    return lines


def _sentence(error: Mapping[str, Any], data: Any) -> str:
    loc = tuple(error.get("loc", ()))
    kind = str(error.get("type", ""))
    found, value = value_at(data, loc)
    shown = _shown(value) if found else ""
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
        step = f"Step {loc[1] + 1}"
        if len(loc) == 2:
            if kind == "model_type":
                return (
                    f"{step} is {shown}, not a step; a step is an object such as {_EXAMPLE_STEP}."
                )
            return f"{step}: {_message(error)}."
        return _step_field(step, str(loc[2]), kind, error, shown)
    field = str(loc[0]) if loc else ""
    if kind == "extra_forbidden":
        return (
            f"The file has a field {short_repr(field)} that routine files do not have; remove "
            "it (a routine has schema_version, name, description and steps)."
        )
    if kind == "missing":
        if field == "steps":
            return (
                "The routine has no list of steps; add one (it may be empty), for example "
                f'"steps": [{_EXAMPLE_STEP}].'
            )
        example = '"name": "Evening back"' if field == "name" else f'"{field}": ...'
        return f"The routine has no {field}; add one, for example {example}."
    if field == "name":
        return _text_field("The name", kind, value, MAX_NAME_CHARS)
    if field == "description":
        return _text_field("The description", kind, value, MAX_DESCRIPTION_CHARS)
    if field == "steps":
        if kind == "too_long":
            count = len(value) if isinstance(value, list) else "too many"
            return f"The routine has {count} steps; it can have at most {MAX_STEPS}."
        return f"The steps must be a list ([ ... ]) of steps, not {shown}."
    return f"{field or 'The file'}: {_message(error)}."


def _step_field(step: str, field: str, kind: str, error: Mapping[str, Any], shown: str) -> str:
    if kind == "extra_forbidden":
        return (
            f"{step} has a field {short_repr(field)} that steps do not have; remove it (a step "
            "has point, hold_seconds, rest_seconds, repetitions, sides and prepare_seconds)."
        )
    if field in _NUMBERS:
        words, unit, (low, high), example = _NUMBERS[field]
        if kind == "missing":
            return (
                f'{step}: {words} ({field}) is missing; add it, for example "{field}": {example}.'
            )
        if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
            return f"{step}: {words} is {shown}{unit}; it must be {low} to {high}{unit}."
        return (
            f"{step}: {words} is {shown}; it must be a whole number from {low} to {high}{unit}, "
            "written without quotes."
        )
    if field == "point":
        if kind == "missing":
            return f'{step} names no point; add one, for example "point": "BL23".'
        return (
            f"{step}: the point {shown} is not a point code; use a code such as BL23 or UB40 "
            "(the Points page lists them)."
        )
    if field == "sides":
        return f'{step}: the sides are {shown}; they must be "both", "left" or "right".'
    return f"{step}: {field}: {_message(error)}."


def _text_field(what: str, kind: str, value: Any, longest: int) -> str:
    if kind == "string_too_short":
        return f"{what} is empty; write one in quotes."
    if kind == "string_too_long" and isinstance(value, str):
        return f"{what} is {len(value)} characters long; it can be at most {longest}."
    return f"{what} must be a text in quotes, not {_shown(value)}."


def _message(error: Mapping[str, Any]) -> str:
    message = str(error.get("msg", "is invalid"))
    return message[:1].lower() + message[1:]


def _shown(value: Any) -> str:
    """A refused value as a sentence shows it: JSON words, texts quoted and cut short."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return short_repr(value)
