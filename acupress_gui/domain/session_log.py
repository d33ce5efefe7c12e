"""One session's log: turns what the timer reports into calls on a :class:`SessionRecorder`.

A :class:`SessionLog` is made when a session starts, with the session id and the start time
given by the caller (the ui makes ids and reads the wall clock; nothing here does). Each
timer event is handed to :meth:`SessionLog.on_event` with the wall-clock time it happened:
a finished hold is committed at once, the end of the session closes the record. The pain
ratings and the note come afterwards through :meth:`SessionLog.rate`.

A recorder that fails raises to the caller: the caller decides how to tell the user, and the
log stays usable (the next call is attempted as if nothing happened).
"""

from __future__ import annotations

from datetime import datetime

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Routine
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.recording import (
    DetailRecorder,
    HoldResult,
    SessionDetails,
    SessionRecorder,
    SessionStart,
    SessionStatus,
)
from acupress_gui.domain.timer import HoldEnded, SessionFinished, SessionStopped, TimerEvent

__all__ = ["SessionLog"]


class SessionLog:
    """The recording of one session.

    Args:
        recorder: Where the session is written.
        session_id: The session's id (unique; made by the caller).
        routine: The routine being run.
    """

    def __init__(self, recorder: SessionRecorder, session_id: str, routine: Routine) -> None:
        self._recorder = recorder
        self._session_id = session_id
        self._routine = routine
        self._status: SessionStatus | None = None

    @property
    def session_id(self) -> str:
        """The id the session is recorded under."""
        return self._session_id

    @property
    def routine(self) -> Routine:
        """The routine of the session."""
        return self._routine

    @property
    def status(self) -> SessionStatus | None:
        """How the session ended; None while it runs."""
        return self._status

    def begin(
        self,
        started_at: datetime,
        pain_before: int | None,
        pain_regions: tuple[PainRegion, ...] = (),
    ) -> None:
        """The session started at ``started_at`` (wall clock, tz-aware)."""
        self._recorder.begin(
            SessionStart(
                session_id=self._session_id,
                routine_id=self._routine.id,
                routine_name=self._routine.name,
                started_at=started_at,
                pain_before=pain_before,
                pain_regions=pain_regions,
            )
        )

    @staticmethod
    def ending(event: TimerEvent) -> SessionStatus | None:
        """The status an event ends a session with, or None when it does not end one."""
        if isinstance(event, SessionFinished):
            return SessionStatus.COMPLETED
        if isinstance(event, SessionStopped):
            return SessionStatus.STOPPED
        return None

    def on_event(self, event: TimerEvent, at: datetime) -> None:
        """Record what ``event`` (which happened at wall-clock time ``at``) leaves behind."""
        if isinstance(event, HoldEnded):
            self._recorder.add_hold(self._session_id, HoldResult.from_record(event.record))
            return
        status = self.ending(event)
        if status is not None:
            self._status = status
            self._recorder.finish(self._session_id, at, status)

    def rate(self, *, pain_before: int | None, pain_after: int | None, note: str) -> None:
        """Pain before and after and the note, given after the session."""
        self._recorder.rate(
            self._session_id, pain_before=pain_before, pain_after=pain_after, note=note
        )

    def describe(
        self, *, pain_regions: tuple[PainRegion, ...], checkin: WeeklyCheckin | None
    ) -> None:
        """Where it hurt and the weekly check-in, given after the session (a recorder that
        keeps neither is not asked to)."""
        if isinstance(self._recorder, DetailRecorder):
            self._recorder.describe(self._session_id, SessionDetails(pain_regions, checkin))
