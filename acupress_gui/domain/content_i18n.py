"""Translations of the point catalogue's content: validate them and apply them.

A translation file (``resources/i18n/points.<locale>.json``, read by
:mod:`acupress_gui.storage.content_i18n`) gives, per point id and field, the translated text
of the catalogue's words for people: the English name, the meridian and the region, where to
press, how to press, what it helps with, the cautions; and the general cautions, the built-in
routines' names and descriptions, and the illustrations' titles (keyed by file name). Ids,
aliases, standard names (pinyin and characters), source titles, publishers and numbers are
never translated.

A field the file leaves out falls back to English (listed in
:attr:`TranslatedCatalog.fallbacks` for a log line); anything else that does not match the
catalogue is refused with messages that name the file, the point and the field, as
:mod:`acupress_gui.domain.catalog` does, e.g.
``points.de.json: BL23.technique has 3 entries; the English has 4``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from acupress_gui.domain.catalog import short_repr
from acupress_gui.domain.models import CATALOG_SCHEMA_VERSION, Catalog, Point, Routine

#: The version of the translation file format this app reads.
CONTENT_TRANSLATION_SCHEMA_VERSION = 1

#: The translatable fields of a point, in file order: True for a list of texts.
POINT_FIELDS: dict[str, bool] = {
    "names.english": False,
    "meridian": False,
    "region": False,
    "location": False,
    "standard_location": False,
    "technique": True,
    "helper_technique": True,
    "partner_alternative": False,
    "position": False,
    "indications": True,
    "cautions": True,
}
#: The translatable fields of a routine.
ROUTINE_FIELDS = ("name", "description")
#: The translatable fields of an illustration (keyed by its file name).
ILLUSTRATION_FIELDS = ("title",)
#: Point fields whose words the library filters and groups on: one English word, one
#: translation, in every point.
TERM_FIELDS = ("meridian", "region", "indications")
#: The keys a translation file may have at its top level.
TOP_LEVEL_KEYS = (
    "schema_version",
    "locale",
    "catalog_schema_version",
    "note",
    "points",
    "general_cautions",
    "routines",
    "illustrations",
)
#: The item name of the general cautions in messages and fallbacks.
GENERAL_CAUTIONS = "general_cautions"

_LOCALE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$")
# Point codes (BL23) and runs of digits: "1.5" and "1,5" give the same tokens.
_TOKEN_RE = re.compile(r"[A-Z]{2}\d{1,2}(?!\d)|\d+")

Text = str | tuple[str, ...]


class ContentTranslationError(ValueError):
    """The translation is unusable. ``problems`` lists every problem found, one line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class ContentTranslation:
    """A validated translation: per point id and per routine id, field -> text(s)."""

    locale: str
    points: Mapping[str, Mapping[str, Text]] = field(default_factory=dict)
    general_cautions: tuple[str, ...] | None = None
    routines: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    illustrations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True)
class Fallback:
    """A field shown in English because the translation does not give it."""

    item: str
    """A point id, a routine id, an illustration's file name or :data:`GENERAL_CAUTIONS`."""
    field: str
    """The field name (``technique``, ``names.english``, ``description``, ...)."""

    def __str__(self) -> str:
        return self.item if self.item == self.field else f"{self.item}.{self.field}"


@dataclass(frozen=True)
class TranslatedCatalog:
    """The catalogue with the translation applied, and what stayed in English."""

    catalog: Catalog
    fallbacks: tuple[Fallback, ...] = ()


def number_tokens(text: str) -> Counter[str]:
    """The numbers and point codes in ``text``, which a translation must keep."""
    return Counter(_TOKEN_RE.findall(text))


def point_english(point: Point) -> dict[str, Text]:
    """The translatable fields the point has in English (fields it lacks are left out)."""
    values: dict[str, Text | None] = {
        "names.english": point.names.english,
        "meridian": point.meridian,
        "region": point.region,
        "location": point.location,
        "standard_location": point.standard_location,
        "technique": tuple(point.technique),
        "helper_technique": tuple(point.helper_technique),
        "partner_alternative": point.partner_alternative,
        "position": point.position,
        "indications": tuple(point.indications),
        "cautions": tuple(caution.text for caution in point.cautions),
    }
    return {name: value for name, value in values.items() if value}


def routine_english(routine: Routine) -> dict[str, str]:
    """The translatable fields the routine has in English."""
    values = {"name": routine.name, "description": routine.description}
    return {name: value for name, value in values.items() if value.strip()}


class _Checker:
    """Collects the problems of one translation file."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.problems: list[str] = []

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.file_name}: {text}")

    def text(self, where: str, english: str, value: Any) -> str | None:
        """One translated text: a non-empty string keeping the English numbers."""
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{where} = {short_repr(value)} must be a non-empty text")
            return None
        missing = number_tokens(english) - number_tokens(value)
        if missing:
            tokens = ", ".join(sorted(missing.elements()))
            self.problem(
                f"{where} = {short_repr(value)} leaves out {tokens} of the English text "
                "(numbers and point codes are never translated)"
            )
            return None
        return value.strip()

    def value(self, where: str, english: Text, value: Any) -> Text | None:
        """One field: a text, or a list of texts as long as the English one."""
        if isinstance(english, str):
            return self.text(where, english, value)
        if not isinstance(value, list):
            self.problem(f"{where} = {short_repr(value)} must be a list of texts")
            return None
        if len(value) != len(english):
            self.problem(f"{where} has {len(value)} entries; the English has {len(english)}")
            return None
        texts = [
            self.text(f"{where}[{i}]", e, v)
            for i, (e, v) in enumerate(zip(english, value, strict=True))
        ]
        if any(text is None for text in texts):
            return None
        return tuple(text for text in texts if text is not None)

    def fields(
        self, item: str, english: Mapping[str, Text], known: Sequence[str], data: Any
    ) -> dict[str, Text]:
        """The fields of one point or routine."""
        if not isinstance(data, Mapping):
            self.problem(f"{item} = {short_repr(data)} must be an object of fields")
            return {}
        found: dict[str, Text] = {}
        for name, value in data.items():
            # An unknown key is shown escaped, so a message stays on one readable line.
            shown = name if isinstance(name, str) and name.isprintable() else repr(name)
            where = f"{item}.{shown}"
            if name not in known:
                self.problem(f"{where} is not a known field")
            elif name not in english:
                self.problem(f"{where}: the English has none, so there is nothing to translate")
            else:
                checked = self.value(where, english[name], value)
                if checked is not None:
                    found[name] = checked
        return found


def parse_translation(
    data: Any, catalog: Catalog, *, file_name: str, locale: str | None = None
) -> ContentTranslation:
    """Validate parsed translation JSON against the catalogue.

    Args:
        data: The parsed JSON.
        catalog: The (English) catalogue it translates.
        file_name: Used in messages, e.g. ``points.de.json``.
        locale: When given, the file's ``locale`` must be this one.

    Returns:
        The validated translation (fields left out are not in it).

    Raises:
        ContentTranslationError: With every problem found, one line each.
    """
    check = _Checker(file_name)
    if not isinstance(data, Mapping):
        check.problem(f"the top level must be an object, not {type(data).__name__}")
        raise ContentTranslationError(check.problems)
    found_locale = _check_header(check, data, locale)
    points = _check_points(check, catalog, data.get("points", {}))
    general = _check_general(check, catalog, data)
    routines = _check_named(
        check, "routine", _routines_english(catalog), ROUTINE_FIELDS, data.get("routines", {})
    )
    illustrations = _check_named(
        check,
        "illustration",
        _illustrations_english(catalog),
        ILLUSTRATION_FIELDS,
        data.get("illustrations", {}),
    )
    _check_terms(check, catalog, points)
    note = data.get("note")
    if note is not None and not isinstance(note, str):
        check.problem(f"note = {short_repr(note)} must be a text")
    if check.problems:
        raise ContentTranslationError(check.problems)
    return ContentTranslation(
        locale=found_locale,
        points=points,
        general_cautions=general,
        routines=routines,
        illustrations=illustrations,
        note=note if isinstance(note, str) else None,
    )


def _version(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _check_header(check: _Checker, data: Mapping[str, Any], locale: str | None) -> str:
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            check.problem(f"{short_repr(key)} is not a known field")
    version = _version(data.get("schema_version"))
    if version is None or version < 1:
        check.problem(
            f"schema_version = {short_repr(data.get('schema_version'))} is not a version number"
        )
    elif version > CONTENT_TRANSLATION_SCHEMA_VERSION:
        check.problem(
            f"schema_version {version} is newer than this app reads "
            f"({CONTENT_TRANSLATION_SCHEMA_VERSION})"
        )
    translates = _version(data.get("catalog_schema_version"))
    if translates != CATALOG_SCHEMA_VERSION:
        check.problem(
            f"catalog_schema_version = {short_repr(data.get('catalog_schema_version'))}: "
            f"it must translate catalogue version {CATALOG_SCHEMA_VERSION}"
        )
    found = data.get("locale")
    if not isinstance(found, str) or not _LOCALE_RE.match(found):
        check.problem(f"locale = {short_repr(found)} is not a locale code such as de or zh_CN")
        return ""
    if locale is not None and found != locale:
        check.problem(f"locale = {found!r}, but the file is for {locale!r}")
    return found


def _check_points(check: _Checker, catalog: Catalog, data: Any) -> dict[str, Mapping[str, Text]]:
    if not isinstance(data, Mapping):
        check.problem(f"points = {short_repr(data)} must be an object keyed by point id")
        return {}
    points: dict[str, Mapping[str, Text]] = {}
    for point_id, fields in data.items():
        point = catalog.point(point_id)
        if point is None:
            check.problem(f"{short_repr(point_id)} is not a point of the catalogue")
            continue
        points[point.id] = check.fields(point.id, point_english(point), list(POINT_FIELDS), fields)
    return points


def _check_general(
    check: _Checker, catalog: Catalog, data: Mapping[str, Any]
) -> tuple[str, ...] | None:
    if GENERAL_CAUTIONS not in data:
        return None
    english = tuple(caution.text for caution in catalog.general_cautions)
    value = check.value(GENERAL_CAUTIONS, english, data[GENERAL_CAUTIONS])
    return value if isinstance(value, tuple) else None


def _routines_english(catalog: Catalog) -> dict[str, dict[str, str]]:
    return {routine.id: routine_english(routine) for routine in catalog.routines}


def _illustrations_english(catalog: Catalog) -> dict[str, dict[str, str]]:
    return {ill.file: {"title": ill.title} for ill in catalog.illustrations}


def _check_named(
    check: _Checker,
    kind: str,
    english: Mapping[str, Mapping[str, str]],
    known: Sequence[str],
    data: Any,
) -> dict[str, Mapping[str, str]]:
    """The routines (by id) or the illustrations (by file name)."""
    if not isinstance(data, Mapping):
        key = "routine id" if kind == "routine" else "file name"
        check.problem(f"{kind}s = {short_repr(data)} must be an object keyed by {key}")
        return {}
    found: dict[str, Mapping[str, str]] = {}
    for item_id, fields in data.items():
        if item_id not in english:
            check.problem(f"{kind} {short_repr(item_id)} is not in the catalogue")
            continue
        given = check.fields(f"{kind} {item_id}", english[item_id], known, fields)
        found[item_id] = {k: v for k, v in given.items() if isinstance(v, str)}
    return found


def _check_terms(
    check: _Checker, catalog: Catalog, points: Mapping[str, Mapping[str, Text]]
) -> None:
    """One English term has one translation: the library filters and groups on them."""
    for name in TERM_FIELDS:
        seen: dict[str, tuple[str, str]] = {}
        for point in catalog.points:
            english = point_english(point).get(name)
            translated = points.get(point.id, {}).get(name)
            if english is None or translated is None:
                continue
            pairs = (
                [("", english, translated)]
                if isinstance(english, str) and isinstance(translated, str)
                else [
                    (f"[{i}]", e, t)
                    for i, (e, t) in enumerate(zip(english, translated, strict=True))
                ]
            )
            for index, word, text in pairs:
                first = seen.setdefault(word, (text, point.id))
                if first[0] != text:
                    check.problem(
                        f"{point.id}.{name}{index} = {text!r} translates {word!r}, "
                        f"which {first[1]} translates as {first[0]!r}"
                    )


def translate_catalog(catalog: Catalog, translation: ContentTranslation) -> TranslatedCatalog:
    """The catalogue with the translation applied; fields it lacks stay in English.

    ``translation`` must have been validated against this catalogue
    (:func:`parse_translation`).
    """
    fallbacks: list[Fallback] = []
    points = []
    for point in catalog.points:
        given = translation.points.get(point.id, {})
        fallbacks.extend(
            Fallback(point.id, name) for name in point_english(point) if name not in given
        )
        points.append(_translate_point(point, given))
    general = catalog.general_cautions
    if translation.general_cautions is None:
        fallbacks.append(Fallback(GENERAL_CAUTIONS, GENERAL_CAUTIONS))
    else:
        general = [
            caution.model_copy(update={"text": text})
            for caution, text in zip(general, translation.general_cautions, strict=True)
        ]
    routines = []
    for routine in catalog.routines:
        given_routine = translation.routines.get(routine.id, {})
        fallbacks.extend(
            Fallback(routine.id, name)
            for name in routine_english(routine)
            if name not in given_routine
        )
        routines.append(routine.model_copy(update=dict(given_routine)))
    illustrations = []
    for ill in catalog.illustrations:
        given_ill = translation.illustrations.get(ill.file, {})
        if "title" not in given_ill:
            fallbacks.append(Fallback(ill.file, "title"))
        illustrations.append(ill.model_copy(update=dict(given_ill)))
    translated = catalog.model_copy(
        update={
            "points": points,
            "general_cautions": general,
            "routines": routines,
            "illustrations": illustrations,
        }
    )
    return TranslatedCatalog(translated, tuple(fallbacks))


def _translate_point(point: Point, given: Mapping[str, Text]) -> Point:
    update: dict[str, Any] = {}
    for name, value in given.items():
        if name == "names.english":
            update["names"] = point.names.model_copy(update={"english": value})
        elif name == "cautions":
            update["cautions"] = [
                caution.model_copy(update={"text": text})
                for caution, text in zip(point.cautions, value, strict=True)
            ]
        elif isinstance(value, tuple):
            update[name] = list(value)
        else:
            update[name] = value
    return point.model_copy(update=update)
