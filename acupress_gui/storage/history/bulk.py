"""Many sessions in one transaction: inserted without the per-row summary trigger.

Version 2's ``sessions_added`` trigger updates ``days`` and ``routine_totals`` for every
inserted session (two upserts a row). For an import that is most of the time; so inside the
import's transaction the trigger is dropped, the rows go in with ``executemany``, the
summaries of the new rows are added with one statement per table (the same sums the trigger
makes), and the trigger is created again from its own stored text. DDL is transactional in
SQLite: a failed or killed import leaves the trigger, the summaries and the rows as they were.

Only the trigger whose text this module knows (version 2's) is handled so; any other
(a later schema's) keeps firing row by row.

:class:`BulkInsert` is the same for a stream (the CSV import): rows are sent in chunks of a
few thousand as they are checked, so nothing is held whatever the file's size.
"""

from __future__ import annotations

from typing import Any

from acupress_gui.storage.history.connection import Database, Params
from acupress_gui.storage.history.model import SESSION_COLUMNS

__all__ = ["BulkInsert"]

_TRIGGER = "sessions_added"
#: What the trigger does, as written in version 2 (a part of its stored text).
_V2_MARK = "INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)"

_RATED = "(pain_before IS NOT NULL AND pain_after IS NOT NULL)"
_MS = "CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)"
_ADD_DAYS = f"""
    INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
    SELECT CAST(julianday(local_date) - 1721424.5 AS INTEGER) AS day, count(*), sum({_MS}),
        sum({_RATED}), sum(CASE WHEN {_RATED} THEN pain_before ELSE 0 END),
        sum(CASE WHEN {_RATED} THEN pain_after ELSE 0 END)
    FROM sessions WHERE id > ? GROUP BY day
    ON CONFLICT (day) DO UPDATE SET
        sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
        rated = rated + excluded.rated, before_sum = before_sum + excluded.before_sum,
        after_sum = after_sum + excluded.after_sum
"""
_ADD_ROUTINES = f"""
    INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
    SELECT routine_name, count(*), sum({_MS}), sum({_RATED}),
        sum(CASE WHEN {_RATED} THEN pain_before - pain_after ELSE 0 END)
    FROM sessions WHERE id > ? GROUP BY routine_name
    ON CONFLICT (routine_name) DO UPDATE SET
        sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
        rated = rated + excluded.rated, relief_sum = relief_sum + excluded.relief_sum
"""


_INSERT_SESSION = (
    f"INSERT INTO sessions (id, {', '.join(SESSION_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(SESSION_COLUMNS) + 1))})"
)
_INSERT_HOLD = (
    "INSERT INTO holds (session, step, point, side, repetition, planned_s, held_s) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
#: Rows (sessions and holds) sent to SQLite at a time.
_CHUNK = 4096
#: A history with fewer sessions has its indexes made again after an import of more than
#: a chunk of rows.
_REINDEX_BELOW = 20_000


class BulkInsert:
    """Finished sessions added as they come, inside the transaction ``db`` has open.

    Call :meth:`begin` before the first row and :meth:`end` after the last; an error in
    between must roll the transaction back (the trigger is only dropped inside it).
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        #: The ids already stored: their sessions are skipped (counted in :attr:`skipped`).
        self.known: set[str] = set(db.column("SELECT session_id FROM sessions"))
        self.added = 0
        self.skipped = 0
        self._last_old_id = self._key = 0
        self._trigger: str | None = None
        self._indexes: list[tuple[str, str]] = []
        self._may_reindex = False
        self._sessions: list[Params] = []
        self._holds: list[Params] = []

    def begin(self) -> None:
        """Make ready: row ids are given out here (inside the write lock), the trigger is
        dropped."""
        db = self._db
        self._last_old_id = self._key = int(db.value("SELECT coalesce(max(id), 0) FROM sessions"))
        trigger = db.value(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_TRIGGER,)
        )
        if isinstance(trigger, str) and _V2_MARK in trigger:
            self._trigger = trigger
            db.execute(f"DROP TRIGGER {_TRIGGER}")
        self._may_reindex = self._last_old_id < _REINDEX_BELOW

    def reserve(self) -> int:
        """The row id of the next new session."""
        self._key += 1
        return self._key

    def session(self, key: int, values: tuple[Any, ...]) -> None:
        """Queue a session row (:data:`SESSION_COLUMNS` values) under a reserved row id."""
        self.added += 1
        self._sessions.append((key, *values))

    def holds(self, rows: list[tuple[Any, ...]]) -> None:
        """Queue hold rows (session row id, step, point, side, repetition, planned, held)
        of sessions already queued."""
        self._holds.extend(rows)
        if len(self._holds) + len(self._sessions) >= _CHUNK:
            if self._may_reindex:
                self._drop_indexes()
            self._flush()

    def _drop_indexes(self) -> None:
        """Many rows into a small history: building its indexes again once, after the rows,
        is faster than adding each row to each (the UNIQUE id index stays)."""
        self._may_reindex = False
        self._indexes = [
            (str(name), str(sql))
            for name, sql in self._db.all(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND sql IS NOT NULL AND tbl_name IN ('sessions', 'holds')"
            )
        ]
        for name, _sql in self._indexes:
            self._db.execute(f'DROP INDEX "{name}"')

    def _flush(self) -> None:
        if self._sessions:
            self._db.executemany(_INSERT_SESSION, self._sessions)
            self._sessions.clear()
        if self._holds:
            self._db.executemany(_INSERT_HOLD, self._holds)
            self._holds.clear()

    def end(self) -> None:
        """Send what is queued and add the new rows' summaries (the trigger is back)."""
        self._flush()
        for _name, sql in self._indexes:
            self._db.execute(sql)
        if self._trigger is not None:
            self._db.execute(_ADD_DAYS, (self._last_old_id,))
            self._db.execute(_ADD_ROUTINES, (self._last_old_id,))
            self._db.execute(self._trigger)
