"""The app's window: the Session, Routines, History and Points pages, menus, tray, help.

Everything it shows comes from the :class:`~acupress_gui.ui.context.AppContext`, complete
before the window is built; the window builds the pages, declares the page registry and the
menus in their order, and connects signals. It owns no service.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, SignalInstance, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox

from acupress_gui.domain.models import Routine
from acupress_gui.domain.routine_edit import step_from_point
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.platform.tray import AppTray
from acupress_gui.ui.platform.window_geometry import encode_geometry
from acupress_gui.ui.session.controller import Clock, TimerFactory
from acupress_gui.ui.session.cue_router import CueRouter
from acupress_gui.ui.session.page import SessionPage
from acupress_gui.ui.session.plan_options import PlanOptions
from acupress_gui.ui.session.services import SessionServices
from acupress_gui.ui.shell.about import show_about
from acupress_gui.ui.shell.daily_practice import DailyPractice
from acupress_gui.ui.shell.safety_notice import SafetyNotice
from acupress_gui.ui.shell.settings_keeper import SettingsKeeper
from acupress_gui.ui.shell.settings_menu import SettingsMenu
from acupress_gui.ui.shell.timing_dialog import TimingDialog
from acupress_gui.ui.shell.view_menu import ViewOptions
from acupress_gui.ui.shell.window import MainWindow
from acupress_gui.ui.signals import connect_all
from acupress_gui.ui.widgets.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from acupress_gui.ui.history.page import HistoryPage
    from acupress_gui.ui.points.browser import PointBrowser
    from acupress_gui.ui.routines.page import RoutinesPage

log = logging.getLogger(__name__)


class AppWindow(MainWindow):
    """The app's window."""

    #: False until __init__ has finished: event handlers do nothing on a half-built window.
    _built = False

    def __init__(
        self,
        context: AppContext,
        *,
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
    ) -> None:
        super().__init__(context)
        settings = context.settings
        self.session_page = SessionPage(
            context.catalog,
            SessionServices(
                recorder=context.recorder,
                clock=clock,
                timer_factory=timer_factory,
                pregnant=lambda: settings.pregnant,
                # Nobody starts a session without having read the safety notice once.
                safety_gate=lambda: settings.safety_notice_accepted or self.show_safety_notice(),
                plan_options=lambda: PlanOptions.from_settings(settings),
                session_saved=context.session_saved,
                streak=context.session_streak,
                checkin_due=context.checkin_due,
            ),
            helper=settings.helper_presses,
        )
        actions = self.session_page.session_actions
        actions.mute_action.setChecked(settings.muted)
        self.cue_router = CueRouter(
            context.cues, context.voice, self, helper=lambda: self.session_page.helper_mode
        )
        self.session_page.set_routines(context.all_routines(), select=settings.last_routine)
        self.settings_menu = SettingsMenu(settings, actions.mute_action, self)
        self.keeper = SettingsKeeper(context, self)
        self._tray = AppTray([actions.toggle_action], self) if AppTray.available() else None
        self.practice = DailyPractice(context, self._tray, self.session_page, self)

        # The page registry, in page-bar order.
        self.add_page("session", self.tr("&Session"), lambda: self.session_page, "Ctrl+1")
        self.add_page("routines", self.tr("&Routines"), self._build_routines_page, "Ctrl+2")
        if context.history_store is not None:
            self.add_page("history", self.tr("&History"), self._build_history_page, "Ctrl+3")
        self.add_page("points", self.tr("&Points"), self._build_points_page, "Ctrl+4")

        # Menus, in menu-bar order: View (pages), Routine, History, Settings, Help.
        self.view_menu.addSeparator()
        self.view_menu.addAction(actions.full_screen_action)
        self.view_options = ViewOptions(settings.text_scale, settings.theme, self.view_menu, self)
        self.session_page.set_text_scale(settings.text_scale)
        self.session_page.set_breathing_guide(
            settings.breathing_guide, reduced_motion=settings.reduce_motion
        )
        # Filled from the Routines page the first time it opens (the page is built then).
        self._routine_menu = self.add_menu(self.tr("&Routine"))
        self._routine_menu.aboutToShow.connect(self._fill_routine_menu)
        self._history_actions = (
            self._history_menu_actions() if context.history_store is not None else []
        )
        if self._history_actions:
            self.add_menu(self.tr("His&tory"), self._history_actions)
        self.menuBar().addMenu(self.settings_menu.menu)
        self.help_menu = self.add_menu(self.tr("&Help"), self._help_actions())
        self.setAcceptDrops(True)
        self._connect()
        self.show_page("session")
        self._built = True

    def _connect(self) -> None:
        page, context = self.session_page, self.context
        keeper, menu, practice = self.keeper, self.settings_menu, self.practice
        wiring: list[tuple[SignalInstance, Callable[..., object]]] = [
            (page.message, self._on_message),
            (page.running_changed, self._on_session_page_running_changed),
            (page.session_ended, self._on_session_page_session_ended),
            (keeper.status, self._on_status),
            (keeper.routines_affected, self._on_routines_affected),
            (keeper.text_scale_changed, page.set_text_scale),
            (keeper.breathing_changed, self._on_breathing_changed),
            (page.mute_toggled, keeper.set_muted),
            (page.routine_selected, keeper.set_last_routine),
            (page.cue, self.cue_router.route),
            (self.cue_router.cue_failed, self._on_message),
            (context.cues.sound_unavailable, self._on_long_message),
            (context.cues.flash_requested, page.flash),
            (context.voice.voice_unavailable, self._on_voice_unavailable),
            (context.routines.changed, self._on_routines_changed),
            (menu.pregnant_changed, keeper.set_pregnant),
            (menu.voice_changed, keeper.set_voice),
            (menu.volume_changed, keeper.set_volume),
            (menu.breathing_changed, keeper.set_breathing),
            (menu.timing_requested, self._on_timing_requested),
            (menu.checkin_changed, keeper.set_checkin),
            (menu.language_menu.language_chosen, keeper.set_language),
            (page.setup_panel.helper_toggled, keeper.set_helper),
            (self.view_options.text_scale_changed, keeper.set_text_scale),
            (self.view_options.theme_changed, keeper.set_theme),
            (practice.start_requested, self._on_practice_start_requested),
            (practice.week_progress_changed, page.setup_panel.show_week_progress),
            (practice.message, self._on_long_message),
            (menu.reminders_requested, practice.open_dialog),
            (page.session_ended, practice.on_session_ended),
            (page.routine_selected, practice.on_routine_selected),
        ]
        if context.history is not None:
            wiring += [
                (context.history.message, self._on_long_message),
                (context.history.damaged, self._on_history_damaged),
            ]
        if self._tray is not None:
            wiring += [
                (self._tray.show_requested, self.bring_to_front),
                (self._tray.quit_requested, self.quit_app),
            ]
        connect_all(wiring)
        practice.refresh_week()

    @Slot()
    def _on_practice_start_requested(self) -> None:
        """A reminder's "Start now" or the tray's Start (after the safety notice rules)."""
        self.bring_to_front()
        self.show_page("session")
        self.first_run_check(start=True)

    # ---- pages and menus (all but Session built, modules loaded, when first needed) -----

    @property
    def routines_page(self) -> RoutinesPage:
        """The Routines page, built the first time it is asked for."""
        from acupress_gui.ui.routines.page import RoutinesPage

        page = self.page("routines")
        assert isinstance(page, RoutinesPage)
        return page

    def _build_routines_page(self) -> RoutinesPage:
        from acupress_gui.ui.routines.page import RoutinesPage

        settings = self.context.settings
        return RoutinesPage(
            self.context.catalog,
            self.context.routines,
            pregnant=lambda: settings.pregnant,
            prepare_seconds=lambda: settings.prepare_seconds,
        )

    @Slot()
    def _fill_routine_menu(self) -> None:
        if not self._routine_menu.actions():
            self._routine_menu.addActions(self.routines_page.menu_actions())

    def _build_history_page(self) -> HistoryPage:
        from acupress_gui.ui.history.page import HistoryPage

        store = self.context.history_store
        assert store is not None
        settings = self.context.settings
        page = HistoryPage(
            store, self.context.catalog, weekly_goal=lambda: settings.weekly_goal_days
        )
        self.practice.goal_changed.connect(page.history_changed_elsewhere)
        self.session_page.session_ended.connect(page.history_changed_elsewhere)
        self.session_page.session_rated.connect(page.history_changed_elsewhere)
        return page

    def _build_points_page(self) -> PointBrowser:
        from acupress_gui.ui.points.browser import PointBrowser

        page = PointBrowser(self.context.catalog)
        page.practise_requested.connect(self._on_practise_requested)
        page.add_requested.connect(self._on_add_point_requested)
        return page

    @Slot(str)
    def _on_practise_requested(self, point_id: str) -> None:
        """A one-point session with the point's own timings, started at once."""
        point = self.context.catalog.point(point_id)
        if point is None or self.session_page.is_running():
            return
        routine = Routine(
            id=f"practise-{point_id.lower()}",
            name=self.tr("Practise {point}").format(point=f"{point.id} {point.display_name}"),
            steps=[step_from_point(point, prepare_seconds=self.context.settings.prepare_seconds)],
            builtin=True,
        )
        self.session_page.set_routines([*self.context.all_routines(), routine], select=routine.id)
        self.show_page("session")
        self.session_page.start_session()

    @Slot(str)
    def _on_add_point_requested(self, point_id: str) -> None:
        """Add the point to the open routine of the person's own (a new one if a built-in
        routine is open), and show it on the Routines page."""
        page = self.routines_page
        current = page.current_routine()
        target = page.new_routine() if current is None or current.builtin else current
        self.show_page("routines")
        if page.steps_model.add_points([point_id]):
            self.statusBar().showMessage(
                self.tr("{point} added to {routine}.").format(point=point_id, routine=target.name),
                6000,
            )

    def _history_menu_actions(self) -> list[QAction]:
        # These work before the History page is built: they build and show it first.
        export = QAction(self.tr("E&xport history as CSV…"), self)
        export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export.triggered.connect(self._on_export_history_triggered)
        imported = QAction(self.tr("&Import history from CSV…"), self)
        imported.setShortcut(QKeySequence("Ctrl+Shift+I"))
        imported.triggered.connect(self._on_import_history_triggered)
        report = QAction(self.tr("Export &report…"), self)
        report.setShortcut(QKeySequence("Ctrl+Shift+R"))
        report.triggered.connect(self._on_export_report_triggered)
        return [export, imported, report]

    def _help_actions(self) -> list[QAction]:
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts.triggered.connect(self.show_shortcuts)
        safety = QAction(self.tr("&Safety notice"), self)
        safety.triggered.connect(lambda: self.show_safety_notice())
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._on_about_triggered)
        return [shortcuts, safety, about]

    def _history_page(self) -> HistoryPage:
        from acupress_gui.ui.history.page import HistoryPage

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

    @Slot()
    def _on_export_report_triggered(self) -> None:
        """History > Export report…: the report for the doctor, with a preview."""
        # Imported here: QtPrintSupport (for the preview) is not loaded at start-up.
        from acupress_gui.ui.report.dialog import ReportDialog

        store = self.context.history_store
        assert store is not None
        dialog = ReportDialog(store, self.context.catalog, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_long_message)
        dialog.open()

    @Slot()
    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): every key, read from the actions."""
        actions = self.session_page.session_actions
        groups = [
            (self.tr("Session"), actions.all_actions()),
            (self.tr("Pages"), self.page_actions()),
            (self.tr("Routines"), self.routines_page.menu_actions()),
            (self.tr("History"), self._history_actions),
            (self.tr("View"), self.view_options.size_actions()),
            (self.tr("Window"), [self.quit_action, *self.help_menu.actions()]),
        ]
        dialog = ShortcutsDialog(groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_about_triggered(self) -> None:
        show_about(self)

    # ---- settings ----------------------------------------------------------------------

    def _save(self) -> bool:
        return self.keeper.save()

    @Slot()
    def _on_timing_requested(self) -> None:
        dialog = TimingDialog(self.context.settings, self)
        if dialog.exec() == TimingDialog.DialogCode.Accepted:
            dialog.apply_to(self.context.settings)
            self._save()
            self.session_page.set_routines(self.context.all_routines())

    @Slot()
    def _on_routines_affected(self) -> None:
        self.session_page.set_routines(self.context.all_routines())

    @Slot(str, int)
    def _on_status(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    @Slot(bool, bool)
    def _on_breathing_changed(self, enabled: bool, reduce_motion: bool) -> None:
        self.session_page.set_breathing_guide(enabled, reduced_motion=reduce_motion)

    # ---- session, cues, messages --------------------------------------------------------

    @Slot(str)
    def _on_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 8000)
        else:
            self.statusBar().clearMessage()

    @Slot(str)
    def _on_long_message(self, text: str) -> None:
        # Whole sentences about sound or the history: long enough to be read.
        self.statusBar().showMessage(text, 15000)

    @Slot(bool)
    def _on_session_page_running_changed(self, running: bool) -> None:
        if running:
            self.context.screen_awake.hold(self.tr("Guided acupressure session"))
        else:
            self.context.screen_awake.release()

    @Slot(str)
    def _on_session_page_session_ended(self, _session_id: str) -> None:
        self.context.screen_awake.release()
        if self._tray is not None and (not self.isVisible() or self.isMinimized()):
            self._tray.tell(
                self.tr("Session finished"),
                self.session_page.summary_panel.summary_text.text(),
            )

    @Slot()
    def _on_routines_changed(self) -> None:
        self.session_page.set_routines(self.context.all_routines())

    @Slot(str)
    def _on_history_damaged(self, message: str) -> None:
        """The background check found damage: say so, and offer a copy of what can be read."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Your history is damaged"),
            message,
            QMessageBox.StandardButton.Close,
            self,
        )
        copy = box.addButton(self.tr("&Copy what can be read"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is copy and self.context.history is not None:
            try:
                path = self.context.history.salvage_copy()
            except OSError as error:
                log.warning("the history could not be copied: %s", error)
                self.statusBar().showMessage(
                    self.tr("The copy could not be made: {error}").format(error=error), 15000
                )
                return
            self.statusBar().showMessage(
                self.tr("Every readable session was copied to {path}.").format(path=path), 20000
            )

    @Slot(str)
    def _on_voice_unavailable(self, reason: str) -> None:
        self.settings_menu.set_voice_checked(False)
        self.context.settings.voice_enabled = False
        self._save()
        self.statusBar().showMessage(
            self.tr("Voice cues were turned off: {reason}").format(reason=reason), 15000
        )

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

    # ---- window ------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Show the window where the person left it: un-minimised, but still maximised or
        full screen if it was."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A saved maximized state restored early would arrive here before the pages exist.
        if self._built and event.type() == QEvent.Type.WindowStateChange:
            full = self.isFullScreen()
            self.session_page.session_actions.full_screen_action.setChecked(full)
            # A calm full screen: only the page, no menu bar, page bar or status bar.
            for chrome in (self.menuBar(), self.page_bar, self.statusBar()):
                chrome.setVisible(not full)
            if full:
                self.show_page("session")

    # ---- safety ------------------------------------------------------------------------

    def show_safety_notice(self) -> bool:
        """Show the safety notice; True when it is (or was already) accepted."""
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
        if "routines" in self.built_pages():
            self.routines_page.commit_pending_edits()
        self.context.screen_awake.release()
        if not self.quitting and self.practice.keeps_running_in_tray():
            # Reminders need the app: the window goes, the app stays in the tray.
            self.context.settings.window_geometry = encode_geometry(self)
            self.context.save_settings()
            event.ignore()
            self.hide()
            self.practice.tell_in_tray_once()
            return
        super().closeEvent(event)
