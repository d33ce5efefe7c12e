"""Exporting the history to CSV and merging a CSV into it, with their file dialogs."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acupress_gui.storage.history import (
    CsvFormatError,
    HistoryError,
    HistoryStore,
    export_history,
    import_history,
)
from acupress_gui.ui.text.numbers import format_count
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.file_dialogs import ask_open_file, ask_save_file

log = logging.getLogger(__name__)


def _sessions(count: int) -> str:
    return counted(QCoreApplication.translate("HistoryCsv", "%Ln session(s)", None, count), count)


@dataclass(frozen=True, slots=True)
class CsvOutcome:
    """What an export or import did: the message for the user, and whether the history changed."""

    message: str
    changed: bool = False


def export_csv(store: HistoryStore, file: Path) -> CsvOutcome:
    """Write the whole history to ``file`` (one row per hold)."""
    try:
        sessions, holds = export_history(store, file)
    except OSError as error:
        log.warning("The history could not be exported to %s: %s", file, error)
        message = QCoreApplication.translate(
            "HistoryCsv", "The history could not be written to {file}: {error}"
        ).format(file=file, error=error.strerror or error)
    except HistoryError as error:
        log.warning("The history could not be exported: %s", error)
        message = str(error)
    else:
        message = QCoreApplication.translate(
            "HistoryCsv", "Exported {sessions} ({holds}) to {file}."
        ).format(
            sessions=_sessions(sessions),
            holds=counted(
                QCoreApplication.translate("HistoryCsv", "%Ln hold(s)", None, holds), holds
            ),
            file=file,
        )
    return CsvOutcome(message)


def import_csv(store: HistoryStore, file: Path) -> CsvOutcome:
    """Merge ``file`` into the history; sessions already there are skipped."""
    try:
        added, skipped = import_history(store, file)
    except CsvFormatError as error:
        log.warning("%s is not a history CSV file: %s", file, error)
        return CsvOutcome(
            QCoreApplication.translate("HistoryCsv", "{error}; nothing was imported.").format(
                error=error
            )
        )
    except OSError as error:
        log.warning("%s could not be read: %s", file, error)
        return CsvOutcome(
            QCoreApplication.translate("HistoryCsv", "{file} could not be read: {error}").format(
                file=file, error=error.strerror or error
            )
        )
    except HistoryError as error:
        log.warning("%s could not be imported: %s", file, error)
        return CsvOutcome(
            QCoreApplication.translate("HistoryCsv", "{error} Nothing was imported.").format(
                error=error
            )
        )
    message = QCoreApplication.translate("HistoryCsv", "Imported {sessions}").format(
        sessions=_sessions(added)
    )
    if skipped:
        message += QCoreApplication.translate(
            "HistoryCsv", "; skipped {n} already in the history"
        ).format(n=format_count(skipped))
    return CsvOutcome(message + ".", changed=True)


def ask_export_file(parent: QWidget, today: date) -> Path | None:
    """Ask where to export; None when the user cancelled."""
    suggested = Path.home() / f"acupress-history-{today.isoformat()}.csv"
    return ask_save_file(
        parent,
        QCoreApplication.translate("HistoryCsv", "Export history"),
        suggested,
        QCoreApplication.translate("HistoryCsv", "CSV files (*.csv)"),
    )


def ask_import_file(parent: QWidget) -> Path | None:
    """Ask which file to import; None when the user cancelled."""
    return ask_open_file(
        parent,
        QCoreApplication.translate("HistoryCsv", "Import history"),
        QCoreApplication.translate("HistoryCsv", "CSV files (*.csv)"),
    )
