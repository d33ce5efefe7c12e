"""The history CSV export: SQLite makes every line, which is streamed into the file.

One query joins sessions and holds in the export's order (by start, then row id; holds in
the order they were done) and gives each row as its finished CSV line: the session's cells
are formatted once per session (a subquery SQLite runs as a co-routine, the outer loop of
the join), the hold's cells per row. No Python code runs per row and nothing is held, so
the export runs at the speed of a plain ``csv.writer`` over a cursor, in flat memory. The
lines are byte for byte those a plain record-by-record ``csv.writer`` writes for the same
sessions (the tests compare the two on random histories, with a reference writer):

- text cells are neutralised as :func:`.cells.neutralise` does and quoted as ``csv.writer``
  quotes (a cell with a comma, a double quote, a line feed or a carriage return);
- times are the stored UTC time moved by its offset, to the second, with ``+HH:MM``;
- seconds have two decimals; the few values SQLite's ``printf`` might round otherwise (near
  a tie, negative or huge) and pain maps (written in map order) are formatted in Python.

A stored value that cannot be read back is damage: the export stops with
:class:`~acupress_gui.storage.history.errors.HistoryDamagedError` and the old file stays.
This module needs nothing of the domain's models, so ``--export-history`` starts small.

The export is a reader: it opens the file read-only (an older schema through a copy in
memory brought up to date) and changes nothing in it. A session still ``running`` (the app
may be in it right now) is left out of the CSV and left as it is: it is exported once it has
ended, and a session left running by a killed app is marked ``interrupted`` by the app's next
start, not by an export.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TextIO

from acupress_gui.domain.pain_map import parse_regions, regions_text
from acupress_gui.storage.atomic import atomic_text_file
from acupress_gui.storage.history.cells import neutralise
from acupress_gui.storage.history.connection import Database, open_read_only
from acupress_gui.storage.history.csv_columns import CSV_COLUMNS
from acupress_gui.storage.history.errors import HistoryError, damaged
from acupress_gui.storage.paths import history_file

__all__ = ["counted_words", "export_database", "export_history_cli", "write_history_csv"]

log = logging.getLogger(__name__)

_HEADER = ",".join(CSV_COLUMNS) + "\n"
# The first characters of a cell a spreadsheet would run (see cells.neutralise): ' = + - @
# tab and carriage return, as code points for SQLite's unicode().
_FORMULA_STARTS = "39, 61, 43, 45, 64, 9, 13"
_FORMULAS = "61, 43, 45, 64, 9, 13"


def _neutral(x: str) -> str:
    """SQL: the text ``x`` as :func:`.cells.neutralise` gives it."""
    return (
        f"CASE WHEN unicode({x}) IN ({_FORMULA_STARTS}) AND unicode(ltrim({x}, '''')) "
        f"IN ({_FORMULAS}) THEN '''' || {x} ELSE {x} END"
    )


def _cell(x: str) -> str:
    """SQL: the text ``x`` as one CSV cell (neutralised, quoted when csv.writer would)."""
    return (
        f"CASE WHEN instr({x}, ',') OR instr({x}, '\"') OR instr({x}, char(10)) "
        f"OR instr({x}, char(13)) THEN '\"' || replace({_neutral(x)}, '\"', '\"\"') || '\"' "
        f"ELSE {_neutral(x)} END"
    )


def _local(text: str, minutes: str) -> str:
    """SQL: a stored UTC time at its offset, ``2025-03-01T08:15:00+01:00`` (NULL when the
    stored values cannot be read)."""
    return (
        f"CASE WHEN abs({minutes}) < 1440 THEN "
        f"strftime('%Y-%m-%dT%H:%M:%S', substr({text}, 1, 19), {minutes} || ' minutes') || "
        f"printf('%s%02d:%02d', CASE WHEN {minutes} < 0 THEN '-' ELSE '+' END, "
        f"abs({minutes}) / 60, abs({minutes}) % 60) END"
    )


def _seconds(x: str) -> str:
    """SQL: seconds with two decimals, as Python's ``f"{x:.2f}"`` writes them.

    SQLite's ``printf`` rounds as Python does except within about 1e-15 of a tie (2.675 is
    stored just below it: Python writes 2.67); those values, and any outside 0..1e6, go to
    Python.
    """
    return (
        f"CASE WHEN {x} >= 0 AND {x} < 1e6 "
        f"AND abs({x} * 100 - CAST({x} * 100 AS INTEGER) - 0.5) > 1e-6 "
        f"THEN printf('%.2f', {x}) ELSE acupress_seconds({x}) END"
    )


_SESSIONS = (
    "SELECT id, "
    + " || ',' || ".join(
        (
            _cell("session_id"),
            _cell("routine_name"),
            _local("started_at", "utc_offset_min"),
            "CASE WHEN ended_at IS NULL THEN '' ELSE "
            + _local("ended_at", "coalesce(ended_offset_min, utc_offset_min)")
            + " END",
            "status",
            "coalesce(pain_before, '')",
            "coalesce(pain_after, '')",
            _cell("note"),
        )
    )
    + " AS head, "
    "CASE WHEN pain_regions = '' THEN '' ELSE acupress_regions(pain_regions) END || ',' || "
    "CASE WHEN interference IS NULL OR sleep IS NULL THEN ',' "
    "ELSE interference || ',' || sleep END || char(10) AS tail "
    # LIMIT -1 keeps the subquery whole (not merged into the join): its cells are made once
    # a session, and it is the join's outer loop, so its order is the export's.
    "FROM sessions WHERE status != 'running' ORDER BY started_at, id LIMIT -1"
)
_HOLD = " || ',' || ".join(
    (
        "CASE WHEN h.step < 0 THEN '''' || h.step ELSE h.step END",
        _cell("h.point"),
        "h.side",
        _seconds("h.planned_s"),
        _seconds("h.held_s"),
    )
)
_LINES = (
    "SELECT coalesce(CASE WHEN h.id IS NULL THEN s.head || ',,,,,,' || s.tail "
    f"ELSE s.head || ',' || {_HOLD} || ',' || s.tail END, acupress_unreadable(s.id)) "
    f"FROM ({_SESSIONS}) s LEFT JOIN holds h ON h.session = s.id"
)
_COUNTS = (
    "SELECT (SELECT count(*) FROM sessions WHERE status != 'running'), "
    "(SELECT count(*) FROM holds) - (SELECT count(*) FROM holds WHERE session IN "
    "(SELECT id FROM sessions WHERE status = 'running'))"
)


def _csv_cell(text: str) -> str:
    """``text`` as one cell of ``csv.writer`` (the SQL above does the same)."""
    cell = neutralise(text)
    if any(c in cell for c in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


class _Formats:
    """The Python half of the query: the values SQL does not format, and damage found."""

    def __init__(self) -> None:
        self.problem: BaseException | None = None
        self._regions: dict[str, str] = {}

    def seconds(self, value: float) -> str:
        return _csv_cell(f"{value:.2f}")

    def regions(self, text: str) -> str:
        cell = self._regions.get(text)
        if cell is None:
            try:
                cell = _csv_cell(regions_text(parse_regions(text)))
            except ValueError as error:
                self.problem = self.problem or error
                cell = ""
            self._regions[text] = cell
        return cell

    def unreadable(self, key: int) -> str:
        self.problem = self.problem or ValueError(f"session {key} has a time that cannot be read")
        return ""


def write_history_csv(db: Database, out: TextIO) -> tuple[int, int]:
    """Write every finished session of ``db`` to ``out`` as the history CSV.

    A session still running is left out: it is exported once it has ended.

    Returns:
        (sessions, holds) written.

    Raises:
        HistoryError: The file cannot be read (damage stops the export).
        OSError: ``out`` cannot be written.
    """
    formats = _Formats()
    db.function("acupress_seconds", 1, formats.seconds)
    db.function("acupress_regions", 1, formats.regions)
    db.function("acupress_unreadable", 1, formats.unreadable)
    with db.snapshot():
        row = db.one(_COUNTS)
        assert row is not None  # an aggregate always has a row
        out.write(_HEADER)
        with db.values(_LINES) as lines:
            out.writelines(lines)
    if formats.problem is not None:
        raise damaged(db.name, formats.problem)
    return int(row[0]), int(row[1])


def export_database(db: Database, file: Path) -> tuple[int, int]:
    """Write the history CSV of ``db`` to ``file`` (atomically, mode 0600).

    Returns:
        (sessions, holds) written.

    Raises:
        HistoryError: The history cannot be read (``file`` is left as it was).
        OSError: The file cannot be written.
    """
    with atomic_text_file(file) as out:
        return write_history_csv(db, out)


def counted_words(count: int, word: str) -> str:
    """``1 session``, ``2,000 sessions``."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def export_history_cli(config_dir: Path, file: Path) -> tuple[int, str]:
    """``--export-history FILE.csv``: returns (exit code, one-line message)."""
    path = history_file(config_dir)
    try:
        if not path.exists():
            with atomic_text_file(file) as out:
                out.write(_HEADER)
            sessions = holds = 0
        else:
            # A reader: read-only, nothing marked (a session the running app is in stays
            # 'running' and is left out), an older schema read through a copy in memory.
            db = open_read_only(path)
            try:
                sessions, holds = export_database(db, file)
            finally:
                db.close()
    except HistoryError as error:
        log.warning("history not exported: %s", error)
        return 1, str(error)
    except OSError as error:
        log.warning("history not exported: %s", error)
        return 1, f"{file} could not be written: {error.strerror or error}"
    exported = f"{counted_words(sessions, 'session')} ({counted_words(holds, 'hold')})"
    return 0, f"Exported {exported} to {file}."
