"""Validate the point catalogue and its built-in routines.

The catalogue arrives as parsed JSON (storage reads the file); this module turns it into a
:class:`~acupress_gui.domain.models.Catalog` or raises :class:`CatalogError` whose messages
name the file, the point and the field, e.g.
``points.json: BL23.markers[0].x = 1.4 is outside 0..1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from acupress_gui.domain.models import (
    Catalog,
    Caution,
    Laterality,
    Marker,
    Point,
    Routine,
    Side,
    Step,
)

#: Allowed difference between a mirrored left marker and 1 - x of the right one.
_MIRROR_TOLERANCE = 0.01


class CatalogError(ValueError):
    """The catalogue is unusable. ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _printable(text: str) -> str:
    """``text`` with control characters escaped, so a message stays on one readable line."""
    if text.isprintable():
        return text
    return text.encode("unicode_escape").decode("ascii")


def _item_label(data: Any, section: str, index: int) -> str:
    """How to name item ``index`` of ``section``: by its id where it has one."""
    try:
        item = data[section][index]
    except (KeyError, IndexError, TypeError):
        return f"{section}[{index}]"
    if isinstance(item, Mapping):
        for key in ("id", "file"):
            value = item.get(key)
            if isinstance(value, str) and value:
                return _printable(value)
    return f"{section}[{index}]"


def _format_location(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into ``BL23.markers[0].x``."""
    parts: list[str] = []
    rest = list(loc)
    if len(rest) >= 2 and isinstance(rest[0], str) and isinstance(rest[1], int):
        parts.append(_item_label(data, rest[0], rest[1]))
        rest = rest[2:]
    for element in rest:
        if isinstance(element, int):
            if parts:
                parts[-1] += f"[{element}]"
            else:
                parts.append(f"[{element}]")
        else:
            parts.append(_printable(element))
    return ".".join(parts) or "(top level)"


def value_at(data: Any, loc: Sequence[int | str]) -> tuple[bool, Any]:
    """The value at a pydantic error's ``loc`` in ``data``: (found, value)."""
    node = data
    for element in loc:
        try:
            node = node[element]
        except (KeyError, IndexError, TypeError):
            return False, None
    return True, node


def _describe(error: Mapping[str, Any]) -> str:
    """A short, plain description of one pydantic error."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return _bounds_message(error)
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a known field"
    if kind == "string_pattern_mismatch":
        return f"does not match the pattern {ctx.get('pattern', '')}"
    message = str(error.get("msg", "is invalid"))
    return message[0].lower() + message[1:] if message else "is invalid"


def _bounds_message(error: Mapping[str, Any]) -> str:
    """Describe a bound violation with both ends of the range where the schema has them."""
    ctx = error.get("ctx") or {}
    low = ctx.get("ge", ctx.get("gt"))
    high = ctx.get("le", ctx.get("lt"))
    field = str(error["loc"][-1]) if error.get("loc") else ""
    low, high = _FIELD_RANGES.get(field, (low, high))
    if low is not None and high is not None:
        return f"is outside {_number(low)}..{_number(high)}"
    if low is not None:
        return f"is below {_number(low)}"
    return f"is above {_number(high)}"


def _number(value: Any) -> str:
    """``0.0`` -> ``0``, ``1.5`` -> ``1.5``."""
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _field_ranges() -> dict[str, tuple[Any, Any]]:
    """Both ends of every bounded numeric field, read from the models' metadata."""
    ranges: dict[str, tuple[Any, Any]] = {}
    for model in (Marker, Step, Point):
        for name, info in model.model_fields.items():
            low = high = None
            for meta in info.metadata:
                low = getattr(meta, "ge", low)
                high = getattr(meta, "le", high)
            if low is not None and high is not None:
                ranges[name] = (low, high)
    return ranges


_FIELD_RANGES = _field_ranges()


def format_validation_error(
    error: ValidationError, data: Any, file_name: str, *, limit: int = 20
) -> list[str]:
    """Readable lines for a pydantic error: ``file: where = value problem``."""
    errors = error.errors()
    lines: list[str] = []
    for item in errors[:limit]:
        loc = tuple(item["loc"])
        where = _format_location(data, loc)
        found, value = value_at(data, loc)
        shown = f" = {short_repr(value)}" if found and item["type"] != "missing" else ""
        lines.append(f"{file_name}: {where}{shown} {_describe(item)}")
    if len(errors) > limit:
        lines.append(f"{file_name}: ... and {len(errors) - limit} more problems")
    return lines


def short_repr(value: Any) -> str:
    """A value as a message shows it: strings quoted and cut to 20 characters (a refused
    value is never echoed in full: it may be a token pasted in the wrong place)."""
    if isinstance(value, str):
        text = value if len(value) <= 20 else value[:20] + "…"
        return repr(text)
    if isinstance(value, dict | list):
        return type(value).__name__
    return repr(value)


def load_catalog(
    data: Any,
    *,
    file_name: str = "points.json",
    image_names: Iterable[str] | None = None,
) -> Catalog:
    """Validate parsed ``points.json`` content.

    Args:
        data: The parsed JSON.
        file_name: Used in messages.
        image_names: File names present in the images folder; when given, every
            illustration must exist there.

    Returns:
        The validated catalogue.

    Raises:
        CatalogError: With every problem found, one line each.
    """
    if not isinstance(data, Mapping):
        raise CatalogError(
            [f"{file_name}: the top level must be an object, not {type(data).__name__}"]
        )
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as error:
        raise CatalogError(format_validation_error(error, data, file_name)) from None
    problems = check_consistency(catalog, file_name=file_name, image_names=image_names)
    if problems:
        raise CatalogError(problems)
    return catalog


def check_consistency(
    catalog: Catalog, *, file_name: str = "points.json", image_names: Iterable[str] | None = None
) -> list[str]:
    """Cross-field rules the schema alone cannot express."""
    problems: list[str] = []
    illustrations = {ill.file: ill for ill in catalog.illustrations}
    available = set(image_names) if image_names is not None else None
    if available is not None:
        for ill in catalog.illustrations:
            if ill.file not in available:
                problems.append(f"{file_name}: illustration {ill.file} is missing from images/")

    seen_ids: set[str] = set()
    seen_aliases: dict[str, str] = {}
    for point in catalog.points:
        if point.id in seen_ids:
            problems.append(f"{file_name}: {point.id} is defined twice")
        seen_ids.add(point.id)
        for alias in (point.id, *point.aliases):
            key = normalize_code(alias)
            owner = seen_aliases.setdefault(key, point.id)
            if owner != point.id:
                problems.append(f"{file_name}: {point.id}.aliases: {alias!r} already names {owner}")
        problems.extend(_check_point(point, illustrations.get(point.image), file_name))
        problems.extend(_check_point_knowledge(point, file_name))

    seen_routines: set[str] = set()
    for routine in catalog.routines:
        if routine.id in seen_routines:
            problems.append(f"{file_name}: routine {routine.id} is defined twice")
        seen_routines.add(routine.id)
        if not routine.steps:
            problems.append(f"{file_name}: {routine.id}.steps is empty")
        for index, step in enumerate(routine.steps):
            if step.point not in seen_ids:
                problems.append(
                    f"{file_name}: {routine.id}.steps[{index}].point = {step.point!r} "
                    "is not in the catalogue"
                )
    problems.extend(check_citations(catalog, file_name=file_name))
    return problems


def _check_point_knowledge(point: Point, file_name: str) -> list[str]:
    """A point's standard name, its source labels and its helper instructions."""
    problems: list[str] = []
    where = f"{file_name}: {point.id}"
    standard = point.names.pinyin
    if standard is None:
        problems.append(f"{where}.names.standard is missing: every point needs its standard name")
    aliases = {normalize_code(alias) for alias in point.aliases}
    for index, label in enumerate(point.names.source_labels):
        key = normalize_code(label.label)
        if standard is not None and key == normalize_code(standard):
            problems.append(
                f"{where}.names.source_labels[{index}] = {label.label!r} is the standard name "
                "itself; keep it only as an alias"
            )
        elif key not in aliases:
            problems.append(
                f"{where}.names.source_labels[{index}] = {label.label!r} is not among "
                f"{point.id}.aliases, so a search for it would not find the point"
            )
    if not point.self_applicable and not point.helper_technique:
        problems.append(
            f"{where}.helper_technique is missing: the point needs a helper, so the helper "
            "needs instructions"
        )
    return problems


def check_citations(catalog: Catalog, *, file_name: str = "points.json") -> list[str]:
    """Every cited source id is in the sources table, and every source is cited.

    Cautions from the source articles cite at least one article; cautions from standard
    references cite none. A point cites every source its cautions and labels cite.
    """
    problems: list[str] = []
    known: set[str] = set()
    files: set[str] = set()
    for source in catalog.sources:
        if source.id in known:
            problems.append(f"{file_name}: source {source.id} is defined twice")
        if source.file in files:
            problems.append(f"{file_name}: source {source.id}.file = {source.file!r} is used twice")
        known.add(source.id)
        files.add(source.file)
    cited: set[str] = set()

    def cite(where: str, ids: Sequence[str]) -> None:
        for index, source_id in enumerate(ids):
            cited.add(source_id)
            if source_id not in known:
                problems.append(
                    f"{file_name}: {where}[{index}] = {source_id!r} is not in the sources table"
                )

    for index, caution in enumerate(catalog.general_cautions):
        where = f"general_cautions[{index}]"
        problems.extend(_check_caution_origin(caution, where, file_name))
        cite(f"{where}.sources", caution.sources)
    for point in catalog.points:
        cite(f"{point.id}.sources", point.sources)
        own = set(point.sources)
        for index, caution in enumerate(point.cautions):
            where = f"{point.id}.cautions[{index}]"
            problems.extend(_check_caution_origin(caution, where, file_name))
            cite(f"{where}.sources", caution.sources)
            problems.extend(_outside(own, caution.sources, f"{where}.sources", point, file_name))
        for index, label in enumerate(point.names.source_labels):
            where = f"{point.id}.names.source_labels[{index}].sources"
            cite(where, label.sources)
            problems.extend(_outside(own, label.sources, where, point, file_name))
    for routine in catalog.routines:
        problems.extend(_check_routine_sources(routine, file_name))
        cite(f"{routine.id}.sources", routine.sources)
    for source in catalog.sources:
        if source.id not in cited:
            problems.append(f"{file_name}: source {source.id} is not cited by anything")
    return problems


def _check_caution_origin(caution: Caution, where: str, file_name: str) -> list[str]:
    if caution.source == "article" and not caution.sources:
        return [f"{file_name}: {where}.sources is empty: a caution from the articles cites them"]
    if caution.source == "standard" and caution.sources:
        return [
            f"{file_name}: {where}.sources: a caution from standard references cites no "
            "article (its source is 'standard')"
        ]
    return []


def _outside(
    own: set[str], ids: Sequence[str], where: str, point: Point, file_name: str
) -> list[str]:
    return [
        f"{file_name}: {where} cites {source_id!r}, which is not among {point.id}.sources"
        for source_id in ids
        if source_id not in own
    ]


def _check_routine_sources(routine: Routine, file_name: str) -> list[str]:
    problems: list[str] = []
    if routine.builtin and not routine.sources:
        problems.append(
            f"{file_name}: {routine.id}.sources is empty: a built-in routine cites them"
        )
    if routine.follows is not None and routine.follows not in routine.sources:
        problems.append(
            f"{file_name}: {routine.id}.follows = {routine.follows!r} is not among "
            f"{routine.id}.sources"
        )
    return problems


def _check_point(point: Point, illustration: Any, file_name: str) -> list[str]:
    problems: list[str] = []
    if illustration is None:
        problems.append(f"{file_name}: {point.id}.image = {point.image!r} is not an illustration")
    sides = [marker.side for marker in point.markers]
    midline = point.laterality is Laterality.MIDLINE
    expected = [Side.MIDLINE] if midline else [Side.LEFT, Side.RIGHT]
    if sorted(sides) != sorted(expected):
        wanted = " and ".join(s.value for s in expected)
        problems.append(
            f"{file_name}: {point.id}.markers must have one marker for {wanted} "
            f"({point.laterality.value} point), found {[s.value for s in sides]}"
        )
    elif illustration is not None and illustration.mirror_for_left:
        left, right = point.marker_for(Side.LEFT), point.marker_for(Side.RIGHT)
        if left and right and abs(left.x - (1.0 - right.x)) > _MIRROR_TOLERANCE:
            problems.append(
                f"{file_name}: {point.id}.markers: on the mirrored drawing {point.image} the "
                f"left marker x = {left.x} should be 1 - {right.x}"
            )
        if left and right and abs(left.y - right.y) > _MIRROR_TOLERANCE:
            problems.append(
                f"{file_name}: {point.id}.markers: on the mirrored drawing {point.image} the "
                "left and right markers should have the same y"
            )
    return problems


_CODE_RE = re.compile(r"[\s\-_.]+")


def normalize_code(text: str) -> str:
    """Fold a point code or alias for matching: ``"UB 40"`` -> ``"UB40"``."""
    return _CODE_RE.sub("", text).upper()
