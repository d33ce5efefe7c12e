"""The tray icon: a way back to the window, and the session's start/pause from the panel.

Only built where the desktop has a tray. It talks through signals: the window decides what
"show" and "quit" mean.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from acupress_gui.ui.platform.icons import app_icon

log = logging.getLogger(__name__)


class AppTray(QObject):
    """The app's tray icon and its menu."""

    show_requested = Signal()
    """Open the window (a click on the icon, or "Show window")."""
    quit_requested = Signal()
    """Quit from the tray menu."""
    start_requested = Signal()
    """"Start <routine>": start the routine the Session page shows."""
    pause_toggled = Signal(bool)
    """"Pause reminders for today" was checked (True) or unchecked."""
    message_clicked = Signal()
    """The balloon message was clicked."""

    def __init__(self, actions: Sequence[QAction] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Acupressure"))
        # A menu has no QObject parent here: the tray keeps it, as long as it lives.
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Tray menu"))
        self.open_action = self.menu.addAction(self.tr("Open"))
        self.open_action.triggered.connect(self.show_requested)
        self.start_action = self.menu.addAction(self.tr("Start session"))
        self.start_action.triggered.connect(self.start_requested)
        for action in actions:
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.pause_action = self.menu.addAction(self.tr("Pause reminders for today"))
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.icon.show()

    @staticmethod
    def available() -> bool:
        """Whether the desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_routine_name(self, name: str) -> None:
        """Name the routine "Start" starts."""
        self.start_action.setText(self.tr("Start {routine}").format(routine=name))

    def set_paused(self, paused: bool) -> None:
        """Show whether reminders are paused for today (without reporting a change)."""
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(False)

    def tell(self, title: str, text: str, msecs: int = 8000) -> None:
        """A balloon message from the tray icon."""
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, msecs)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A right click opens the menu; only a click or double click raises the window.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
