"""``--import-history``: a history CSV merged from the command line (``--export-history``
is :func:`.csv_export.export_history_cli`)."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from acupress_gui.domain.recording import SessionRecord
from acupress_gui.storage.history.csv import CsvFormatError, read_csv
from acupress_gui.storage.history.csv_export import counted_words, export_history_cli
from acupress_gui.storage.history.errors import HistoryError
from acupress_gui.storage.history.store import HistoryStore
from acupress_gui.storage.paths import history_file

__all__ = ["export_history_cli", "import_history_cli"]

log = logging.getLogger(__name__)


def import_history_cli(config_dir: Path, file: Path) -> tuple[int, str]:
    """``--import-history FILE.csv``: returns (exit code, one-line message)."""
    try:
        records = read_csv(file)  # checked in full before the history is opened
        with HistoryStore(history_file(config_dir)) as store:
            ids = store.routine_ids()
            records = [_with_routine_id(record, ids) for record in records]
            added, skipped = store.add_records(records)
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


def _with_routine_id(record: SessionRecord, ids: dict[str, str]) -> SessionRecord:
    known = ids.get(record.routine_name)
    if known is None or known == record.routine_id:
        return record
    return replace(record, routine_id=known)
