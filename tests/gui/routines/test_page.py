"""The Routines page: its contract, keys, undo, routines and their files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.routines.roles import Role
from acupress_gui.ui.shell.window import MainWindow
from tests.gui.routines.helpers import (
    COPY,
    add,
    build_page,
    codes,
    current,
    drop_on,
    empty_area,
    focus,
    library_mime,
    saved,
)
from tests.helpers.keys import key_click, key_clicks


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


def test_keyboard_equivalents_of_every_drag(page: RoutinesPage, qtbot: QtBot) -> None:
    library = page.library_panel.library_view
    focus(qtbot, library)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("BL23"))
    )
    key_click(library, Qt.Key.Key_Return)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("GV4"))
    )
    key_click(library, Qt.Key.Key_Enter)
    library.setCurrentIndex(
        page.library_panel.library_model.index(page.library_panel.library_model.row_of("LI4"))
    )
    key_click(library, Qt.Key.Key_Return)
    assert codes(page) == ["BL23", "GV4", "LI4"]

    steps = page.steps_panel.steps_view
    focus(qtbot, steps)
    steps.setCurrentIndex(page.steps_model.index(0))
    key_click(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    assert page.selected_rows() == [1]
    key_click(steps, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "LI4", "BL23"]
    key_click(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    key_click(steps, Qt.Key.Key_Delete)
    assert codes(page) == ["GV4", "LI4"]

    key_click(steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert codes(page) == ["GV4", "BL23", "LI4"]
    key_click(
        steps,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert codes(page) == ["GV4", "LI4"]


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
    assert current(page).name == "Evening"
    assert json.loads(page.library.path_of(first.id).read_text(encoding="utf-8"))["name"] == (
        "Evening"
    )


def test_name_field_renames_on_enter_and_refuses_duplicates(
    page: RoutinesPage, qtbot: QtBot
) -> None:
    focus(qtbot, page.steps_panel.details.name_edit)
    page.steps_panel.details.name_edit.selectAll()
    key_clicks(page.steps_panel.details.name_edit, "Morning")
    key_click(page.steps_panel.details.name_edit, Qt.Key.Key_Return)
    assert current(page).name == "Morning"
    item_names = [
        page.routine_list.list_widget.item(i).text()
        for i in range(page.routine_list.list_widget.count())
    ]
    assert "Morning" in item_names
    page.steps_panel.details.name_edit.selectAll()
    key_clicks(page.steps_panel.details.name_edit, page.catalog.routines[0].name)
    assert page.steps_panel.details.name_message.isVisibleTo(page)
    key_click(page.steps_panel.details.name_edit, Qt.Key.Key_Return)
    assert current(page).name == "Morning"
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
    assert current(page).description == "For the evening"
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


def test_an_import_error_reads_as_a_sentence(page: RoutinesPage, tmp_path: Path) -> None:
    step = {"point": "B54", "hold_seconds": 999, "rest_seconds": 10, "repetitions": 2}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "name": "X", "steps": [step]}))
    assert not page.import_file(bad)
    assert page.messages.text() == (
        "bad.json was not imported: Step 1: the hold is 999 s; it must be 3 to 300 s."
    )
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"schema_version": 1, "name": "Knees", "steps": [{**step, "hold_seconds": 30}]})
    )
    assert page.import_file(good)
    routine = page.current_routine()
    assert routine is not None and [s.point for s in routine.steps] == ["BL40"]


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


@pytest.mark.expect_log("acupress_gui.storage.envelope", "routines")
@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be used")
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


@pytest.mark.expect_log("acupress_gui.storage.envelope", "routines")
@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be used")
def test_the_window_reports_the_routine_load_warnings(
    qtbot: QtBot, config_dir: Path, context: AppContext
) -> None:
    folder = config_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    context = build_context(config_dir, voice_engine="mock")
    window = AppWindow(context)
    qtbot.addWidget(window)
    assert any("broken.json" in w for w in window.context.routines.load_warnings)
    assert any("broken.json" in w for w in context.warnings)
    assert isinstance(window.page("routines"), RoutinesPage)


def test_undo_reopens_the_routine_it_changes(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    add(page, "GV4")
    evening = page.current_routine()
    assert evening is not None
    page.open_routine(page.catalog.routines[0].id)
    with qtbot.waitSignal(page.library.changed):
        page.undo_stack.undo()
    assert current(page).id == evening.id
    assert codes(page) == ["BL23"]
    item = page.routine_list.list_widget.currentItem()
    assert item is not None and item.data(Role.ROUTINE_ID) == evening.id


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
    key_clicks(page.steps_panel.details.name_edit, "Evening stretch")
    page.new_routine()  # Ctrl+N does not take the focus from the field first
    names = {r.name for r in page.library.user_routines()}
    assert "Evening stretch" in names
    assert page.library.path_of(renamed.id).is_file()


def test_the_reorder_hint_is_whole_on_a_1024_px_window(page: RoutinesPage, qtbot: QtBot) -> None:
    page.resize(1000, 560)  # a 1024x600 screen, less the window frame and the menu
    add(page, "BL23", "GV4")
    QApplication.processEvents()
    hint = page.steps_panel.steps_hint
    assert hint.isVisible() and hint.wordWrap()
    assert hint.text() == "Drag steps to reorder them, or back to the library to remove them."
    # Tall enough for all its lines at this width: nothing is cut off or elided.
    assert hint.height() >= hint.heightForWidth(hint.width()) > 0
    assert hint.width() <= page.steps_panel.width()
