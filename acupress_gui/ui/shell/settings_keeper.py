"""Each change made in the menus, written to settings.json and handed to what it concerns.

The window connects the Settings and View menus, the session page's mute and routine choice
and the setup's helper switch to these slots. A change reaches the service it concerns at
once (cues, voice, theme); what the Session page must redo is a signal the window connects.
A settings file that cannot be written is said in the status bar, and the change still
holds for this run.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from acupress_gui.storage.settings import ThemeName
from acupress_gui.ui.context import AppContext

log = logging.getLogger(__name__)


class SettingsKeeper(QObject):
    """Writes every settings change and passes it on."""

    status = Signal(str, int)
    """A message for the status bar and how long it shows (ms)."""
    routines_affected = Signal()
    """A change that alters which routines fit or how they run (pregnancy, timing)."""
    text_scale_changed = Signal(float)
    breathing_changed = Signal(bool, bool)
    """(breathing guide on, reduce motion)."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._settings = context.settings

    def save(self) -> bool:
        """Write the settings; a failure goes to the status bar. True when saved."""
        problem = self._context.save_settings()
        if problem:
            self.status.emit(problem, 10000)
        return problem is None

    @Slot(str)
    def set_language(self, code: str) -> None:
        self._settings.language = code or None
        if self.save():
            self.status.emit(
                self.tr("The new language is used the next time you start acupress-gui."), 15000
            )

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        self._settings.volume = volume
        self.save()
        self._context.cues.set_volume(volume)

    @Slot(float)
    def set_text_scale(self, scale: float) -> None:
        self._settings.text_scale = scale
        self.save()
        self.text_scale_changed.emit(scale)
        self.status.emit(self.tr("Text size {percent} %").format(percent=round(scale * 100)), 3000)

    @Slot(str)
    def set_theme(self, theme: str) -> None:
        choice: ThemeName = "light" if theme == "light" else "dark" if theme == "dark" else "system"
        self._settings.theme = choice
        self.save()
        self._context.theme.set_choice(choice)

    @Slot(bool, bool)
    def set_breathing(self, enabled: bool, reduce_motion: bool) -> None:
        self._settings.breathing_guide = enabled
        self._settings.reduce_motion = reduce_motion
        self.save()
        self.breathing_changed.emit(enabled, reduce_motion)

    @Slot(bool)
    def set_checkin(self, on: bool) -> None:
        self._settings.weekly_checkin = on
        self.save()

    @Slot(bool)
    def set_helper(self, on: bool) -> None:
        self._settings.helper_presses = on
        self.save()

    @Slot(bool)
    def set_pregnant(self, checked: bool) -> None:
        self._settings.pregnant = checked
        self.save()
        self.routines_affected.emit()

    @Slot(bool)
    def set_voice(self, checked: bool) -> None:
        self._settings.voice_enabled = checked
        self.save()
        self._context.voice.set_enabled(checked)

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._settings.muted = muted
        saved = self.save()
        self._context.cues.set_muted(muted)
        if saved:  # never cover the message that the settings could not be saved
            self.status.emit(self.tr("Sound off") if muted else self.tr("Sound on"), 3000)

    @Slot(str)
    def set_last_routine(self, routine_id: str) -> None:
        # A one-off routine (Points > Practise this point) is not one to come back to.
        kept = {routine.id for routine in self._context.all_routines()}
        if routine_id in kept and routine_id != self._settings.last_routine:
            self._settings.last_routine = routine_id
            self.save()
