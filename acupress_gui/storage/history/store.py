"""The history store: opens ``history.sqlite3`` and writes sessions as they happen.

:class:`HistoryStore` implements :class:`~acupress_gui.domain.recording.SessionRecorder`: a
session row is written when a session starts, each finished hold is committed as it ends, and
the end, status, pain ratings and note are written when known. A session still ``running``
when the store is next opened (the app was killed) becomes ``interrupted``, with the holds it
had, ending at its last hold.

Every method raises :class:`~acupress_gui.storage.history.errors.HistoryError` (or a
subclass) for a storage problem, never :class:`sqlite3.Error`; a caller's mistake stays a
ValueError or KeyError.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from acupress_gui.domain.pain_map import regions_text
from acupress_gui.domain.recording import (
    MAX_NOTE_CHARS,
    HoldResult,
    SessionDetails,
    SessionRecord,
    SessionStart,
    SessionStatus,
    check_pain,
)
from acupress_gui.storage.history.bulk import BulkInsert
from acupress_gui.storage.history.connection import Database, open_database, open_read_only
from acupress_gui.storage.history.errors import (
    HistoryConstraintError,
    HistoryError,
    HistoryUnavailableError,
    HistoryVersionError,
)
from acupress_gui.storage.history.model import (
    HOLD_COLUMNS,
    MAX_NAME_CHARS,
    SESSION_COLUMNS,
    DeletedSessions,
    check_hold,
    details_values,
    session_values,
)
from acupress_gui.storage.history.queries import HistoryQueries
from acupress_gui.storage.history.reopen import ReopenGate
from acupress_gui.storage.history.times import aware, offset_minutes, system_local, utc_text
from acupress_gui.storage.history.unclosed import mark_unclosed
from acupress_gui.storage.paths import history_file

__all__ = ["HistoryStore", "open_for_export", "open_history"]

log = logging.getLogger(__name__)


class HistoryStore(HistoryQueries):
    """The session history database; a :class:`SessionRecorder`.

    Args:
        path: The database file, or None for a history kept in memory only.
        clock: Wall-clock time now (UTC); stamps each hold as it is committed.
        to_local: Turns a time into local time at that instant (see :func:`system_local`).
        read_only: Open the file for reading only (``mode=ro``): the sessions are shown and
            exported; a write first tries to open the file for writing again (not on every
            write while it stays read-only: see :mod:`.reopen`) and, while that fails or is
            not tried, raises :class:`HistoryUnavailableError` (nothing is written).
        monotonic: Monotonic seconds now, to space those tries (None: count the writes).

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
        read_only: bool = False,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.path = path
        #: What the user should be told about the file (set aside, kept in memory).
        self.warnings: list[str] = []
        self._clock = clock or (lambda: datetime.now(UTC))
        self._to_local = to_local or system_local
        #: Sessions found still running at open and marked ``interrupted``.
        self.interrupted_at_open = 0
        #: False while the file is open read-only (see ``read_only``).
        self.writable = not read_only
        if read_only:
            if path is None:
                raise ValueError("a history in memory cannot be read-only")
            self._db = open_read_only(path)
            self._reopen = ReopenGate(path, monotonic)
        else:
            self._db = open_database(
                path, stamp=self._clock, prepare=self._prepare, warnings=self.warnings
            )

    def now(self) -> datetime:
        """The store's clock: wall-clock time now (UTC)."""
        return self._clock()

    def _writer(self) -> Database:
        """The connection to write with; a read-only store tries to open for writing first.

        Raises:
            HistoryUnavailableError: The file still cannot be written (nothing was).
        """
        if self.writable:
            return self._db
        assert self.path is not None
        if not self._reopen.due():  # still read-only, tried a moment ago: not again yet
            raise self._unavailable(self.path, self._reopen.reason)
        try:
            db = open_database(
                self.path, stamp=self._clock, prepare=self._prepare, warnings=self.warnings
            )
        except HistoryError as error:
            self._reopen.failed(error.reason)
            raise self._unavailable(self.path, error.reason) from None
        old, self._db, self.writable = self._db, db, True
        old.close()
        log.info("%s can be written again", self.path)
        return db

    @staticmethod
    def _unavailable(path: Path, reason: str) -> HistoryUnavailableError:
        return HistoryUnavailableError(
            f"The session history {path.name} is read-only ({reason}); nothing was written.",
            f"read-only: {reason}",
        )

    def _prepare(self, db: Database) -> None:
        self.interrupted_at_open = mark_unclosed(db)

    def close(self) -> None:
        """Close the database (further calls raise a HistoryError)."""
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def in_memory(self) -> bool:
        """True when nothing is written to disk."""
        return self.path is None

    # ---- the recorder -----------------------------------------------------------------

    def begin(self, start: SessionStart) -> None:
        """A session started: write its row (status ``running``).

        Raises:
            ValueError: The session id is already stored, or a rating is out of range.
        """
        local = aware(start.started_at, self._to_local)
        writer = self._writer()
        try:
            with writer.transaction() as db:
                db.execute(
                    "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, "
                    "utc_offset_min, local_date, status, pain_before, pain_regions) "
                    "VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?)",
                    (
                        start.session_id[:MAX_NAME_CHARS],
                        start.routine_id[:MAX_NAME_CHARS],
                        start.routine_name[:MAX_NAME_CHARS],
                        utc_text(local),
                        offset_minutes(local),
                        local.date().isoformat(),
                        check_pain(start.pain_before),
                        regions_text(start.pain_regions),
                    ),
                )
        except HistoryConstraintError:
            raise ValueError(f"session {start.session_id!r} is already recorded") from None

    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        """A hold finished: commit it now, stamped with ``ended_at`` (the clock when None;
        a hold written late, after a full disk, keeps the time it really ended).

        Raises:
            KeyError: No such session.
            ValueError: The hold's numbers are not possible.
        """
        check_hold(hold)
        ended = utc_text(ended_at if ended_at is not None else self._clock())
        with self._writer().transaction() as db:
            key = _key(db, session_id)
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

    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        """The session ended: write its end and status.

        Raises:
            KeyError: No such session.
            ValueError: ``status`` is ``running``.
        """
        status = SessionStatus(status)
        if status is SessionStatus.RUNNING:
            raise ValueError("a session cannot finish as 'running'")
        local = aware(ended_at, self._to_local)
        with self._writer().transaction() as db:
            key = _key(db, session_id)
            started = db.value("SELECT started_at FROM sessions WHERE id = ?", (key,))
            with db.decoding():
                started_at = datetime.fromisoformat(started)
            duration = max(0.0, (local - started_at).total_seconds())
            db.execute(
                "UPDATE sessions SET ended_at = ?, ended_offset_min = ?, duration_s = ?, "
                "status = ? WHERE id = ?",
                (utc_text(local), offset_minutes(local), duration, str(status), key),
            )

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
        with self._writer().transaction() as db:
            key = _key(db, session_id)
            db.execute(
                "UPDATE sessions SET pain_before = ?, pain_after = ?, note = ? WHERE id = ?",
                (before, after, note[:MAX_NOTE_CHARS], key),
            )

    def describe(self, session_id: str, details: SessionDetails) -> None:
        """Write (or change) where it hurt and the weekly check-in.

        Raises:
            KeyError: No such session.
            ValueError: A region is not a pain-map region.
        """
        values = details_values(details)
        with self._writer().transaction() as db:
            key = _key(db, session_id)
            db.execute(
                "UPDATE sessions SET pain_regions = ?, interference = ?, sleep = ? WHERE id = ?",
                (*values, key),
            )

    def mark_unclosed_interrupted(self) -> int:
        """Sessions still ``running`` (the app was killed) become ``interrupted``.

        Each ends at its last committed hold, or at its start when it has none. Done at open;
        callable again (another process may have left one).

        Returns:
            How many sessions were marked.
        """
        return mark_unclosed(self._writer())

    # ---- changing the past ------------------------------------------------------------

    def delete(self, session_ids: Iterable[str]) -> DeletedSessions:
        """Delete sessions (and their holds); returns what is needed to put them back."""
        removed: list[tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]] = []
        columns = ", ".join(SESSION_COLUMNS)
        hold_columns = ", ".join(HOLD_COLUMNS)
        with self._writer().transaction() as db:
            for session_id in dict.fromkeys(session_ids):
                row = db.one(
                    f"SELECT id, {columns} FROM sessions WHERE session_id = ?", (session_id,)
                )
                if row is None:
                    continue
                holds = db.all(
                    f"SELECT {hold_columns} FROM holds WHERE session = ? ORDER BY id",
                    (row["id"],),
                )
                db.execute("DELETE FROM sessions WHERE id = ?", (row["id"],))
                removed.append(
                    (
                        tuple(row[name] for name in SESSION_COLUMNS),
                        tuple(tuple(hold[name] for name in HOLD_COLUMNS) for hold in holds),
                    )
                )
        return DeletedSessions(tuple(removed))

    def restore(self, deleted: DeletedSessions) -> int:
        """Put deleted sessions back exactly as they were; returns how many came back.

        A session whose id has been stored again meanwhile is left as it is now.
        """
        columns = ", ".join(SESSION_COLUMNS)
        marks = ", ".join("?" * len(SESSION_COLUMNS))
        hold_marks = ", ".join("?" * (len(HOLD_COLUMNS) + 1))
        restored = 0
        with self._writer().transaction() as db:
            for row, holds in deleted.sessions:
                changed, key = db.insert(
                    f"INSERT OR IGNORE INTO sessions ({columns}) VALUES ({marks})", row
                )
                if changed != 1:
                    continue
                db.executemany(
                    f"INSERT INTO holds (session, {', '.join(HOLD_COLUMNS)}) VALUES ({hold_marks})",
                    [(key, *hold) for hold in holds],
                )
                restored += 1
        return restored

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
        with self.bulk() as bulk:
            for record in records:
                if record.session_id in bulk.known:
                    bulk.skipped += 1
                    continue
                bulk.known.add(record.session_id)
                for hold in record.holds:
                    check_hold(hold)
                key = bulk.reserve()
                bulk.session(key, session_values(record))
                bulk.holds(
                    [
                        (
                            key,
                            hold.step,
                            hold.point,
                            str(hold.side),
                            hold.repetition,
                            float(hold.planned_seconds),
                            float(hold.held_seconds),
                        )
                        for hold in record.holds
                    ]
                )
        return bulk.added, bulk.skipped

    @contextlib.contextmanager
    def bulk(self) -> Iterator[BulkInsert]:
        """One transaction adding many finished sessions as they come (see :mod:`.bulk`);
        an error inside the block rolls every one of them back."""
        with self._writer().transaction() as db:
            bulk = BulkInsert(db)
            bulk.begin()
            yield bulk
            bulk.end()


def _key(db: Database, session_id: str) -> int:
    key = db.value("SELECT id FROM sessions WHERE session_id = ?", (session_id,))
    if key is None:
        raise KeyError(session_id)
    return int(key)


def open_history(
    config_dir: Path,
    *,
    clock: Callable[[], datetime] | None = None,
    to_local: Callable[[datetime], datetime] | None = None,
    monotonic: Callable[[], float] | None = None,
) -> HistoryStore:
    """The history store of ``config_dir``; never raises.

    When the file cannot be written (read-only folder or file, full disk), it is opened
    read-only (:attr:`HistoryStore.writable` is False): past sessions show and export, and
    each write tries again to open it for writing. When it cannot be used at all (newer
    version, unreadable ...), sessions are kept in memory for this run. Either way
    :attr:`HistoryStore.warnings` says why.
    """
    path = history_file(config_dir)
    try:
        return HistoryStore(path, clock=clock, to_local=to_local)
    except HistoryVersionError as error:
        failure: HistoryError = error
    except HistoryError as error:
        failure = error
        store = _read_only(path, error, clock, to_local, monotonic)
        if store is not None:
            return store
    log.warning("the session history is kept in memory: %s", failure)
    store = HistoryStore(None, clock=clock, to_local=to_local)
    store.warnings.append(
        f"{failure} Sessions of this run are kept in memory only and will not be saved."
    )
    return store


def _read_only(
    path: Path,
    error: HistoryError,
    clock: Callable[[], datetime] | None,
    to_local: Callable[[datetime], datetime] | None,
    monotonic: Callable[[], float] | None,
) -> HistoryStore | None:
    """Writing is refused: show what is there, keep trying to write (None: unreadable)."""
    try:
        store = HistoryStore(
            path, clock=clock, to_local=to_local, read_only=True, monotonic=monotonic
        )
    except HistoryError as read_error:
        log.warning("%s cannot be read either: %s", path, read_error)
        return None
    log.warning("the session history is read-only: %s", error)
    store.warnings.append(
        f"The session history {path.name} is read-only ({error.reason}): your sessions are "
        "shown, and new ones are kept in memory and written as soon as it can be written; "
        "until then they are not saved."
    )
    return store


def open_for_export(path: Path) -> HistoryStore:
    """The history at ``path`` to read from (the report): opened read-only, so nothing in
    the file changes; a session still running (the app is in it) stays ``running``, counted
    with the holds it has so far. An older schema is read through a copy brought up to date.

    Raises:
        HistoryError: It cannot be read (or a newer app wrote it).
    """
    return HistoryStore(path, read_only=True)
