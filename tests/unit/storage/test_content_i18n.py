"""Reading the point texts' translation for a locale; a broken file leaves them in English."""

from __future__ import annotations

import json
import os
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.domain.models import Catalog
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.content_i18n import (
    MAX_TRANSLATION_BYTES,
    SHIPPED_LOCALES,
    available_locales,
    load_content_translation,
    match_locale,
    translation_file_name,
)

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(RESOURCES)


def write(resources: Path, locale: str, content: str | bytes) -> Path:
    folder = resources / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / translation_file_name(locale)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def german() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (RESOURCES / "i18n" / "points.de.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de", "de"),
        ("de_DE", "de"),
        ("de_AT.UTF-8", "de"),
        ("de-CH", "de"),
        ("de_DE@euro", "de"),
        ("es", "es"),
        ("es_MX", "es"),
        ("es-419", "es"),
        ("es_ES.utf8", "es"),
        ("zh_CN", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_Hans", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_TW", None),
        ("zh_Hant_HK", None),
        ("en_US", None),
        ("en", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
        (None, None),
        ("fr_FR", None),
        ("_", None),
    ],
)
def test_a_locale_code_finds_its_translation(code: str | None, expected: str | None) -> None:
    assert match_locale(code, SHIPPED_LOCALES) == expected


def test_a_translation_for_a_territory_wins_over_the_language() -> None:
    assert match_locale("pt_BR", ["pt", "pt_BR"]) == "pt_BR"
    assert match_locale("pt_PT", ["pt", "pt_BR"]) == "pt"
    assert match_locale("zh_CN", ["de"]) is None


def test_the_shipped_translations_are_found() -> None:
    assert available_locales(RESOURCES) == sorted(SHIPPED_LOCALES)
    assert available_locales(RESOURCES / "missing") == []


@pytest.mark.parametrize(
    ("code", "locale", "word"),
    [("de_DE", "de", "Nacken"), ("es_MX", "es", "cuello"), ("zh_Hans", "zh_CN", "颈部")],
)
def test_every_shipped_locale_loads_whole_without_a_warning(
    catalog: Catalog, code: str, locale: str, word: str
) -> None:
    load = load_content_translation(RESOURCES, code, catalog)
    assert load.locale == locale
    assert load.problems == []
    assert load.fallbacks == ()
    assert load.catalog != catalog
    assert word in load.catalog.points[0].indications


# The interface speaks to the person with "tú"; the point texts must too, not with "usted".
# "presione" is also the subjunctive of "que te lo presione", so only the imperative counts.
USTED_FORMS = re.compile(
    r"\b(usted|ustedes|coloque|mantenga|manténgala|suelte|aplique|busque|respire|siéntese"
    r"|acuéstese|relájese|pídale|omítalo|omita|consulte|evite|ayudarle)\b"
    r"|(?<!lo )\bpresione\b",
    re.IGNORECASE,
)


def texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in texts(item)]
    return []


def test_the_spanish_point_texts_speak_to_the_person_with_tu() -> None:
    assert USTED_FORMS.search("Presione el punto y mantenga la presión.")
    assert not USTED_FORMS.search("Presiona el punto; pide a alguien que te lo presione.")
    data = json.loads((RESOURCES / "i18n" / "points.es.json").read_text(encoding="utf-8"))
    del data["note"]  # in English
    formal = [text for text in texts(data) if USTED_FORMS.search(text)]
    assert formal == []


@pytest.mark.parametrize("code", [None, "en_GB", "fr_FR", "C", "zh_TW"])
def test_a_locale_without_translation_is_english_without_a_warning(
    catalog: Catalog, code: str | None
) -> None:
    load = load_content_translation(RESOURCES, code, catalog)
    assert load.catalog is catalog
    assert load.locale is None
    assert load.problems == []


@pytest.mark.expect_log("acupress_gui.storage", "points.de.json is not valid JSON")
def test_a_file_that_is_not_json_leaves_the_texts_in_english(
    catalog: Catalog, tmp_path: Path
) -> None:
    write(tmp_path, "de", '{"schema_version": 1, "locale": "de",')
    load = load_content_translation(tmp_path, "de_DE", catalog)
    assert load.catalog is catalog
    assert load.locale is None
    assert load.problems[0].startswith("points.de.json is not valid JSON: ")
    assert load.problems[-1] == "points.de.json: the point texts are shown in English."


@pytest.mark.expect_log("acupress_gui.storage", "points.es.json is not valid JSON")
def test_a_file_that_is_not_utf8_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    write(tmp_path, "es", b"\xff\xfe{}")
    load = load_content_translation(tmp_path, "es", catalog)
    assert load.catalog is catalog
    assert "not valid JSON" in load.problems[0]


@pytest.mark.expect_log("acupress_gui.storage", "larger than 1024 KiB")
def test_a_file_over_the_size_cap_is_refused_unread(catalog: Catalog, tmp_path: Path) -> None:
    write(tmp_path, "de", b" " * (MAX_TRANSLATION_BYTES + 1))
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.catalog is catalog
    assert load.problems[0] == "points.de.json: the file is larger than 1024 KiB"


@pytest.mark.expect_log("acupress_gui.storage", "points.de.json is not valid JSON")
def test_a_huge_integer_literal_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    write(tmp_path, "de", '{"schema_version": ' + "9" * 5000 + "}")
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.catalog is catalog
    assert load.problems[0].startswith("points.de.json is not valid JSON: ")


@pytest.mark.expect_log("acupress_gui.storage", "nested too deeply")
def test_a_deeply_nested_file_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    write(tmp_path, "de", "[" * 100_000 + "]" * 100_000)
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.problems[0] == "points.de.json is nested too deeply to be a translation"


@pytest.mark.expect_log("acupress_gui.storage", "points.de.json could not be read")
def test_a_shipped_locale_whose_file_is_missing_warns_and_stays_english(
    catalog: Catalog, tmp_path: Path
) -> None:
    load = load_content_translation(tmp_path, "de_DE", catalog)
    assert load.catalog is catalog
    assert load.problems[0].startswith("points.de.json could not be read: ")


@pytest.mark.expect_log("acupress_gui.storage", "BL23.technique has 3 entries; the English has 4")
def test_a_file_that_does_not_match_the_catalogue_is_refused_whole(
    catalog: Catalog, tmp_path: Path
) -> None:
    data = german()
    data["points"]["BL23"]["technique"].pop()
    data["points"]["BL23"]["colour"] = "blau"
    write(tmp_path, "de", json.dumps(data, ensure_ascii=False))
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.catalog is catalog
    assert load.problems == [
        "points.de.json: BL23.technique has 3 entries; the English has 4",
        "points.de.json: BL23.colour is not a known field",
        "points.de.json: the point texts are shown in English.",
    ]


@pytest.mark.expect_log("acupress_gui.storage", "locale = 'es', but the file is for 'de'")
def test_a_file_for_another_locale_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    data = german()
    data["locale"] = "es"
    write(tmp_path, "de", json.dumps(data))
    assert load_content_translation(tmp_path, "de", catalog).catalog is catalog


@pytest.mark.expect_log(
    "acupress_gui.storage",
    "points.de.json: 2 fields are not translated and are shown in English: "
    "BL23.technique, desk-break.name",
)
def test_left_out_fields_are_english_and_logged_in_one_line(
    catalog: Catalog, tmp_path: Path
) -> None:
    data = german()
    del data["points"]["BL23"]["technique"]
    del data["routines"]["desk-break"]["name"]
    write(tmp_path, "de", json.dumps(data))
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.locale == "de"
    assert load.problems == []
    assert [str(f) for f in load.fallbacks] == ["BL23.technique", "desk-break.name"]
    bl23 = load.catalog.point("BL23")
    assert bl23 is not None
    assert bl23.technique == catalog.points[3].technique
    assert bl23.location.startswith("Am unteren Rücken")


@pytest.mark.expect_log("acupress_gui.storage", "points.pt_BR.json: ")
def test_a_contributed_locale_is_found_by_its_file(catalog: Catalog, tmp_path: Path) -> None:
    routine = catalog.routines[0]
    data: dict[str, Any] = {"schema_version": 1, "locale": "pt_BR", "catalog_schema_version": 2}
    data["routines"] = {routine.id: {"name": "Alívio lombar"}}
    write(tmp_path, "pt_BR", json.dumps(data))
    assert available_locales(tmp_path) == ["pt_BR"]
    # A partial translation: the rest is English, and that is logged.
    load = load_content_translation(tmp_path, "pt_BR.UTF-8", catalog)
    assert load.locale == "pt_BR"
    assert load.catalog.routines[0].name == "Alívio lombar"


@pytest.mark.expect_log("acupress_gui.storage", "points.de.json", required=False)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=512))
def test_random_bytes_never_break_the_loader(
    catalog: Catalog, tmp_path: Path, content: bytes
) -> None:
    write(tmp_path, "de", content)
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.catalog is catalog or load.locale == "de"


def test_the_translations_ship_in_the_wheel_and_the_bundle() -> None:
    # resources/ goes into the wheel (hatch force-include) and into the bundle (the spec copies
    # it whole), so resources/i18n goes wherever points.json goes.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["resources"] == "acupress_gui/resources"
    spec = (ROOT / "packaging" / "acupress-gui.spec").read_text(encoding="utf-8")
    assert 'datas=[(str(ROOT / "resources"), "acupress_gui/resources")]' in spec
    for locale in SHIPPED_LOCALES:
        assert (RESOURCES / "i18n" / translation_file_name(locale)).is_file()


def test_a_copy_of_the_resources_folder_carries_the_translations(
    catalog: Catalog, tmp_path: Path
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    assert load_content_translation(copy, "es", catalog).locale == "es"


@pytest.mark.expect_log("acupress_gui.storage", "points.de.json could not be read")
def test_a_named_pipe_in_place_of_the_file_is_refused_without_waiting(
    catalog: Catalog, tmp_path: Path
) -> None:
    (tmp_path / "i18n").mkdir()
    os.mkfifo(tmp_path / "i18n" / translation_file_name("de"))  # no writer: open() would wait
    load = load_content_translation(tmp_path, "de", catalog)
    assert load.catalog is catalog
    assert load.problems[0].startswith("points.de.json could not be read: it is a named pipe")
