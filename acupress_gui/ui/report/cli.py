"""``--export-report FILE.pdf [--from DATE] [--to DATE] [--name NAME]``: no window, one line.

Qt draws the PDF, so a (window-less) Qt application is made; with no display the command
line runs it on the offscreen platform, as ``--self-test`` does.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication

from acupress_gui.domain.catalog import CatalogError
from acupress_gui.domain.report import default_period
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.history import HistoryError, HistoryStore
from acupress_gui.storage.history.store import open_for_export
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.report.document import ReportOptions
from acupress_gui.ui.report.export import gather_report, write_report
from acupress_gui.ui.resources import ResourcesNotFoundError, resources_dir
from acupress_gui.ui.text.plurals import counted

__all__ = ["parse_day", "run_export_report"]

log = logging.getLogger(__name__)

_CONTEXT = "ReportCommand"


def parse_day(text: str, option: str) -> date:
    """A ``YYYY-MM-DD`` date given to ``option``.

    Raises:
        ValueError: A message that says what is wrong and how it should look.
    """
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{option} {text!r} is not a date; write it as YYYY-MM-DD, like 2026-03-01."
        ) from None


def _period(today: date, first: str | None, last: str | None) -> tuple[date, date]:
    """The period asked for: by default the last eight weeks up to --to (or today)."""
    end = parse_day(last, "--to") if last else today
    start = parse_day(first, "--from") if first else default_period(end)[0]
    if end < start:
        raise ValueError(f"--from {start.isoformat()} is after --to {end.isoformat()}.")
    return start, end


def run_export_report(
    config_dir: Path,
    file: Path,
    first: str | None = None,
    last: str | None = None,
    name: str = "",
) -> int:
    """Write the report; prints one line (stdout when done, stderr when not)."""
    code, message = export_report(config_dir, file, first, last, name)
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def export_report(
    config_dir: Path, file: Path, first: str | None, last: str | None, name: str
) -> tuple[int, str]:
    """The work of :func:`run_export_report`: (exit code, one line).

    The caller picks the platform first (offscreen without a display, see
    :func:`acupress_gui.ui.application.ensure_platform_for_headless`).
    """
    if QGuiApplication.instance() is None:
        app = QGuiApplication([sys.argv[0]])
        app.setApplicationName("acupress-gui")
    try:
        catalog = read_catalog(resources_dir())
    except (CatalogError, ResourcesNotFoundError) as error:
        log.warning("report not written: %s", error)
        return 1, f"The point catalogue could not be loaded: {error}"
    path = history_file(config_dir)
    try:
        store = open_for_export(path) if path.exists() else HistoryStore(None)
    except HistoryError as error:
        log.warning("report not written: %s", error)
        return 1, str(error)
    try:
        today = store.local_today()
        start, end = _period(today, first, last)
        report = gather_report(store, start, end)
        options = ReportOptions(name=name, include_notes=False, made_on=today)
        pages = write_report(file, report, catalog, options, QLocale())
    except ValueError as error:
        log.warning("report not written: %s", error)
        return 1, str(error)
    except HistoryError as error:
        log.warning("report not written: %s", error)
        return 1, str(error)
    except OSError as error:
        log.warning("report not written: %s", error)
        return 1, f"{file} could not be written: {error.strerror or error}"
    finally:
        store.close()
    sessions = counted(
        QCoreApplication.translate("ReportCommand", "%n session(s)", None, report.sessions),
        report.sessions,
    )
    page_count = counted(
        QCoreApplication.translate("ReportCommand", "%n page(s)", None, pages), pages
    )
    period = f"{start.isoformat()} to {end.isoformat()}"
    return 0, f"Wrote the report of {period} ({sessions}, {page_count}) to {file}."
