"""The Routines page: drag-and-drop through the models and the views, keys, undo, files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui.app import build_context
from acupress_gui.domain.models import HOLD_SECONDS, Routine
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.main_window import AppWindow, MainWindow
from acupress_gui.ui.routines.mime import POINTS_MIME, STEPS_MIME
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.routines.roles import Role
from acupress_gui.ui.services.routine_library import RoutineLibrary

COPY = Qt.DropAction.CopyAction
MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def context(config_dir: Path) -> AppContext:
    return build_context(config_dir)


def build_page(context: AppContext) -> RoutinesPage:
    """The page as the window builds it: its library from the context's folder and settings."""
    settings = context.settings
    return RoutinesPage(
        context.catalog,
        RoutineLibrary(context.catalog, RoutineStore(context.config_dir)),
        pregnant=lambda: settings.pregnant,
        prepare_seconds=lambda: settings.prepare_seconds,
    )


@pytest.fixture
def make_page(qtbot: QtBot, context: AppContext) -> Iterator[Callable[..., RoutinesPage]]:
    def make(ctx: AppContext | None = None) -> RoutinesPage:
        page = build_page(ctx or context)
        qtbot.addWidget(page)
        page.resize(1180, 760)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        return page

    yield make


@pytest.fixture
def page(make_page: Callable[..., RoutinesPage]) -> RoutinesPage:
    built = make_page()
    built.new_routine("Evening")
    return built


def codes(page: RoutinesPage) -> list[str]:
    routine = page.current_routine()
    assert routine is not None
    return [step.point for step in routine.steps]


def saved(page: RoutinesPage) -> dict[str, Any]:
    routine = page.current_routine()
    assert routine is not None
    content: dict[str, Any] = json.loads(
        page.library.path_of(routine.id).read_text(encoding="utf-8")
    )
    return content


def library_mime(page: RoutinesPage, *point_ids: str) -> QMimeData:
    model = page.library_panel.library_model
    indexes = [model.index(model.row_of(pid)) for pid in point_ids]
    assert all(i.isValid() for i in indexes), point_ids
    return model.mimeData(indexes)


def steps_mime(page: RoutinesPage, *rows: int) -> QMimeData:
    return page.steps_model.mimeData([page.steps_model.index(r) for r in rows])


def add(page: RoutinesPage, *point_ids: str) -> None:
    assert page.steps_model.add_points(point_ids)


def drop_on(
    view: QAbstractItemView, data: QMimeData, pos: QPoint, action: Qt.DropAction
) -> QDropEvent:
    """Send the enter/move/drop sequence a real drag would send to the view's viewport."""
    target = view.viewport()
    point = QPointF(pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the view refused the drag"
    move = QDragMoveEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop


def above(view: QAbstractItemView, row: int) -> QPoint:
    """A point in the top edge of ``row``: a drop there inserts before the row."""
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + 2)


def empty_area(view: QAbstractItemView) -> QPoint:
    rect = view.viewport().rect()
    return QPoint(rect.center().x(), rect.bottom() - 3)


# --------------------------------------------------------------------------------------------
# The page's contract
# --------------------------------------------------------------------------------------------


def test_page_contract(page: RoutinesPage) -> None:
    assert page.library_panel.library_view.accessibleName() == "Point library"
    assert page.steps_panel.steps_view.accessibleName() == "Routine steps"
    assert page.library_panel.library_view.model() is page.library_panel.library_model
    assert page.steps_panel.steps_view.model() is page.steps_model
    assert (
        page.routine_actions.export in page.actions()
        and page.routine_actions.import_ in page.actions()
    )
    assert page.routine_list.list_widget.count() >= len(page.catalog.routines) + 1
    for widget in (
        page.findChildren(QAbstractButton)
        + page.findChildren(QAbstractItemView)
        + page.findChildren(QLineEdit)
        + page.findChildren(QComboBox)
        + page.findChildren(QPlainTextEdit)
    ):
        parent = widget.parent()
        if (
            isinstance(widget, QLineEdit)
            and parent is not None
            and (parent.inherits("QAbstractSpinBox") or isinstance(parent, QComboBox))
        ):
            continue  # the editor inside a named spin box or combo box
        assert widget.accessibleName(), f"{widget!r} has no accessible name"
    for action in page.actions():
        assert not action.shortcut().isEmpty(), action.text()


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


# --------------------------------------------------------------------------------------------
# Dropping points into the routine
# --------------------------------------------------------------------------------------------


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
    step = page.current_routine().steps[1]  # type: ignore[union-attr]
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
        qtbot.mouseClick(page.steps_panel.duplicate_to_edit_button, Qt.MouseButton.LeftButton)
    copy = page.current_routine()
    assert copy is not None and not copy.builtin and copy.id != builtin.id
    assert copy.steps == builtin.steps
    assert page.library.path_of(copy.id).exists()
    assert not page.steps_panel.read_only_banner.isVisible()
    assert page.steps_model.dropMimeData(data, COPY, 0, 0, QModelIndex())
    assert not (page.library.folder / f"{builtin.id}.json").exists()


# --------------------------------------------------------------------------------------------
# Reordering and removing
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# The keyboard
# --------------------------------------------------------------------------------------------


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_keyboard_equivalents_of_every_drag(page: RoutinesPage, qtbot: QtBot) -> None:
    library = page.library_panel.library_view
    focus(qtbot, library)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("BL23"))
    )
    qtbot.keyClick(library, Qt.Key.Key_Return)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("GV4"))
    )
    qtbot.keyClick(library, Qt.Key.Key_Enter)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("LI4"))
    )
    qtbot.keyClick(library, Qt.Key.Key_Return)
    assert codes(page) == ["BL23", "GV4", "LI4"]

    steps = page.steps_panel.steps_view
    focus(qtbot, steps)
    steps.setCurrentIndex(page.steps_model.index(0))
    qtbot.keyClick(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    assert page.selected_rows() == [1]
    qtbot.keyClick(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "LI4", "BL23"]
    qtbot.keyClick(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    qtbot.keyClick(steps, Qt.Key.Key_Delete)
    assert codes(page) == ["GV4", "LI4"]

    qtbot.keyClick(steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    qtbot.keyClick(
        steps,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert codes(page) == ["GV4", "LI4"]


def test_enter_adds_every_selected_point(page: RoutinesPage, qtbot: QtBot) -> None:
    library = page.library_panel.library_view
    focus(qtbot, library)
    library.clearSelection()
    for point_id in ("BL23", "GV4"):
        index = page.library_panel.library_model.index(
            page.library_panel.library_model.row_of(point_id)
        )
        library.selectionModel().select(index, library.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(library, Qt.Key.Key_Return)
    assert sorted(codes(page)) == ["BL23", "GV4"]


# --------------------------------------------------------------------------------------------
# The step editor
# --------------------------------------------------------------------------------------------


def test_step_editor_changes_the_selected_steps_with_undo(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    assert page.steps_panel.step_editor.hold_spin.isEnabled()
    page.steps_panel.step_editor.hold_spin.setValue(45)
    page.steps_panel.step_editor.sides_combo.setCurrentIndex(
        page.steps_panel.step_editor.sides_combo.findData("left")
    )
    step = page.current_routine().steps[0]  # type: ignore[union-attr]
    assert step.hold_seconds == 45 and step.sides.value == "left"
    assert saved(page)["steps"][0]["hold_seconds"] == 45
    assert "hold 45 s" in page.steps_model.data(page.steps_model.index(0))
    page.undo_stack.undo()
    assert page.current_routine().steps[0].sides.value == "both"  # type: ignore[union-attr]
    page.undo_stack.undo()
    assert page.current_routine().steps[0].hold_seconds != 45  # type: ignore[union-attr]
    routine = page.current_routine()
    assert routine is not None
    assert page.steps_panel.step_editor.hold_spin.value() == routine.steps[0].hold_seconds


def test_spinning_a_value_is_one_undo_step(page: RoutinesPage) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    before = page.undo_stack.count()
    for _ in range(5):
        page.steps_panel.step_editor.hold_spin.stepUp()
    assert page.undo_stack.count() == before + 1
    page.undo_stack.undo()
    assert page.current_routine().steps[0].hold_seconds == 60  # type: ignore[union-attr]


def test_out_of_range_value_gets_a_clear_message(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    assert (
        page.steps_panel.step_editor.hold_spin.minimum(),
        page.steps_panel.step_editor.hold_spin.maximum(),
    ) == HOLD_SECONDS
    focus(qtbot, page.steps_panel.step_editor.hold_spin)
    page.steps_panel.step_editor.hold_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.steps_panel.step_editor.hold_spin.lineEdit(), "999")
    assert page.steps_panel.step_editor.editor_message.isVisibleTo(page)
    assert "Hold must be between 3 and 300 s" in page.steps_panel.step_editor.editor_message.text()
    page.steps_panel.step_editor.hold_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.steps_panel.step_editor.hold_spin.lineEdit(), "40")
    qtbot.keyClick(page.steps_panel.step_editor.hold_spin.lineEdit(), Qt.Key.Key_Return)
    assert not page.steps_panel.step_editor.editor_message.isVisibleTo(page)
    assert page.current_routine().steps[0].hold_seconds == 40  # type: ignore[union-attr]


def test_editor_is_disabled_without_a_selection_and_for_builtins(
    make_page: Callable[..., RoutinesPage],
) -> None:
    page = make_page()
    page.open_routine(page.catalog.routines[0].id)
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    assert not page.steps_panel.step_editor.hold_spin.isEnabled()
    assert page.steps_panel.details.name_edit.isReadOnly()
    page.new_routine("Mine")
    assert not page.steps_panel.step_editor.hold_spin.isEnabled()
    assert not page.steps_panel.details.name_edit.isReadOnly()


# --------------------------------------------------------------------------------------------
# Cautions and notes
# --------------------------------------------------------------------------------------------


def test_pregnancy_caution_warns_when_the_setting_is_on(
    page: RoutinesPage, context: AppContext
) -> None:
    context.settings.pregnant = False
    add(page, "GB21")
    assert "pregnancy" not in page.messages.text()
    context.settings.pregnant = True
    add(page, "GB21")
    assert page.messages.kind == "warning"
    assert "GB21" in page.messages.text() and "pregnancy" in page.messages.text()


def test_partner_needed_point_shows_a_note(page: RoutinesPage) -> None:
    add(page, "GV14")
    assert "GV14" in page.messages.text() and "partner" in page.messages.text()


# --------------------------------------------------------------------------------------------
# Routines and files
# --------------------------------------------------------------------------------------------


def test_reopening_the_window_finds_the_routine_saved(
    qtbot: QtBot, config_dir: Path, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.add_page("routines", "&Routines", lambda: build_page(context), "Ctrl+2")
    window.show_page("routines")
    page = window.page("routines")
    assert isinstance(page, RoutinesPage)
    page.new_routine("Evening back")
    drop_on(
        page.steps_panel.steps_view,
        library_mime(page, "BL23", "GV4"),
        empty_area(page.steps_panel.steps_view),
        COPY,
    )
    page.steps_model.move_rows([1], 0)
    page.steps_model.add_points(["LI4"])
    page.steps_model.remove_rows([2])
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    page.steps_panel.step_editor.hold_spin.setValue(33)
    assert page.rename_current("Evening lower back")
    page.steps_panel.details.description_edit.setPlainText("After work")
    window.close()

    again = MainWindow(build_context(config_dir))
    qtbot.addWidget(again)
    again.add_page("routines", "&Routines", lambda: build_page(again.context), "Ctrl+2")
    reopened = again.page("routines")
    assert isinstance(reopened, RoutinesPage)
    routine = next(r for r in reopened.routines() if r.name == "Evening lower back")
    assert routine.id == "evening-back"
    assert [s.point for s in routine.steps] == ["GV4", "BL23"]
    assert routine.steps[0].hold_seconds == 33
    assert routine.description == "After work"
    assert reopened.current_routine() == routine


def test_create_rename_duplicate_delete_with_undo(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    first = page.current_routine()
    assert first is not None and first.name == "Evening"
    with qtbot.waitSignal(page.library.changed):
        assert page.rename_current("Night")
    assert not page.rename_current(page.catalog.routines[0].name)
    assert "already a routine" in page.steps_panel.details.name_message.text()
    assert not page.rename_current("  ")
    copy = page.duplicate_current()
    assert copy is not None and copy.name == "Night (copy)" and copy.steps == first.steps
    with qtbot.waitSignal(page.library.changed):
        assert page.delete_current()
    assert not page.library.path_of(copy.id).exists()
    assert copy.id not in {r.id for r in page.routines()}
    page.undo_stack.undo()
    assert page.library.path_of(copy.id).exists()
    assert page.current_routine() == copy
    page.undo_stack.undo()  # the duplicate
    assert not page.library.path_of(copy.id).exists()
    page.undo_stack.undo()  # the rename
    assert page.current_routine().name == "Evening"  # type: ignore[union-attr]
    assert json.loads(page.library.path_of(first.id).read_text(encoding="utf-8"))["name"] == (
        "Evening"
    )


def test_name_field_renames_on_enter_and_refuses_duplicates(
    page: RoutinesPage, qtbot: QtBot
) -> None:
    focus(qtbot, page.steps_panel.details.name_edit)
    page.steps_panel.details.name_edit.selectAll()
    qtbot.keyClicks(page.steps_panel.details.name_edit, "Morning")
    qtbot.keyClick(page.steps_panel.details.name_edit, Qt.Key.Key_Return)
    assert page.current_routine().name == "Morning"  # type: ignore[union-attr]
    item_names = [
        page.routine_list.list_widget.item(i).text()
        for i in range(page.routine_list.list_widget.count())
    ]
    assert "Morning" in item_names
    page.steps_panel.details.name_edit.selectAll()
    qtbot.keyClicks(page.steps_panel.details.name_edit, page.catalog.routines[0].name)
    assert page.steps_panel.details.name_message.isVisibleTo(page)
    qtbot.keyClick(page.steps_panel.details.name_edit, Qt.Key.Key_Return)
    assert page.current_routine().name == "Morning"  # type: ignore[union-attr]
    assert page.steps_panel.details.name_edit.text() == "Morning"


def test_description_and_total_update_live(page: RoutinesPage) -> None:
    assert page.steps_panel.details.total_label.text() == "No steps yet"
    add(page, "BL23")
    one = page.steps_panel.details.total_label.text()
    add(page, "GV4")
    assert (
        page.steps_panel.details.total_label.text() != one
        and "2 steps" in page.steps_panel.details.total_label.text()
    )
    page.steps_panel.details.description_edit.setPlainText("For the evening")
    assert page.current_routine().description == "For the evening"  # type: ignore[union-attr]
    assert saved(page)["description"] == "For the evening"


def test_export_import_round_trip(page: RoutinesPage, tmp_path: Path) -> None:
    add(page, "BL23", "GV4", "LI4")
    page.steps_model.update_rows([1], hold_seconds=20, sides="left")
    original = page.current_routine()
    assert original is not None
    target = tmp_path / "evening.json"
    assert page.export_to(target)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["schema_version"] == 1 and exported["name"] == "Evening"
    assert page.import_file(target)
    imported = page.current_routine()
    assert imported is not None and imported.name == "Evening (2)"
    assert imported.steps == original.steps and imported.id != original.id
    assert page.library.path_of(imported.id).exists()
    page.undo_stack.undo()
    assert not page.library.path_of(imported.id).exists()


def test_bad_import_explains_and_changes_nothing(page: RoutinesPage, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"schema_version": 1, "name": "X", "steps": [{"point": "XX99"}]}),
        encoding="utf-8",
    )
    before = sorted(p.name for p in page.library.folder.iterdir())
    count = page.routine_list.list_widget.count()
    assert not page.import_file(bad)
    assert page.messages.kind == "error" and "bad.json was not imported" in page.messages.text()
    assert sorted(p.name for p in page.library.folder.iterdir()) == before
    assert page.routine_list.list_widget.count() == count


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


def test_unknown_point_is_marked_kept_and_skipped(
    make_page: Callable[..., RoutinesPage], config_dir: Path
) -> None:
    folder = config_dir / "routines"
    folder.mkdir(parents=True)
    step = {
        "hold_seconds": 30,
        "rest_seconds": 10,
        "repetitions": 1,
        "sides": "both",
        "prepare_seconds": 5,
    }
    (folder / "old.json").write_text(
        json.dumps(
            {
                "schema_version": 1,
                "name": "Old",
                "description": "",
                "steps": [{**step, "point": "BL23"}, {**step, "point": "XX99"}],
            }
        ),
        encoding="utf-8",
    )
    page = make_page()
    page.open_routine("old")
    model = page.steps_model
    assert "unknown point XX99" in model.data(model.index(1))
    assert model.data(model.index(1), Role.MISSING) is True
    assert model.data(model.index(0), Role.MISSING) is False
    assert "skipped" in page.steps_panel.details.total_label.text()
    only_known = model.total_seconds()
    model.update_rows([0], hold_seconds=31)
    assert [s["point"] for s in saved(page)["steps"]] == ["BL23", "XX99"]
    assert model.total_seconds() > only_known


def test_broken_routine_file_is_quarantined_and_reported(
    make_page: Callable[..., RoutinesPage], config_dir: Path
) -> None:
    folder = config_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    page = make_page()
    assert any("broken.json" in w for w in page.library.load_warnings)
    assert page.messages.kind == "warning"
    assert "broken.json" in page.messages.text()
    assert any(p.name.startswith("broken.json.corrupt-") for p in folder.iterdir())


def test_the_window_reports_the_routine_load_warnings(
    qtbot: QtBot, config_dir: Path, context: AppContext
) -> None:
    folder = config_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    window = AppWindow(context, voice_engine="mock")
    qtbot.addWidget(window)
    assert any("broken.json" in w for w in window.routine_library.load_warnings)
    assert any("broken.json" in w for w in context.warnings)
    assert isinstance(window.page("routines"), RoutinesPage)


# --------------------------------------------------------------------------------------------
# The library
# --------------------------------------------------------------------------------------------


def library_ids(page: RoutinesPage) -> list[str]:
    return [p.id for p in page.library_panel.library_model.points()]


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
    qtbot.keyClicks(page.library_panel.search, "B54")
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
    qtbot.keyClicks(page.library_panel.search, "zzz nothing")
    assert page.library_panel.library_model.rowCount() == 0
    assert page.library_panel.clear_filters_button.isVisibleTo(page)
    qtbot.mouseClick(page.library_panel.clear_filters_button, Qt.MouseButton.LeftButton)
    assert len(library_ids(page)) == len(page.catalog.points)


def test_pregnancy_setting_hides_cautioned_points_by_default(
    make_page: Callable[..., RoutinesPage], context: AppContext
) -> None:
    context.settings.pregnant = True
    page = make_page(context)
    assert page.library_panel.pregnancy_filter.isChecked()
    assert "GB21" not in library_ids(page)


def test_new_steps_use_the_prepare_setting(page: RoutinesPage, context: AppContext) -> None:
    context.settings.prepare_seconds = 12
    add(page, "BL23")
    assert page.current_routine().steps[0].prepare_seconds == 12  # type: ignore[union-attr]


def test_undo_reopens_the_routine_it_changes(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    add(page, "GV4")
    evening = page.current_routine()
    assert evening is not None
    page.open_routine(page.catalog.routines[0].id)
    with qtbot.waitSignal(page.library.changed):
        page.undo_stack.undo()
    assert page.current_routine() is not None
    assert page.current_routine().id == evening.id  # type: ignore[union-attr]
    assert codes(page) == ["BL23"]
    current = page.routine_list.list_widget.currentItem()
    assert current is not None and current.data(Role.ROUTINE_ID) == evening.id


def test_every_edit_announces_routines_changed(page: RoutinesPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.library.changed):
        add(page, "BL23")
    with qtbot.waitSignal(page.library.changed):
        page.steps_model.update_rows([0], rest_seconds=5)
    with qtbot.waitSignal(page.library.changed):
        page.new_routine()


def test_name_and_description_edits_keep_the_step_selection(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(1))
    page.steps_panel.details.description_edit.setPlainText("Keep")
    assert page.rename_current("Kept")
    assert page.selected_rows() == [1]
    page.undo_stack.undo()
    assert page.selected_rows() == [1]


def test_user_routines_lists_only_the_users_own(page: RoutinesPage) -> None:
    page.new_routine("Alpha")
    assert [r.name for r in page.library.user_routines()] == ["Alpha", "Evening"]
    assert all(not r.builtin for r in page.library.user_routines())


def test_a_name_being_typed_survives_a_shortcut_to_another_routine(
    page: RoutinesPage, qtbot: QtBot
) -> None:
    focus(qtbot, page.steps_panel.details.name_edit)
    renamed = page.current_routine()
    assert renamed is not None and not renamed.builtin
    page.steps_panel.details.name_edit.selectAll()
    qtbot.keyClicks(page.steps_panel.details.name_edit, "Evening stretch")
    page.new_routine()  # Ctrl+N does not take the focus from the field first
    names = {r.name for r in page.library.user_routines()}
    assert "Evening stretch" in names
    assert page.library.path_of(renamed.id).is_file()
