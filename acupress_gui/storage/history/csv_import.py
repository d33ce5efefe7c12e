"""The history CSV import as a stream: each row checked as it is read, each session sent to
SQLite as soon as its rows are complete, all in one transaction.

Nothing of the file is held (memory stays flat as files grow, but for the set of the
session ids seen): a session's rows are kept only until the next session starts, then go
to :class:`~acupress_gui.storage.history.bulk.BulkInsert`, which sends them in chunks. The
first problem stops the import with ``FILE.csv line N: what is wrong`` and the transaction
is rolled back: nothing is added, and a killed import leaves the history as it was.

The checks and their messages are those of :func:`.csv.parse_csv`: the hold cells most rows
repeat (steps, points, sides, seconds) are looked up among the values already checked, and
any other value goes through the very checks ``parse_csv`` makes, so a refused file gets the
same message. Rows of one session are adjacent in the files the export writes; a file where
they are apart (sorted by another column) is imported the old way instead, checked whole
before it is added (:func:`.csv.read_csv` and ``add_records``, which hold its sessions).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from acupress_gui.domain.pain_map import regions_text
from acupress_gui.domain.routine_edit import slugify
from acupress_gui.storage.history.bulk import BulkInsert
from acupress_gui.storage.history.cells import quoted, restore
from acupress_gui.storage.history.csv import (
    CSV_COLUMNS,
    CsvFormatError,
    csv_text,
    hold_values,
    read_csv,
    read_header,
    session_parts,
)
from acupress_gui.storage.history.store import HistoryStore
from acupress_gui.storage.history.times import offset_minutes, utc_text

__all__ = ["CsvRows", "import_history", "import_rows"]

#: The most values each lookup of checked cells keeps (it is emptied when full).
_CACHE_MAX = 4096
_HEAD = CSV_COLUMNS.index("step")  # the session cells before the hold's
_TAIL = CSV_COLUMNS.index("held_s") + 1  # the detail cells after them


class _ApartError(Exception):
    """The rows of one session are not adjacent."""


class CsvRows:
    """The rows of a history CSV whose header has been read and checked.

    Raises:
        CsvFormatError: The header is missing or wrong.
    """

    def __init__(self, text: TextIO, name: str) -> None:
        self.name = name
        self.reader: Any = csv.reader(text, strict=True)
        header = read_header(self.reader, name)
        self.width = len(header)
        self.padding = [""] * (len(CSV_COLUMNS) - len(header))  # an older file


def import_history(store: HistoryStore, file: Path) -> tuple[int, int]:
    """Merge the history CSV ``file`` into ``store``: everything or, on any problem, nothing.

    Returns:
        (sessions added, sessions skipped because their id was already stored).

    Raises:
        CsvFormatError: The file is malformed (nothing was imported).
        OSError: The file cannot be read.
        HistoryError: The history cannot be written (nothing was imported).
    """
    with csv_text(file) as text:
        return import_rows(store, CsvRows(text, file.name), file)


def import_rows(store: HistoryStore, rows: CsvRows, file: Path) -> tuple[int, int]:
    """:func:`import_history` of rows already opened (``file`` is read again, whole, only when
    the rows of a session are apart)."""
    ids = store.routine_ids()
    try:
        with store.bulk() as bulk:
            _load(rows, bulk, ids)
    except _ApartError:
        return store.add_records(read_csv(file, ids))
    return bulk.added, bulk.skipped


class _Checked:
    """The cells already checked, and what they were read as (each kept to a bounded size)."""

    def __init__(self, ids: dict[str, str]) -> None:
        self.ids = ids
        self.steps: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        self.points: set[str] = set()
        self.sides = {"left": "left", "right": "right", "midline": "midline"}
        self.routines: dict[str, str] = {}
        self.details: dict[tuple[str, ...], tuple[str, int | None, int | None]] = {}

    def hold(self, fields: list[str]) -> tuple[int, str, str, float, float]:
        """A hold's cells, checked by :func:`.csv.hold_values` (and remembered)."""
        step, point, side, planned, held = hold_values(fields)
        self._bound()
        self.steps[fields[_HEAD]] = step
        self.points.add(point)
        self.seconds[fields[_HEAD + 3]] = planned
        self.seconds[fields[_HEAD + 4]] = held
        return step, point, str(side), planned, held

    def _bound(self) -> None:
        for cache in (self.steps, self.seconds, self.points, self.routines, self.details):
            if len(cache) > _CACHE_MAX:
                cache.clear()

    def session(self, fields: list[str]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        """A session's values for the table, before and after ``hold_count, held_s``."""
        routine, started, ended, status, before, after, note, details = session_parts(fields)
        self._bound()
        routine_id = self.routines.get(routine)
        if routine_id is None:
            routine_id = self.routines[routine] = self.ids.get(routine) or slugify(routine)
        tail = tuple(fields[_TAIL:])
        stored = self.details.get(tail)
        if stored is None:
            regions, checkin = details
            answers = (None, None) if checkin is None else (checkin.interference, checkin.sleep)
            stored = self.details[tail] = (regions_text(regions), *answers)
        head = (
            fields[0],
            routine_id,
            routine,
            utc_text(started),
            offset_minutes(started),
            started.date().isoformat(),
            None if ended is None else utc_text(ended),
            None if ended is None else offset_minutes(ended),
            None if ended is None else (ended - started).total_seconds(),
            str(status),
            before,
            after,
            note,
        )
        return head, stored


def _load(rows: CsvRows, bulk: BulkInsert, ids: dict[str, str]) -> None:
    """Check every row and queue every new session in ``bulk``.

    Raises:
        CsvFormatError: The first thing wrong, with its line number.
        _ApartError: The rows of a session are not adjacent.
    """
    lines = _lines(rows)
    try:
        first = next(lines, None)
        if first is not None:
            _session_rows(first[1], first[0], bulk, _Checked(ids), lines)
    except csv.Error as error:
        raise CsvFormatError(rows.name, rows.reader.line_num, f"not valid CSV ({error})") from None
    except _LineError as error:
        raise CsvFormatError(rows.name, error.line, error.problem) from None


class _LineError(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def _lines(rows: CsvRows) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row that is not blank, restored and padded.

    Raises:
        ValueError: A row with too few or too many fields.
    """
    reader, width, padding = rows.reader, rows.width, rows.padding
    for cells in reader:
        if not cells:
            continue  # a blank line
        line = reader.line_num
        # Only a row with a quote can hold a neutralised cell (one search, not 16).
        fields = [restore(cell) for cell in cells] if "'" in "".join(cells) else cells
        if len(fields) != width:
            raise _LineError(line, f"{len(fields)} fields, expected {width}")
        if padding:
            fields = fields + padding
        yield line, fields


def _session_rows(
    first: list[str],
    first_line: int,
    bulk: BulkInsert,
    checked: _Checked,
    rest: Iterator[tuple[int, list[str]]],
) -> None:
    """Every session from the row ``first`` on, one after another."""
    known = bulk.known
    seen: set[str] = set()
    steps, seconds, points, sides = checked.steps, checked.seconds, checked.points, checked.sides
    fields: list[str] | None = first
    line = first_line
    while fields is not None:
        session_id = fields[0]
        if session_id in seen:
            raise _ApartError
        seen.add(session_id)
        try:
            head, details = checked.session(fields)
        except ValueError as error:
            raise _LineError(line, str(error)) from None
        own = fields[:_HEAD], fields[_TAIL:]
        start_line = line
        holds: list[tuple[Any, ...]] = []
        held: list[float] = []
        repetitions: dict[tuple[int, str], int] = {}
        no_holds = False
        while True:
            step_text, point, side_text, planned_text, held_text = fields[_HEAD:_TAIL]
            if not (step_text or point or side_text or planned_text or held_text):
                if holds:
                    raise _LineError(line, "a row without a hold for a session that has holds")
                if no_holds:
                    raise _LineError(
                        line, f"session {quoted(session_id)} has two rows without a hold"
                    )
                no_holds = True
            elif no_holds:
                raise _LineError(line, "a hold for a session that already has a row without a hold")
            else:
                step = steps.get(step_text)
                planned = seconds.get(planned_text)
                held_s = seconds.get(held_text)
                side = sides.get(side_text)
                if (
                    step is None
                    or planned is None
                    or held_s is None
                    or side is None
                    or point not in points
                ):
                    try:
                        step, point, side, planned, held_s = checked.hold(fields)
                    except ValueError as error:
                        raise _LineError(line, str(error)) from None
                repetition = repetitions.get((step, side), 0) + 1
                repetitions[(step, side)] = repetition
                holds.append((step, point, side, repetition, planned, held_s))
                held.append(held_s)
            following = next(rest, None)
            if following is None:
                fields = None
                break
            line, fields = following
            if fields[0] != session_id:
                break
            if fields[:_HEAD] != own[0] or fields[_TAIL:] != own[1]:
                raise _LineError(
                    line,
                    f"session {quoted(session_id)} has other session details than on line "
                    f"{start_line}",
                )
        if session_id in known:
            bulk.skipped += 1
            continue
        known.add(session_id)
        total = float(sum(held))
        if not math.isfinite(total):  # pragma: no cover - each is at most a day
            raise _LineError(start_line, "the holds' seconds cannot be added up")
        key = bulk.session((*head, len(holds), total, *details))
        bulk.holds([(key, *hold) for hold in holds])
