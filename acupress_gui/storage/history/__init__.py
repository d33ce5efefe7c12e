"""Session history in SQLite (``history.sqlite3`` in the config directory), and as CSV.

The package, by concern:

- :mod:`.errors`: :class:`HistoryError` and its subclasses; the one translation of
  :class:`sqlite3.Error` into them.
- :mod:`.schema`: the schema, one frozen SQL migration per version.
- :mod:`.connection`: opening, checking and setting aside the file; every SQLite call.
- :mod:`.times`: UTC text and local offsets.
- :mod:`.model`: what the store hands out (rows, filters, sort keys).
- :mod:`.queries`: reading; :mod:`.store`: :class:`HistoryStore` (opening and writing).
- :mod:`.csv`: the format, and the merging import; :mod:`.csv_export`: the export, made
  by SQLite; :mod:`.cells`: one CSV cell; :mod:`.csv_details`: the pain-map and check-in
  columns; :mod:`.csv_cli`: ``--import-history``.
- :mod:`.integrity`: the background check, and the salvage of a damaged file.

No public function or method lets a :class:`sqlite3.Error` out: catching
:class:`HistoryError` is enough.

The names below are imported from their modules when first used (``__getattr__``): most of
them need the domain's models (pydantic), which ``--export-history`` does without.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from acupress_gui.storage.history.connection import QUICK_CHECK_MAX_BYTES
from acupress_gui.storage.history.errors import (
    HistoryConstraintError,
    HistoryDamagedError,
    HistoryError,
    HistoryUnavailableError,
    HistoryVersionError,
)
from acupress_gui.storage.history.schema import MIGRATIONS, SCHEMA_VERSION
from acupress_gui.storage.history.times import system_local

if TYPE_CHECKING:
    from acupress_gui.storage.history.csv import (
        CSV_COLUMNS,
        MAX_CSV_BYTES,
        CsvFormatError,
        export_history,
        parse_csv,
        read_csv,
    )
    from acupress_gui.storage.history.csv_cli import import_history_cli
    from acupress_gui.storage.history.csv_export import export_history_cli
    from acupress_gui.storage.history.csv_import import import_history
    from acupress_gui.storage.history.integrity import (
        IntegrityReport,
        check_integrity,
        salvage,
    )
    from acupress_gui.storage.history.model import (
        FINISHED_STATUSES,
        MAX_HOLD_SECONDS,
        MAX_NAME_CHARS,
        DeletedSessions,
        HistoryFilter,
        SessionRow,
        SortKey,
        StoredHold,
    )
    from acupress_gui.storage.history.store import HistoryStore, open_history

#: Where each name imported on first use is defined.
_MODULES = {
    **dict.fromkeys(
        (
            "CSV_COLUMNS",
            "MAX_CSV_BYTES",
            "CsvFormatError",
            "export_history",
            "parse_csv",
            "read_csv",
        ),
        "csv",
    ),
    "import_history": "csv_import",
    "import_history_cli": "csv_cli",
    "export_history_cli": "csv_export",
    **dict.fromkeys(("IntegrityReport", "check_integrity", "salvage"), "integrity"),
    **dict.fromkeys(
        (
            "FINISHED_STATUSES",
            "MAX_HOLD_SECONDS",
            "MAX_NAME_CHARS",
            "DeletedSessions",
            "HistoryFilter",
            "SessionRow",
            "SortKey",
            "StoredHold",
        ),
        "model",
    ),
    **dict.fromkeys(("HistoryStore", "open_history"), "store"),
}


def __getattr__(name: str) -> object:
    """A name of :data:`_MODULES`, imported from its module the first time it is used."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = vars(import_module(f"{__name__}.{module}"))[name]
    globals()[name] = value
    return value


__all__ = [
    "CSV_COLUMNS",
    "FINISHED_STATUSES",
    "MAX_CSV_BYTES",
    "MAX_HOLD_SECONDS",
    "MAX_NAME_CHARS",
    "MIGRATIONS",
    "QUICK_CHECK_MAX_BYTES",
    "SCHEMA_VERSION",
    "CsvFormatError",
    "DeletedSessions",
    "HistoryConstraintError",
    "HistoryDamagedError",
    "HistoryError",
    "HistoryFilter",
    "HistoryStore",
    "HistoryUnavailableError",
    "HistoryVersionError",
    "IntegrityReport",
    "SessionRow",
    "SortKey",
    "StoredHold",
    "check_integrity",
    "export_history",
    "export_history_cli",
    "import_history",
    "import_history_cli",
    "open_history",
    "parse_csv",
    "read_csv",
    "salvage",
    "system_local",
]
