"""The point library of the Routines page: rows, search, filters, Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.ui.context import AppContext
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.routines.roles import Role
from tests.gui.routines.helpers import codes, focus, library_ids
from tests.helpers.keys import key_click, key_clicks, mouse_click


def test_enter_adds_every_selected_point(page: RoutinesPage, qtbot: QtBot) -> None:
    library = page.library_panel.library_view
    focus(qtbot, library)
    library.clearSelection()
    for point_id in ("BL23", "GV4"):
        index = page.library_panel.library_model.index(
            page.library_panel.library_model.row_of(point_id)
        )
        library.selectionModel().select(index, library.selectionModel().SelectionFlag.Select)
    key_click(library, Qt.Key.Key_Return)
    assert sorted(codes(page)) == ["BL23", "GV4"]


def test_library_rows_show_code_name_region_and_flags(page: RoutinesPage) -> None:
    model = page.library_panel.library_model
    row = model.row_of("GB21")
    text = model.data(model.index(row))
    point = page.catalog.point("GB21")
    assert point is not None
    assert "GB21" in text and point.region in text and point.display_name in text
    assert "pregnancy" in model.data(model.index(row), Role.BADGES)
    assert "partner" in model.data(model.index(model.row_of("GV14")), Role.BADGES)
    tooltip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert point.location[:20] in tooltip and point.indications[0] in tooltip


def test_library_search_and_filters(page: RoutinesPage, qtbot: QtBot) -> None:
    key_clicks(page.library_panel.search, "B54")
    assert library_ids(page) == ["BL40"]
    page.library_panel.search.clear()
    page.library_panel.region_filter.setCurrentIndex(
        page.library_panel.region_filter.findData("lower back")
    )
    assert library_ids(page) and all(
        p.region == "lower back" for p in page.library_panel.library_model.points()
    )
    page.library_panel.region_filter.setCurrentIndex(0)
    page.library_panel.indication_filter.setCurrentIndex(
        page.library_panel.indication_filter.findData("sciatica")
    )
    assert all("sciatica" in p.indications for p in page.library_panel.library_model.points())
    page.library_panel.indication_filter.setCurrentIndex(0)
    page.library_panel.self_only_filter.setChecked(True)
    assert "GV14" not in library_ids(page)
    page.library_panel.pregnancy_filter.setChecked(True)
    assert "GB21" not in library_ids(page)
    key_clicks(page.library_panel.search, "zzz nothing")
    assert page.library_panel.library_model.rowCount() == 0
    assert page.library_panel.clear_filters_button.isVisibleTo(page)
    mouse_click(page.library_panel.clear_filters_button)
    assert len(library_ids(page)) == len(page.catalog.points)


def test_pregnancy_setting_hides_cautioned_points_by_default(
    make_page: Callable[..., RoutinesPage], context: AppContext
) -> None:
    context.settings.pregnant = True
    page = make_page(context)
    assert page.library_panel.pregnancy_filter.isChecked()
    assert "GB21" not in library_ids(page)


def test_enter_in_the_search_adds_the_only_match(page: RoutinesPage) -> None:
    page.new_routine("Enter adds")
    panel = page.library_panel
    panel.search.setText("UB40")
    assert panel.library_model.rowCount() == 1
    panel.search.returnPressed.emit()
    routine = page.current_routine()
    assert routine is not None
    assert [s.point for s in routine.steps] == ["BL40"]
