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

    def __init__(self, actions: Sequence[QAction] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Acupressure"))
        # A menu has no QObject parent here: the tray keeps it, as long as it lives.
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Tray menu"))
        for action in actions:
            self.menu.addAction(action)
        show = self.menu.addAction(self.tr("Show window"))
        show.triggered.connect(self.show_requested)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.show()

    @staticmethod
    def available() -> bool:
        """Whether the desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

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
