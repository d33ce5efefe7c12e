"""The Settings menu: pregnancy, voice, sound and volume, language, kept in settings.json."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from acupress_gui.storage.settings import Settings
from acupress_gui.ui.shell.choice_group import add_choices
from acupress_gui.ui.shell.language_menu import LanguageMenu

#: The volume choices, in per cent; the default volume (80 %) is one of them.
VOLUMES = (25, 50, 80, 100)


class SettingsMenu(QObject):
    """Builds the menu and reports each change; the window saves and applies it."""

    pregnant_changed = Signal(bool)
    voice_changed = Signal(bool)
    volume_changed = Signal(float)
    timing_requested = Signal()
    """Settings > Session timing was chosen."""
    breathing_changed = Signal(bool, bool)
    """(breathing guide on, reduce motion)."""
    checkin_changed = Signal(bool)
    """The weekly check-in was turned on or off."""
    reminders_requested = Signal()
    """Settings > Reminders… was chosen."""

    def __init__(self, settings: Settings, mute_action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(self.tr("&Settings"), parent)
        self.pregnant_action = QAction(self.tr("I am &pregnant"), self)
        self.pregnant_action.setCheckable(True)
        self.pregnant_action.setChecked(settings.pregnant)
        self.pregnant_action.setToolTip(
            self.tr("Flag points the sources advise against in pregnancy, and ask before them")
        )
        self.pregnant_action.toggled.connect(self.pregnant_changed)
        self.menu.addAction(self.pregnant_action)
        self.voice_action = QAction(self.tr("V&oice cues"), self)
        self.voice_action.setCheckable(True)
        self.voice_action.setChecked(settings.voice_enabled)
        self.voice_action.toggled.connect(self.voice_changed)
        self.menu.addAction(self.voice_action)
        self.menu.addAction(mute_action)
        volume_menu = self.menu.addMenu(self.tr("Sound &volume"))
        current = round(settings.volume * 100)
        nearest = min(VOLUMES, key=lambda p: abs(p - current))
        volumes = [(percent, f"{percent} %") for percent in VOLUMES]
        group = add_choices(self, volume_menu, volumes, nearest)
        group.triggered.connect(self._on_volume_group_triggered)
        self.menu.addSeparator()
        self.timing_action = QAction(self.tr("Session &timing…"), self)
        self.timing_action.triggered.connect(self.timing_requested)
        self.menu.addAction(self.timing_action)
        self.breathing_action = QAction(self.tr("&Breathing guide during holds"), self)
        self.breathing_action.setCheckable(True)
        self.breathing_action.setChecked(settings.breathing_guide)
        self.breathing_action.setToolTip(
            self.tr("Breathe in as the ring grows, out slowly as it shrinks (6 breaths a minute)")
        )
        self.motion_action = QAction(self.tr("&Reduce motion"), self)
        self.motion_action.setCheckable(True)
        self.motion_action.setChecked(settings.reduce_motion)
        for action in (self.breathing_action, self.motion_action):
            action.toggled.connect(self._on_breathing_toggled)
            self.menu.addAction(action)
        self.checkin_action = QAction(self.tr("Weekly &check-in after a session"), self)
        self.checkin_action.setCheckable(True)
        self.checkin_action.setChecked(settings.weekly_checkin)
        self.checkin_action.setToolTip(
            self.tr("Once a week: how much pain got in the way, and how well you slept (0-10)")
        )
        self.checkin_action.toggled.connect(self.checkin_changed)
        self.menu.addAction(self.checkin_action)
        self.menu.addSeparator()
        self.reminders_action = QAction(self.tr("R&eminders…"), self)
        self.reminders_action.setToolTip(
            self.tr("Practice reminders, the tray, starting at log-in and your weekly goal")
        )
        self.reminders_action.triggered.connect(self.reminders_requested)
        self.menu.addAction(self.reminders_action)
        self.menu.addSeparator()
        self.language_menu = LanguageMenu(settings.language, self.menu)

    def set_voice_checked(self, checked: bool) -> None:
        """Show voice cues on or off without reporting a change (the app turned it off)."""
        self.voice_action.blockSignals(True)
        self.voice_action.setChecked(checked)
        self.voice_action.blockSignals(False)

    @Slot(bool)
    def _on_breathing_toggled(self, _checked: bool) -> None:
        self.breathing_changed.emit(
            self.breathing_action.isChecked(), self.motion_action.isChecked()
        )

    @Slot(QAction)
    def _on_volume_group_triggered(self, action: QAction) -> None:
        self.volume_changed.emit(int(action.data()) / 100)
