"""Daily practice in the window: reminders, the tray's menu, the weekly goal.

Built by the window with the services of the context; it talks through signals
(:attr:`DailyPractice.start_requested`, :attr:`DailyPractice.week_progress_changed`) and
owns no service: the scheduler and the notifier come from ``build_context``.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from acupress_gui.domain.goals import week_progress
from acupress_gui.domain.models import Routine
from acupress_gui.domain.recording import SessionStatus
from acupress_gui.storage.autostart import is_enabled, set_autostart, this_app_command
from acupress_gui.storage.history import HistoryError, HistoryFilter
from acupress_gui.storage.paths import resolve_config_dir
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.platform.sleep_watch import SleepWatch
from acupress_gui.ui.platform.tray import AppTray
from acupress_gui.ui.services.reminder_notices import ReminderNotices
from acupress_gui.ui.shell.reminders_dialog import PracticeChoices, RemindersDialog
from acupress_gui.ui.text.plurals import counted

log = logging.getLogger(__name__)

#: When, after the start, the app begins to listen for the computer waking up.
WAKE_WATCH_DELAY_MS = 5000


def week_text(done: int, goal: int) -> str:
    """ "3 of 5 days this week"."""
    return counted(
        QCoreApplication.translate("DailyPractice", "{done} of %n day(s) this week", None, goal),
        goal,
    ).format(done=done)


class SessionView(Protocol):
    """What is needed of the Session page."""

    def current_routine(self) -> Routine | None:
        """The routine it shows."""
        ...

    def is_running(self) -> bool:
        """Whether a session runs."""
        ...

    def select_routine(self, name_or_id: str) -> bool:
        """Show that routine; False when there is none."""
        ...


class DailyPractice(QObject):
    """Reminders, the tray's menu and the weekly goal, for one window.

    Args:
        context: The services.
        tray: The tray icon, or None where the desktop has no tray.
        session: The Session page.
        window: The window (parent of the dialog; told when there is neither tray nor
            notification server).
    """

    start_requested = Signal()
    """Start the routine the Session page now shows (it was selected already)."""
    week_progress_changed = Signal(str)
    """This week's progress toward the goal, in words."""
    goal_changed = Signal()
    """The weekly goal changed (the calendar reads it again)."""
    message = Signal(str)
    """Something to show in the status bar."""

    def __init__(
        self,
        context: AppContext,
        tray: AppTray | None,
        session: SessionView,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._tray = tray
        self._session = session
        self._window = window
        self.notices: ReminderNotices | None = None
        if context.reminders is not None:
            self.notices = ReminderNotices(
                context.reminders,
                context.notifier,
                routine_name=self._routine_name,
                done_today=self.done_today,
                session_running=session.is_running,
                paused_today=self.paused_today,
                fallback=self._fallback,
                parent=self,
            )
            self.notices.start_requested.connect(self.start_routine)
            if context.notifier is not None:
                context.notifier.action_invoked.connect(self.notices.answer)
                context.notifier.closed.connect(self.notices.closed)
        if tray is not None:
            tray.set_paused(self.paused_today())
            tray.pause_toggled.connect(self._on_tray_pause_toggled)
            tray.start_requested.connect(self._on_tray_start_requested)
            tray.message_clicked.connect(self._on_tray_message_clicked)
            # A new day unpauses: the menu shows it when it opens.
            tray.menu.aboutToShow.connect(lambda: tray.set_paused(self.paused_today()))
        self._told_tray = False
        self.on_routine_selected()

    # ---- state --------------------------------------------------------------------------

    @property
    def has_tray(self) -> bool:
        """Whether the desktop shows the tray icon."""
        return self._tray is not None

    @property
    def tray(self) -> AppTray | None:
        """The tray icon (None where the desktop has no tray)."""
        return self._tray

    def keeps_running_in_tray(self) -> bool:
        """Closing the window keeps the app in the tray (a tray, and a reminder or the
        setting)."""
        settings = self._context.settings
        return self._tray is not None and (settings.keep_in_tray or bool(settings.reminders))

    def today(self) -> date:
        """Today's local date (the history's clock when there is a history)."""
        store = self._context.history_store
        return store.local_today() if store is not None else date.today()

    def paused_today(self) -> bool:
        """True after "Pause reminders for today", until the day is over."""
        return self._context.settings.reminders_paused_on == self.today().isoformat()

    def _find(self, ref: str | None) -> Routine | None:
        """The reminder's routine (``ref``: an id or a name, in any language the app has
        spoken); without one, the routine used last, else the first."""
        library = self._context.routines
        if ref is not None:
            return library.find(ref)
        last = library.find(self._context.settings.last_routine or "")
        routines = library.all_routines()
        return last if last is not None else (routines[0] if routines else None)

    def _routine_name(self, ref: str | None) -> str | None:
        routine = self._find(ref)
        return routine.name if routine is not None else ref

    def done_today(self, ref: str | None) -> bool:
        """True when the reminder's routine was practised (completed or stopped) today."""
        store = self._context.history_store
        name = self._routine_name(ref)
        if store is None or name is None:
            return False
        today = self.today()
        try:
            return any(
                store.count(HistoryFilter(routine=name, date_from=today, date_to=today, status=s))
                for s in (SessionStatus.COMPLETED, SessionStatus.STOPPED)
            )
        except HistoryError as error:
            log.warning("The history could not be asked about today: %s", error)
            return False

    # ---- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Arm the reminders (the app's start; tests that build a window do not), and a few
        seconds later, off the first frame's path, listen for the computer waking up."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Back at the app (a new day or week may have begun): the progress is read again.
            app.applicationStateChanged.connect(self._on_application_state_changed)
        scheduler = self._context.reminders
        if scheduler is None:
            return
        scheduler.start()
        QTimer.singleShot(WAKE_WATCH_DELAY_MS, self._watch_sleep)

    def _watch_sleep(self) -> None:
        scheduler = self._context.reminders
        if scheduler is None or not self._context.settings.reminders:
            return  # nothing to be late for; watched once a reminder is set (next start)
        watch = SleepWatch(parent=self)
        if watch.connect_bus():
            watch.woke.connect(scheduler.check)
            scheduler.set_wake_signal_connected(True)

    def refresh_week(self) -> None:
        """Say this week's progress toward the goal again."""
        store = self._context.history_store
        if store is None:
            return
        goal = self._context.settings.weekly_goal_days
        try:
            progress = week_progress(store.session_days(), store.local_today(), goal)
        except HistoryError as error:
            log.warning("This week's progress could not be read: %s", error)
            return
        self.week_progress_changed.emit(week_text(progress.done, goal))

    @Slot(str)
    def on_routine_selected(self, _routine_id: str = "") -> None:
        """The Session page shows another routine: name it in the tray's Start entry."""
        routine = self._session.current_routine()
        if self._tray is not None and routine is not None:
            self._tray.set_routine_name(routine.name)

    @Slot(str)
    def on_session_ended(self, _session_id: str) -> None:
        """A session ended: this week's progress changed."""
        self.refresh_week()

    @Slot(object)
    def start_routine(self, ref: str | None) -> None:
        """Select ``ref`` (None: the routine used last) and ask for it to start."""
        if self._session.is_running():
            self.message.emit(self.tr("A session is running already."))
            return
        routine = self._find(ref)
        if routine is None or not self._session.select_routine(routine.id):
            self.message.emit(
                self.tr("The reminder's routine {name!r} is not there any more.").format(name=ref)
            )
            return
        self.start_requested.emit()

    def tell_in_tray_once(self) -> None:
        """The window closed into the tray: say so the first time."""
        if self._tray is not None and not self._told_tray:
            self._told_tray = True
            self._tray.tell(
                self.tr("Acupressure is still running"),
                self.tr("It waits in the tray for your reminders. Quit from its menu."),
            )

    def open_dialog(self) -> None:
        """Settings > Reminders…"""
        settings = self._context.settings
        choices = PracticeChoices(
            reminders=list(settings.reminders),
            keep_in_tray=settings.keep_in_tray,
            weekly_goal_days=settings.weekly_goal_days,
            autostart=is_enabled(),
        )
        dialog = RemindersDialog(
            choices,
            self._context.all_routines(),
            tray_available=self._tray is not None,
            parent=self._window,
        )
        if dialog.exec() == RemindersDialog.DialogCode.Accepted:
            self.apply(dialog.choices(), autostart_before=choices.autostart)

    def autostart_command(self) -> list[str]:
        """The command the log-in entry runs: this app, in the tray, with this config folder
        when it is not the usual one (``--config-dir`` or ``$ACUPRESS_CONFIG_DIR``)."""
        folder = self._context.config_dir
        usual = resolve_config_dir(environ={})
        extra = [] if folder.resolve() == usual.resolve() else ["--config-dir", str(folder)]
        return [*this_app_command(), *extra]

    def apply(self, choices: PracticeChoices, *, autostart_before: bool) -> None:
        """Keep what the dialog was left with, and act on it."""
        settings = self._context.settings
        goal_changed = choices.weekly_goal_days != settings.weekly_goal_days
        settings.reminders = choices.reminders
        settings.keep_in_tray = choices.keep_in_tray
        settings.weekly_goal_days = choices.weekly_goal_days
        problem = self._context.save_settings()
        if problem:
            self.message.emit(problem)
        if choices.autostart != autostart_before:
            try:
                path = set_autostart(choices.autostart, self.autostart_command())
            except OSError as error:
                log.warning("The autostart entry could not be changed: %s", error)
                self.message.emit(
                    self.tr("Starting at log-in could not be changed: {error}").format(
                        error=error.strerror or error
                    )
                )
            else:
                self.message.emit(
                    self.tr("acupress-gui now starts in the tray when you log in ({path}).").format(
                        path=path
                    )
                    if choices.autostart
                    else self.tr("acupress-gui no longer starts when you log in.")
                )
        if self._context.reminders is not None:
            self._context.reminders.reschedule()
        if goal_changed:
            self.refresh_week()
            self.goal_changed.emit()

    # ---- slots --------------------------------------------------------------------------

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        # A closed window has closed its services (the history) too.
        if state == Qt.ApplicationState.ApplicationActive and self._window.isVisible():
            self.refresh_week()

    def _fallback(self, title: str, text: str) -> None:
        if self._tray is not None:
            self._tray.tell(title, text)
            return
        self.message.emit(f"{title}. {text}")
        QApplication.alert(self._window)

    @Slot(bool)
    def _on_tray_pause_toggled(self, paused: bool) -> None:
        self._context.settings.reminders_paused_on = self.today().isoformat() if paused else None
        problem = self._context.save_settings()
        if problem:
            self.message.emit(problem)

    @Slot()
    def _on_tray_start_requested(self) -> None:
        routine = self._session.current_routine()
        self.start_routine(routine.id if routine is not None else None)

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        if self.notices is not None and self.notices.last_fallback is not None:
            self.notices.start_last_fallback()
