"""The running app: QApplication, theme, the crash handler, one instance, the window.

:func:`run_gui` is the whole life of a normal start: it makes the QApplication, installs the
handler that logs and shows unexpected errors, makes sure only one copy uses the config
folder, builds the services (ui/context.py), then the window, restores its geometry once it
is complete, shows it and runs until it is closed.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QApplication, QMessageBox

from acupress_gui import __version__
from acupress_gui.errors import StartupError
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.platform.crash_handler import CrashHandler
from acupress_gui.ui.platform.first_frame import FirstFrameWatcher
from acupress_gui.ui.platform.single_instance import SingleInstance
from acupress_gui.ui.platform.termination import TerminationWatch

log = logging.getLogger(__name__)

APP_ID = "io.github.acupressgui.AcupressGui"


def ensure_platform_for_headless() -> None:
    """Fall back to the offscreen platform when there is no display to connect to."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, styled and following the desktop's theme."""
    existing = QApplication.instance()
    app = existing if existing is not None else QApplication([sys.argv[0], *(argv or [])])
    QGuiApplication.setApplicationName("acupress-gui")
    QGuiApplication.setApplicationDisplayName("Acupressure")
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    assert isinstance(app, QApplication)
    # The style's pixmap cache runs a cleanup timer for as long as it holds anything,
    # which would wake an idle app every few seconds; the style redraws cheaply instead.
    QPixmapCache.setCacheLimit(0)
    if sys.platform.startswith("linux") and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    return app


def create_main_window(context: AppContext) -> AppWindow:
    """The window for ``context``, complete, its geometry restored; not shown.

    When the window closes, the services close after it (a session it stopped is recorded
    first); when the app quits without closing it (logout, the tray's Quit, ``app.quit()``),
    they close as it quits. Either way once.
    """
    window = AppWindow(context)
    ServicesCloser(context, window)
    # Only now is the window complete: a saved maximized state sends its state change here.
    window.restore_window_geometry()
    return window


def open_main_window(config_dir: Path) -> AppWindow:
    """Build the services with the history of ``config_dir``, then the window (not shown).

    A QApplication must exist. Raises StartupError when the catalogue cannot be loaded.
    """
    return create_main_window(build_context(config_dir, open_history_file=True))


class ServicesCloser(QObject):
    """Closes the services of ``context`` once: the history (what waits is written first),
    the speech thread, the reminders; what could not be saved goes to stderr.

    The app may quit without its window being closed (a logout, a quit signal, the tray's
    Quit, ``app.quit()``): the window is closed first then, as its Quit closes it, so that a
    running session is recorded as stopped and what was typed is saved.
    """

    def __init__(self, context: AppContext, window: AppWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._window_closed = False
        self.closed = False
        window.closed.connect(self._on_window_closed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    @Slot()
    def _on_window_closed(self) -> None:
        self._window_closed = True
        self.close()

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        if not self._window_closed:
            self._window.quit_app()
        self.close()

    @Slot()
    def close(self) -> None:
        """Close them (again: nothing)."""
        if self.closed:
            return
        self.closed = True
        for problem in self._context.close():
            print(f"acupress-gui: {problem}", file=sys.stderr)


def forwarded_args(routine: str | None, start: bool) -> list[str]:
    """What a second start passes on to the running window."""
    args = ["--routine", routine] if routine else []
    return [*args, "--start"] if start else args


def select_routine(window: AppWindow, name_or_id: str) -> bool:
    """Open ``name_or_id`` on the Session page: an id, a name as the app shows it, or a
    built-in routine's English name. False when there is no such routine."""
    routine = window.context.routines.find(name_or_id)
    return routine is not None and window.session_page.select_routine(routine.id)


def on_raise_requested(window: AppWindow, args: list[str]) -> None:
    """A second start asked for the window: show it, and open the routine it names."""
    window.bring_to_front()
    routine = None
    if "--routine" in args and args.index("--routine") + 1 < len(args):
        routine = args[args.index("--routine") + 1]
    if routine is None or window.session_page.is_running():
        return
    if select_routine(window, routine):
        window.show_page("session")
        if "--start" in args:
            window.first_run_check(start=True)
    else:
        window.statusBar().showMessage(
            QCoreApplication.translate("AppWindow", "There is no routine called {name!r}.").format(
                name=routine
            ),
            8000,
        )


def _listen_for_second_starts(guard: SingleInstance, window: AppWindow) -> None:
    had_problem = bool(guard.problem)
    guard.listen()
    if guard.problem and not had_problem:
        window.statusBar().showMessage(
            f"A second start may open a second window: {guard.problem}.", 15000
        )


def run_gui(
    config_dir: Path,
    *,
    routine: str | None = None,
    start: bool = False,
    log_file: Path | None = None,
    started: Callable[[], None] = lambda: None,
    exit_after_first_frame: bool = False,
    background: bool = False,
    language: str | None = None,
) -> int:
    """Show the window and run until it is closed (or raise the one already running).

    ``started`` is called once the window is shown (the end of start-up). With
    ``exit_after_first_frame`` the app quits (exit status 0) once the window is first painted.
    ``background`` (``--background``, for autostart) shows no window: the app waits in the
    tray for its reminders; a second ``--background`` start while one runs does nothing.
    ``language`` is ``--lang`` (else the setting, the environment, the system decide).
    """
    app = make_application()
    # From here on no exception makes the app vanish: it is logged and shown once.
    crash_handler = CrashHandler(log_file, parent=app)
    crash_handler.install()
    app.aboutToQuit.connect(crash_handler.uninstall)

    guard = SingleInstance(config_dir, parent=app)
    # The server for second starts is started after the first frame (QtNetwork's import and
    # the socket are off its path); a second start meanwhile waits for it.
    if not guard.acquire(listen=background):
        if background and guard.owner_alive:
            print("acupress-gui is already running", flush=True)
            return 0
        if guard.notify_running(forwarded_args(routine, start)):
            print("acupress-gui is already running; raised its window", flush=True)
            return 0
        if guard.owner_alive:
            # Never advise deleting a lock that a living process holds.
            raise StartupError(
                f"Another acupress-gui (process {guard.owner_pid}) uses {config_dir} and does "
                "not answer. Close it, then start acupress-gui again."
            )
        raise StartupError(
            f"Another acupress-gui (process {guard.owner_pid}) uses {config_dir} but does not "
            f"answer. Close it, or delete {guard.lock_path} if it is not running."
        )
    app.aboutToQuit.connect(guard.release)
    try:
        context = build_context(
            config_dir, open_history_file=True, parent=app, translate=True, language=language
        )
    except StartupError as error:
        QMessageBox.critical(None, "acupress-gui", str(error))
        raise
    extra: list[str] = []
    if guard.problem:
        extra.append(f"A second start may open a second window: {guard.problem}.")
    try:
        window = create_main_window(context)
    except Exception as error:
        log.critical("The window could not be built", exc_info=True)
        where = f"The details are in {log_file}." if log_file else ""
        QMessageBox.critical(
            None,
            "acupress-gui",
            f"acupress-gui could not open its window ({type(error).__name__}: {error}). "
            f"Your settings, routines and history are unchanged. {where}",
        )
        raise StartupError(f"the window could not be built: {error}") from error
    guard.raise_requested.connect(lambda args: on_raise_requested(window, args))
    if routine and not select_routine(window, routine):
        # Said in the window too: started from a launcher, nobody reads stderr.
        names = ", ".join(r.name for r in context.all_routines())
        problem = f"There is no routine called {routine!r}. Routines: {names}"
        print(f"acupress-gui: {problem}", file=sys.stderr)
        extra.append(problem)
        start = False
    # The window may close into the tray (and a dialog may be the last window shown while
    # it is there): the app ends when the window really closes, not with its last window.
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(app.quit)
    # A logout, `kill` or Ctrl+C quits as File > Quit does.
    termination = TerminationWatch(app)
    if termination.install():
        termination.requested.connect(window.quit_app)
        app.aboutToQuit.connect(termination.uninstall)
    window.practice.start()
    if background:
        _start_in_background(window, extra)
        started()
    else:
        FirstFrameWatcher(window, lambda: _listen_for_second_starts(guard, window))
        if exit_after_first_frame:
            FirstFrameWatcher(window, app.quit)
        window.show()
        started()
        window.show_warnings(extra)
        if context.language_problem:
            print(f"acupress-gui: {context.language_problem}", file=sys.stderr)
            window.statusBar().showMessage(context.language_problem, 30000)
        QTimer.singleShot(0, lambda: window.first_run_check(start=start))
    if context.history is not None:
        # Off the first frame's path: SQLite's quick_check on a thread of its own.
        QTimer.singleShot(2000, context.history.check_in_background)
    return app.exec()  # the services were closed with the window or as the app quit


def _start_in_background(window: AppWindow, extra: list[str]) -> None:
    """``--background``: no window; what would have been shown is logged, and shown when
    the window first opens."""
    for problem in [*window.context.warnings, *extra]:
        log.warning("%s", problem)
    window.show_warnings_when_shown(extra)
    if window.practice.has_tray:
        log.info("Started in the background, in the tray")
        return
    print(
        "acupress-gui: this desktop shows no tray icons; acupress-gui runs without a window "
        "for its reminders. Start acupress-gui again to open its window.",
        file=sys.stderr,
    )
