"""Settings > Reminders…: add, change and remove reminders with the keyboard only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateTimeEdit, QPushButton
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Routine
from acupress_gui.storage.reminder_settings import ReminderEntry
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.shell.reminders_dialog import PracticeChoices, RemindersDialog
from tests.helpers.keys import key_click


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def context(config_dir: object) -> AppContext:
    from pathlib import Path

    assert isinstance(config_dir, Path)
    return build_context(config_dir)


def _dialog(
    qtbot: QtBot,
    routines: list[Routine],
    *,
    tray: bool = True,
    entries: list[ReminderEntry] | None = None,
) -> RemindersDialog:
    choices = PracticeChoices(
        entries or [], keep_in_tray=False, weekly_goal_days=5, autostart=False
    )
    dialog = RemindersDialog(choices, routines, tray_available=tray)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _press(button: QPushButton) -> None:
    """Tab to a button and press Space (each button also has an Alt+letter mnemonic)."""
    button.setFocus()
    key_click(button, Qt.Key.Key_Space)


def test_add_change_and_remove_with_the_keyboard(qtbot: QtBot, context: AppContext) -> None:
    routines = context.all_routines()
    dialog = _dialog(qtbot, routines)
    assert dialog.list.count() == 0
    assert not dialog.remove_button.isEnabled()
    assert dialog.add_button.shortcut() == QKeySequence("Alt+A")
    assert dialog.remove_button.shortcut() == QKeySequence("Alt+R")
    _press(dialog.add_button)  # &Add reminder
    assert dialog.list.count() == 1
    assert dialog.choices().reminders == [ReminderEntry(time="08:00", routine=None)]
    # The time field has the focus: type a time.
    assert dialog.focusWidget() is dialog.time_edit
    # The time: Down in the hours (the first section), Up in the minutes.
    key_click(dialog.time_edit, Qt.Key.Key_Down)
    assert dialog.choices().reminders[0].time == "07:00"
    dialog.time_edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    for _ in range(3):
        key_click(dialog.time_edit, Qt.Key.Key_Up)
    assert dialog.choices().reminders[0].time == "07:03"
    # Untick Saturday and Sunday with Tab and Space.
    for index in (5, 6):
        check = dialog.day_checks[index]
        check.setFocus()
        key_click(check, Qt.Key.Key_Space)
    entry = dialog.choices().reminders[0]
    assert entry.days == ["mon", "tue", "wed", "thu", "fri"]
    assert "weekdays" in dialog.list.item(0).text()
    # The routine, chosen with the arrow keys.
    dialog.routine_combo.setFocus()
    key_click(dialog.routine_combo, Qt.Key.Key_Down)
    assert dialog.choices().reminders[0].routine == routines[0].id
    assert routines[0].name in dialog.list.item(0).text()
    # A second one, then remove the first (Alt+R) from the list.
    _press(dialog.add_button)
    assert dialog.list.count() == 2
    dialog.list.setFocus()
    key_click(dialog.list, Qt.Key.Key_Up)
    assert dialog.list.currentRow() == 0
    _press(dialog.remove_button)
    assert [e.time for e in dialog.choices().reminders] == ["08:00"]


def test_the_last_day_cannot_be_unticked(qtbot: QtBot, context: AppContext) -> None:
    entries = [ReminderEntry(time="09:00", days=["wed"])]
    dialog = _dialog(qtbot, context.all_routines(), entries=entries)
    dialog.day_checks[2].setFocus()
    key_click(dialog.day_checks[2], Qt.Key.Key_Space)
    assert dialog.day_checks[2].isChecked()
    assert dialog.choices().reminders[0].days == ["wed"]


def test_an_entry_is_shown_as_set(qtbot: QtBot, context: AppContext) -> None:
    routine = context.all_routines()[1]
    entries = [ReminderEntry(time="18:45", days=["tue", "thu"], routine=routine.name)]
    dialog = _dialog(qtbot, context.all_routines(), entries=entries)
    assert dialog.time_edit.time().toString("HH:mm") == "18:45"
    assert [c.isChecked() for c in dialog.day_checks] == [
        False,
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    assert dialog.routine_combo.currentText() == routine.name
    assert dialog.list.item(0).text() == f"18:45, Tue, Thu: {routine.name}"


def test_without_a_tray_it_says_reminders_need_the_app_open(
    qtbot: QtBot, context: AppContext
) -> None:
    with_tray = _dialog(qtbot, context.all_routines(), tray=True)
    assert with_tray.no_tray_label.isHidden()
    dialog = _dialog(qtbot, context.all_routines(), tray=False)
    assert dialog.no_tray_label.isVisible()
    assert "only while its window is open" in dialog.no_tray_label.text()
    assert not dialog.tray_check.isEnabled()


def test_every_control_has_an_accessible_name(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context.all_routines(), entries=[ReminderEntry(time="08:00")])
    controls = [
        dialog.list,
        dialog.add_button,
        dialog.remove_button,
        dialog.time_edit,
        *dialog.day_checks,
        dialog.routine_combo,
        dialog.tray_check,
        dialog.autostart_check,
        dialog.goal_spin,
    ]
    names = [c.accessibleName() for c in controls]
    assert all(names), names
    assert names[4:11] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]


def test_goal_tray_and_autostart_choices(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context.all_routines())
    dialog.goal_spin.setFocus()
    key_click(dialog.goal_spin, Qt.Key.Key_Down)
    dialog.tray_check.setFocus()
    key_click(dialog.tray_check, Qt.Key.Key_Space)
    dialog.autostart_check.setFocus()
    key_click(dialog.autostart_check, Qt.Key.Key_Space)
    choices = dialog.choices()
    assert (choices.weekly_goal_days, choices.keep_in_tray, choices.autostart) == (4, True, True)
