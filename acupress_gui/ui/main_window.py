"""The main window: pages reachable from the toolbar and by keyboard, menus, messages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from acupress_gui import __version__
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.history.page import HistoryPage
from acupress_gui.ui.platform.window_geometry import encode_geometry, restore_geometry
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.services.routine_library import RoutineLibrary


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

    def keep_help_menu_last(self) -> None:
        """Menus added after Help move in front of it, as desktop conventions expect."""
        bar = self.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())

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

    def restore_window_geometry(self) -> None:
        """Put the complete window where it was last time (call once, before showing it)."""
        restore_geometry(self, self.context.settings.window_geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.window_geometry = encode_geometry(self)
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


class AppWindow(MainWindow):
    """The app's window: Session, Routines, History and Points pages, menus, tray."""

    def __init__(
        self,
        context: AppContext,
        *,
        clock: object | None = None,
        timer_factory: object | None = None,
        sound_backend: object | None = None,
        voice_engine: str | None = None,
        history: HistoryStore | None = None,
    ) -> None:
        super().__init__(context)
        from acupress_gui.ui.cues import CuePlayer, VoiceCues
        from acupress_gui.ui.platform.screen_awake import ScreenAwake
        from acupress_gui.ui.points.browser import PointBrowser
        from acupress_gui.ui.session.cue_router import CueRouter
        from acupress_gui.ui.session.page import SessionPage

        settings = context.settings
        self.session_page = SessionPage(
            context.catalog,
            context.recorder,
            clock=clock,  # type: ignore[arg-type]
            timer_factory=timer_factory,  # type: ignore[arg-type]
            pregnant=lambda: settings.pregnant,
            # Nobody starts a session without having read the safety notice once.
            safety_gate=lambda: settings.safety_notice_accepted or self.show_safety_notice(),
        )
        self.session_page.message.connect(self._on_session_page_message)
        self.session_page.running_changed.connect(self._on_session_page_running_changed)
        self.session_page.session_ended.connect(self._on_session_page_session_ended)
        self.session_page.mute_toggled.connect(self._on_session_page_mute_toggled)
        self.session_page.routine_selected.connect(self._on_session_page_routine_selected)
        self.session_page.session_actions.mute_action.setChecked(settings.muted)
        self.screen_awake = ScreenAwake(parent=self)
        #: Called once when the window closes (after a running session was recorded).
        self.close_hooks: list[Callable[[], None]] = []

        # Cues: nothing is loaded until the first cue (sound) or the first phrase (voice).
        self.cues = CuePlayer(
            self,
            volume=settings.volume,
            muted=settings.muted,
            backend=sound_backend,  # type: ignore[arg-type]
        )
        self.cues.sound_unavailable.connect(self._on_cues_sound_unavailable)
        self.cues.flash_requested.connect(self.session_page.flash)
        self.voice = VoiceCues(self, enabled=settings.voice_enabled, engine=voice_engine)
        self.voice.voice_unavailable.connect(self._on_voice_voice_unavailable)
        self.cue_router = CueRouter(self.cues, self.voice, self)
        self.session_page.cue.connect(self.cue_router.route)
        self.cue_router.cue_failed.connect(self._on_session_page_message)
        self._tray = self._build_tray()

        self.add_page("session", self.tr("&Session"), lambda: self.session_page, "Ctrl+1")
        # The user's routines, which the Routines page edits and the Session page offers.
        self.routine_library = RoutineLibrary(context.catalog, RoutineStore(context.config_dir))
        context.user_routines = self.routine_library.user_routines
        context.warnings.extend(
            w for w in self.routine_library.load_warnings if w not in context.warnings
        )
        self.routine_library.changed.connect(self._on_routine_library_changed)
        self.routines_page = RoutinesPage(
            context.catalog,
            self.routine_library,
            pregnant=lambda: settings.pregnant,
            prepare_seconds=lambda: settings.prepare_seconds,
        )
        self.session_page.set_routines(context.all_routines(), select=settings.last_routine)
        self.add_page("routines", self.tr("&Routines"), lambda: self.routines_page, "Ctrl+2")
        routine_menu = self.menuBar().addMenu(self.tr("&Routine"))
        routine_menu.addActions(self.routines_page.menu_actions())
        self.setAcceptDrops(True)
        if history is not None:
            self.add_page(
                "history", self.tr("&History"), lambda: self._build_history_page(history), "Ctrl+3"
            )
        self.add_page("points", self.tr("&Points"), lambda: PointBrowser(context.catalog), "Ctrl+4")
        self._build_settings_menu()
        if history is not None:
            self._build_history_menu()
        safety = QAction(self.tr("&Safety notice"), self)
        safety.triggered.connect(lambda: self.show_safety_notice())
        self.help_menu.insertAction(self.help_menu.actions()[0], safety)
        self.show_page("session")

    # ---- history -----------------------------------------------------------------------

    def _build_history_page(self, history: HistoryStore) -> HistoryPage:
        page = HistoryPage(history, self.context.catalog)
        self.session_page.session_ended.connect(page.history_changed_elsewhere)
        self.session_page.session_rated.connect(page.history_changed_elsewhere)
        return page

    def _build_history_menu(self) -> None:
        # These work before the History page is built: they build and show it first.
        menu = self.menuBar().addMenu(self.tr("His&tory"))
        export = QAction(self.tr("E&xport history as CSV…"), self)
        export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export.triggered.connect(self._on_export_history_triggered)
        imported = QAction(self.tr("&Import history from CSV…"), self)
        imported.setShortcut(QKeySequence("Ctrl+Shift+I"))
        imported.triggered.connect(self._on_import_history_triggered)
        menu.addActions([export, imported])

    def _history_page(self) -> HistoryPage:
        self.show_page("history")
        page = self.page("history")
        assert isinstance(page, HistoryPage)
        return page

    @Slot()
    def _on_export_history_triggered(self) -> None:
        self._history_page().export_action.trigger()

    @Slot()
    def _on_import_history_triggered(self) -> None:
        self._history_page().import_action.trigger()

    # ---- menus -------------------------------------------------------------------------

    def _build_settings_menu(self) -> None:
        settings = self.context.settings
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_menu = menu
        self.pregnant_action = QAction(self.tr("I am &pregnant"), self)
        self.pregnant_action.setCheckable(True)
        self.pregnant_action.setChecked(settings.pregnant)
        self.pregnant_action.setToolTip(
            self.tr("Flag points the sources advise against in pregnancy, and ask before them")
        )
        self.pregnant_action.toggled.connect(self._on_pregnant_action_toggled)
        menu.addAction(self.pregnant_action)
        self.voice_action = QAction(self.tr("&Voice cues"), self)
        self.voice_action.setCheckable(True)
        self.voice_action.setChecked(settings.voice_enabled)
        self.voice_action.toggled.connect(self._on_voice_action_toggled)
        menu.addAction(self.voice_action)
        menu.addAction(self.session_page.session_actions.mute_action)
        volume_menu = menu.addMenu(self.tr("Sound &volume"))
        group = QActionGroup(self)
        for percent in (25, 50, 75, 100):
            action = QAction(f"{percent} %", self)
            action.setCheckable(True)
            action.setChecked(round(settings.volume * 100) == percent)
            action.triggered.connect(lambda _c=False, p=percent: self._set_volume(p / 100))
            group.addAction(action)
            volume_menu.addAction(action)

    def _save(self) -> bool:
        """Write the settings; a failure is shown in the status bar. True when saved."""
        problem = self.context.save_settings()
        if problem:
            self.statusBar().showMessage(problem, 10000)
        return problem is None

    def _set_volume(self, volume: float) -> None:
        self.context.settings.volume = volume
        self._save()
        self.cues.set_volume(volume)

    @Slot(bool)
    def _on_pregnant_action_toggled(self, checked: bool) -> None:
        self.context.settings.pregnant = checked
        self._save()
        self.session_page.set_routines(self.context.all_routines())

    @Slot(bool)
    def _on_voice_action_toggled(self, checked: bool) -> None:
        self.context.settings.voice_enabled = checked
        self._save()
        self.voice.set_enabled(checked)

    @Slot(bool)
    def _on_session_page_mute_toggled(self, muted: bool) -> None:
        self.context.settings.muted = muted
        saved = self._save()
        self.cues.set_muted(muted)
        if saved:  # never cover the message that the settings could not be saved
            self.statusBar().showMessage(
                self.tr("Sound off") if muted else self.tr("Sound on"), 3000
            )

    @Slot(str)
    def _on_session_page_routine_selected(self, routine_id: str) -> None:
        if routine_id != self.context.settings.last_routine:
            self.context.settings.last_routine = routine_id
            self._save()

    # ---- session -----------------------------------------------------------------------

    @Slot(str)
    def _on_session_page_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    @Slot(bool)
    def _on_session_page_running_changed(self, running: bool) -> None:
        if running:
            self.screen_awake.hold(self.tr("Guided acupressure session"))
        else:
            self.screen_awake.release()

    @Slot(str)
    def _on_session_page_session_ended(self, _session_id: str) -> None:
        self.screen_awake.release()
        tray = self._tray
        if tray is not None and (not self.isVisible() or self.isMinimized()):
            from PySide6.QtWidgets import QSystemTrayIcon

            assert isinstance(tray, QSystemTrayIcon)
            tray.showMessage(
                self.tr("Session finished"),
                self.session_page.summary_panel.summary_text.text(),
                QSystemTrayIcon.MessageIcon.Information,
                8000,
            )

    @Slot()
    def _on_routine_library_changed(self) -> None:
        self.session_page.set_routines(self.context.all_routines())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A routine file dropped anywhere on the window is imported."""
        imported = False
        for url in event.mimeData().urls():
            if url.isLocalFile():
                imported = self.routines_page.import_file(url.toLocalFile()) or imported
        if imported:
            event.acceptProposedAction()

    # ---- cues --------------------------------------------------------------------------

    @Slot(str)
    def _on_cues_sound_unavailable(self, message: str) -> None:
        # The player's message is a whole sentence, already saying the flash replaces sound.
        self.statusBar().showMessage(message, 15000)

    @Slot(str)
    def _on_voice_voice_unavailable(self, reason: str) -> None:
        self.voice_action.blockSignals(True)
        self.voice_action.setChecked(False)
        self.voice_action.blockSignals(False)
        self.context.settings.voice_enabled = False
        self._save()
        self.statusBar().showMessage(
            self.tr("Voice cues were turned off: {reason}").format(reason=reason), 15000
        )

    # ---- tray --------------------------------------------------------------------------

    def _build_tray(self) -> object | None:
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        from acupress_gui.ui.platform.icons import app_icon

        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(self.tr("Acupressure"))
        menu = QMenu(self)
        menu.addAction(self.session_page.session_actions.toggle_action)
        show = menu.addAction(self.tr("Show window"))
        show.triggered.connect(self.bring_to_front)
        menu.addAction(self.tr("Quit"), self.close)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        return tray

    def bring_to_front(self) -> None:
        """Show the window where the user left it: un-minimised, but still maximised or full
        screen if it was."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.session_page.session_actions.full_screen_action.setChecked(self.isFullScreen())

    def _on_tray_activated(self, reason: object) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        # A right click opens the menu; only a click or double click raises the window.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.bring_to_front()

    # ---- safety ------------------------------------------------------------------------

    def show_safety_notice(self) -> bool:
        """Show the safety notice; True when it is (or was already) accepted."""
        from acupress_gui.ui.safety import SafetyNotice

        settings = self.context.settings
        dialog = SafetyNotice(
            self.context.catalog.general_cautions,
            accepted_before=settings.safety_notice_accepted,
            parent=self,
        )
        accepted = dialog.exec() == SafetyNotice.DialogCode.Accepted
        if accepted and not settings.safety_notice_accepted:
            settings.safety_notice_accepted = True
            self._save()
        return settings.safety_notice_accepted

    def first_run_check(self, *, start: bool) -> None:
        """On a first run show the safety notice; start the session once it is accepted."""
        if not self.context.settings.safety_notice_accepted and not self.show_safety_notice():
            self.statusBar().showMessage(
                self.tr("Please read the safety notice (Help menu) before your first session."),
                15000,
            )
            return
        if start:
            # Accepted just now: start_session's own check passes without asking again.
            self.show_page("session")
            self.session_page.start_session()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session_page.is_running():
            # Record what was done: closing is a stop, not a loss.
            self.session_page.stop()
        self.session_page.save_unsaved_rating()
        self.routines_page.commit_pending_edits()
        self.screen_awake.release()
        self.voice.shutdown()
        super().closeEvent(event)
        hooks, self.close_hooks = self.close_hooks, []
        for hook in hooks:
            hook()
