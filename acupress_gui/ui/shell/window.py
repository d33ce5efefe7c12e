"""The window's frame: a declared set of pages behind a page bar, the View menu, geometry.

Pages are registered with a key, a title, a shortcut and a factory, and built the first time
they are shown. The geometry is restored only once the window is complete (see
ui/platform/window_geometry.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStackedWidget, QToolBar, QWidget

from acupress_gui.ui.context import AppContext
from acupress_gui.ui.platform.window_geometry import encode_geometry, restore_geometry

#: The smallest window every page still works in (laptops with 600 px of height).
MINIMUM_SIZE = (960, 540)


@dataclass
class _Page:
    key: str
    title: str
    factory: Callable[[], QWidget]
    action: QAction
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """Top-level window. Pages are built the first time they are shown."""

    closed = Signal()
    """The window was closed (after the pages saved what they had)."""

    #: Warnings kept for the first time the window opens (see show_warnings_when_shown).
    _pending_warnings: list[str] | None = None

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Acupressure for back pain"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._pages: dict[str, _Page] = {}
        self._page_group = QActionGroup(self)
        self._page_group.setExclusive(True)

        self.page_bar = QToolBar(QCoreApplication.translate("MainWindow", "Pages"))
        self.page_bar.setObjectName("pages")
        self.page_bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Pages"))
        self.page_bar.setMovable(False)
        self.page_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.page_bar)
        self.view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))

        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        self.quit_action = quit_action
        self.addAction(quit_action)

    #: True once the person chose Quit: closing then quits even where the tray would stay.
    quitting = False

    def quit_app(self) -> None:
        """Quit (File > Quit, Ctrl+Q, the tray's Quit), not just close into the tray."""
        self.quitting = True
        self.close()

    def add_page(
        self, key: str, title: str, factory: Callable[[], QWidget], shortcut: str
    ) -> QAction:
        """Register a page; it is built when first shown."""
        action = QAction(title, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{title.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self._page_group.addAction(action)
        self.page_bar.addAction(action)
        self.view_menu.addAction(action)
        self._pages[key] = _Page(key, title, factory, action)
        return action

    def add_menu(self, title: str, actions: Sequence[QAction] = ()) -> QMenu:
        """A menu after the ones already there (build Help last)."""
        menu = self.menuBar().addMenu(title)
        menu.addActions(list(actions))
        return menu

    def page(self, key: str) -> QWidget:
        """The page widget, building it if needed."""
        entry = self._pages[key]
        if entry.widget is None:
            entry.widget = entry.factory()
            self._stack.addWidget(entry.widget)
        return entry.widget

    def built_pages(self) -> list[str]:
        """Keys of the pages built so far."""
        return [key for key, entry in self._pages.items() if entry.widget is not None]

    def page_keys(self) -> list[str]:
        """Keys of every page in page-bar order."""
        return list(self._pages)

    def page_actions(self) -> list[QAction]:
        """The actions that show each page."""
        return [entry.action for entry in self._pages.values()]

    def show_page(self, key: str) -> None:
        """Make ``key`` the visible page."""
        widget = self.page(key)
        self._stack.setCurrentWidget(widget)
        self._pages[key].action.setChecked(True)
        widget.setFocus()

    def current_page(self) -> str | None:
        """Key of the visible page."""
        current = self._stack.currentWidget()
        for key, entry in self._pages.items():
            if entry.widget is current and current is not None:
                return key
        return None

    def show_warnings(self, extra: Sequence[str] = ()) -> None:
        """Tell the person once about files that could not be used."""
        warnings = [*self.context.warnings, *extra]
        if not warnings:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Some files could not be used"),
            "\n\n".join(warnings),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def show_warnings_when_shown(self, extra: Sequence[str] = ()) -> None:
        """For a start without a window (``--background``): tell the person about the files
        that could not be used the first time the window opens, not never."""
        self._pending_warnings = list(extra)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._pending_warnings = self._pending_warnings, None
        if pending is not None:
            self.show_warnings(pending)

    def restore_window_geometry(self) -> None:
        """Put the complete window where it was last time (call once, before showing it)."""
        restore_geometry(self, self.context.settings.window_geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.window_geometry = encode_geometry(self)
        self.context.save_settings()
        super().closeEvent(event)
        self.closed.emit()
