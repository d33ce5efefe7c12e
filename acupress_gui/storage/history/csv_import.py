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
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from acupress_gui.domain.pain_map import regions_text
from acupress_gui.domain.recording import MAX_NOTE_CHARS
from acupress_gui.domain.routine_edit import slugify
from acupress_gui.storage.history.bulk import BulkInsert
from acupress_gui.storage.history.cells import quoted, restore
from acupress_gui.storage.history.csv import (
    CSV_COLUMNS,
    YEARS,
    CsvFormatError,
    csv_text,
    hold_values,
    read_csv,
    read_header,
    session_parts,
    without_hold,
)
from acupress_gui.storage.history.errors import HistoryError
from acupress_gui.storage.history.model import FINISHED_STATUSES, MAX_NAME_CHARS
from acupress_gui.storage.history.store import HistoryStore
from acupress_gui.storage.history.times import offset_minutes, utc_text

__all__ = ["CsvRows", "import_history", "import_rows"]

#: The most values each lookup of checked cells keeps (it is emptied when full).
_CACHE_MAX = 4096
_HEAD = CSV_COLUMNS.index("step")  # the session cells before the hold's
_TAIL = CSV_COLUMNS.index("held_s") + 1  # the detail cells after them


#: The cells every row of a session repeats, and the hold's.
_SESSION_CELLS = itemgetter(*range(_HEAD), *range(_TAIL, len(CSV_COLUMNS)))
_HOLD_CELLS = itemgetter(*range(_HEAD, _TAIL))
_PAINS: dict[str, int | None] = {"": None, **{str(n): n for n in range(11)}}
_FINISHED_TEXT = frozenset(str(status) for status in FINISHED_STATUSES)
_MAX_OFFSET_S = 18 * 3600


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
        """A session's values for the table, before and after ``hold_count, held_s``.

        The cells every check passes at once are read here; any other row goes through
        :func:`.csv.session_parts` (which gives the message of the first thing wrong).
        """
        self._bound()
        session_id, routine, started_text, ended_text, status, before_text, after_text, note = (
            fields[:_HEAD]
        )
        start = _moment(started_text)
        end = _moment(ended_text) if ended_text else None
        before = _PAINS.get(before_text, -1)
        after = _PAINS.get(after_text, -1)
        details = self.details.get(tuple(fields[_TAIL:]))
        routine_id = self.routines.get(routine)
        if (
            start is None
            or (ended_text and (end is None or end[0] < start[0]))
            or details is None
            or routine_id is None
            or before == -1
            or after == -1
            or status not in _FINISHED_TEXT
            or len(note) > MAX_NOTE_CHARS
            or not session_id.strip()
            or len(session_id) > MAX_NAME_CHARS
        ):
            return self._checked_session(fields)
        started = start[0]
        head = (
            session_id,
            routine_id,
            routine,
            start[2],
            start[1],
            started.date().isoformat(),
            None if end is None else end[2],
            None if end is None else end[1],
            None if end is None else (end[0] - started).total_seconds(),
            status,
            before,
            after,
            note,
        )
        return head, details

    def _checked_session(self, fields: list[str]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        routine, started, ended, status, before, after, note, details = session_parts(fields)
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


def _moment(text: str) -> tuple[datetime, int, str] | None:
    """(the time, its UTC offset in minutes, its UTC text) of a time cell every check of
    :func:`.csv.session_parts` accepts; None for any other."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    offset = moment.utcoffset()
    if offset is None or offset.microseconds:
        return None
    seconds = offset.days * 86_400 + offset.seconds
    if seconds % 60 or abs(seconds) > _MAX_OFFSET_S or not YEARS[0] <= moment.year <= YEARS[1]:
        return None
    utc = moment.replace(tzinfo=None) - offset
    return moment, seconds // 60, utc.isoformat(timespec="microseconds") + "+00:00"


def _load(rows: CsvRows, bulk: BulkInsert, ids: dict[str, str]) -> None:
    """Check every row and queue every new session in ``bulk``.

    Raises:
        CsvFormatError: The first thing wrong, with its line number.
        _ApartError: The rows of a session are not adjacent.
    """
    try:
        _rows_into(rows, bulk, _Checked(ids))
    except csv.Error as error:
        raise CsvFormatError(rows.name, rows.reader.line_num, f"not valid CSV ({error})") from None
    except HistoryError:
        raise  # from SQLite (HistoryConstraintError is a ValueError too)
    except UnicodeDecodeError:
        raise  # the file is not UTF-8: csv_text says so in plain words
    except ValueError as error:
        raise CsvFormatError(rows.name, rows.reader.line_num, str(error)) from None


class _Session:
    """The session whose rows are being read."""

    __slots__ = ("details", "head", "holds", "key", "line", "no_holds", "own", "repetitions")

    def __init__(self, fields: list[str], line: int, checked: _Checked, bulk: BulkInsert) -> None:
        self.head, self.details = checked.session(fields)
        self.own = _SESSION_CELLS(fields)
        self.line = line
        #: The row id it will have (0: its id is already stored, it is skipped).
        self.key = 0 if fields[0] in bulk.known else bulk.reserve()
        self.holds: list[tuple[Any, ...]] = []
        self.repetitions: dict[tuple[int, str], int] = {}
        self.no_holds = False

    def add_to(self, bulk: BulkInsert) -> None:
        if not self.key:
            bulk.skipped += 1
            return
        # Not added to bulk.known: an id seen again in the file is found by _rows_into.
        holds = self.holds
        total = float(sum([hold[6] for hold in holds]))
        bulk.session(self.key, (*self.head, len(holds), total, *self.details))
        bulk.holds(holds)


def _rows_into(rows: CsvRows, bulk: BulkInsert, checked: _Checked) -> None:
    """Check each row as it is read, queue each session once its rows are read.

    Raises:
        ValueError: What is wrong on the line the reader is at.
        _ApartError: The rows of a session are not adjacent.
    """
    reader, width, padding = rows.reader, rows.width, rows.padding
    steps, seconds, points, sides = checked.steps, checked.seconds, checked.points, checked.sides
    seen: set[str] = set()
    session: _Session | None = None
    session_id = ""
    for cells in reader:
        if not cells:
            continue  # a blank line
        # Only a row with a quote can hold a neutralised cell (one search, not 16).
        fields = [restore(cell) for cell in cells] if "'" in "".join(cells) else cells
        if len(fields) != width:
            raise ValueError(f"{len(fields)} fields, expected {width}")
        if padding:
            fields = fields + padding
        if fields[0] != session_id or session is None:
            if session is not None:
                session.add_to(bulk)
            session_id = fields[0]
            if session_id in seen:
                raise _ApartError
            seen.add(session_id)
            session = _Session(fields, reader.line_num, checked, bulk)
        elif _SESSION_CELLS(fields) != session.own:
            raise ValueError(
                f"session {quoted(session_id)} has other session details than on line "
                f"{session.line}"
            )
        step_text, point, side_text, planned_text, held_text = _HOLD_CELLS(fields)
        if session.no_holds or not (step_text or point or side_text or planned_text or held_text):
            session.no_holds = without_hold(fields, bool(session.holds), session.no_holds)
            continue
        step = steps.get(step_text)
        planned = seconds.get(planned_text)
        held = seconds.get(held_text)
        side = sides.get(side_text)
        if step is None or planned is None or held is None or side is None or point not in points:
            step, point, side, planned, held = checked.hold(fields)
        repetitions = session.repetitions
        repetition = repetitions[(step, side)] = repetitions.get((step, side), 0) + 1
        session.holds.append((session.key, step, point, side, repetition, planned, held))
    if session is not None:
        session.add_to(bulk)
