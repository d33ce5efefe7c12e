"""The history CSV from the command line: ``--export-history`` and ``--import-history``.

Each returns an exit code and the one line to print; nothing here opens a window.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from acupress_gui.domain.recording import SessionRecord
from acupress_gui.storage.atomic import atomic_write
from acupress_gui.storage.history.csv import (
    CsvFormatError,
    export_history,
    format_csv,
    read_csv,
)
from acupress_gui.storage.history.errors import HistoryError
from acupress_gui.storage.history.store import HistoryStore, open_for_export
from acupress_gui.storage.paths import history_file

__all__ = ["export_history_cli", "import_history_cli"]

log = logging.getLogger(__name__)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def export_history_cli(config_dir: Path, file: Path) -> tuple[int, str]:
    """``--export-history FILE.csv``: returns (exit code, one-line message)."""
    path = history_file(config_dir)
    try:
        if not path.exists():
            text, sessions, holds = format_csv(())
            atomic_write(file, text)
        else:
            with open_for_export(path) as store:
                sessions, holds = export_history(store, file)
                notes = " ".join(store.warnings)
            if notes:
                return 0, f"{notes} Exported {_plural(sessions, 'session')} to {file}."
    except HistoryError as error:
        log.warning("history not exported: %s", error)
        return 1, str(error)
    except OSError as error:
        log.warning("history not exported: %s", error)
        return 1, f"{file} could not be written: {error.strerror or error}"
    return 0, f"Exported {_plural(sessions, 'session')} ({_plural(holds, 'hold')}) to {file}."


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
    message = f"Imported {_plural(added, 'session')} from {file.name}"
    if skipped:
        message += f"; skipped {_plural(skipped, 'session')} already in the history"
    return 0, message + "."


def _with_routine_id(record: SessionRecord, ids: dict[str, str]) -> SessionRecord:
    known = ids.get(record.routine_name)
    if known is None or known == record.routine_id:
        return record
    return replace(record, routine_id=known)
