"""What a person reads about a point: standard names, article titles, never file names or
curator notes, and where each caution comes from."""

from __future__ import annotations

from html import escape

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Catalog, Point
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.ui.resources import resources_dir
from acupress_gui.ui.text.points import point_html, point_title, sources_text


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(resources_dir())


def _point(catalog: Catalog, point_id: str) -> Point:
    point = catalog.point(point_id)
    assert point is not None
    return point


def test_li4_reads_hegu_and_ling_gu_only_as_the_article_label(
    qtbot: QtBot, catalog: Catalog
) -> None:
    li4 = _point(catalog, "LI4")
    assert point_title(li4).startswith("LI4 · Hegu")
    html = point_html(li4, catalog)
    assert "合谷" in html
    assert "also called Ling Gu in " in html
    assert "from standard safety references" in html  # the pregnancy caution


def test_no_file_name_and_no_curator_note_reaches_the_person(
    qtbot: QtBot, catalog: Catalog
) -> None:
    for point in catalog.points:
        html = point_html(point, catalog)
        assert ".txt" not in html, point.id
        if point.curator_note:
            assert point.curator_note[:40] not in html, point.id
        for source in catalog.sources_of(point.sources):
            assert escape(source.title) in html


def test_where_to_press_is_shown_where_the_standard_is_clearer(
    qtbot: QtBot, catalog: Catalog
) -> None:
    gb10 = _point(catalog, "GB10")
    assert gb10.standard_location
    assert gb10.standard_location in point_html(gb10, catalog)
    assert "Where to press:" in point_html(gb10, catalog)


def test_sources_text_cites_titles(qtbot: QtBot, catalog: Catalog) -> None:
    ids = list(_point(catalog, "BL23").sources)
    text = sources_text(catalog, ids)
    assert all(s.title in text for s in catalog.sources_of(ids))
