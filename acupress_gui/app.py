"""Command line and wiring: parse arguments, build the stores and the main window.

Qt is imported inside the functions that need it, so ``--version`` and argument errors
answer without loading Qt, and ``startup_ms`` of ``--self-test`` includes Qt's import.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from acupress_gui import __version__
from acupress_gui.errors import StartupError
from acupress_gui.storage.logfile import setup_logging
from acupress_gui.storage.paths import ENV_CONFIG_DIR, resolve_config_dir, resolve_log_dir

APP_ID = "io.github.acupressgui.AcupressGui"

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)


class Arguments(NamedTuple):
    """The parsed command line (the options of :func:`build_parser`; a named tuple, not a
    dataclass: the CSV commands start without importing dataclasses and inspect)."""

    config_dir: str | None = None
    routine: str | None = None
    start: bool = False
    import_routine: str | None = None
    export_history: str | None = None
    import_history: str | None = None
    self_test: bool = False
    exit_after_first_frame: bool = False
    export_report: str | None = None
    report_from: str | None = None
    report_to: str | None = None
    report_name: str = ""
    background: bool = False
    autostart: str | None = None
    lang: str | None = None


#: What :func:`parse_arguments` reads itself: exact option names, values not starting with "-".
_SWITCHES = {"--start", "--self-test", "--exit-after-first-frame", "--background"}
_VALUED = {
    "--config-dir",
    "--routine",
    "--import-routine",
    "--export-history",
    "--import-history",
    "--lang",
}


def parse_arguments(argv: list[str]) -> Arguments:
    """The command line. A plain one (exact option names, the usual start) is read here;
    anything else (help, version, abbreviations, errors) goes to argparse, whose import
    is then off a normal start's path."""
    found: dict[str, str | bool] = {}
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        name, equals, value = option.partition("=")
        if not equals and name in _SWITCHES:
            found[name[2:].replace("-", "_")] = True
        elif name in _VALUED and (equals or (rest and not rest[0].startswith("-"))):
            found[name[2:].replace("-", "_")] = value if equals else rest.pop(0)
        else:
            return Arguments(**vars(build_parser().parse_args(argv)))
    return Arguments(**found)  # type: ignore[arg-type]


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    import argparse

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
        "--export-report",
        metavar="FILE.pdf",
        help="write a PDF report to take to your doctor (default: the last 8 weeks), "
        "print one line and exit",
    )
    parser.add_argument(
        "--from",
        dest="report_from",
        metavar="YYYY-MM-DD",
        help="the report's first day (with --export-report)",
    )
    parser.add_argument(
        "--to",
        dest="report_to",
        metavar="YYYY-MM-DD",
        help="the report's last day (with --export-report; default: today)",
    )
    parser.add_argument(
        "--name",
        dest="report_name",
        metavar="NAME",
        default="",
        help="who the report is for, printed on it (with --export-report; optional)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start without a window, in the tray only, for reminders (used by autostart)",
    )
    parser.add_argument(
        "--autostart",
        choices=("on", "off"),
        help="start in the tray at log-in (on) or not (off): writes or removes the XDG "
        "autostart entry, prints one line and exits",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the language of the app: en, de, es or zh_CN (default: Settings > Language, "
        "else LANGUAGE, LC_ALL, LANG, the system)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load everything, build every page without showing it, print one JSON line",
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="start as usual, quit with exit status 0 once the window is first painted",
    )
    return parser


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
    import acupress_gui.storage.history.csv_cli
    import acupress_gui.storage.history.integrity
    import acupress_gui.storage.routines
    import acupress_gui.storage.settings  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``acupress-gui`` and ``python -m acupress_gui``."""
    started = time.perf_counter()
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if not args.export_report and (args.report_from or args.report_to or args.report_name):
        build_parser().error("--from, --to and --name go with --export-report FILE.pdf")
    # Start-up allocates many long-lived objects (models, widgets): no cyclic collection
    # until they exist, then keep them out of every later collection.
    gc.disable()
    # The app uses no pydantic plugins; looking for them costs a package-metadata scan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        return _run(args, started)
    finally:
        if not gc.isenabled():  # a command or an error: the window did not end start-up
            _startup_done()


def _startup_done() -> None:
    """Move what start-up built out of the collector's way and collect normally again."""
    gc.freeze()
    gc.enable()


def _run(args: Arguments, started: float) -> int:
    if not (args.export_history or args.import_history or args.import_routine or args.autostart):
        _import_pure_modules()
    config_dir = resolve_config_dir(args.config_dir)
    log_file = setup_logging(resolve_log_dir())
    log.info("acupress-gui %s starting with config folder %s", __version__, config_dir)
    try:
        if args.export_history or args.import_history:
            return run_history_csv(config_dir, args.export_history, args.import_history)
        if args.import_routine:
            return run_import_routine(config_dir, Path(args.import_routine))
        if args.export_report:
            from acupress_gui.ui.application import ensure_platform_for_headless
            from acupress_gui.ui.report.cli import run_export_report

            ensure_platform_for_headless()  # no window: offscreen when there is no display
            return run_export_report(
                config_dir,
                Path(args.export_report),
                args.report_from,
                args.report_to,
                args.report_name,
            )
        if args.autostart:
            # A chosen config folder is the one the autostarted app uses too.
            extra = ["--config-dir", str(config_dir)] if args.config_dir else []
            return run_autostart(args.autostart == "on", extra)
        # Qt is imported here, not at the top: --version, the CSV and import commands and
        # argument errors answer without loading it.
        if args.self_test:
            from acupress_gui.ui.self_test import run_self_test

            return run_self_test(config_dir, started)
        from acupress_gui.ui.application import run_gui

        return run_gui(
            config_dir,
            routine=args.routine,
            start=args.start,
            log_file=log_file,
            started=_startup_done,
            exit_after_first_frame=args.exit_after_first_frame,
            background=args.background,
            language=args.lang,
        )
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
    code = 0
    if import_:
        from acupress_gui.storage.history.csv_cli import import_history_cli

        code, message = import_history_cli(config_dir, Path(import_))
        print(message, file=sys.stdout if code == 0 else sys.stderr)
    if export and code == 0:
        # Only the export's own modules: it needs none of the domain's models (pydantic).
        from acupress_gui.storage.history.csv_export import export_history_cli

        code, message = export_history_cli(config_dir, Path(export))
        print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def run_autostart(enabled: bool, extra: list[str] | None = None) -> int:
    """``--autostart on|off``: write or remove the autostart entry; prints one line."""
    from acupress_gui.storage.autostart import set_autostart, this_app_command

    try:
        path = set_autostart(enabled, [*this_app_command(), *(extra or [])])
    except OSError as error:
        log.warning("The autostart entry could not be changed: %s", error)
        print(
            f"acupress-gui: the autostart entry could not be changed: {error.strerror or error}"
            f" ({error.filename or ''}). Check that the folder can be written.",
            file=sys.stderr,
        )
        return 1
    if enabled:
        print(f"acupress-gui starts in the tray at log-in: {path}")
    else:
        print(f"acupress-gui no longer starts at log-in ({path} removed)")
    return 0


def run_import_routine(config_dir: Path, file: Path) -> int:
    """``--import-routine FILE``: import without starting the GUI; prints one line."""
    from acupress_gui.domain.catalog import CatalogError
    from acupress_gui.domain.search import point_spellings
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
        point_spellings(catalog.points),
        reserved_names=[r.name for r in catalog.routines],
        reserved_ids=[r.id for r in catalog.routines],
    )
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code
