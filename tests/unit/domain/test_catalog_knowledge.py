"""The catalogue's knowledge a person relies on: standard names, cited sources, cautions with
their origin, positions, helper instructions and routines that follow their article."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.domain.catalog import CatalogError, load_catalog
from acupress_gui.domain.models import CATALOG_SCHEMA_VERSION, BodyPosition, Catalog
from acupress_gui.domain.search import search_points
from acupress_gui.storage.catalog_file import read_catalog

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
RESOURCES = ROOT / "resources"

# The WHO 2008 standard names (pinyin without tone marks) and their characters.
STANDARD_NAMES = {
    "SI4": ("Wangu", "腕骨"),
    "LI4": ("Hegu", "合谷"),
    "TE3": ("Zhongzhu", "中渚"),
    "BL23": ("Shenshu", "肾俞"),
    "BL53": ("Baohuang", "胞肓"),
    "GB30": ("Huantiao", "环跳"),
    "BL40": ("Weizhong", "委中"),
    "BL57": ("Chengshan", "承山"),
    "LR3": ("Taichong", "太冲"),
    "CV6": ("Qihai", "气海"),
    "BL52": ("Zhishi", "志室"),
    "GV4": ("Mingmen", "命门"),
    "BL60": ("Kunlun", "昆仑"),
    "GB21": ("Jianjing", "肩井"),
    "GB10": ("Fubai", "浮白"),
    "KI27": ("Shufu", "俞府"),
    "GV14": ("Dazhui", "大椎"),
    "SI15": ("Jianzhongshu", "肩中俞"),
    "KI3": ("Taixi", "太溪"),
    "GB34": ("Yanglingquan", "阳陵泉"),
}

# The positions the source articles give (None: the sources ask for none).
POSITIONS = {
    "BL40": BodyPosition.SEATED,
    "BL57": BodyPosition.SEATED,
    "GB34": BodyPosition.SEATED,
    "GV14": BodyPosition.SEATED,
    "SI15": BodyPosition.SEATED,
    "LR3": BodyPosition.LYING_ON_BACK,
    "BL52": BodyPosition.LYING_ON_ABDOMEN,
    "GV4": BodyPosition.LYING_ON_ABDOMEN,
}

# Built-in routines that follow one article: (point, hold s, repetitions) as that article
# gives them (the lower end of a range; once per side where it gives no count).
ARTICLE_FIGURES = {
    "lower-back-relief": (
        "wikihow-back-pain",
        [
            ("SI4", 30, 1),
            ("LI4", 30, 4),
            ("TE3", 60, 1),
            ("BL23", 120, 1),
            ("BL53", 120, 1),
            ("GB30", 120, 1),
            ("BL40", 30, 1),
            ("BL57", 60, 1),
            ("LR3", 60, 1),
        ],
    ),
    "upper-back-and-neck": (
        "14-points-back-pain",
        [
            ("GB21", 4, 1),
            ("GB10", 120, 1),
            ("TE3", 4, 1),
            ("LI4", 5, 2),
            ("KI27", 120, 1),
            ("GV14", 60, 1),
            ("SI15", 60, 1),
        ],
    ),
    "six-essentials": (
        "physiotattva-back-pain",
        [
            ("BL23", 60, 1),
            ("GV4", 60, 1),
            ("GB30", 60, 1),
            ("BL40", 60, 1),
            ("KI3", 60, 1),
            ("BL60", 60, 1),
        ],
    ),
}


def _seeds() -> Path | None:
    for parent in ROOT.parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(RESOURCES)


@pytest.fixture
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RESOURCES / "points.json").read_text(encoding="utf-8"))
    return data


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(CatalogError) as info:
        load_catalog(data)
    return info.value.problems


def _point(data: dict[str, Any], point_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in data["points"] if p["id"] == point_id)
    return found


# ---- names ---------------------------------------------------------------------------------


def test_every_point_has_its_standard_name_and_characters(catalog: Catalog) -> None:
    assert {p.id for p in catalog.points} == set(STANDARD_NAMES)
    for point in catalog.points:
        pinyin, characters = STANDARD_NAMES[point.id]
        assert point.names.pinyin == pinyin == point.standard_name, point.id
        assert point.names.characters == characters, point.id
        assert re.fullmatch(r"[\u4e00-\u9fff]+", characters)
    assert "WHO" in catalog.standard.title and catalog.standard.year == 2008


def test_the_standard_name_is_shown_and_the_sources_label_is_an_alias(catalog: Catalog) -> None:
    li4 = catalog.point("LI4")
    assert li4 is not None and li4.display_name == "Hegu"
    (label,) = li4.names.source_labels
    assert label.label == "Ling Gu" and label.sources == ["wikihow-back-pain"]
    assert search_points(catalog.points, "Ling Gu")[0].id == "LI4"
    assert search_points(catalog.points, "Hegu")[0].id == "LI4"


def test_source_labels_are_aliases_and_differ_from_the_standard_name(
    raw: dict[str, Any],
) -> None:
    _point(raw, "LI4")["aliases"].remove("Ling Gu")
    _point(raw, "KI3")["names"]["source_labels"] = [
        {"label": "Taixi", "sources": ["physiotattva-back-pain"]}
    ]
    problems = _problems(raw)
    assert (
        "points.json: LI4.names.source_labels[0] = 'Ling Gu' is not among LI4.aliases, so a "
        "search for it would not find the point" in problems
    )
    assert (
        "points.json: KI3.names.source_labels[0] = 'Taixi' is the standard name itself; keep it "
        "only as an alias" in problems
    )


def test_a_point_without_a_standard_name_is_refused(raw: dict[str, Any]) -> None:
    del _point(raw, "SI4")["names"]["standard"]
    assert (
        "points.json: SI4.names.standard is missing: every point needs its standard name"
        in _problems(raw)
    )


# ---- sources -------------------------------------------------------------------------------


def test_every_cited_source_exists_and_every_source_is_cited(catalog: Catalog) -> None:
    known = {s.id for s in catalog.sources}
    cited: set[str] = set()
    for point in catalog.points:
        cited |= set(point.sources)
        for caution in point.cautions:
            cited |= set(caution.sources)
        for label in point.names.source_labels:
            cited |= set(label.sources)
    for caution in catalog.general_cautions:
        cited |= set(caution.sources)
    for routine in catalog.routines:
        assert routine.sources, routine.id
        cited |= set(routine.sources)
    assert cited == known


def test_sources_have_titles_and_the_point_reads_its_seed_files(catalog: Catalog) -> None:
    for source in catalog.sources:
        assert source.title and source.file.endswith(".txt")
    point = catalog.point("TE3")
    assert point is not None
    assert catalog.source_files(point.sources) == [
        "000_7d65aaa23bb60d63.txt",
        "001_f75a759a3fc405ca.txt",
    ]
    physio = catalog.source("physiotattva-back-pain")
    assert physio is not None and physio.publisher == "Physiotattva"
    assert physio.latest_date is not None and physio.latest_date.isoformat() == "2026-01-19"


def test_what_the_sources_table_says_is_in_the_seed_texts(catalog: Catalog) -> None:
    seeds = _seeds()
    if seeds is None:
        pytest.skip("the seed articles are not beside this checkout")
    months = "January February March April May June July August September October November December"
    for source in catalog.sources:
        text = (seeds / source.file).read_text(encoding="utf-8")
        if source.title_in_text:
            assert source.title in text, source.id
        if source.publisher:
            assert source.publisher in text, source.id
        if source.author:
            people = re.findall(r"[A-Z][a-z]+ [A-Z][A-Za-z']+", source.author)
            assert people and all(person in text for person in people), source.author
        for day in (source.published, source.updated):
            if day is not None:
                written = f"{months.split()[day.month - 1]} {day.day}, {day.year}"
                assert written in text, (source.id, written)
    for point in catalog.points:
        for label in point.names.source_labels:
            for cited in catalog.sources_of(label.sources):
                text = (seeds / cited.file).read_text(encoding="utf-8").lower()
                assert label.label.lower() in text, (point.id, label.label, cited.id)


def test_an_unknown_or_uncited_source_is_refused(raw: dict[str, Any]) -> None:
    _point(raw, "TE3")["sources"][0] = "no-such-article"
    raw["sources"].append({**raw["sources"][0], "id": "spare", "file": "spare.txt"})
    problems = _problems(raw)
    assert "points.json: TE3.sources[0] = 'no-such-article' is not in the sources table" in problems
    assert "points.json: source spare is not cited by anything" in problems


def test_a_caution_or_label_must_cite_a_source_of_its_point(raw: dict[str, Any]) -> None:
    _point(raw, "GB21")["cautions"][0]["sources"] = ["wikihow-back-pain"]
    assert (
        "points.json: GB21.cautions[0].sources cites 'wikihow-back-pain', which is not among "
        "GB21.sources" in _problems(raw)
    )


def test_a_duplicate_source_id_is_refused(raw: dict[str, Any]) -> None:
    raw["sources"].append(copy.deepcopy(raw["sources"][0]))
    problems = _problems(raw)
    assert f"points.json: source {raw['sources'][0]['id']} is defined twice" in problems


# ---- cautions ------------------------------------------------------------------------------


def test_every_caution_says_where_it_comes_from(catalog: Catalog) -> None:
    cautions = [*catalog.general_cautions, *(c for p in catalog.points for c in p.cautions)]
    assert {c.source for c in cautions} == {"article", "standard"}
    for caution in cautions:
        if caution.source == "article":
            assert caution.sources, caution.text
        else:
            assert caution.sources == [], caution.text


def test_pregnancy_flag_covers_article_and_standard_cautions(catalog: Catalog) -> None:
    flagged = {p.id for p in catalog.points if p.has_pregnancy_caution}
    assert {"LI4", "CV6", "BL60", "GB21"} <= flagged
    li4 = catalog.point("LI4")
    assert li4 is not None
    (pregnancy,) = [c for c in li4.cautions if c.kind == "pregnancy"]
    assert pregnancy.source == "standard"
    bl60 = catalog.point("BL60")
    assert bl60 is not None
    assert [c.source for c in bl60.cautions if c.kind == "pregnancy"] == ["article"]


def test_standard_cautions_for_the_spine_and_the_back_of_the_knee(catalog: Catalog) -> None:
    for point_id in ("GV4", "GV14", "BL40", "BL57", "GB34"):
        point = catalog.point(point_id)
        assert point is not None
        assert any(c.source == "standard" for c in point.cautions), point_id


def test_a_caution_without_its_origin_is_refused(raw: dict[str, Any]) -> None:
    del raw["general_cautions"][0]["source"]
    assert _problems(raw) == ["points.json: general_cautions[0].source is missing"]


def test_a_caution_citing_against_its_origin_is_refused(raw: dict[str, Any]) -> None:
    cautions = _point(raw, "LI4")["cautions"]
    index = next(i for i, c in enumerate(cautions) if c["source"] == "standard")
    cautions[index]["sources"] = ["wikihow-back-pain"]
    _point(raw, "GB21")["cautions"][0]["sources"] = []
    problems = _problems(raw)
    assert (
        f"points.json: LI4.cautions[{index}].sources: a caution from standard references cites "
        "no article (its source is 'standard')" in problems
    )
    assert (
        "points.json: GB21.cautions[0].sources is empty: a caution from the articles cites them"
        in problems
    )


# ---- locations -----------------------------------------------------------------------------


def test_standard_locations_where_the_sources_are_vague_or_disagree(catalog: Catalog) -> None:
    gb10 = catalog.point("GB10")
    si4 = catalog.point("SI4")
    assert gb10 is not None and si4 is not None
    assert gb10.standard_location and "ear" in gb10.standard_location
    assert "BL10" in gb10.standard_location
    assert si4.standard_location and "little-finger edge" in si4.standard_location
    # GB10's markers show the standard point behind the ear, not the BL10 place by the spine.
    for marker in gb10.markers:
        assert abs(marker.x - 0.5) > 0.2
    for point in catalog.points:
        assert point.standard_location is None or point.standard_location.strip()


def test_curator_notes_stay_in_the_catalogue(catalog: Catalog, raw: dict[str, Any]) -> None:
    point = catalog.point("LI4")
    assert point is not None and point.curator_note and "Ling Gu" in point.curator_note
    assert point.note == point.curator_note
    assert all("note" not in p for p in raw["points"])


# ---- positions and helpers -----------------------------------------------------------------


def test_positions_follow_the_sources(catalog: Catalog) -> None:
    for point in catalog.points:
        assert point.body_position == POSITIONS.get(point.id), point.id
    bl23 = catalog.point("BL23")
    assert bl23 is not None
    assert bl23.position_for(with_helper=False) is None
    assert bl23.position_for(with_helper=True) is BodyPosition.LYING_ON_ABDOMEN


def test_points_that_need_a_helper_have_instructions_for_them(catalog: Catalog) -> None:
    helper_points = {p.id for p in catalog.points if p.needs_helper}
    assert helper_points == {"BL52", "GV4", "GV14", "SI15"}
    for point in catalog.points:
        if point.needs_helper or any(c.kind == "partner" for c in point.cautions):
            assert point.helper_technique, point.id
            assert any("their" in step or "them" in step for step in point.helper_technique)


def test_a_helper_point_without_helper_instructions_is_refused(raw: dict[str, Any]) -> None:
    _point(raw, "GV14")["helper_technique"] = []
    assert (
        "points.json: GV14.helper_technique is missing: the point needs a helper, so the helper "
        "needs instructions" in _problems(raw)
    )


# ---- routines ------------------------------------------------------------------------------


def test_routines_that_follow_an_article_use_its_figures(catalog: Catalog) -> None:
    routines = {r.id: r for r in catalog.routines}
    for routine_id, (source_id, figures) in ARTICLE_FIGURES.items():
        routine = routines[routine_id]
        assert routine.follows == source_id and source_id in routine.sources
        assert [(s.point, s.hold_seconds, s.repetitions) for s in routine.steps] == figures
    followed = {r.id for r in catalog.routines if r.follows}
    assert followed == set(ARTICLE_FIGURES)


def test_other_routines_keep_the_catalogues_gentler_defaults(catalog: Catalog) -> None:
    for routine in catalog.routines:
        if routine.follows:
            continue
        assert "default" in routine.description
        for step in routine.steps:
            point = catalog.point(step.point)
            assert point is not None
            assert (step.hold_seconds, step.repetitions) == (point.hold_seconds, point.repetitions)


def test_lower_back_relief_holds_li4_as_wikihow_says(catalog: Catalog) -> None:
    routine = next(r for r in catalog.routines if r.name == "Lower back relief")
    li4 = next(s for s in routine.steps if s.point == "LI4")
    assert (li4.hold_seconds, li4.repetitions) == (30, 4)
    assert "30 s, 4 times" in routine.description
    point = catalog.point("LI4")
    assert point is not None and point.hold_seconds == 5  # the catalogue's default stays gentle


def test_follows_must_name_one_of_the_routines_sources(raw: dict[str, Any]) -> None:
    raw["routines"][0]["follows"] = "physiotattva-back-pain"
    routine_id = raw["routines"][0]["id"]
    assert (
        f"points.json: {routine_id}.follows = 'physiotattva-back-pain' is not among "
        f"{routine_id}.sources" in _problems(raw)
    )


# ---- version -------------------------------------------------------------------------------


def test_schema_version_is_two_and_version_one_is_refused(raw: dict[str, Any]) -> None:
    assert raw["schema_version"] == CATALOG_SCHEMA_VERSION == 2
    raw["schema_version"] = 1
    (problem,) = _problems(raw)
    assert problem.startswith("points.json: schema_version = 1 ")


def test_errors_in_the_new_fields_name_the_point_and_the_field(raw: dict[str, Any]) -> None:
    _point(raw, "GB34")["body_position"] = "sitting"
    _point(raw, "SI4")["names"]["standard"]["characters"] = ""
    problems = _problems(raw)
    assert (
        "points.json: GB34.body_position = 'sitting' input should be 'lying_on_back', 'seated', "
        "'lying_on_abdomen' or 'standing'" in problems
    )
    assert (
        "points.json: SI4.names.standard.characters = '' string should have at least 1 character"
        in problems
    )
