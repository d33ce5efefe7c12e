"""A session recorder that keeps history in memory while the disk cannot be written.

:class:`FallbackRecorder` wraps the real recorder (the
:class:`~acupress_gui.storage.history.HistoryStore`). When a write fails because the config
folder is read-only, the disk is full, the database is locked or damaged (``OSError``, a
:class:`~acupress_gui.storage.history.HistoryError` other than a broken schema rule, and for
a recorder other than the store the ``sqlite3.DatabaseError`` kinds except integrity
errors), the call is queued, the session stays in memory, and the user is told once. Every
later call first retries the queue, in order, so the history is written as soon as it can be
and nothing is lost or reordered: a hold is never written before the start of its session.

Mistakes of the caller (an unknown session, a pain rating of 11) are not storage problems:
they are raised as before and nothing is queued.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from acupress_gui.domain.recording import (
    DetailRecorder,
    HoldResult,
    MemoryRecorder,
    SessionDetails,
    SessionRecorder,
    SessionStart,
    SessionStatus,
    check_pain,
)
from acupress_gui.storage.history.errors import HistoryConstraintError, HistoryError

__all__ = ["FallbackRecorder", "is_storage_error"]

log = logging.getLogger(__name__)

_Kind = Literal["begin", "add_hold", "finish", "rate", "describe"]


def is_storage_error(error: BaseException) -> bool:
    """True when ``error`` means "cannot write now", not "this call is wrong"."""
    if isinstance(error, HistoryConstraintError | sqlite3.IntegrityError):
        return False
    return isinstance(error, OSError | HistoryError | sqlite3.DatabaseError)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, HistoryError):
        return error.reason
    return str(error) or type(error).__name__


@dataclass(frozen=True, slots=True)
class _Call:
    """One recorder call waiting to be written."""

    kind: _Kind
    session_id: str
    apply: Callable[[SessionRecorder], None]


class FallbackRecorder:
    """A :class:`~acupress_gui.domain.recording.SessionRecorder` that never loses a session.

    Args:
        primary: The recorder that writes to disk.
        notify: Called with one plain sentence when the history stops being written, and
            once more when everything kept in memory has been written.
        memory: Where sessions of this run are kept (a new one when omitted); it holds every
            session recorded through this object, written or not.
        clock: Wall-clock time now (UTC), to stamp a hold with when it ENDS (a hold kept in
            memory is written later with that time); give the store's clock.
        on_disk: False when ``primary`` keeps nothing on disk (a history in memory only):
            then no session is ever "saved".
    """

    def __init__(
        self,
        primary: SessionRecorder,
        *,
        notify: Callable[[str], None] | None = None,
        memory: MemoryRecorder | None = None,
        clock: Callable[[], datetime] | None = None,
        on_disk: bool = True,
    ) -> None:
        self.primary = primary
        self._clock = clock if clock is not None else _utc_now
        self._on_disk = on_disk
        self.memory = memory if memory is not None else MemoryRecorder()
        #: Where the one-sentence news goes; may be set once the window exists.
        self.notify = notify
        self._pending: deque[_Call] = deque()
        self._failing = False
        #: The last storage error, in plain words ("" when writing works).
        self.problem = ""
        #: Calls dropped on retry because the store refused them for good (rare).
        self.dropped: list[str] = []

    # ---- state ---------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Calls kept in memory, not yet written."""
        return len(self._pending)

    @property
    def unsaved_sessions(self) -> list[str]:
        """Ids of the sessions with something not yet written, oldest first."""
        return list(dict.fromkeys(call.session_id for call in self._pending))

    def is_saved(self, session_id: str) -> bool:
        """True only when everything of the session is written to the history file.

        False while any of it waits in memory (read-only folder, full disk), and for a
        history kept in memory only: the UI must not say "saved" then.
        """
        if not self._on_disk:
            return False
        return all(call.session_id != session_id for call in self._pending)

    # ---- SessionRecorder -----------------------------------------------------------------

    def begin(self, start: SessionStart) -> None:
        """A session started."""
        check_pain(start.pain_before)  # a wrong call fails now, not when it is retried
        self._call(_Call("begin", start.session_id, lambda r: r.begin(start)))
        self.memory.begin(start)

    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        """A hold finished (at ``ended_at``; None: now)."""
        ended = ended_at if ended_at is not None else self._clock()
        self._call(
            _Call("add_hold", session_id, lambda r: r.add_hold(session_id, hold, ended_at=ended))
        )
        self._mirror(lambda: self.memory.add_hold(session_id, hold))

    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        """The session ended."""
        self._call(_Call("finish", session_id, lambda r: r.finish(session_id, ended_at, status)))
        self._mirror(lambda: self.memory.finish(session_id, ended_at, status))

    def rate(
        self, session_id: str, *, pain_before: int | None, pain_after: int | None, note: str
    ) -> None:
        """Pain ratings and the note."""
        check_pain(pain_before)
        check_pain(pain_after)
        self._call(
            _Call(
                "rate",
                session_id,
                lambda r: r.rate(
                    session_id, pain_before=pain_before, pain_after=pain_after, note=note
                ),
            )
        )
        self._mirror(
            lambda: self.memory.rate(
                session_id, pain_before=pain_before, pain_after=pain_after, note=note
            )
        )

    def describe(self, session_id: str, details: SessionDetails) -> None:
        """Where it hurt and the weekly check-in (a recorder that keeps neither drops them)."""

        def write(recorder: SessionRecorder) -> None:
            if isinstance(recorder, DetailRecorder):
                recorder.describe(session_id, details)

        self._call(_Call("describe", session_id, write))
        self._mirror(lambda: self.memory.describe(session_id, details))

    # ---- writing -------------------------------------------------------------------------

    def flush(self) -> bool:
        """Try to write everything kept in memory, in order.

        Returns:
            True when nothing is left to write.
        """
        while self._pending:
            call = self._pending[0]
            try:
                call.apply(self.primary)
            except Exception as error:
                if is_storage_error(error):
                    self.problem = _reason(error)
                    return False
                if not (call.kind == "begin" and isinstance(error, ValueError)):
                    # "already recorded" for a begin means an earlier try got through.
                    self.dropped.append(f"{call.kind} {call.session_id}: {_reason(error)}")
                    log.warning("dropped %s of session %s: %s", call.kind, call.session_id, error)
            self._pending.popleft()
        if self._failing:
            log.info("the session history is written again")
            self._failing = False
            self.problem = ""
            self._tell("The session history can be written again; nothing was lost.")
        return True

    def _call(self, call: _Call) -> None:
        if not self.flush():
            self._pending.append(call)
            return
        try:
            call.apply(self.primary)
        except Exception as error:
            if not is_storage_error(error):
                raise
            self._pending.append(call)
            self.problem = _reason(error)
            log.warning("%s of session %s kept in memory: %s", call.kind, call.session_id, error)
            if not self._failing:
                self._failing = True
                self._tell(
                    f"The session history cannot be written right now ({self.problem}). "
                    "Your session goes on and is kept in memory; it is saved as soon as "
                    "writing works again."
                )

    def _mirror(self, action: Callable[[], None]) -> None:
        # The in-memory copy never stops the real recording.
        with contextlib.suppress(KeyError, ValueError):
            action()

    def _tell(self, text: str) -> None:
        if self.notify is not None:
            self.notify(text)
