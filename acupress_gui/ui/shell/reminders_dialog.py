"""Settings > Reminders…: practice reminders, the tray, autostart and the weekly goal.

Everything works from the keyboard: the list of reminders (arrows), the time (type it),
a check box per day, the routine, Add (Alt+A) and Remove (Alt+R). Without a tray the dialog
says that reminders then need the app open.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.goals import GOAL_RANGE
from acupress_gui.domain.models import Routine
from acupress_gui.domain.reminders import DAYS
from acupress_gui.storage.reminder_settings import MAX_REMINDERS, ReminderEntry
from acupress_gui.ui.widgets.buddy_label import buddy_label


@dataclass(frozen=True)
class PracticeChoices:
    """What the dialog was left with."""

    reminders: list[ReminderEntry]
    keep_in_tray: bool
    weekly_goal_days: int
    autostart: bool


def day_names() -> list[str]:
    """Short weekday names in the person's language, Monday first."""
    locale = QLocale()
    return [locale.dayName(index, QLocale.FormatType.ShortFormat) for index in range(1, 8)]


class RemindersDialog(QDialog):
    """Edit reminders and the daily-practice settings.

    Args:
        choices: What is set now.
        routines: The routines a reminder can be for.
        tray_available: Whether the desktop shows a tray icon.
        parent: The window.
    """

    def __init__(
        self,
        choices: PracticeChoices,
        routines: list[Routine],
        *,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders and daily practice"))
        self._entries = list(choices.reminders)
        self._routines = routines
        self._loading = False

        intro = QLabel(
            self.tr(
                "Acupressure helps most when done every day. A reminder is a desktop "
                "notification at a time of day; it says nothing when you already practised "
                "that routine today."
            )
        )
        intro.setWordWrap(True)
        self.no_tray_label = QLabel(
            self.tr(
                "This desktop shows no tray icons: acupress-gui cannot stay in the background, "
                "so reminders come only while its window is open."
            )
        )
        self.no_tray_label.setWordWrap(True)
        self.no_tray_label.setObjectName("noTrayNotice")
        self.no_tray_label.setVisible(not tray_available)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.add_button = QPushButton(self.tr("&Add reminder"))
        self.add_button.setAccessibleName(self.tr("Add reminder"))
        self.add_button.clicked.connect(self.add_reminder)
        self.remove_button = QPushButton(self.tr("&Remove reminder"))
        self.remove_button.setAccessibleName(self.tr("Remove reminder"))
        self.remove_button.clicked.connect(self.remove_reminder)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)

        self.editor = QGroupBox(self.tr("Selected reminder"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Reminder time"))
        self.time_edit.timeChanged.connect(self._on_editor_changed)
        time_label = buddy_label(self.tr("&Time:"), self.time_edit)
        self.day_checks: list[QCheckBox] = []
        days_row = QHBoxLayout()
        long_names = [
            QLocale().dayName(index, QLocale.FormatType.LongFormat) for index in range(1, 8)
        ]
        for short, long in zip(day_names(), long_names, strict=True):
            check = QCheckBox(short)
            check.setAccessibleName(long)
            check.toggled.connect(self._on_editor_changed)
            self.day_checks.append(check)
            days_row.addWidget(check)
        days_label = QLabel(self.tr("Days:"))
        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(self.tr("Routine of the reminder"))
        self.routine_combo.addItem(self.tr("The routine used last"), None)
        for routine in routines:
            self.routine_combo.addItem(routine.name, routine.id)
        self.routine_combo.currentIndexChanged.connect(self._on_editor_changed)
        routine_label = buddy_label(self.tr("R&outine:"), self.routine_combo)
        form = QFormLayout(self.editor)
        form.addRow(time_label, self.time_edit)
        form.addRow(days_label, days_row)
        form.addRow(routine_label, self.routine_combo)

        self.tray_check = QCheckBox(self.tr("&Keep running in the tray when the window is closed"))
        self.tray_check.setAccessibleName(
            self.tr("Keep running in the tray when the window is closed")
        )
        self.tray_check.setChecked(choices.keep_in_tray)
        self.tray_check.setEnabled(tray_available)
        self.autostart_check = QCheckBox(self.tr("Start in the tray when I &log in"))
        self.autostart_check.setAccessibleName(self.tr("Start in the tray when I log in"))
        self.autostart_check.setChecked(choices.autostart)
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(*GOAL_RANGE)
        self.goal_spin.setValue(choices.weekly_goal_days)
        self.goal_spin.setAccessibleName(self.tr("Weekly goal in days"))
        self.goal_spin.setSuffix(self.tr(" days a week"))
        goal_label = buddy_label(self.tr("Weekly &goal:"), self.goal_spin)
        goal_row = QHBoxLayout()
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self.goal_spin)
        goal_row.addStretch(1)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.no_tray_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.editor)
        layout.addWidget(self.tray_check)
        layout.addWidget(self.autostart_check)
        layout.addLayout(goal_row)
        layout.addWidget(box)
        self._fill_list()
        self.list.setCurrentRow(0 if self._entries else -1)
        self._update_enabled()

    # ---- public -------------------------------------------------------------------------

    def choices(self) -> PracticeChoices:
        """What the dialog was left with."""
        return PracticeChoices(
            reminders=list(self._entries),
            keep_in_tray=self.tray_check.isChecked(),
            weekly_goal_days=self.goal_spin.value(),
            autostart=self.autostart_check.isChecked(),
        )

    @Slot()
    def add_reminder(self) -> None:
        """A new reminder at 08:00 every day, for the routine used last; selected."""
        if len(self._entries) >= MAX_REMINDERS:
            return
        self._entries.append(ReminderEntry(time="08:00", days=list(DAYS), routine=None))
        self._fill_list()
        self.list.setCurrentRow(len(self._entries) - 1)
        self._update_enabled()
        self.time_edit.setFocus()

    @Slot()
    def remove_reminder(self) -> None:
        """Remove the selected reminder."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._entries):
            return
        del self._entries[row]
        self._fill_list()
        self.list.setCurrentRow(min(row, len(self._entries) - 1))
        self._update_enabled()
        (self.list if self._entries else self.add_button).setFocus()

    # ---- inside -------------------------------------------------------------------------

    def describe(self, entry: ReminderEntry) -> str:
        """One line for the list: time, days, routine."""
        if len(entry.days) == 7:
            days = self.tr("every day")
        elif entry.days == list(DAYS[:5]):
            days = self.tr("weekdays")
        else:
            names = day_names()
            days = ", ".join(names[DAYS.index(day)] for day in entry.days)
        routine = self.tr("the routine used last")
        for candidate in self._routines:
            if entry.routine in (candidate.id, candidate.name):
                routine = candidate.name
                break
        else:
            if entry.routine:
                routine = entry.routine
        return self.tr("{time}, {days}: {routine}").format(
            time=entry.time, days=days, routine=routine
        )

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._entries:
            self.list.addItem(self.describe(entry))
        self.list.blockSignals(False)

    def _update_enabled(self) -> None:
        has = self.list.currentRow() >= 0
        self.editor.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(len(self._entries) < MAX_REMINDERS)

    @Slot(int)
    def _on_list_current_row_changed(self, row: int) -> None:
        self._update_enabled()
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        self._loading = True
        hours, minutes = entry.time.split(":")
        self.time_edit.setTime(QTime(int(hours), int(minutes)))
        for day, check in zip(DAYS, self.day_checks, strict=True):
            check.setChecked(day in entry.days)
        index = self.routine_combo.findData(entry.routine) if entry.routine else 0
        if index < 0 and entry.routine:
            index = self.routine_combo.findText(entry.routine)
        self.routine_combo.setCurrentIndex(max(index, 0))
        self._loading = False

    @Slot()
    def _on_editor_changed(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._entries):
            return
        days = [day for day, check in zip(DAYS, self.day_checks, strict=True) if check.isChecked()]
        if not days:
            # A reminder needs a day: the last one cannot be unchecked.
            self._on_list_current_row_changed(row)
            return
        routine = self.routine_combo.currentData()
        entry = ReminderEntry(
            time=self.time_edit.time().toString("HH:mm"),
            days=days,
            routine=routine if isinstance(routine, str) else None,
        )
        self._entries[row] = entry
        item = self.list.item(row)
        if item is not None:
            item.setText(self.describe(entry))
