"""What the history store hands out and takes in, and how a row becomes one of them."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion, parse_regions, regions_text
from acupress_gui.domain.recording import (
    MAX_NOTE_CHARS,
    HoldResult,
    SessionDetails,
    SessionRecord,
    SessionStatus,
    check_pain,
)
from acupress_gui.storage.history.times import from_db, offset_minutes, utc_text

__all__ = [
    "FINISHED_STATUSES",
    "HOLD_COLUMNS",
    "MAX_HOLD_SECONDS",
    "MAX_NAME_CHARS",
    "ORDER_SQL",
    "SESSION_COLUMNS",
    "DeletedSessions",
    "HistoryFilter",
    "SessionRow",
    "SortKey",
    "StoredHold",
    "check_hold",
    "checkin_of",
    "details_values",
    "hold_of",
    "record_of",
    "session_values",
]

#: Longest accepted routine name, session id and point id (longer ones are cut).
MAX_NAME_CHARS = 200
#: A hold longer than this (seconds) is not a hold; the store refuses it.
MAX_HOLD_SECONDS = 24 * 3600.0
#: Statuses a finished session can have (the CSV accepts these).
FINISHED_STATUSES: tuple[SessionStatus, ...] = (
    SessionStatus.COMPLETED,
    SessionStatus.STOPPED,
    SessionStatus.INTERRUPTED,
)


class SortKey(StrEnum):
    """The columns the session table can be sorted by."""

    DATE = "date"
    ROUTINE = "routine"
    DURATION = "duration"
    STATUS = "status"
    HOLDS = "holds"
    PAIN = "pain"


#: Every order ends with the row id, so it is total and a page can start after a given row
#: (keyset paging: no OFFSET, so the last page of 100,000 rows is as fast as the first).
#: Columns that can be NULL are coalesced, because a row-value comparison with NULL is NULL.
ORDER_SQL: dict[SortKey, tuple[str, ...]] = {
    SortKey.DATE: ("started_at", "id"),
    SortKey.ROUTINE: ("routine_name", "started_at", "id"),
    SortKey.DURATION: ("coalesce(duration_s, -1.0)", "started_at", "id"),
    SortKey.STATUS: ("status", "started_at", "id"),
    SortKey.HOLDS: ("hold_count", "started_at", "id"),
    SortKey.PAIN: ("coalesce(pain_before, -1)", "coalesce(pain_after, -1)", "started_at", "id"),
}


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which sessions the table shows; None means "any".

    Attributes:
        routine: Routine name.
        date_from: First local date (inclusive).
        date_to: Last local date (inclusive).
        status: Session status.
        region: A pain-map region the session marked.
    """

    routine: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: SessionStatus | None = None
    region: PainRegion | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL ``WHERE`` clause (empty when no filter) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.routine is not None:
            clauses.append("routine_name = ?")
            params.append(self.routine)
        if self.date_from is not None:
            clauses.append("local_date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to is not None:
            clauses.append("local_date <= ?")
            params.append(self.date_to.isoformat())
        if self.status is not None:
            clauses.append("status = ?")
            params.append(str(self.status))
        if self.region is not None:
            clauses.append("instr(',' || pain_regions || ',', ?) > 0")
            params.append(f",{self.region},")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    @property
    def active(self) -> bool:
        """True when anything is filtered out."""
        return any(
            value is not None
            for value in (self.routine, self.date_from, self.date_to, self.status, self.region)
        )


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of the session table.

    Attributes:
        session_id: The session's id.
        routine_name: The routine's name.
        started_at: Start, in the local offset of that moment.
        duration_s: End minus start; None while it has no end.
        status: How it ended.
        hold_count: Finished holds.
        held_s: Seconds held in total.
        pain_before: Pain before (0..10) or None.
        pain_after: Pain after (0..10) or None.
        has_note: True when a note was written.
        sort_key: Where the row is in the order it was fetched in; pass it as ``after`` to
            :meth:`HistoryStore.rows` for the next page.
    """

    session_id: str
    routine_name: str
    started_at: datetime
    duration_s: float | None
    status: SessionStatus
    hold_count: int
    held_s: float
    pain_before: int | None
    pain_after: int | None
    has_note: bool
    sort_key: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredHold:
    """A hold with the moment it was committed (None for imported holds)."""

    hold: HoldResult
    ended_at: datetime | None


#: The columns of ``sessions`` a deleted session is kept with (and put back with).
SESSION_COLUMNS = (
    "session_id",
    "routine_id",
    "routine_name",
    "started_at",
    "utc_offset_min",
    "local_date",
    "ended_at",
    "ended_offset_min",
    "duration_s",
    "status",
    "pain_before",
    "pain_after",
    "note",
    "hold_count",
    "held_s",
    "pain_regions",
    "interference",
    "sleep",
)
#: The columns of ``holds`` a deleted hold is kept with.
HOLD_COLUMNS = ("step", "point", "side", "repetition", "planned_s", "held_s", "ended_at")


@dataclass(frozen=True, slots=True)
class DeletedSessions:
    """What :meth:`HistoryStore.delete` removed, exactly, so it can be put back.

    Attributes:
        sessions: Per session, its :data:`SESSION_COLUMNS` values and, per hold, its
            :data:`HOLD_COLUMNS` values.
    """

    sessions: tuple[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]], ...]

    @property
    def session_ids(self) -> list[str]:
        """Ids of the deleted sessions."""
        where = SESSION_COLUMNS.index("session_id")
        return [str(row[where]) for row, _holds in self.sessions]

    def __len__(self) -> int:
        return len(self.sessions)


# ---- rows <-> objects --------------------------------------------------------------------------


def hold_of(row: Mapping[str, Any] | sqlite3.Row) -> HoldResult:
    """A hold from a row with the columns of ``holds``."""
    return HoldResult(
        step=row["step"],
        point=row["point"],
        side=Side(row["side"]),
        repetition=row["repetition"],
        planned_seconds=row["planned_s"],
        held_seconds=row["held_s"],
    )


def record_of(row: sqlite3.Row, holds: tuple[HoldResult, ...]) -> SessionRecord:
    """A record from a row with the columns of ``sessions``."""
    offset = row["utc_offset_min"]
    ended_offset = row["ended_offset_min"]
    return SessionRecord(
        session_id=row["session_id"],
        routine_id=row["routine_id"],
        routine_name=row["routine_name"],
        started_at=from_db(row["started_at"], offset),
        ended_at=(
            from_db(row["ended_at"], ended_offset if ended_offset is not None else offset)
            if row["ended_at"]
            else None
        ),
        status=SessionStatus(row["status"]),
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        note=row["note"],
        holds=holds,
        pain_regions=parse_regions(row["pain_regions"]),
        checkin=checkin_of(row["interference"], row["sleep"]),
    )


def checkin_of(interference: int | None, sleep: int | None) -> WeeklyCheckin | None:
    """The check-in of a row's two answers (None unless both are there)."""
    if interference is None or sleep is None:
        return None
    return WeeklyCheckin(interference, sleep)


def details_values(details: SessionDetails) -> tuple[str, int | None, int | None]:
    """The ``pain_regions``, ``interference`` and ``sleep`` values of a session."""
    regions, checkin = regions_text(details.pain_regions), details.checkin
    if checkin is None:
        return regions, None, None
    return regions, checkin.interference, checkin.sleep


def session_values(record: SessionRecord) -> tuple[Any, ...]:
    """The :data:`SESSION_COLUMNS` values of a finished record.

    Raises:
        ValueError: The record is not possible.
    """
    started = record.started_at
    if started.utcoffset() is None:
        raise ValueError(f"session {record.session_id}: the start has no UTC offset")
    status = SessionStatus(record.status)
    ended = record.ended_at
    duration: float | None = None
    if ended is not None:
        if ended.utcoffset() is None:
            raise ValueError(f"session {record.session_id}: the end has no UTC offset")
        duration = (ended - started).total_seconds()
        if duration < 0:
            raise ValueError(f"session {record.session_id} ends before it starts")
    return (
        record.session_id,
        record.routine_id,
        record.routine_name,
        utc_text(started),
        offset_minutes(started),
        started.date().isoformat(),
        utc_text(ended) if ended is not None else None,
        offset_minutes(ended) if ended is not None else None,
        duration,
        str(status),
        check_pain(record.pain_before),
        check_pain(record.pain_after),
        record.note[:MAX_NOTE_CHARS],
        len(record.holds),
        float(sum(hold.held_seconds for hold in record.holds)),
        *details_values(record.details),
    )


def check_hold(hold: HoldResult) -> None:
    """Refuse a hold whose numbers are not possible.

    Raises:
        ValueError: What is wrong.
    """
    Side(hold.side)
    for name, value in (("planned", hold.planned_seconds), ("held", hold.held_seconds)):
        if not math.isfinite(value) or not 0 <= value <= MAX_HOLD_SECONDS:
            raise ValueError(f"a hold's {name} seconds of {value!r} is not possible")
    if hold.step < 0 or hold.repetition < 1:
        raise ValueError(f"a hold with step {hold.step}, repetition {hold.repetition}")
