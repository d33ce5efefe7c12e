"""Command line and wiring: parse arguments, build the stores and the main window.

Qt is imported inside the functions that need it, so ``--version`` and argument errors
answer without loading Qt, and ``startup_ms`` of ``--self-test`` includes Qt's import.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_gui import __version__
from acupress_gui.storage.logfile import setup_logging
from acupress_gui.storage.paths import ENV_CONFIG_DIR, resolve_config_dir, resolve_log_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from acupress_gui.ui.context import AppContext
    from acupress_gui.ui.main_window import AppWindow

APP_ID = "io.github.acupressgui.AcupressGui"

log = logging.getLogger(__name__)


class StartupError(RuntimeError):
    """The app cannot start; the message says why in plain words."""


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="acupress-gui",
        description="Guided acupressure sessions for back pain.",
    )
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        help=f"where settings, routines and history live (also ${ENV_CONFIG_DIR}; "
        "default: the platform's user config folder)",
    )
    parser.add_argument("--version", action="version", version=f"acupress-gui {__version__}")
    parser.add_argument(
        "--routine",
        metavar="NAME",
        help="open this routine (name or id) on the Session page",
    )
    parser.add_argument(
        "--start", action="store_true", help="start the session at once (with --routine)"
    )
    parser.add_argument(
        "--import-routine",
        metavar="FILE",
        help="import a routine file into your routines, print one line and exit",
    )
    parser.add_argument(
        "--export-history",
        metavar="FILE.csv",
        help="write the session history to FILE.csv (one row per hold), print one line and exit",
    )
    parser.add_argument(
        "--import-history",
        metavar="FILE.csv",
        help="merge FILE.csv into the session history (sessions already there are skipped), "
        "print one line and exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load everything, build every page without showing it, print one JSON line",
    )
    return parser


def build_context(config_dir: Path) -> AppContext:
    """Load the catalogue and the settings; raises StartupError when the app cannot run."""
    from acupress_gui.domain.catalog import CatalogError
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.storage.settings import SettingsStore
    from acupress_gui.ui.context import AppContext
    from acupress_gui.ui.resources import ResourcesNotFoundError, resources_dir

    try:
        catalog = read_catalog(resources_dir())
    except (CatalogError, ResourcesNotFoundError) as error:
        raise StartupError(f"The point catalogue could not be loaded:\n{error}") from None
    store = SettingsStore(config_dir)
    loaded = store.load()
    return AppContext(
        config_dir=config_dir,
        catalog=catalog,
        settings_store=store,
        settings=loaded.settings,
        warnings=list(loaded.warnings),
    )


def create_main_window(config_dir: Path) -> QMainWindow:
    """Build the app's main window (not shown) for ``config_dir``.

    A QApplication must exist. Raises StartupError when the catalogue cannot be loaded.
    """
    return _create_main_window(build_context(config_dir))


def _create_main_window(context: AppContext) -> AppWindow:
    from acupress_gui.storage.fallback import FallbackRecorder
    from acupress_gui.storage.history import open_history
    from acupress_gui.ui.main_window import AppWindow

    # Never raises: a history that cannot be used is kept in memory, with a warning.
    history = open_history(context.config_dir)
    context.warnings.extend(history.warnings)
    window: AppWindow | None = None

    def tell(text: str) -> None:
        if window is not None:
            window.statusBar().showMessage(text, 15000)

    recorder = FallbackRecorder(history, notify=tell)
    context.recorder = recorder
    window = AppWindow(context, history=history)
    window.keep_help_menu_last()
    # While sessions wait in memory (a full or read-only disk), try writing them now and then;
    # no timer runs otherwise.
    from PySide6.QtCore import QTimer

    retry = QTimer(window)
    retry.setInterval(30_000)
    retry.timeout.connect(lambda: retry.stop() if recorder.flush() else None)

    def tell_and_retry(text: str) -> None:
        tell(text)
        if recorder.pending:
            retry.start()

    recorder.notify = tell_and_retry

    def close_history() -> None:
        # Closed after the window recorded a session it stopped on closing.
        if not recorder.flush():
            print(
                f"acupress-gui: {len(recorder.unsaved_sessions)} session(s) could not be "
                f"saved to the history ({recorder.problem}).",
                file=sys.stderr,
            )
        history.close()

    window.close_hooks.append(close_history)
    # Only now is the window complete: a saved maximized state sends its state change here.
    window.restore_window_geometry()
    return window


def _ensure_platform_for_headless() -> None:
    """Fall back to the offscreen platform when there is no display to connect to."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _make_application(argv: list[str]) -> QApplication:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0], *argv])
    QGuiApplication.setApplicationName("acupress-gui")
    QGuiApplication.setApplicationDisplayName("Acupressure")
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    assert isinstance(app, QApplication)
    if not app.property("acupress_theme"):
        from PySide6.QtGui import QPixmapCache

        # The style's pixmap cache runs a cleanup timer for as long as it holds anything,
        # which would wake an idle app every few seconds; the style redraws cheaply instead.
        QPixmapCache.setCacheLimit(0)
        from acupress_gui.ui.platform.theme import ThemeFollower

        if sys.platform.startswith("linux"):
            app.setStyle("Fusion")
        app.setProperty("acupress_theme", ThemeFollower(app))
    return app


def run_self_test(config_dir: Path, started: float) -> int:
    """Build everything once without showing it; print one JSON line. Returns the exit code."""
    _ensure_platform_for_headless()
    _make_application([])
    from PySide6.QtCore import QSize

    from acupress_gui.ui.history.page import HistoryPage
    from acupress_gui.ui.widgets.illustration import IllustrationView

    context = build_context(config_dir)
    window = _create_main_window(context)
    for key in window.page_keys():
        if key != "history":
            window.page(key)
    # history_ms: the History page built with its first screen of rows and summaries, laid
    # out at the smallest window size and drawn once (the charts come after first show).
    history_started = time.perf_counter()
    history_page = window.page("history")
    assert isinstance(history_page, HistoryPage)
    history_page.resize(QSize(1024, 640))
    history_page.grab()
    history_ms = (time.perf_counter() - history_started) * 1000.0
    sessions = history_page.store.count()
    startup_ms = (time.perf_counter() - started) * 1000.0

    # Render every point's illustration once with its markers, and every mirrored drawing
    # once as the left side shows it; small, and not kept: this checks, it does not cache.
    from acupress_gui.domain.models import Side
    from acupress_gui.ui.resources import image_path
    from acupress_gui.ui.widgets.illustration import SVG_CACHE

    view = IllustrationView()
    view.resize(180, 210)
    illustrations = {ill.file: ill for ill in context.catalog.illustrations}
    mirrored_done: set[str] = set()
    for point in context.catalog.points:
        illustration = illustrations[point.image]
        sides: list[Side | None] = [None]
        if illustration.mirror_for_left and point.image not in mirrored_done:
            mirrored_done.add(point.image)
            sides.append(Side.LEFT)
        for side in sides:
            view.show_point(point, illustration, image_path(point.image), side)
            if view.grab().isNull():
                raise StartupError(f"The illustration of {point.id} could not be drawn.")
    SVG_CACHE.clear()

    for warning in context.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    result = {
        "ok": True,
        "points": len(context.catalog.points),
        "routines": len(context.all_routines()),
        "sessions": sessions,
        "startup_ms": round(startup_ms),
        "history_ms": round(history_ms),
        "pages": window.page_keys(),
        "version": __version__,
    }
    print(json.dumps(result), flush=True)
    window.deleteLater()
    return 0


def _import_pure_modules() -> None:
    """Import the Qt-free floors before PySide6.

    PySide6 installs an import hook that inspects every module imported after it; the
    domain and storage modules (pydantic models, SQLite) do not need that, and importing
    them first takes that work off start-up.
    """
    import acupress_gui.domain.catalog
    import acupress_gui.domain.recording
    import acupress_gui.domain.timer
    import acupress_gui.storage.catalog_file
    import acupress_gui.storage.fallback
    import acupress_gui.storage.history
    import acupress_gui.storage.routines
    import acupress_gui.storage.settings  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``acupress-gui`` and ``python -m acupress_gui``."""
    started = time.perf_counter()
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    # Start-up allocates many long-lived objects (models, widgets): no cyclic collection
    # until they exist, then keep them out of every later collection.
    gc.disable()
    # The app uses no pydantic plugins; looking for them costs a package-metadata scan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        return _run(args, started)
    finally:
        _startup_done()


def _startup_done() -> None:
    """Move what start-up built out of the collector's way and collect normally again."""
    gc.freeze()
    gc.enable()


def _run(args: argparse.Namespace, started: float) -> int:
    if not (args.export_history or args.import_history or args.import_routine):
        _import_pure_modules()
    config_dir = resolve_config_dir(args.config_dir)
    log_file = setup_logging(resolve_log_dir())
    log.info("acupress-gui %s starting with config folder %s", __version__, config_dir)
    try:
        if args.export_history or args.import_history:
            return run_history_csv(config_dir, args.export_history, args.import_history)
        if args.import_routine:
            return run_import_routine(config_dir, Path(args.import_routine))
        if args.self_test:
            return run_self_test(config_dir, started)
        return run_gui(config_dir, routine=args.routine, start=args.start, log_file=log_file)
    except StartupError as error:
        log.error("Could not start: %s", error)
        print(f"acupress-gui: {error}", file=sys.stderr)
        if args.self_test:
            print(json.dumps({"ok": False, "error": str(error)}), flush=True)
        return 1
    except Exception as error:
        if not args.self_test:
            raise
        # The self-test reports any failure as a readable line instead of a traceback.
        message = f"{type(error).__name__}: {error}"
        log.exception("Self-test failed")
        print(f"acupress-gui: self-test failed: {message}", file=sys.stderr)
        print(json.dumps({"ok": False, "error": message}), flush=True)
        return 1


def run_history_csv(config_dir: Path, export: str | None, import_: str | None) -> int:
    """``--export-history`` / ``--import-history``: no window; prints one line each."""
    from acupress_gui.storage.history import export_history_cli, import_history_cli

    code = 0
    for file, run in ((import_, import_history_cli), (export, export_history_cli)):
        if file and code == 0:
            code, message = run(config_dir, Path(file))
            print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def run_import_routine(config_dir: Path, file: Path) -> int:
    """``--import-routine FILE``: import without starting the GUI; prints one line."""
    from acupress_gui.domain.catalog import CatalogError
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.storage.routines import import_routine_cli
    from acupress_gui.ui.resources import resources_dir

    try:
        catalog = read_catalog(resources_dir())
    except CatalogError as error:
        raise StartupError(f"The point catalogue could not be loaded:\n{error}") from None
    code, message = import_routine_cli(
        config_dir,
        file,
        {p.id for p in catalog.points},
        reserved_names=[r.name for r in catalog.routines],
        reserved_ids=[r.id for r in catalog.routines],
    )
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def _forwarded_args(routine: str | None, start: bool) -> list[str]:
    """What a second start passes on to the running window."""
    args = ["--routine", routine] if routine else []
    return [*args, "--start"] if start else args


def _on_raise_requested(window: AppWindow, args: list[str]) -> None:
    """A second start asked for the window: show it, and open the routine it names."""
    window.bring_to_front()
    routine = None
    if "--routine" in args and args.index("--routine") + 1 < len(args):
        routine = args[args.index("--routine") + 1]
    if routine is None or window.session_page.is_running():
        return
    if window.session_page.select_routine(routine):
        window.show_page("session")
        if "--start" in args:
            window.first_run_check(start=True)
    else:
        window.statusBar().showMessage(
            window.tr("There is no routine called {name!r}.").format(name=routine), 8000
        )


def run_gui(
    config_dir: Path,
    *,
    routine: str | None = None,
    start: bool = False,
    log_file: Path | None = None,
) -> int:
    """Show the window and run until it is closed (or raise the one already running)."""
    app = _make_application([])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from acupress_gui.ui.platform.crash_handler import CrashHandler

    # From here on no exception makes the app vanish: it is logged and shown once.
    crash_handler = CrashHandler(log_file, parent=app)
    crash_handler.install()
    app.aboutToQuit.connect(crash_handler.uninstall)

    from acupress_gui.ui.platform.single_instance import SingleInstance

    guard = SingleInstance(config_dir, parent=app)
    if not guard.acquire():
        if guard.notify_running(_forwarded_args(routine, start)):
            print("acupress-gui is already running; raised its window", flush=True)
            return 0
        raise StartupError(
            f"Another acupress-gui (process {guard.owner_pid}) uses {config_dir} but does not "
            f"answer. Close it, or delete {guard.lock_path} if it is not running."
        )
    app.aboutToQuit.connect(guard.release)
    try:
        context = build_context(config_dir)
    except StartupError as error:
        QMessageBox.critical(None, "acupress-gui", str(error))
        raise
    if guard.problem:
        context.warnings.append(f"A second start may open a second window: {guard.problem}.")
    try:
        window = _create_main_window(context)
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
    guard.raise_requested.connect(lambda args: _on_raise_requested(window, args))
    if routine and not window.session_page.select_routine(routine):
        # Said in the window too: started from a launcher, nobody reads stderr.
        names = ", ".join(r.name for r in context.all_routines())
        problem = f"There is no routine called {routine!r}. Routines: {names}"
        print(f"acupress-gui: {problem}", file=sys.stderr)
        context.warnings.append(problem)
        start = False
    window.show()
    _startup_done()
    window.show_warnings()
    QTimer.singleShot(0, lambda: window.first_run_check(start=start))
    return app.exec()
