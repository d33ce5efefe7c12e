"""Drag-and-drop on the Routines page: through the models' mimeData/dropMimeData and the views."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Routine
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.ui.routines.mime import POINTS_MIME, STEPS_MIME
from acupress_gui.ui.routines.page import RoutinesPage
from tests.gui.routines.helpers import (
    COPY,
    MOVE,
    above,
    add,
    codes,
    current,
    drop_on,
    empty_area,
    library_mime,
    saved,
    steps_mime,
)
from tests.helpers.keys import mouse_click


def test_models_declare_their_drag_and_drop(page: RoutinesPage) -> None:
    assert POINTS_MIME in page.library_panel.library_model.mimeTypes()
    assert page.library_panel.library_model.supportedDragActions() == COPY
    assert page.steps_model.supportedDropActions() == COPY | MOVE
    data = library_mime(page, "BL23")
    assert data.hasFormat(POINTS_MIME)
    assert page.steps_model.canDropMimeData(data, COPY, 0, 0, QModelIndex())
    assert not page.library_panel.library_model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(POINTS_MIME, b"not json")
    assert not page.steps_model.canDropMimeData(junk, COPY, 0, 0, QModelIndex())
    assert not page.steps_model.dropMimeData(junk, COPY, 0, 0, QModelIndex())


def test_drop_points_through_the_model_then_undo_and_redo(page: RoutinesPage) -> None:
    model = page.steps_model
    assert model.dropMimeData(library_mime(page, "BL23", "GV4"), COPY, 0, 0, QModelIndex())
    assert codes(page) == ["BL23", "GV4"]
    assert model.dropMimeData(library_mime(page, "LI4"), COPY, 1, 0, QModelIndex())
    assert codes(page) == ["BL23", "LI4", "GV4"]
    assert "BL23" in model.data(model.index(0))
    assert [s["point"] for s in saved(page)["steps"]] == ["BL23", "LI4", "GV4"]
    # The new step gets the point's own timings.
    point = page.catalog.point("LI4")
    assert point is not None
    step = current(page).steps[1]
    assert (step.hold_seconds, step.rest_seconds, step.repetitions) == (
        point.hold_seconds,
        point.rest_seconds,
        point.repetitions,
    )
    page.undo_stack.undo()
    assert codes(page) == ["BL23", "GV4"]
    assert [s["point"] for s in saved(page)["steps"]] == ["BL23", "GV4"]
    page.undo_stack.redo()
    assert codes(page) == ["BL23", "LI4", "GV4"]


def test_drop_points_on_the_view_at_the_drop_position(page: RoutinesPage) -> None:
    view = page.steps_panel.steps_view
    drop = drop_on(view, library_mime(page, "BL23", "GV4"), empty_area(view), COPY)
    assert drop.isAccepted()
    assert codes(page) == ["BL23", "GV4"]
    drop = drop_on(view, library_mime(page, "LI4", "KI3"), above(view, 1), COPY)
    assert drop.isAccepted()
    assert codes(page) == ["BL23", "LI4", "KI3", "GV4"]
    # The dropped steps are selected.
    assert page.selected_rows() == [1, 2]
    drop_on(view, library_mime(page, "GB30"), empty_area(view), COPY)
    assert codes(page)[-1] == "GB30"
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert codes(page) == ["BL23", "GV4"]


def test_builtin_routine_refuses_drops_and_duplicate_to_edit_copies_it(
    make_page: Callable[..., RoutinesPage], qtbot: QtBot
) -> None:
    page = make_page()
    builtin = page.catalog.routines[0]
    assert page.open_routine(builtin.id)
    assert page.steps_panel.read_only_banner.isVisible()
    data = library_mime(page, "BL23")
    assert not page.steps_model.canDropMimeData(data, COPY, 0, 0, QModelIndex())
    assert not page.steps_model.dropMimeData(data, COPY, 0, 0, QModelIndex())
    assert not page.steps_model.add_points(["BL23"])
    assert "Duplicate to edit" in page.messages.text()
    with qtbot.waitSignal(page.library.changed):
        mouse_click(page.steps_panel.duplicate_to_edit_button)
    copy = page.current_routine()
    assert copy is not None and not copy.builtin and copy.id != builtin.id
    assert copy.steps == builtin.steps
    assert page.library.path_of(copy.id).exists()
    assert not page.steps_panel.read_only_banner.isVisible()
    assert page.steps_model.dropMimeData(data, COPY, 0, 0, QModelIndex())
    assert not (page.library.folder / f"{builtin.id}.json").exists()


def test_reorder_through_the_model_keeps_a_multi_selection_in_order(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4", "LI4", "KI3", "GB30")
    model = page.steps_model
    data = steps_mime(page, 3, 1)
    assert data.hasFormat(STEPS_MIME)
    assert model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert model.dropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert codes(page) == ["GV4", "KI3", "BL23", "LI4", "GB30"]
    assert page.selected_rows() == [0, 1]
    page.undo_stack.undo()
    assert codes(page) == ["BL23", "GV4", "LI4", "KI3", "GB30"]
    assert page.selected_rows() == [1, 3]


def test_reorder_by_dropping_on_the_view(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4", "LI4", "KI3")
    view = page.steps_panel.steps_view
    drop = drop_on(view, steps_mime(page, 0, 1), empty_area(view), MOVE)
    assert drop.isAccepted()
    assert codes(page) == ["LI4", "KI3", "BL23", "GV4"]
    drop_on(view, steps_mime(page, 3), above(view, 1), MOVE)
    assert codes(page) == ["LI4", "GV4", "KI3", "BL23"]
    assert [s["point"] for s in saved(page)["steps"]] == codes(page)


def test_steps_of_another_routine_are_refused(
    page: RoutinesPage, make_page: Callable[..., RoutinesPage]
) -> None:
    add(page, "BL23", "GV4")
    data = steps_mime(page, 0)
    other = make_page()
    other.new_routine("Other")
    other.steps_model.add_points(["LI4"])
    assert not other.steps_model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert not other.library_panel.library_model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())


def test_drag_steps_out_to_the_library_removes_them(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4", "LI4")
    assert page.library_panel.library_model.canDropMimeData(
        steps_mime(page, 0), MOVE, -1, -1, QModelIndex()
    )
    assert page.library_panel.library_model.dropMimeData(
        steps_mime(page, 0), MOVE, -1, -1, QModelIndex()
    )
    assert codes(page) == ["GV4", "LI4"]
    drop = drop_on(
        page.library_panel.library_view,
        steps_mime(page, 0, 1),
        empty_area(page.library_panel.library_view),
        MOVE,
    )
    assert drop.isAccepted()
    assert codes(page) == []
    assert saved(page)["steps"] == []
    page.undo_stack.undo()
    assert codes(page) == ["GV4", "LI4"]
    page.undo_stack.undo()
    assert codes(page) == ["BL23", "GV4", "LI4"]


def test_dropping_a_routine_file_on_the_page_imports_it(page: RoutinesPage, tmp_path: Path) -> None:
    source = tmp_path / "shared.json"
    RoutineStore.export(
        Routine(id="x", name="Shared", steps=page.catalog.routines[0].steps), source
    )
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    # Over the steps list, which does not take files: the page does.
    target = page.steps_panel.steps_view.viewport()
    pos = QPointF(empty_area(page.steps_panel.steps_view))
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, COPY, data, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(pos, COPY, data, buttons, mods))
    QApplication.sendEvent(target, QDropEvent(pos, COPY, data, buttons, mods))
    routine = page.current_routine()
    assert routine is not None and routine.name == "Shared" and not routine.builtin
