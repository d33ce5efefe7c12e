"""The step settings editor of the Routines page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import HOLD_SECONDS
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.widgets.bounded_spin_box import NO_VALUE, BoundedSpinBox
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


def _type(qtbot: QtBot, box: BoundedSpinBox, text: str, *, enter: bool = True) -> None:
    focus(qtbot, box)
    box.lineEdit().selectAll()
    key_clicks(box.lineEdit(), text)
    if enter:
        key_click(box.lineEdit(), Qt.Key.Key_Return)


def test_out_of_range_value_gets_a_clear_message(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    editor = page.steps_panel.step_editor
    hold = editor.hold_spin
    assert (hold.minimum(), hold.maximum()) == HOLD_SECONDS
    _type(qtbot, hold, "999")
    # Refused, never changed into another number: 999 stays as typed, 99 is not used.
    assert hold.text() == "999 s" and current(page).steps[0].hold_seconds == 60
    assert editor.editor_message.isVisibleTo(page)
    assert editor.editor_message.text() == (
        "Hold must be between 3 and 300 s. The step keeps 60 s until you type a number in "
        "that range."
    )
    assert hold.accessibleDescription() == editor.editor_message.text()  # at the field
    focus(qtbot, editor.rest_spin)  # leaving the box does not quietly put 60 back
    assert hold.text() == "999 s" and editor.editor_message.isVisibleTo(page)
    _type(qtbot, hold, "40")
    assert not editor.editor_message.isVisibleTo(page) and hold.accessibleDescription() == ""
    assert current(page).steps[0].hold_seconds == 40


def test_a_number_too_small_is_not_reverted_quietly(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    editor = page.steps_panel.step_editor
    _type(qtbot, editor.hold_spin, "1")
    focus(qtbot, editor.rest_spin)
    assert editor.hold_spin.text() == "1 s" and current(page).steps[0].hold_seconds == 60
    assert "Hold must be between 3 and 300 s" in editor.editor_message.text()
    assert editor.editor_message.isVisibleTo(page)


def test_a_stale_message_goes_once_the_value_is_valid(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    editor = page.steps_panel.step_editor
    repetitions = editor.repetitions_spin
    _type(qtbot, repetitions, "0", enter=False)
    assert editor.editor_message.text().startswith("Repetitions must be between 1 and 10.")
    focus(qtbot, editor.hold_spin)
    assert editor.editor_message.isVisibleTo(page)
    repetitions.stepUp()  # the arrow gives back a number in range: the message goes
    assert repetitions.text() == "2×" and not editor.editor_message.isVisibleTo(page)
    _type(qtbot, repetitions, "12", enter=False)
    assert editor.editor_message.isVisibleTo(page)
    key_click(repetitions.lineEdit(), Qt.Key.Key_Backspace)  # "1": in range while typing
    assert not editor.editor_message.isVisibleTo(page)
    key_click(repetitions.lineEdit(), Qt.Key.Key_Return)
    assert current(page).steps[0].repetitions == 1


def test_another_step_shows_its_own_value_and_no_message(page: RoutinesPage, qtbot: QtBot) -> None:
    add(page, "BL23", "BL40")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    editor = page.steps_panel.step_editor
    _type(qtbot, editor.hold_spin, "999")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(1))
    assert editor.hold_spin.text() == f"{current(page).steps[1].hold_seconds} s"
    assert not editor.editor_message.isVisibleTo(page)
    assert current(page).steps[0].hold_seconds == 60


def test_disabled_settings_show_no_made_up_values(page: RoutinesPage) -> None:
    page.new_routine("Empty")
    editor = page.steps_panel.step_editor
    boxes = (editor.hold_spin, editor.rest_spin, editor.repetitions_spin, editor.prepare_spin)
    assert [box.isEnabled() for box in boxes] == [False] * 4
    assert [box.text() for box in boxes] == [NO_VALUE] * 4
    assert editor.sides_combo.currentIndex() == -1 and editor.sides_combo.currentText() == ""
    add(page, "GV4", "BL23")
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(0))
    # A midline point is pressed once: the disabled sides box says so, not "Both sides".
    assert not editor.sides_combo.isEnabled() and editor.sides_combo.currentIndex() == -1
    assert editor.sides_combo.placeholderText() == "Middle"
    combo = editor.sides_combo
    assert combo.fontMetrics().horizontalAdvance("Middle") < combo.width() - 24  # not cut
    assert editor.hold_spin.text() == f"{current(page).steps[0].hold_seconds} s"
    page.steps_panel.steps_view.setCurrentIndex(page.steps_model.index(1))
    assert editor.sides_combo.currentText() == "Both sides"
    assert [box.text() for box in boxes] == ["60 s", "10 s", "2×", "5 s"]


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
