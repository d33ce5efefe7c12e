"""``--import-history``: a history CSV merged from the command line (``--export-history``
is :func:`.csv_export.export_history_cli`)."""

from __future__ import annotations

import logging
from pathlib import Path

from acupress_gui.storage.history.csv import CsvFormatError, csv_text
from acupress_gui.storage.history.csv_export import counted_words, export_history_cli
from acupress_gui.storage.history.csv_import import CsvRows, import_rows
from acupress_gui.storage.history.errors import HistoryError
from acupress_gui.storage.history.store import HistoryStore
from acupress_gui.storage.paths import history_file

__all__ = ["export_history_cli", "import_history_cli"]

log = logging.getLogger(__name__)


def import_history_cli(config_dir: Path, file: Path) -> tuple[int, str]:
    """``--import-history FILE.csv``: returns (exit code, one-line message)."""
    try:
        # The file is opened and its header checked before the history is opened.
        with csv_text(file) as text:
            rows = CsvRows(text, file.name)
            with HistoryStore(history_file(config_dir)) as store:
                added, skipped = import_rows(store, rows, file)
    except CsvFormatError as error:
        log.warning("%s not imported: %s", file, error)
        return 1, f"{error}; nothing was imported."
    except HistoryError as error:
        log.warning("%s not imported: %s", file, error)
        return 1, f"{error} Nothing was imported."
    except OSError as error:
        log.warning("%s not imported: %s", file, error)
        return 1, f"{file} could not be read: {error.strerror or error}"
    message = f"Imported {counted_words(added, 'session')} from {file.name}"
    if skipped:
        message += f"; skipped {counted_words(skipped, 'session')} already in the history"
    return 0, message + "."
