"""The step settings editor of the Routines page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import HOLD_SECONDS
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.routines.page import RoutinesPage
from tests.gui.routines.helpers import add, current, focus, saved
from tests.helpers.keys import key_click, key_clicks


def test_step_editor_changes_the_selected_steps_with_undo(page: RoutinesPage) -> None:
    add(page, "BL23", "GV4")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    assert page.steps_panel.step_editor.hold_spin.isEnabled()
    page.steps_panel.step_editor.hold_spin.setValue(45)
    page.steps_panel.step_editor.sides_combo.setCurrentIndex(
        page.steps_panel.step_editor.sides_combo.findData("left")
    )
    step = current(page).steps[0]
    assert step.hold_seconds == 45 and step.sides.value == "left"
    assert saved(page)["steps"][0]["hold_seconds"] == 45
    assert "hold 45 s" in page.steps_model.data(page.steps_model.index(0))
    page.undo_stack.undo()
    assert current(page).steps[0].sides.value == "both"
    page.undo_stack.undo()
    assert current(page).steps[0].hold_seconds != 45
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
    assert current(page).steps[0].hold_seconds == 60


def test_out_of_range_value_gets_a_clear_message(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    assert (
        page.steps_panel.step_editor.hold_spin.minimum(),
        page.steps_panel.step_editor.hold_spin.maximum(),
    ) == HOLD_SECONDS
    focus(qtbot, page.steps_panel.step_editor.hold_spin)
    page.steps_panel.step_editor.hold_spin.lineEdit().selectAll()
    key_clicks(page.steps_panel.step_editor.hold_spin.lineEdit(), "999")
    assert page.steps_panel.step_editor.editor_message.isVisibleTo(page)
    assert "Hold must be between 3 and 300 s" in page.steps_panel.step_editor.editor_message.text()
    page.steps_panel.step_editor.hold_spin.lineEdit().selectAll()
    key_clicks(page.steps_panel.step_editor.hold_spin.lineEdit(), "40")
    key_click(page.steps_panel.step_editor.hold_spin.lineEdit(), Qt.Key.Key_Return)
    assert not page.steps_panel.step_editor.editor_message.isVisibleTo(page)
    assert current(page).steps[0].hold_seconds == 40


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


def test_new_steps_use_the_prepare_setting(page: RoutinesPage, context: AppContext) -> None:
    context.settings.prepare_seconds = 12
    add(page, "BL23")
    assert current(page).steps[0].prepare_seconds == 12
