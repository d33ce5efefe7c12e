"""Session history in SQLite: ``history.sqlite3`` in the config directory.

:class:`HistoryStore` implements :class:`~acupress_gui.domain.recording.SessionRecorder`: a
session row is written when a session starts, each finished hold is committed as it ends, and
the end, status, pain ratings and note are written when known. A session still ``running``
when the store is next opened (the app was killed) becomes ``interrupted``, with the holds it
had, ending at its last hold.

The database runs in WAL mode with foreign keys on; its schema is versioned with
``PRAGMA user_version`` and upgraded by :data:`MIGRATIONS`, one function per version. A
database written by a newer app is refused (:class:`HistoryVersionError`) and left untouched;
a file that is not a database is set aside with :func:`~acupress_gui.storage.atomic.quarantine`
and a new one is started, with a message in :attr:`HistoryStore.warnings`. The files are
private to the user (mode 0600).

Times are stored as UTC ISO text plus the local UTC offset in minutes of that moment, and the
local date of each start is kept in its own column: days, weeks and streaks are local-date
things, and a session at 23:59 must stay on its day wherever the person goes later.

Sorting, filtering and the summaries are done in SQL, so the History page opens a history of
100,000 sessions as fast as one of a thousand.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any, Concatenate

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import (
    MAX_NOTE_CHARS,
    HoldResult,
    SessionRecord,
    SessionStart,
    SessionStatus,
    check_pain,
)
from acupress_gui.domain.stats import (
    DayTotal,
    HistorySummary,
    RoutineRelief,
    WeekTotal,
    sort_reliefs,
    streaks_of_ordinals,
    week_of,
    week_start,
    weekly_totals,
)
from acupress_gui.storage.atomic import (
    PRIVATE_FILE_MODE,
    ensure_private_dir,
    quarantine,
)
from acupress_gui.storage.paths import history_file

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DeletedSessions",
    "HistoryDamagedError",
    "HistoryError",
    "HistoryFilter",
    "HistoryStore",
    "HistoryVersionError",
    "SessionRow",
    "SortKey",
    "StoredHold",
    "open_history",
    "system_local",
]

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Longest accepted routine name, session id and point id (longer ones are cut).
MAX_NAME_CHARS = 200
#: A hold longer than this (seconds) is not a hold; the store refuses it.
MAX_HOLD_SECONDS = 24 * 3600.0
_FINISHED = (SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED)


class HistoryError(RuntimeError):
    """The history database cannot be used; the message says why in plain words."""


class HistoryVersionError(HistoryError):
    """The database was written by a newer version of the app; it is left untouched."""


class HistoryDamagedError(HistoryError, sqlite3.DatabaseError):
    """The database turned out to be damaged while the app was running.

    Also a :class:`sqlite3.DatabaseError`, so that a recorder wrapping the store (see
    :mod:`acupress_gui.storage.fallback`) keeps the session in memory instead of losing it.
    Damage found when the file is opened is handled there: the file is set aside.
    """


class _DamageFoundError(Exception):
    """Internal: a check at open found the file damaged."""


#: At open, ``PRAGMA quick_check`` reads the whole file when it is at most this large (about
#: 15 years of daily sessions); a larger one is checked as it is read.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
#: The tables, triggers and indexes of the current schema (a file without them is damaged).
_SCHEMA_OBJECTS = frozenset(
    {
        "sessions",
        "holds",
        "days",
        "routine_totals",
        "sessions_added",
        "sessions_removed",
        "sessions_changed",
        "sessions_started",
        "holds_session",
    }
)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]+")


def _plain(error: object) -> str:
    """An error's text on one line, without control characters (SQLite may quote bytes of a
    damaged schema), and not longer than 200 characters."""
    text = _CONTROL_CHARACTERS.sub(" ", str(error)).strip() or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """True when SQLite says the file is damaged (not busy, full or read-only)."""
    if isinstance(error, sqlite3.IntegrityError):
        return False
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return True
    text = str(error)
    return (
        "no such table" in text
        or "no such column" in text
        or "malformed" in text
        # Python's sqlite3 cannot decode a text cell: bytes in the file were damaged.
        or text.startswith("Could not decode to UTF-8")
    )


def _reading[**P, R](
    method: Callable[Concatenate[HistoryStore, P], R],
) -> Callable[Concatenate[HistoryStore, P], R]:
    """Damage found while reading (SQLite's, or a value that cannot be decoded) becomes a
    readable :class:`HistoryDamagedError`."""

    @functools.wraps(method)
    def wrapper(self: HistoryStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except HistoryError:
            raise
        except sqlite3.DatabaseError as error:
            if _is_damage(error):
                raise self._damaged(error) from None
            raise
        except (ValueError, TypeError, OverflowError) as error:
            raise self._damaged(error) from None

    return wrapper


def _writing[**P, R](
    method: Callable[Concatenate[HistoryStore, P], R],
) -> Callable[Concatenate[HistoryStore, P], R]:
    """Like :func:`_reading`, but a ValueError is the caller's mistake and stays one (text
    stored in the file that is not UTF-8 is damage all the same)."""

    @functools.wraps(method)
    def wrapper(self: HistoryStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except HistoryError:
            raise
        except sqlite3.DatabaseError as error:
            if _is_damage(error):
                raise self._damaged(error) from None
            raise
        except UnicodeDecodeError as error:
            raise self._damaged(error) from None

    return wrapper


# --------------------------------------------------------------------------------------------
# Schema and migrations
# --------------------------------------------------------------------------------------------


def _migrate_0_to_1(db: sqlite3.Connection) -> None:
    """The first schema: sessions and their holds."""
    db.execute(
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL UNIQUE,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started_at TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            ended_at TEXT,
            ended_offset_min INTEGER,
            duration_s REAL,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '',
            hold_count INTEGER NOT NULL DEFAULT 0,
            held_s REAL NOT NULL DEFAULT 0
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE holds (
            id INTEGER PRIMARY KEY,
            session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            step INTEGER NOT NULL,
            point TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('left', 'right', 'midline')),
            repetition INTEGER NOT NULL,
            planned_s REAL NOT NULL,
            held_s REAL NOT NULL,
            ended_at TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX sessions_started ON sessions(started_at)")
    # Covers the per-day summary: GROUP BY local_date reads the index alone, in order.
    db.execute(
        "CREATE INDEX sessions_day ON sessions"
        "(local_date, duration_s, held_s, pain_before, pain_after)"
    )
    # Covers the per-routine relief and the routine filter.
    db.execute(
        "CREATE INDEX sessions_routine ON sessions"
        "(routine_name, started_at, pain_before, pain_after)"
    )
    db.execute("CREATE INDEX sessions_status ON sessions(status, started_at)")
    db.execute("CREATE INDEX holds_session ON holds(session, id)")


# Julian day of 0001-01-01 minus one: julianday(date) - this == date.toordinal().
_ORDINAL_EPOCH = 1721424.5


def _day_values(row: str) -> str:
    """SQL for the ``days`` columns of one session (``row`` is NEW or OLD)."""
    rated = f"({row}.pain_before IS NOT NULL AND {row}.pain_after IS NOT NULL)"
    return (
        f"CAST(julianday({row}.local_date) - {_ORDINAL_EPOCH} AS INTEGER), 1, "
        f"CAST(round(coalesce({row}.duration_s, {row}.held_s) * 1000) AS INTEGER), "
        f"{rated}, "
        f"CASE WHEN {rated} THEN {row}.pain_before ELSE 0 END, "
        f"CASE WHEN {rated} THEN {row}.pain_after ELSE 0 END"
    )


def _routine_values(row: str) -> str:
    """SQL for the ``routine_totals`` columns of one session (``row`` is NEW or OLD)."""
    rated = f"({row}.pain_before IS NOT NULL AND {row}.pain_after IS NOT NULL)"
    return (
        f"{row}.routine_name, 1, "
        f"CAST(round(coalesce({row}.duration_s, {row}.held_s) * 1000) AS INTEGER), "
        f"{rated}, "
        f"CASE WHEN {rated} THEN {row}.pain_before - {row}.pain_after ELSE 0 END"
    )


def _add_session_sql(row: str) -> str:
    return f"""
        INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
        VALUES ({_day_values(row)})
        ON CONFLICT (day) DO UPDATE SET
            sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
            rated = rated + excluded.rated, before_sum = before_sum + excluded.before_sum,
            after_sum = after_sum + excluded.after_sum;
        INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
        VALUES ({_routine_values(row)})
        ON CONFLICT (routine_name) DO UPDATE SET
            sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
            rated = rated + excluded.rated, relief_sum = relief_sum + excluded.relief_sum;
    """


def _remove_session_sql(row: str) -> str:
    day = f"CAST(julianday({row}.local_date) - {_ORDINAL_EPOCH} AS INTEGER)"
    rated = f"({row}.pain_before IS NOT NULL AND {row}.pain_after IS NOT NULL)"
    ms = f"CAST(round(coalesce({row}.duration_s, {row}.held_s) * 1000) AS INTEGER)"
    return f"""
        UPDATE days SET sessions = sessions - 1, ms = ms - {ms}, rated = rated - {rated},
            before_sum = before_sum - CASE WHEN {rated} THEN {row}.pain_before ELSE 0 END,
            after_sum = after_sum - CASE WHEN {rated} THEN {row}.pain_after ELSE 0 END
        WHERE day = {day};
        DELETE FROM days WHERE day = {day} AND sessions <= 0;
        UPDATE routine_totals SET sessions = sessions - 1, ms = ms - {ms},
            rated = rated - {rated},
            relief_sum = relief_sum
                - CASE WHEN {rated} THEN {row}.pain_before - {row}.pain_after ELSE 0 END
        WHERE routine_name = {row}.routine_name;
        DELETE FROM routine_totals WHERE routine_name = {row}.routine_name AND sessions <= 0;
    """


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    """Summary tables kept up to date by triggers, so the summaries read a few rows.

    ``days``: one row per local date (as ``date.toordinal()``) with sessions, milliseconds
    and the paired pain ratings; ``routine_totals``: one row per routine name. Filled from the
    sessions already stored.
    """
    db.execute(
        """
        CREATE TABLE days (
            day INTEGER PRIMARY KEY,
            sessions INTEGER NOT NULL,
            ms INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            before_sum INTEGER NOT NULL,
            after_sum INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE routine_totals (
            routine_name TEXT PRIMARY KEY,
            sessions INTEGER NOT NULL,
            ms INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            relief_sum INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute(
        f"""
        INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
        SELECT day, count(*), sum(ms), sum(rated), sum(b), sum(a) FROM (
            SELECT CAST(julianday(local_date) - {_ORDINAL_EPOCH} AS INTEGER) AS day,
                CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER) AS ms,
                (pain_before IS NOT NULL AND pain_after IS NOT NULL) AS rated,
                CASE WHEN pain_after IS NOT NULL THEN coalesce(pain_before, 0) ELSE 0 END AS b,
                CASE WHEN pain_before IS NOT NULL THEN coalesce(pain_after, 0) ELSE 0 END AS a
            FROM sessions
        ) GROUP BY day
        """
    )
    db.execute(
        """
        INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
        SELECT routine_name, count(*),
            sum(CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)),
            count(pain_before - pain_after), coalesce(sum(pain_before - pain_after), 0)
        FROM sessions GROUP BY routine_name
        """
    )
    db.execute(
        "CREATE TRIGGER sessions_added AFTER INSERT ON sessions "
        f"BEGIN {_add_session_sql('NEW')} END"
    )
    db.execute(
        "CREATE TRIGGER sessions_removed AFTER DELETE ON sessions "
        f"BEGIN {_remove_session_sql('OLD')} END"
    )
    db.execute(
        "CREATE TRIGGER sessions_changed AFTER UPDATE OF "
        "local_date, duration_s, held_s, pain_before, pain_after, routine_name ON sessions "
        f"BEGIN {_remove_session_sql('OLD')} {_add_session_sql('NEW')} END"
    )
    # The summaries no longer scan sessions: drop the covering columns of version 1.
    db.execute("DROP INDEX sessions_day")
    db.execute("CREATE INDEX sessions_day ON sessions(local_date)")
    db.execute("DROP INDEX sessions_routine")
    db.execute("CREATE INDEX sessions_routine ON sessions(routine_name, started_at)")


#: One function per schema version: ``MIGRATIONS[n]`` upgrades version n to n + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migrate_0_to_1, _migrate_1_to_2)
SCHEMA_VERSION = len(MIGRATIONS)


# --------------------------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------------------------


def system_local(moment: datetime) -> datetime:
    """``moment`` in the local time of the place it happened, as far as this computer knows.

    A naive time is taken as local time; a time in UTC (``tzinfo`` is :data:`datetime.UTC`)
    is converted to this computer's time zone at that instant; a time with any other offset
    already says where it happened and is returned as is.
    """
    if moment.tzinfo is None or moment.tzinfo is UTC:
        return moment.astimezone()
    return moment


def _utc_text(moment: datetime) -> str:
    """Fixed-width UTC ISO text, so text order is time order."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "+00:00"


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:  # pragma: no cover - callers pass aware times
        raise ValueError("a time without a time zone")
    return round(offset.total_seconds() / 60)


def _zone(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def _from_db(text: str, offset_minutes: int) -> datetime:
    return datetime.fromisoformat(text).astimezone(_zone(offset_minutes))


def _aware(moment: datetime, to_local: Callable[[datetime], datetime]) -> datetime:
    local = to_local(moment)
    if local.tzinfo is None or local.utcoffset() is None:
        raise ValueError(f"cannot tell the local time of {moment!r}")
    return local


# --------------------------------------------------------------------------------------------
# What the store hands out
# --------------------------------------------------------------------------------------------


class SortKey(StrEnum):
    """The columns the session table can be sorted by."""

    DATE = "date"
    ROUTINE = "routine"
    DURATION = "duration"
    STATUS = "status"
    HOLDS = "holds"
    PAIN = "pain"


# Every order ends with the row id, so it is total and a page can start after a given row
# (keyset paging: no OFFSET, so the last page of 100,000 rows is as fast as the first).
# Columns that can be NULL are coalesced, because a row-value comparison with NULL is NULL.
_ORDER_SQL: dict[SortKey, tuple[str, ...]] = {
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
    """

    routine: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: SessionStatus | None = None

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
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    @property
    def active(self) -> bool:
        """True when anything is filtered out."""
        return any(
            value is not None for value in (self.routine, self.date_from, self.date_to, self.status)
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


_SESSION_COLUMNS = (
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
)
_HOLD_COLUMNS = ("step", "point", "side", "repetition", "planned_s", "held_s", "ended_at")


@dataclass(frozen=True, slots=True)
class DeletedSessions:
    """What :meth:`HistoryStore.delete` removed, exactly, so it can be put back."""

    sessions: tuple[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]], ...]

    @property
    def session_ids(self) -> list[str]:
        """Ids of the deleted sessions."""
        return [str(row[0]) for row, _holds in self.sessions]

    def __len__(self) -> int:
        return len(self.sessions)


# --------------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------------


class HistoryStore:
    """The session history database; a :class:`SessionRecorder`.

    Args:
        path: The database file, or None for a history kept in memory only.
        clock: Wall-clock time now (UTC); stamps each hold as it is committed.
        to_local: Turns a time into local time at that instant (see :func:`system_local`).

    Raises:
        HistoryVersionError: The file was written by a newer app (it is left untouched).
        HistoryError: The file cannot be opened or written.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        clock: Callable[[], datetime] | None = None,
        to_local: Callable[[datetime], datetime] | None = None,
    ) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._clock = clock or (lambda: datetime.now(UTC))
        self._to_local = to_local or system_local
        #: Sessions found still running at open and marked ``interrupted``.
        self.interrupted_at_open = 0
        self._db = self._open()

    # ---- opening ----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            db = sqlite3.connect(":memory:", isolation_level=None)
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
            return db
        try:
            ensure_private_dir(self.path.parent)
        except OSError as error:
            raise HistoryError(
                f"The folder {self.path.parent} cannot be created: {error.strerror}"
            ) from None
        problem = self._sniff(self.path)
        if problem:
            self._set_aside(problem)
        try:
            return self._connect(self.path)
        except (_DamageFoundError, ValueError, TypeError, OverflowError) as error:
            self._set_aside(f"it is damaged: {_plain(error)}")
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise HistoryError(f"{self.path.name} cannot be opened: {_plain(error)}") from None
            self._set_aside(f"it is damaged: {_plain(error)}")
        try:
            return self._connect(self.path)
        except (sqlite3.Error, _DamageFoundError, ValueError) as error:
            raise HistoryError(f"{self.path.name} cannot be opened: {_plain(error)}") from None

    @staticmethod
    def _sniff(path: Path) -> str:
        """Why ``path`` is not a usable database ("" when it is, or does not exist)."""
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except FileNotFoundError:
            return ""
        except OSError as error:
            raise HistoryError(f"{path.name} cannot be read: {error.strerror}") from None
        if not header:
            return ""
        if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
            return "it is not an SQLite database"
        version = int.from_bytes(header[60:64], "big", signed=True)
        if version > SCHEMA_VERSION:
            raise HistoryVersionError(_newer_message(path, version))
        return ""

    def _set_aside(self, problem: str) -> None:
        assert self.path is not None
        try:
            moved = quarantine(self.path, self._clock())
            for suffix in ("-wal", "-shm", "-journal"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    quarantine(extra, self._clock())
        except OSError as error:
            raise HistoryError(
                f"{self.path.name} could not be used ({problem}) and could not be renamed: "
                f"{error.strerror}"
            ) from None
        self.warnings.append(
            f"The session history {self.path.name} could not be used ({problem}); it was kept "
            f"as {moved.name}, and a new, empty history was started."
        )

    def _connect(self, path: Path) -> sqlite3.Connection:
        # Create the file private before SQLite does, so it is never readable by others.
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as error:
            raise HistoryError(f"{path.name} cannot be opened: {error.strerror}") from None
        os.close(fd)
        db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise HistoryVersionError(_newer_message(path, version))
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            # FULL: a committed hold survives a power cut too, not only a killed process.
            db.execute("PRAGMA synchronous = FULL")
            self._migrate(db)
            self._check(db, path)
            self.interrupted_at_open = self._mark_unclosed(db)
        except BaseException:
            db.close()
            raise
        self._make_private()
        return db

    @staticmethod
    def _check(db: sqlite3.Connection, path: Path) -> None:
        """Find damage now, when the file can still be set aside, rather than mid-session."""
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        missing = sorted(_SCHEMA_OBJECTS - names)
        if missing:
            raise _DamageFoundError(f"{', '.join(missing)} missing")
        size = sum(
            file.stat().st_size
            for file in (path, path.with_name(path.name + "-wal"))
            if file.exists()
        )
        if size <= QUICK_CHECK_MAX_BYTES:
            result = db.execute("PRAGMA quick_check(1)").fetchone()
            if result is None or result[0] != "ok":
                raise _DamageFoundError(result[0] if result else "quick_check failed")
        for table in ("sessions", "holds", "days", "routine_totals"):
            db.execute(f"SELECT count(*) FROM {table}").fetchone()

    def _make_private(self) -> None:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(self.path.with_name(self.path.name + suffix), PRIVATE_FILE_MODE)

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        while True:
            db.execute("BEGIN IMMEDIATE")
            try:
                # Read again inside the write lock: another process may have migrated.
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version >= SCHEMA_VERSION:
                    db.execute("COMMIT")
                    return
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version = {version + 1}")
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            _rollback(self._db)
            raise
        self._db.execute("COMMIT")

    def _damaged(self, error: BaseException) -> HistoryDamagedError:
        name = self.path.name if self.path else "history"
        return HistoryDamagedError(
            f"The session history {name} is damaged ({_plain(error)}). It is left as it is; "
            "restart acupress-gui to keep it aside and start a new history."
        )

    def close(self) -> None:
        """Close the database (further calls fail)."""
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def in_memory(self) -> bool:
        """True when nothing is written to disk."""
        return self.path is None

    # ---- the recorder -----------------------------------------------------------------

    @_writing
    def begin(self, start: SessionStart) -> None:
        """A session started: write its row (status ``running``).

        Raises:
            ValueError: The session id is already stored, or a rating is out of range.
        """
        local = _aware(start.started_at, self._to_local)
        try:
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, "
                    "utc_offset_min, local_date, status, pain_before) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
                    (
                        start.session_id[:MAX_NAME_CHARS],
                        start.routine_id[:MAX_NAME_CHARS],
                        start.routine_name[:MAX_NAME_CHARS],
                        _utc_text(local),
                        _offset_minutes(local),
                        local.date().isoformat(),
                        check_pain(start.pain_before),
                    ),
                )
        except sqlite3.IntegrityError:
            raise ValueError(f"session {start.session_id!r} is already recorded") from None

    @_writing
    def add_hold(self, session_id: str, hold: HoldResult) -> None:
        """A hold finished: commit it now, stamped with the clock.

        Raises:
            KeyError: No such session.
            ValueError: The hold's numbers are not possible.
        """
        _check_hold(hold)
        ended = _utc_text(self._clock())
        with self._transaction() as db:
            key = self._key(db, session_id)
            db.execute(
                "INSERT INTO holds (session, step, point, side, repetition, planned_s, held_s, "
                "ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    hold.step,
                    hold.point[:MAX_NAME_CHARS],
                    str(hold.side),
                    hold.repetition,
                    float(hold.planned_seconds),
                    float(hold.held_seconds),
                    ended,
                ),
            )
            db.execute(
                "UPDATE sessions SET hold_count = hold_count + 1, held_s = held_s + ? WHERE id = ?",
                (float(hold.held_seconds), key),
            )

    @_writing
    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        """The session ended: write its end and status.

        Raises:
            KeyError: No such session.
            ValueError: ``status`` is ``running``.
        """
        status = SessionStatus(status)
        if status is SessionStatus.RUNNING:
            raise ValueError("a session cannot finish as 'running'")
        local = _aware(ended_at, self._to_local)
        with self._transaction() as db:
            key = self._key(db, session_id)
            started = db.execute("SELECT started_at FROM sessions WHERE id = ?", (key,))
            try:
                started_at = datetime.fromisoformat(started.fetchone()[0])
            except (ValueError, TypeError) as error:
                raise self._damaged(error) from None
            duration = max(0.0, (local - started_at).total_seconds())
            db.execute(
                "UPDATE sessions SET ended_at = ?, ended_offset_min = ?, duration_s = ?, "
                "status = ? WHERE id = ?",
                (_utc_text(local), _offset_minutes(local), duration, str(status), key),
            )

    @_writing
    def rate(
        self, session_id: str, *, pain_before: int | None, pain_after: int | None, note: str
    ) -> None:
        """Write (or change) the pain ratings and the note.

        Raises:
            KeyError: No such session.
            ValueError: A rating is out of range.
        """
        before = check_pain(pain_before)
        after = check_pain(pain_after)
        with self._transaction() as db:
            key = self._key(db, session_id)
            db.execute(
                "UPDATE sessions SET pain_before = ?, pain_after = ?, note = ? WHERE id = ?",
                (before, after, note[:MAX_NOTE_CHARS], key),
            )

    @staticmethod
    def _key(db: sqlite3.Connection, session_id: str) -> int:
        row = db.execute("SELECT id FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
        if row is None:
            raise KeyError(session_id)
        return int(row[0])

    @_reading
    def mark_unclosed_interrupted(self) -> int:
        """Sessions still ``running`` (the app was killed) become ``interrupted``.

        Each ends at its last committed hold, or at its start when it has none. Done at open;
        callable again (another process may have left one).

        Returns:
            How many sessions were marked.
        """
        return self._mark_unclosed(self._db)

    @staticmethod
    def _mark_unclosed(db: sqlite3.Connection) -> int:
        db.execute("BEGIN IMMEDIATE")
        try:
            rows = db.execute(
                "SELECT s.id, s.started_at, s.utc_offset_min, "
                "(SELECT max(h.ended_at) FROM holds h WHERE h.session = s.id) "
                "FROM sessions s WHERE s.status = 'running'"
            ).fetchall()
            for key, started_text, offset, last_hold in rows:
                started = datetime.fromisoformat(started_text)
                ended = max(datetime.fromisoformat(last_hold), started) if last_hold else started
                db.execute(
                    "UPDATE sessions SET status = 'interrupted', ended_at = ?, "
                    "ended_offset_min = ?, duration_s = ? WHERE id = ?",
                    (_utc_text(ended), offset, (ended - started).total_seconds(), key),
                )
        except BaseException:
            _rollback(db)
            raise
        db.execute("COMMIT")
        return len(rows)

    # ---- reading ----------------------------------------------------------------------

    @_reading
    def count(self, history_filter: HistoryFilter | None = None) -> int:
        """Number of sessions (matching ``history_filter``)."""
        where, params = (history_filter or HistoryFilter()).where()
        return int(self._db.execute(f"SELECT count(*) FROM sessions{where}", params).fetchone()[0])

    def rows(
        self,
        history_filter: HistoryFilter | None = None,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        limit: int = 200,
        after: tuple[Any, ...] | None = None,
    ) -> list[SessionRow]:
        """One page of the session table, sorted and filtered in SQL.

        Args:
            history_filter: Which sessions.
            sort: The column to sort by (ties: by start, then by row id).
            descending: Largest first.
            limit: At most this many rows.
            after: The ``sort_key`` of the last row of the previous page (same filter and
                order), or None for the first page.
        """
        if after is not None and len(after) != len(_ORDER_SQL[sort]):
            raise ValueError("a sort key from another order")
        return self._rows(history_filter, sort, descending, limit, after)

    @_reading
    def _rows(
        self,
        history_filter: HistoryFilter | None,
        sort: SortKey,
        descending: bool,
        limit: int,
        after: tuple[Any, ...] | None,
    ) -> list[SessionRow]:
        where, params = (history_filter or HistoryFilter()).where()
        terms = _ORDER_SQL[sort]
        if after is not None:
            where += (" AND " if where else " WHERE ") + (
                f"({', '.join(terms)}) {'<' if descending else '>'} ({', '.join('?' * len(terms))})"
            )
            params = [*params, *after]
        direction = " DESC" if descending else " ASC"
        cursor = self._db.execute(
            "SELECT session_id, routine_name, started_at, utc_offset_min, duration_s, status, "
            f"hold_count, held_s, pain_before, pain_after, note != '', {', '.join(terms)} "
            f"FROM sessions{where} ORDER BY {', '.join(t + direction for t in terms)} LIMIT ?",
            [*params, max(0, limit)],
        )
        return [
            SessionRow(
                session_id=row[0],
                routine_name=row[1],
                started_at=_from_db(row[2], row[3]),
                duration_s=row[4],
                status=SessionStatus(row[5]),
                hold_count=row[6],
                held_s=row[7],
                pain_before=row[8],
                pain_after=row[9],
                has_note=bool(row[10]),
                sort_key=tuple(row[11:]),
            )
            for row in cursor
        ]

    @_reading
    def get(self, session_id: str) -> SessionRecord | None:
        """The whole session, holds included, or None."""
        row = self._db.execute(
            "SELECT id, session_id, routine_id, routine_name, started_at, utc_offset_min, "
            "ended_at, ended_offset_min, status, pain_before, pain_after, note "
            "FROM sessions WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        holds = tuple(stored.hold for stored in self._holds(row[0]))
        return _record(row[1:], holds)

    @_reading
    def holds(self, session_id: str) -> list[StoredHold]:
        """The holds of a session in the order they were done, with their end times."""
        row = self._db.execute(
            "SELECT id FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        return [] if row is None else self._holds(row[0])

    def _holds(self, key: int) -> list[StoredHold]:
        cursor = self._db.execute(
            "SELECT h.step, h.point, h.side, h.repetition, h.planned_s, h.held_s, h.ended_at, "
            "s.utc_offset_min FROM holds h JOIN sessions s ON s.id = h.session "
            "WHERE h.session = ? ORDER BY h.id",
            (key,),
        )
        return [
            StoredHold(
                HoldResult(
                    step=row[0],
                    point=row[1],
                    side=Side(row[2]),
                    repetition=row[3],
                    planned_seconds=row[4],
                    held_seconds=row[5],
                ),
                _from_db(row[6], row[7]) if row[6] else None,
            )
            for row in cursor
        ]

    def records(self, *, include_running: bool = True) -> Iterator[SessionRecord]:
        """Every session with its holds, oldest first (one streaming query)."""
        return self._guarded(self._records(include_running))

    def _guarded(self, items: Iterator[SessionRecord]) -> Iterator[SessionRecord]:
        """``items``, with damage found while iterating reported as in :func:`_reading`."""
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except HistoryError:
                raise
            except sqlite3.DatabaseError as error:
                if _is_damage(error):
                    raise self._damaged(error) from None
                raise
            except (ValueError, TypeError, OverflowError) as error:
                raise self._damaged(error) from None
            yield item

    def _records(self, include_running: bool) -> Iterator[SessionRecord]:
        where = "" if include_running else " WHERE s.status != 'running'"
        cursor = self._db.execute(
            "SELECT s.id, s.session_id, s.routine_id, s.routine_name, s.started_at, "
            "s.utc_offset_min, s.ended_at, s.ended_offset_min, s.status, s.pain_before, "
            "s.pain_after, s.note, h.step, h.point, h.side, h.repetition, h.planned_s, h.held_s "
            f"FROM sessions s LEFT JOIN holds h ON h.session = s.id{where} "
            "ORDER BY s.started_at, s.id, h.id"
        )
        current: int | None = None
        head: tuple[Any, ...] = ()
        holds: list[HoldResult] = []
        for row in cursor:
            if row[0] != current:
                if current is not None:
                    yield _record(head, tuple(holds))
                current, head, holds = row[0], row[1:12], []
            if row[12] is not None:
                holds.append(
                    HoldResult(
                        step=row[12],
                        point=row[13],
                        side=Side(row[14]),
                        repetition=row[15],
                        planned_seconds=row[16],
                        held_seconds=row[17],
                    )
                )
        if current is not None:
            yield _record(head, tuple(holds))

    @_reading
    def routine_names(self) -> list[str]:
        """Every routine name in the history, sorted case-insensitively."""
        cursor = self._db.execute("SELECT routine_name FROM routine_totals WHERE sessions > 0")
        return sorted((row[0] for row in cursor), key=lambda name: (name.casefold(), name))

    @_reading
    def date_range(self) -> tuple[date, date] | None:
        """The first and last local dates with a session, or None when there is none."""
        first = self._db.execute("SELECT min(local_date) FROM sessions").fetchone()[0]
        last = self._db.execute("SELECT max(local_date) FROM sessions").fetchone()[0]
        if first is None:
            return None
        return date.fromisoformat(first), date.fromisoformat(last)

    @_reading
    def day_totals(self, first: date | None = None, last: date | None = None) -> list[DayTotal]:
        """Sessions, seconds and paired pain ratings per local date, oldest first.

        Args:
            first: First local date to include (None: from the beginning).
            last: Last local date to include (None: to the end).
        """
        low = first.toordinal() if first else 0
        high = last.toordinal() if last else date.max.toordinal()
        cursor = self._db.execute(
            "SELECT day, sessions, ms, rated, before_sum, after_sum FROM days "
            "WHERE day BETWEEN ? AND ? AND sessions > 0 ORDER BY day",
            (low, high),
        )
        return [
            DayTotal(
                day=date.fromordinal(row[0]),
                sessions=row[1],
                seconds=row[2] / 1000.0,
                rated=row[3],
                pain_before_sum=row[4],
                pain_after_sum=row[5],
            )
            for row in cursor
        ]

    @_reading
    def session_days(self) -> list[date]:
        """Every local date with a session, oldest first."""
        return [date.fromordinal(day) for day in self._session_ordinals()]

    def _session_ordinals(self) -> list[int]:
        cursor = self._db.execute("SELECT day FROM days WHERE sessions > 0 ORDER BY day")
        return [row[0] for row in cursor]

    @_reading
    def routine_relief(self) -> list[RoutineRelief]:
        """Sessions, rated sessions and total relief per routine name."""
        cursor = self._db.execute(
            "SELECT routine_name, sessions, rated, relief_sum FROM routine_totals "
            "WHERE sessions > 0"
        )
        return [RoutineRelief(row[0], row[1], row[2], row[3]) for row in cursor]

    @_reading
    def summary(self, today: date) -> HistorySummary:
        """The History page's summary for local date ``today``.

        Equal to :func:`~acupress_gui.domain.stats.summarize` over every day, but read from
        the summary tables the triggers keep, so it costs a few rows plus one integer per
        day with a session, however many sessions there are.
        """
        this_monday = week_start(today)
        last_monday = this_monday - timedelta(days=7)
        recent = self.day_totals(last_monday, this_monday + timedelta(days=6))
        reliefs = self.routine_relief()
        count, ms = self._db.execute(
            "SELECT coalesce(sum(sessions), 0), coalesce(sum(ms), 0) FROM routine_totals"
        ).fetchone()
        return HistorySummary(
            sessions=count,
            minutes=ms / 60_000.0,
            this_week=week_of(recent, this_monday),
            last_week=week_of(recent, last_monday),
            streaks=streaks_of_ordinals(self._session_ordinals(), today.toordinal()),
            routines=tuple(sort_reliefs(reliefs)),
        )

    @_reading
    def weekly_totals(self, today: date) -> list[WeekTotal]:
        """Every week from the first session's to today's (for the charts)."""
        return weekly_totals(self.day_totals(), today)

    def local_today(self) -> date:
        """Today's local date, from the store's clock."""
        return _aware(self._clock(), self._to_local).date()

    # ---- changing the past ------------------------------------------------------------

    @_writing
    def delete(self, session_ids: Iterable[str]) -> DeletedSessions:
        """Delete sessions (and their holds); returns what is needed to put them back."""
        removed: list[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]] = []
        columns = ", ".join(_SESSION_COLUMNS)
        hold_columns = ", ".join(_HOLD_COLUMNS)
        with self._transaction() as db:
            for session_id in dict.fromkeys(session_ids):
                row = db.execute(
                    f"SELECT id, {columns} FROM sessions WHERE session_id = ?", (session_id,)
                ).fetchone()
                if row is None:
                    continue
                holds = db.execute(
                    f"SELECT {hold_columns} FROM holds WHERE session = ? ORDER BY id", (row[0],)
                ).fetchall()
                db.execute("DELETE FROM sessions WHERE id = ?", (row[0],))
                removed.append((tuple(row[1:]), tuple(tuple(h) for h in holds)))
        return DeletedSessions(tuple(removed))

    @_writing
    def restore(self, deleted: DeletedSessions) -> int:
        """Put deleted sessions back exactly as they were; returns how many came back.

        A session whose id has been stored again meanwhile is left as it is now.
        """
        columns = ", ".join(_SESSION_COLUMNS)
        marks = ", ".join("?" * len(_SESSION_COLUMNS))
        hold_marks = ", ".join("?" * (len(_HOLD_COLUMNS) + 1))
        restored = 0
        with self._transaction() as db:
            for row, holds in deleted.sessions:
                cursor = db.execute(
                    f"INSERT OR IGNORE INTO sessions ({columns}) VALUES ({marks})", row
                )
                if cursor.rowcount != 1:
                    continue
                key = cursor.lastrowid
                db.executemany(
                    f"INSERT INTO holds (session, {', '.join(_HOLD_COLUMNS)}) "
                    f"VALUES ({hold_marks})",
                    [(key, *hold) for hold in holds],
                )
                restored += 1
        return restored

    @_reading
    def routine_ids(self) -> dict[str, str]:
        """The routine id last used with each routine name."""
        cursor = self._db.execute(
            "SELECT routine_name, routine_id, max(started_at) FROM sessions GROUP BY routine_name"
        )
        return {row[0]: row[1] for row in cursor}

    @_reading
    def session_ids(self) -> set[str]:
        """Every stored session id."""
        return {row[0] for row in self._db.execute("SELECT session_id FROM sessions")}

    @_writing
    def add_records(self, records: Sequence[SessionRecord]) -> tuple[int, int]:
        """Add finished sessions in ONE transaction (the CSV import).

        Each record's ``started_at`` and ``ended_at`` must carry the local offset of that
        moment. Sessions whose id is already stored are skipped; so are repeats in
        ``records``.

        Returns:
            (added, skipped).

        Raises:
            ValueError: A record is not possible (nothing is added then).
        """
        known = self.session_ids()
        skipped = 0
        session_rows: list[tuple[Any, ...]] = []
        hold_rows: list[tuple[Any, ...]] = []
        with self._transaction() as db:
            # Row ids are given out here (inside the write lock), so that sessions and holds
            # both go in with executemany: several times faster than a row at a time.
            key = int(db.execute("SELECT coalesce(max(id), 0) FROM sessions").fetchone()[0])
            for record in records:
                if record.session_id in known:
                    skipped += 1
                    continue
                known.add(record.session_id)
                key += 1
                session_rows.append((key, *_session_row(record)))
                for hold in record.holds:
                    _check_hold(hold)
                    hold_rows.append(
                        (
                            key,
                            hold.step,
                            hold.point,
                            str(hold.side),
                            hold.repetition,
                            float(hold.planned_seconds),
                            float(hold.held_seconds),
                        )
                    )
            db.executemany(
                f"INSERT INTO sessions (id, {', '.join(_SESSION_COLUMNS)}) "
                f"VALUES ({', '.join('?' * (len(_SESSION_COLUMNS) + 1))})",
                session_rows,
            )
            _insert_holds(db, hold_rows)
        return len(session_rows), skipped


def _rollback(db: sqlite3.Connection) -> None:
    """Roll back if a transaction is open; never hides the error being handled."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def _insert_holds(db: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    db.executemany(
        "INSERT INTO holds (session, step, point, side, repetition, planned_s, held_s) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _session_row(record: SessionRecord) -> tuple[Any, ...]:
    """The ``sessions`` columns of a finished record (see ``_SESSION_COLUMNS``)."""
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
        _utc_text(started),
        _offset_minutes(started),
        started.date().isoformat(),
        _utc_text(ended) if ended is not None else None,
        _offset_minutes(ended) if ended is not None else None,
        duration,
        str(status),
        check_pain(record.pain_before),
        check_pain(record.pain_after),
        record.note[:MAX_NOTE_CHARS],
        len(record.holds),
        float(sum(hold.held_seconds for hold in record.holds)),
    )


def _record(row: Sequence[Any], holds: tuple[HoldResult, ...]) -> SessionRecord:
    """A record from (session_id, routine_id, routine_name, started_at, utc_offset_min,
    ended_at, ended_offset_min, status, pain_before, pain_after, note)."""
    return SessionRecord(
        session_id=row[0],
        routine_id=row[1],
        routine_name=row[2],
        started_at=_from_db(row[3], row[4]),
        ended_at=_from_db(row[5], row[6] if row[6] is not None else row[4]) if row[5] else None,
        status=SessionStatus(row[7]),
        pain_before=row[8],
        pain_after=row[9],
        note=row[10],
        holds=holds,
    )


def _check_hold(hold: HoldResult) -> None:
    Side(hold.side)
    for name, value in (("planned", hold.planned_seconds), ("held", hold.held_seconds)):
        if not math.isfinite(value) or not 0 <= value <= MAX_HOLD_SECONDS:
            raise ValueError(f"a hold's {name} seconds of {value!r} is not possible")
    if hold.step < 0 or hold.repetition < 1:
        raise ValueError(f"a hold with step {hold.step}, repetition {hold.repetition}")


def _newer_message(path: Path, version: int) -> str:
    return (
        f"The session history {path.name} was written by a newer version of acupress-gui "
        f"(schema {version}; this version knows up to {SCHEMA_VERSION}). It is left untouched; "
        "update acupress-gui to see and add to it."
    )


def open_history(
    config_dir: Path,
    *,
    clock: Callable[[], datetime] | None = None,
    to_local: Callable[[datetime], datetime] | None = None,
) -> HistoryStore:
    """The history store of ``config_dir``; never raises.

    When the file cannot be used (newer version, unwritable folder ...), sessions are kept in
    memory for this run and :attr:`HistoryStore.warnings` says why.
    """
    try:
        return HistoryStore(history_file(config_dir), clock=clock, to_local=to_local)
    except (HistoryError, sqlite3.Error) as error:
        store = HistoryStore(None, clock=clock, to_local=to_local)
        store.warnings.append(
            f"{error} Sessions of this run are kept in memory only and will not be saved."
        )
        return store


#: Statuses a finished session can have (the CSV accepts these).
FINISHED_STATUSES: tuple[SessionStatus, ...] = _FINISHED
