"""The point catalogue: what the sources give, validated, with readable errors."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.domain.catalog import CatalogError, load_catalog, normalize_code
from acupress_gui.domain.models import Catalog, Laterality
from acupress_gui.domain.search import search_points
from acupress_gui.storage.catalog_file import read_catalog

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"
SEED_NAMES = {
    "000_7d65aaa23bb60d63.txt",
    "001_f75a759a3fc405ca.txt",
    "002_ce5365f81f1cefdc.txt",
    "003_3d9fa269f99ab808.txt",
    "004_0bef6128ee4390bd.txt",
}
# Codes as the sources write them -> the standard id they must find.
SOURCE_CODES = {
    "SI4": "SI4",
    "LI4": "LI4",
    "TE3": "TE3",
    "B23": "BL23",
    "B48": "BL53",
    "GB30": "GB30",
    "G30": "GB30",
    "UB40": "BL40",
    "B54": "BL40",
    "B40": "BL40",
    "UB57": "BL57",
    "LV3": "LR3",
    "CV6": "CV6",
    "B47": "BL52",
    "B52": "BL52",
    "GV4": "GV4",
    "B60": "BL60",
    "UB60": "BL60",
    "GB21": "GB21",
    "GB10": "GB10",
    "K27": "KI27",
    "GV14": "GV14",
    "SI15": "SI15",
    "K3": "KI3",
    "GB34": "GB34",
    "UB 40": "BL40",
    "LV 3": "LR3",
    "GB 21": "GB21",
}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESOURCES / "points.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(RESOURCES)


def test_catalog_has_every_source_point(catalog: Catalog) -> None:
    assert len(catalog.points) >= 20
    for code, expected in SOURCE_CODES.items():
        found = search_points(catalog.points, code)
        assert found, f"no point found for {code}"
        assert found[0].id == expected, f"{code} found {found[0].id}, expected {expected}"


def test_every_point_traces_to_the_seed_articles(catalog: Catalog) -> None:
    assert {source.file for source in catalog.sources} == SEED_NAMES
    for point in catalog.points:
        assert point.sources, point.id
        files = catalog.source_files(point.sources)
        assert len(files) == len(point.sources), (point.id, point.sources)
        assert set(files) <= SEED_NAMES, (point.id, point.sources)
        assert re.fullmatch(r"[A-Z]{2}\d{1,2}", point.id)
    for caution in catalog.general_cautions:
        assert caution.source == "article" and caution.sources
        assert set(catalog.source_files(caution.sources)) <= SEED_NAMES


def test_seed_files_named_by_points_exist() -> None:
    found = [p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()]
    if not found:
        pytest.skip("the seed articles are not beside this checkout")
    seeds = found[0]
    assert {p.name for p in seeds.glob("*.txt")} == SEED_NAMES


def test_partner_points_and_pregnancy_cautions(catalog: Catalog) -> None:
    by_id = {p.id: p for p in catalog.points}
    for point_id in ("BL52", "GV4", "GV14", "SI15"):
        assert by_id[point_id].self_applicable is False, point_id
    for point_id in ("BL60", "GB21"):
        assert by_id[point_id].has_pregnancy_caution, point_id
    for point_id in ("CV6", "GV4", "GV14"):
        assert by_id[point_id].laterality is Laterality.MIDLINE


def test_general_cautions_cover_the_sources(catalog: Catalog) -> None:
    text = " ".join(c.text.lower() for c in catalog.general_cautions)
    for word in ("wound", "inflam", "varicose", "scar", "sharp pain", "pregnan", "blood pressure"):
        assert word in text, word


def test_builtin_routines(catalog: Catalog) -> None:
    names = {r.name for r in catalog.routines}
    for name in (
        "Lower back relief",
        "Upper back and neck",
        "Sciatica and hips",
        "Six essentials",
        "Desk break: hands and feet",
    ):
        assert name in names
    by_id = {p.id: p for p in catalog.points}
    for routine in catalog.routines:
        assert routine.builtin and routine.sources and routine.steps
        for step in routine.steps:
            assert step.point in by_id
    desk = next(r for r in catalog.routines if r.name == "Desk break: hands and feet")
    assert all(by_id[s.point].self_applicable for s in desk.steps)


def test_aliases_normalise_spaces_and_case() -> None:
    assert normalize_code("ub 40") == "UB40"
    assert normalize_code(" B-54 ") == "B54"


def _expect(data: dict[str, Any], message: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(data)
    assert message in info.value.problems, info.value.problems


def test_error_names_file_point_and_field(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    index = next(i for i, p in enumerate(data["points"]) if p["id"] == "BL23")
    data["points"][index]["markers"][0]["x"] = 1.4
    _expect(data, "points.json: BL23.markers[0].x = 1.4 is outside 0..1")


def test_error_for_bad_hold_and_missing_field(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["points"][0]["hold_seconds"] = 9000
    del data["points"][1]["location"]
    with pytest.raises(CatalogError) as info:
        load_catalog(data)
    first, second = data["points"][0]["id"], data["points"][1]["id"]
    assert f"points.json: {first}.hold_seconds = 9000 is outside 3..300" in info.value.problems
    assert f"points.json: {second}.location is missing" in info.value.problems


def test_routine_with_unknown_point_is_rejected(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["routines"][0]["steps"][0]["point"] = "XX99"
    routine_id = data["routines"][0]["id"]
    _expect(data, f"points.json: {routine_id}.steps[0].point = 'XX99' is not in the catalogue")


def test_missing_image_and_duplicate_alias_are_rejected(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["points"][1]["aliases"].append(data["points"][0]["id"])
    with pytest.raises(CatalogError) as info:
        load_catalog(data, image_names=["hand_back.svg"])
    text = "\n".join(info.value.problems)
    assert "is missing from images/" in text
    assert f"already names {data['points'][0]['id']}" in text


def test_midline_point_needs_one_midline_marker(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    index = next(i for i, p in enumerate(data["points"]) if p["laterality"] == "midline")
    data["points"][index]["markers"].append({"side": "left", "x": 0.1, "y": 0.1})
    with pytest.raises(CatalogError, match="must have one marker for midline"):
        load_catalog(data)


def test_not_json_and_not_an_object(tmp_path: Path) -> None:
    (tmp_path / "points.json").write_text("{ nope")
    with pytest.raises(CatalogError, match="not valid JSON"):
        read_catalog(tmp_path)
    with pytest.raises(CatalogError, match="top level must be an object"):
        load_catalog([1, 2])
    with pytest.raises(CatalogError, match="could not be read"):
        read_catalog(tmp_path / "missing")


def test_message_counts_only_problems_not_shown(raw: dict[str, Any]) -> None:
    from pydantic import ValidationError

    from acupress_gui.domain.catalog import format_validation_error

    data = copy.deepcopy(raw)
    for point in data["points"][:3]:
        point["hold_seconds"] = 0
    with pytest.raises(ValidationError) as info:
        Catalog.model_validate(data)
    assert not any(
        "more problems" in line
        for line in format_validation_error(info.value, data, "points.json", limit=3)
    )
    lines = format_validation_error(info.value, data, "points.json", limit=2)
    assert lines[-1] == "points.json: ... and 1 more problems"
