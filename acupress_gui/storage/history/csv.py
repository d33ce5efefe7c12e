"""The session history as CSV: the format, its checks, and the export to a file.

One row per hold; a session without holds is one row with the hold columns empty. The
columns are exactly :data:`CSV_COLUMNS`::

    session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,
    step,point,side,planned_hold_s,held_s,pain_regions,checkin_interference,checkin_sleep

The last three (see :mod:`.csv_details`) came with schema version 3; a file without them
imports as before.

Times are ISO 8601 with the local UTC offset of that moment (``2025-03-01T08:15:00+01:00``),
seconds have two decimals, an unrated pain is an empty field. ``routine`` is the routine's
name. The file is UTF-8 (a byte-order mark is accepted on import).

The export's lines are made by SQLite (:mod:`.csv_export`). The import (:mod:`.csv_import`)
is all or nothing: a malformed file is refused with ``FILE.csv line N: what is wrong`` and
nothing is imported. Sessions whose
``session_id`` is already in the history are skipped, so importing the same file twice adds
nothing the second time. The repetition of each hold, which the CSV does not carry, is counted
again from the order of the rows (1, 2, ... per step and side).
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import (
    MAX_NOTE_CHARS,
    PAIN_RANGE,
    HoldResult,
    SessionRecord,
    SessionStatus,
)
from acupress_gui.domain.routine_edit import slugify
from acupress_gui.storage.atomic import atomic_text_file
from acupress_gui.storage.files import FileTooLargeError, check_regular
from acupress_gui.storage.history.cells import (
    looks_numeric,
    parse_decimal,
    parse_whole,
    quoted,
    restore,
)
from acupress_gui.storage.history.csv_bytes import LimitedReader, bad_utf8_line
from acupress_gui.storage.history.csv_columns import CSV_COLUMNS, DETAIL_COLUMNS
from acupress_gui.storage.history.csv_details import (
    Details,
    parse_details,
)
from acupress_gui.storage.history.model import (
    FINISHED_STATUSES,
    MAX_HOLD_SECONDS,
    MAX_NAME_CHARS,
)
from acupress_gui.storage.history.store import HistoryStore

__all__ = [
    "CSV_COLUMNS",
    "MAX_CSV_BYTES",
    "OLD_COLUMNS",
    "YEARS",
    "CsvFormatError",
    "SessionParts",
    "csv_text",
    "export_history",
    "hold_values",
    "parse_csv",
    "read_csv",
    "read_header",
    "session_parts",
    "without_hold",
]

log = logging.getLogger(__name__)

#: The columns of files written before :data:`DETAIL_COLUMNS` (they import too).
OLD_COLUMNS = CSV_COLUMNS[: -len(DETAIL_COLUMNS)]
# Where each column is in a row (the header is exactly CSV_COLUMNS).
(
    _SESSION_ID, _ROUTINE, _STARTED_AT, _ENDED_AT, _STATUS, _PAIN_BEFORE, _PAIN_AFTER, _NOTE,
    _STEP, _POINT, _SIDE, _PLANNED_HOLD_S, _HELD_S,
) = range(len(OLD_COLUMNS))  # fmt: skip
#: A history CSV larger than this is refused (about 2 million holds fit in it).
MAX_CSV_BYTES = 200 * 1024 * 1024
_MAX_STEP = 10_000
#: The years a time in a history CSV can be in.
YEARS = (1900, 9000)
_SESSION_FIELDS = slice(_SESSION_ID, _NOTE + 1)
_SIDES = {str(side): side for side in Side}
_FINISHED = {str(status): status for status in FINISHED_STATUSES}
_HOLD_FIELDS = slice(_STEP, _HELD_S + 1)
_DETAIL_FIELDS = slice(_HELD_S + 1, None)


class CsvFormatError(ValueError):
    """The CSV file is malformed; ``str()`` is ``FILE.csv line N: what is wrong``."""

    def __init__(self, name: str, line: int | None, problem: str) -> None:
        self.name = name
        self.line = line
        self.problem = problem
        where = f"{name} line {line}" if line is not None else name
        super().__init__(f"{where}: {problem}")


# --------------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------------


def export_history(store: HistoryStore, file: Path) -> tuple[int, int]:
    """Write every finished session of ``store`` to ``file`` (atomically, mode 0600).

    A session still running is left out: it is exported once it has ended.

    Returns:
        (sessions, holds) written.

    Raises:
        OSError: The file cannot be written.
    """
    with atomic_text_file(file) as out:
        return store.export_csv(out)


# --------------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------------


def _parse_time(text: str, column: str, *, required: bool) -> datetime | None:
    if not text:
        if required:
            raise ValueError(f"{column} is empty")
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column} {quoted(text)} is not an ISO 8601 time") from None
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{column} {quoted(text)} has no UTC offset (like +01:00)")
    if offset.total_seconds() % 60 or abs(offset.total_seconds()) > 18 * 3600:
        raise ValueError(f"{column} {quoted(text)} has an impossible UTC offset")
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ValueError(f"{column} {quoted(text)} is not a plausible date")
    return moment


def _parse_int(text: str, column: str, low: int, high: int) -> int:
    value = parse_whole(text)
    if value is None:
        raise ValueError(f"{column} {quoted(text)} is not a whole number")
    if not low <= value <= high:
        raise ValueError(f"{column} {value} is outside {low}..{high}")
    return value


def _parse_pain(text: str, column: str) -> int | None:
    if not text:
        return None
    return _parse_int(text, column, *PAIN_RANGE)


def _parse_seconds(text: str, column: str) -> float:
    value = parse_decimal(text)
    if value is None and not looks_numeric(text):
        raise ValueError(f"{column} {quoted(text)} is not a number of seconds")
    if value is None or not math.isfinite(value) or not 0 <= value <= MAX_HOLD_SECONDS:
        raise ValueError(f"{column} {quoted(text)} is not a possible number of seconds")
    return value


def _parse_name(text: str, column: str) -> str:
    if not text.strip():
        raise ValueError(f"{column} is empty")
    if len(text) > MAX_NAME_CHARS:
        raise ValueError(f"{column} is longer than {MAX_NAME_CHARS} characters")
    return text


#: A session's checked cells: routine, start, end, status, pains, note and details.
SessionParts = tuple[
    str, datetime, datetime | None, SessionStatus, int | None, int | None, str, Details
]


@dataclass
class _Session:
    raw: tuple[str, ...]
    line: int
    parts: SessionParts
    no_holds: bool = False
    holds: list[HoldResult] = field(default_factory=list)
    repetitions: dict[tuple[int, Side], int] = field(default_factory=dict)

    def record(self, session_id: str, routine_ids: dict[str, str]) -> SessionRecord:
        routine, started, ended, status, before, after, note, (regions, checkin) = self.parts
        routine_id = routine_ids.get(routine) or slugify(routine)
        holds = tuple(self.holds)
        return SessionRecord(
            session_id, routine_id, routine, started, ended, status, before, after, note, holds,
            regions, checkin,
        )  # fmt: skip


def session_parts(fields: list[str]) -> SessionParts:
    """The checked session cells of a row (:data:`SessionParts`).

    Raises:
        ValueError: What is wrong, naming the column.
    """
    _parse_name(fields[_SESSION_ID], "session_id")
    routine = _parse_name(fields[_ROUTINE], "routine")
    started = _parse_time(fields[_STARTED_AT], "started_at", required=True)
    assert started is not None
    ended = _parse_time(fields[_ENDED_AT], "ended_at", required=False)
    if ended is not None and ended < started:
        raise ValueError(f"ended_at {fields[_ENDED_AT]} is before started_at {fields[_STARTED_AT]}")
    status = _FINISHED.get(fields[_STATUS])
    if status is None:
        allowed = ", ".join(str(s) for s in FINISHED_STATUSES)
        raise ValueError(f"status {quoted(fields[_STATUS])} is not one of {allowed}")
    note = fields[_NOTE]
    if len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"note is longer than {MAX_NOTE_CHARS} characters")
    return (
        routine,
        started,
        ended,
        status,
        _parse_pain(fields[_PAIN_BEFORE], "pain_before"),
        _parse_pain(fields[_PAIN_AFTER], "pain_after"),
        note,
        parse_details(fields[_DETAIL_FIELDS]),
    )


def _parse_session(fields: list[str], line: int) -> _Session:
    raw = (*fields[_SESSION_FIELDS], *fields[_DETAIL_FIELDS])
    return _Session(raw=raw, line=line, parts=session_parts(fields))


def hold_values(fields: list[str]) -> tuple[int, str, Side, float, float]:
    """The step, point, side, planned and held seconds of a row with a hold.

    Raises:
        ValueError: What is wrong, naming the column.
    """
    empty = [CSV_COLUMNS[_STEP + i] for i, text in enumerate(fields[_HOLD_FIELDS]) if not text]
    if empty:
        raise ValueError(f"{', '.join(empty)} empty in a hold row")
    step = _parse_int(fields[_STEP], "step", 0, _MAX_STEP)
    point = _parse_name(fields[_POINT], "point")
    side = _SIDES.get(fields[_SIDE])
    if side is None:
        allowed = ", ".join(str(s) for s in Side)
        raise ValueError(f"side {quoted(fields[_SIDE])} is not one of {allowed}")
    planned = _parse_seconds(fields[_PLANNED_HOLD_S], "planned_hold_s")
    held = _parse_seconds(fields[_HELD_S], "held_s")
    return step, point, side, planned, held


def without_hold(fields: list[str], has_holds: bool, had_none: bool) -> bool:
    """True for a row without a hold (its hold cells empty).

    Args:
        fields: The row.
        has_holds: Its session has had a hold already.
        had_none: Its session has had a row without a hold already.

    Raises:
        ValueError: A session cannot have both, nor two rows without a hold.
    """
    if any(fields[_HOLD_FIELDS]):
        if had_none:
            raise ValueError("a hold for a session that already has a row without a hold")
        return False
    if has_holds:
        raise ValueError("a row without a hold for a session that has holds")
    if had_none:
        raise ValueError(f"session {quoted(fields[_SESSION_ID])} has two rows without a hold")
    return True


def _add_hold(session: _Session, fields: list[str]) -> None:
    if without_hold(fields, bool(session.holds), session.no_holds):
        session.no_holds = True
        return
    step, point, side, planned, held = hold_values(fields)
    repetition = session.repetitions.get((step, side), 0) + 1
    session.repetitions[(step, side)] = repetition
    session.holds.append(HoldResult(step, point, side, repetition, planned, held))


def parse_csv(
    text: str | Iterable[str], name: str, routine_ids: dict[str, str] | None = None
) -> list[SessionRecord]:
    """Check a whole history CSV and return its sessions, in order of first appearance.

    Args:
        text: The file's text, or its lines as they are read (a text file opened with
            ``newline=""``).
        name: The file's name, for messages.
        routine_ids: Routine id to use for each routine name (the ids already in the
            history); other names get an id made from the name.

    Raises:
        CsvFormatError: The first thing wrong, with its line number.
    """
    ids = routine_ids or {}
    lines = io.StringIO(text, newline="") if isinstance(text, str) else text
    reader = csv.reader(lines, strict=True)
    header = read_header(reader, name)
    padding = [""] * (len(CSV_COLUMNS) - len(header))  # an older file: no detail columns
    sessions: dict[str, _Session] = {}
    line = 1
    try:
        for cells in reader:
            line = reader.line_num
            if not cells:
                continue  # a blank line
            # Only a row with a quote can hold a neutralised cell (one search, not 13).
            fields = [restore(cell) for cell in cells] if "'" in "".join(cells) else cells
            if len(fields) != len(header):
                raise ValueError(f"{len(fields)} fields, expected {len(header)}")
            if padding:
                fields = fields + padding
            session = sessions.get(fields[_SESSION_ID])
            if session is None:
                session = _parse_session(fields, line)
                sessions[fields[_SESSION_ID]] = session
            elif (*fields[_SESSION_FIELDS], *fields[_DETAIL_FIELDS]) != session.raw:
                raise ValueError(
                    f"session {quoted(fields[_SESSION_ID])} has other session details than on line "
                    f"{session.line}"
                )
            _add_hold(session, fields)
    except csv.Error as error:
        raise CsvFormatError(name, reader.line_num, f"not valid CSV ({error})") from None
    except UnicodeDecodeError:
        raise  # a file read as it is parsed: read_csv finds the line
    except ValueError as error:
        raise CsvFormatError(name, line, str(error)) from None
    return [session.record(session_id, ids) for session_id, session in sessions.items()]


@contextlib.contextmanager
def csv_text(file: Path) -> Iterator[TextIO]:
    """The text of a history CSV file, read as it is parsed (never held whole, nor twice).

    Raises:
        CsvFormatError: The file is too large or not UTF-8 (also when found in the block).
        OSError: The file cannot be read.
    """
    check_regular(file)  # a FIFO or a device would block or never end
    size = file.stat().st_size
    too_large = CsvFormatError(
        file.name,
        None,
        f"the file is {size / 1024 / 1024:.0f} MB; a history CSV can be at most "
        f"{MAX_CSV_BYTES // 1024 // 1024} MB",
    )
    if size > MAX_CSV_BYTES:
        raise too_large
    try:
        with file.open("rb") as raw, LimitedReader(raw, MAX_CSV_BYTES) as limited:
            yield io.TextIOWrapper(io.BufferedReader(limited), encoding="utf-8-sig", newline="")
    except FileTooLargeError:
        raise too_large from None
    except UnicodeDecodeError:
        raise CsvFormatError(
            file.name, bad_utf8_line(file, MAX_CSV_BYTES), "the text is not UTF-8"
        ) from None


def read_header(reader: Any, name: str) -> list[str]:
    """The header line of a ``csv.reader``: exactly :data:`CSV_COLUMNS` (or the columns of
    a file written before the detail columns).

    Raises:
        CsvFormatError: It is missing or not the header.
    """
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise CsvFormatError(name, reader.line_num, f"not valid CSV ({error})") from None
    if header is None:
        raise CsvFormatError(name, 1, "the file is empty; expected the header line")
    if tuple(header) not in (CSV_COLUMNS, OLD_COLUMNS):
        raise CsvFormatError(name, 1, "the header must be exactly " + ",".join(CSV_COLUMNS))
    return list(header)


def read_csv(file: Path, routine_ids: dict[str, str] | None = None) -> list[SessionRecord]:
    """Read and check a history CSV file (see :func:`parse_csv`).

    Raises:
        CsvFormatError: The file is too large, not UTF-8 or malformed.
        OSError: The file cannot be read.
    """
    with csv_text(file) as text:
        return parse_csv(text, file.name, routine_ids)
