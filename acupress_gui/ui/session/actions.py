"""The Session page's actions: Space, Right/N, Left/B, Esc, M and F, with their tooltips."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from acupress_gui.domain.timer import TimerState

__all__ = ["SessionActions"]


class SessionActions(QObject):
    """The actions of a session, added to ``page`` (shortcuts work while it is in the window).

    Connect their ``triggered`` signals; :meth:`update` enables and names them by state.

    Args:
        page: The widget the actions belong to.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.toggle_action = self._action(self.tr("Start"), ["Space"])
        self.skip_action = self._action(self.tr("Skip"), ["Right", "N"])
        self.back_action = self._action(self.tr("Back"), ["Left", "B"])
        self.stop_action = self._action(self.tr("Stop"), ["Esc"])
        self.mute_action = self._action(self.tr("Mute"), ["M"])
        self.mute_action.setCheckable(True)
        # Only on this page: M typed in another page's list must not silence the cues.
        self.mute_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.toggle_action, self.skip_action, self.back_action):
            action.setAutoRepeat(False)  # a held key pauses or skips once, not over and over
        self.full_screen_action = self._action(self.tr("Full screen"), ["F"])
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self._on_full_screen_action_triggered)

    def all_actions(self) -> list[QAction]:
        """Every session action, in the order the keyboard list shows them."""
        return [
            self.toggle_action,
            self.skip_action,
            self.back_action,
            self.stop_action,
            self.mute_action,
            self.full_screen_action,
        ]

    def _action(self, text: str, keys: list[str]) -> QAction:
        action = QAction(text, self._page)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        names = " / ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        action.setToolTip(f"{text.replace('&', '')} ({names})")
        # Buttons show the key too (menus and the shortcut list show the plain text).
        first = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setIconText(f"{text.replace('&', '')} ({first})")
        self._page.addAction(action)
        return action

    @Slot()
    def _on_full_screen_action_triggered(self) -> None:
        window = self._page.window()
        # Toggling the flag keeps a maximized window maximized when full screen ends.
        window.setWindowState(window.windowState() ^ Qt.WindowState.WindowFullScreen)
        window.show()
        self.full_screen_action.setChecked(window.isFullScreen())

    def update(self, state: TimerState | None, *, can_start: bool) -> None:
        """Name and enable the actions for a session in ``state`` (None: none yet)."""
        running = state is TimerState.RUNNING
        active = state in (TimerState.RUNNING, TimerState.PAUSED)
        if running:
            text = self.tr("Pause")
        elif state is TimerState.PAUSED:
            text = self.tr("Resume")
        else:
            text = self.tr("Start")
        self.toggle_action.setText(text)
        self.toggle_action.setIconText(self.tr("{action} (Space)").format(action=text))
        self.toggle_action.setToolTip(self.tr("{action} (Space)").format(action=text))
        self.toggle_action.setEnabled(active or can_start)
        for action in (self.skip_action, self.back_action, self.stop_action):
            action.setEnabled(active)
