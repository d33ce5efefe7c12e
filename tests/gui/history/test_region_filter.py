"""The History filter bar: sessions by where it hurt (the pain map)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.history.page import HistoryPage
from tests.helpers.history_data import year_of_sessions
from tests.helpers.report_data import with_pain_details


def test_the_where_filter_shows_the_sessions_that_marked_the_region(
    qtbot: QtBot, context: AppContext, store: HistoryStore
) -> None:
    records = with_pain_details(year_of_sessions(context.catalog))
    store.add_records(records)
    page = HistoryPage(store, context.catalog)
    qtbot.addWidget(page)
    combo = page.filters.region_combo
    assert combo.accessibleName() == "Filter by where it hurt"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Anywhere",
        "lower back, left",
        "lower back, right",
        "upper back",
        "neck",
        "hips and buttocks",
        "legs",
    ]
    combo.setCurrentIndex(combo.findData(str(PainRegion.LEGS)))
    legs = [r for r in records if PainRegion.LEGS in r.pain_regions]
    assert 0 < page.model.total == len(legs) < len(records)
    marked = {page.model.session_id(row) for row in range(page.model.rowCount())}
    assert marked <= {r.session_id for r in legs}
    assert page.filters.clear_filters_button.isEnabled()
    page.filters.clear_filters_button.click()
    assert combo.currentIndex() == 0
    assert page.model.total == len(records)


def test_the_detail_says_where_it_hurt_and_the_checkin(
    qtbot: QtBot, context: AppContext, store: HistoryStore
) -> None:
    records = with_pain_details(year_of_sessions(context.catalog))
    store.add_records(records)
    page = HistoryPage(store, context.catalog)
    qtbot.addWidget(page)
    marked = next(r for r in records if r.checkin is not None and r.pain_regions)
    page.detail.show_session(marked.session_id)
    text = page.detail.meta.text()
    assert "Where it hurt: " in text
    assert "Weekly check-in: pain got in the way " in text
    assert marked.checkin is not None
    assert f"{marked.checkin.interference}/10, slept {marked.checkin.sleep}/10" in text
