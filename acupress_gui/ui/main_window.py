"""The main window: pages reachable from the toolbar and by keyboard, menus, messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from acupress_gui import __version__
from acupress_gui.domain.models import Catalog
from acupress_gui.storage.settings import Settings, SettingsStore


@dataclass
class AppContext:
    """What every page needs: the catalogue, the user's settings and where files live."""

    config_dir: Path
    catalog: Catalog
    settings_store: SettingsStore
    settings: Settings
    warnings: list[str] = field(default_factory=list)

    def save_settings(self) -> str | None:
        """Write the settings; returns a message for the user when that failed."""
        try:
            self.settings_store.save(self.settings)
        except OSError as error:
            return f"Settings could not be saved to {self.settings_store.path}: {error.strerror}"
        return None


@dataclass
class _Page:
    key: str
    title: str
    factory: Callable[[], QWidget]
    action: QAction
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    """Top-level window. Pages are built the first time they are shown."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Acupressure for back pain"))
        self.setMinimumSize(1024, 640)
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._pages: dict[str, _Page] = {}
        self._page_group = QActionGroup(self)
        self._page_group.setExclusive(True)

        self.page_bar = QToolBar(self.tr("Pages"))
        self.page_bar.setObjectName("pages")
        self.page_bar.setAccessibleName(self.tr("Pages"))
        self.page_bar.setMovable(False)
        self.page_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.page_bar)

        self._view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)
        self.help_menu = help_menu

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self._restore_geometry()

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
        self._view_menu.addAction(action)
        self._pages[key] = _Page(key, title, factory, action)
        return action

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
        """Keys of every page in toolbar order."""
        return list(self._pages)

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

    def show_warnings(self) -> None:
        """Tell the user once about files that could not be used."""
        if not self.context.warnings:
            return
        text = "\n\n".join(self.context.warnings)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some files could not be used"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.window_geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.settings.window_geometry = encoded
        self.context.save_settings()
        super().closeEvent(event)

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About acupress-gui"),
            self.tr(
                "acupress-gui {version}\n\nGuided acupressure for back pain. The points, "
                "timings and cautions come from the articles named on each point. This app "
                "is not a substitute for professional care."
            ).format(version=__version__),
        )
