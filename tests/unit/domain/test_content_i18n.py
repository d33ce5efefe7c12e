"""Content translations: every shipped file matches the catalogue; broken ones are refused."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.domain.content_i18n import (
    GENERAL_CAUTIONS,
    ContentTranslationError,
    Fallback,
    number_tokens,
    parse_translation,
    point_english,
    routine_english,
    translate_catalog,
)
from acupress_gui.domain.models import Catalog
from acupress_gui.storage.catalog_file import read_catalog

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"
SHIPPED = ("de", "es", "zh_CN")
# Words that stay as they are in every translation.
KEPT_FIELDS = ("id", "aliases", "laterality", "sources", "image", "markers", "hold_seconds")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(RESOURCES)


def shipped(locale: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (RESOURCES / "i18n" / f"points.{locale}.json").read_text(encoding="utf-8")
    )
    return data


def refused(data: Any, catalog: Catalog, locale: str | None = "de") -> list[str]:
    with pytest.raises(ContentTranslationError) as caught:
        parse_translation(data, catalog, file_name="points.de.json", locale=locale)
    return caught.value.problems


@pytest.fixture
def german() -> dict[str, Any]:
    return copy.deepcopy(shipped("de"))


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_shipped_translation_covers_the_whole_catalogue(
    catalog: Catalog, locale: str
) -> None:
    translation = parse_translation(
        shipped(locale), catalog, file_name=f"points.{locale}.json", locale=locale
    )
    result = translate_catalog(catalog, translation)
    assert result.fallbacks == ()
    assert set(translation.points) == {point.id for point in catalog.points}
    assert set(translation.routines) == {routine.id for routine in catalog.routines}
    for point in catalog.points:
        assert set(translation.points[point.id]) == set(point_english(point)), point.id
    for routine in catalog.routines:
        assert set(translation.routines[routine.id]) == set(routine_english(routine))
    assert translation.general_cautions is not None
    assert len(translation.general_cautions) == len(catalog.general_cautions)
    assert set(translation.illustrations) == {ill.file for ill in catalog.illustrations}


@pytest.mark.parametrize("locale", SHIPPED)
def test_a_translated_catalogue_is_translated_and_keeps_ids_names_and_sources(
    catalog: Catalog, locale: str
) -> None:
    translation = parse_translation(shipped(locale), catalog, file_name="f.json")
    translated = translate_catalog(catalog, translation).catalog
    # Still a valid catalogue of the same shape.
    assert Catalog.model_validate(translated.model_dump()) == translated
    assert translated.sources == catalog.sources
    assert translated.standard == catalog.standard
    for ill_before, ill_after in zip(catalog.illustrations, translated.illustrations, strict=True):
        assert ill_after.model_copy(update={"title": ill_before.title}) == ill_before
    for before, after in zip(catalog.points, translated.points, strict=True):
        for name in KEPT_FIELDS:
            assert getattr(after, name) == getattr(before, name), (before.id, name)
        assert after.names.standard == before.names.standard
        assert after.names.source_labels == before.names.source_labels
        assert after.location != before.location, before.id
        assert len(after.technique) == len(before.technique)
        assert [c.kind for c in after.cautions] == [c.kind for c in before.cautions]
        assert [c.sources for c in after.cautions] == [c.sources for c in before.cautions]
        assert all(a.text != b.text for a, b in zip(after.cautions, before.cautions, strict=True))
    for before_r, after_r in zip(catalog.routines, translated.routines, strict=True):
        assert after_r.id == before_r.id
        assert after_r.steps == before_r.steps
        assert after_r.name != before_r.name
    assert all(
        a.text != b.text
        for a, b in zip(translated.general_cautions, catalog.general_cautions, strict=True)
    )


def _texts(catalog: Catalog) -> list[str]:
    """Every translatable text of the catalogue, in a fixed order."""
    texts: list[str] = []
    for point in catalog.points:
        for value in point_english(point).values():
            texts.extend([value] if isinstance(value, str) else value)
    texts.extend(caution.text for caution in catalog.general_cautions)
    texts.extend(ill.title for ill in catalog.illustrations)
    for routine in catalog.routines:
        texts.extend(routine_english(routine).values())
    return texts


# The only texts a translation writes exactly as the English does: the same word.
SAME_WORD = {"de": set(), "es": {"abdomen", "Abdomen", "pelvis"}, "zh_CN": set()}


@pytest.mark.parametrize("locale", SHIPPED)
def test_no_text_is_left_in_english(catalog: Catalog, locale: str) -> None:
    translation = parse_translation(shipped(locale), catalog, file_name="f.json")
    translated = translate_catalog(catalog, translation).catalog
    same = {a for a, b in zip(_texts(catalog), _texts(translated), strict=True) if a == b}
    assert same == SAME_WORD[locale]


@pytest.mark.parametrize("locale", SHIPPED)
def test_numbers_are_never_translated(catalog: Catalog, locale: str) -> None:
    translation = parse_translation(shipped(locale), catalog, file_name="f.json")
    translated = translate_catalog(catalog, translation).catalog
    pairs = list(zip(_texts(catalog), _texts(translated), strict=True))
    assert any(re.search(r"\d", english) for english, _ in pairs)
    for english, text in pairs:
        for number in re.findall(r"\d+", english):
            assert re.findall(r"\d+", text).count(number) >= re.findall(r"\d+", english).count(
                number
            ), (english, text)


def test_chinese_names_are_the_standard_characters(catalog: Catalog) -> None:
    translation = parse_translation(shipped("zh_CN"), catalog, file_name="f.json")
    translated = translate_catalog(catalog, translation).catalog
    for point in translated.points:
        if point.names.english is not None:
            assert point.names.english == point.names.characters


def test_number_tokens_are_digits_and_point_codes() -> None:
    assert number_tokens("BL23, 30 s and 1.5") == number_tokens("1,5 y 30 s; BL23")
    assert number_tokens("GV4 and BL10")["GV4"] == 1
    assert number_tokens("no numbers here") == {}


def test_a_left_out_field_falls_back_to_english_field_by_field(
    catalog: Catalog, german: dict[str, Any]
) -> None:
    del german["points"]["BL23"]["technique"]
    del german["points"]["TE3"]["names.english"]
    del german["points"]["KI3"]
    del german["general_cautions"]
    del german["routines"]["desk-break"]["description"]
    del german["illustrations"]["hips.svg"]
    translation = parse_translation(german, catalog, file_name="points.de.json")
    result = translate_catalog(catalog, translation)
    ki3_point = catalog.point("KI3")
    assert ki3_point is not None
    ki3 = [Fallback("KI3", name) for name in point_english(ki3_point)]
    assert result.fallbacks == (
        Fallback("TE3", "names.english"),
        Fallback("BL23", "technique"),
        *ki3,
        Fallback(GENERAL_CAUTIONS, GENERAL_CAUTIONS),
        Fallback("desk-break", "description"),
        Fallback("hips.svg", "title"),
    )
    assert [str(f) for f in result.fallbacks[:2]] == ["TE3.names.english", "BL23.technique"]
    assert str(Fallback(GENERAL_CAUTIONS, GENERAL_CAUTIONS)) == "general_cautions"
    bl23 = result.catalog.point("BL23")
    english = catalog.point("BL23")
    assert bl23 is not None and english is not None
    assert bl23.technique == english.technique
    assert bl23.location.startswith("Am unteren Rücken")
    assert result.catalog.general_cautions == catalog.general_cautions
    assert result.catalog.routines[-1].name == "Büropause: Hände und Füße"
    assert result.catalog.routines[-1].description == catalog.routines[-1].description


def test_a_file_with_only_its_header_changes_nothing(catalog: Catalog) -> None:
    header = {"schema_version": 1, "locale": "de", "catalog_schema_version": 2}
    result = translate_catalog(catalog, parse_translation(header, catalog, file_name="f.json"))
    assert result.catalog == catalog
    assert len(result.fallbacks) > len(catalog.points)


def test_extra_fields_are_refused(catalog: Catalog, german: dict[str, Any]) -> None:
    german["points"]["BL23"]["colour"] = "blau"
    german["points"]["TE3"]["standard_location"] = "Irgendwo."
    german["points"]["KI3"]["aliases"] = ["N3"]
    german["routines"]["desk-break"]["steps"] = []
    german["illustrations"]["hips.svg"]["view"] = "hinten"
    german["comment"] = "?"
    german["points"]["GB34"]["a\nb"] = "x"
    assert refused(german, catalog) == [
        "points.de.json: 'comment' is not a known field",
        "points.de.json: TE3.standard_location: the English has none, so there is nothing "
        "to translate",
        "points.de.json: BL23.colour is not a known field",
        "points.de.json: KI3.aliases is not a known field",
        "points.de.json: GB34.'a\\nb' is not a known field",
        "points.de.json: routine desk-break.steps is not a known field",
        "points.de.json: illustration hips.svg.view is not a known field",
    ]


def test_unknown_points_and_routines_are_refused(catalog: Catalog, german: dict[str, Any]) -> None:
    german["points"]["XX99"] = {"location": "Nirgends."}
    german["routines"]["my-routine"] = {"name": "Meine"}
    german["illustrations"]["arm.svg"] = {"title": "Arm"}
    assert refused(german, catalog) == [
        "points.de.json: 'XX99' is not a point of the catalogue",
        "points.de.json: routine 'my-routine' is not in the catalogue",
        "points.de.json: illustration 'arm.svg' is not in the catalogue",
    ]


def test_list_lengths_must_match_the_english(catalog: Catalog, german: dict[str, Any]) -> None:
    german["points"]["BL23"]["technique"].pop()
    german["points"]["GV14"]["cautions"].append("Noch eine Warnung.")
    german["general_cautions"] = german["general_cautions"][:3]
    german["points"]["SI4"]["indications"] = "unterer Rücken"
    assert refused(german, catalog) == [
        "points.de.json: SI4.indications = 'unterer Rücken' must be a list of texts",
        "points.de.json: BL23.technique has 3 entries; the English has 4",
        "points.de.json: GV14.cautions has 4 entries; the English has 3",
        "points.de.json: general_cautions has 3 entries; the English has 9",
    ]


def test_a_changed_or_dropped_number_is_refused(catalog: Catalog, german: dict[str, Any]) -> None:
    routine = german["routines"]["lower-back-relief"]
    routine["description"] = routine["description"].replace("10 s", "zehn Sekunden")
    location = german["points"]["LR3"]["location"]
    german["points"]["LR3"]["location"] = location.replace("7–8 cm", "7–9 cm")
    german["points"]["BL52"]["standard_location"] = "Neben dem Nieren-Shu-Punkt."
    problems = refused(german, catalog)
    assert len(problems) == 3
    assert problems[0].startswith("points.de.json: LR3.location = ")
    assert problems[0].endswith(
        "leaves out 8 of the English text (numbers and point codes are never translated)"
    )
    assert problems[1].startswith("points.de.json: BL52.standard_location = ")
    assert "leaves out BL23, BL23, GV4 of the English text" in problems[1]
    assert problems[2].startswith("points.de.json: routine lower-back-relief.description = ")
    assert "leaves out 10 of the English text" in problems[2]


def test_empty_and_non_text_values_are_refused(catalog: Catalog, german: dict[str, Any]) -> None:
    german["points"]["SI4"]["location"] = "   "
    german["points"]["SI4"]["technique"][0] = 3
    german["points"]["LI4"] = ["not", "an", "object"]
    german["routines"]["desk-break"]["name"] = None
    assert refused(german, catalog) == [
        "points.de.json: SI4.location = '   ' must be a non-empty text",
        "points.de.json: SI4.technique[0] = 3 must be a non-empty text",
        "points.de.json: LI4 = list must be an object of fields",
        "points.de.json: routine desk-break.name = None must be a non-empty text",
    ]


def test_one_complaint_has_one_translation(catalog: Catalog, german: dict[str, Any]) -> None:
    # The library filters points by complaint: "lower back" must read the same everywhere.
    german["points"]["LI4"]["indications"][0] = "Kreuz"
    assert refused(german, catalog) == [
        "points.de.json: LI4.indications[0] = 'Kreuz' translates 'lower back', which SI4 "
        "translates as 'unterer Rücken'"
    ]


def test_one_region_and_one_meridian_have_one_translation(
    catalog: Catalog, german: dict[str, Any]
) -> None:
    german["points"]["LI4"]["region"] = "Handrücken"
    german["points"]["GB34"]["meridian"] = "Gallenblasen-Meridian"
    assert refused(german, catalog) == [
        "points.de.json: GB34.meridian = 'Gallenblasen-Meridian' translates 'Gallbladder', "
        "which GB30 translates as 'Gallenblase'",
        "points.de.json: LI4.region = 'Handrücken' translates 'hand', which SI4 translates "
        "as 'Hand'",
    ]


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("schema_version", 2, "schema_version 2 is newer than this app reads (1)"),
        ("schema_version", "1", "schema_version = '1' is not a version number"),
        ("schema_version", True, "schema_version = True is not a version number"),
        (
            "catalog_schema_version",
            1,
            "catalog_schema_version = 1: it must translate catalogue version 2",
        ),
        ("locale", "es", "locale = 'es', but the file is for 'de'"),
        ("locale", "de-DE", "locale = 'de-DE' is not a locale code such as de or zh_CN"),
        ("note", 5, "note = 5 must be a text"),
        ("points", [], "points = list must be an object keyed by point id"),
        ("routines", "x", "routines = 'x' must be an object keyed by routine id"),
        ("illustrations", [], "illustrations = list must be an object keyed by file name"),
    ],
)
def test_the_header_must_fit_this_app(
    catalog: Catalog, german: dict[str, Any], key: str, value: Any, problem: str
) -> None:
    german[key] = value
    assert refused(german, catalog) == [f"points.de.json: {problem}"]


def test_the_top_level_must_be_an_object(catalog: Catalog) -> None:
    assert refused([1, 2], catalog) == ["points.de.json: the top level must be an object, not list"]


def test_every_problem_is_listed_at_once(catalog: Catalog, german: dict[str, Any]) -> None:
    german["schema_version"] = 9
    german["points"]["BL23"]["technique"] = []
    german["points"]["BL23"]["colour"] = "rot"
    assert len(refused(german, catalog)) == 3
