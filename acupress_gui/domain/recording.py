"""What a session leaves behind, and the interface that records it as it happens.

The session window talks to a :class:`SessionRecorder`; the history store implements it with
SQLite, and :class:`MemoryRecorder` keeps sessions in memory (tests, and a config folder that
cannot be written). Times are passed in: nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion, sorted_regions
from acupress_gui.domain.timer import HoldRecord

PAIN_RANGE = (0, 10)
MAX_NOTE_CHARS = 4000


class SessionStatus(StrEnum):
    """How a session ended. ``running`` only while it runs (or until the next start)."""

    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class HoldResult:
    """One finished hold as history stores it."""

    step: int
    point: str
    side: Side
    repetition: int
    planned_seconds: float
    held_seconds: float

    @classmethod
    def from_record(cls, record: HoldRecord) -> HoldResult:
        """What history keeps of a hold the timer reports."""
        return cls(
            step=record.phase.step_index,
            point=record.phase.point_id,
            side=record.phase.side,
            repetition=record.phase.repetition,
            planned_seconds=record.planned_seconds,
            held_seconds=record.held_seconds,
        )


@dataclass(frozen=True, slots=True)
class SessionStart:
    """What is known when a session starts."""

    session_id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    pain_before: int | None = None
    #: Where it hurt, as marked on the setup panel's pain map.
    pain_regions: tuple[PainRegion, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionDetails:
    """Where it hurt and the weekly check-in of a session, given or changed after it."""

    #: Where it hurt (the pain map); () when not marked.
    pain_regions: tuple[PainRegion, ...] = ()
    #: The weekly check-in, None when none was given.
    checkin: WeeklyCheckin | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A whole session: its start, its holds, how it ended and how it felt."""

    session_id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    pain_before: int | None
    pain_after: int | None
    note: str
    holds: tuple[HoldResult, ...] = ()
    #: Where it hurt (the pain map), in map order; () when not marked.
    pain_regions: tuple[PainRegion, ...] = ()
    #: The weekly check-in given after this session, if one was.
    checkin: WeeklyCheckin | None = None

    @property
    def details(self) -> SessionDetails:
        """Where it hurt and the weekly check-in."""
        return SessionDetails(self.pain_regions, self.checkin)

    @property
    def held_seconds(self) -> float:
        """Total seconds actually held."""
        return sum(hold.held_seconds for hold in self.holds)

    @property
    def relief(self) -> int | None:
        """Pain before minus pain after, where both were rated."""
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_before - self.pain_after


def check_pain(value: int | None) -> int | None:
    """Validate a pain rating (0..10 or None)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"a pain rating must be a whole number, not {value!r}")
    if not PAIN_RANGE[0] <= value <= PAIN_RANGE[1]:
        raise ValueError(f"a pain rating of {value} is outside {PAIN_RANGE[0]}..{PAIN_RANGE[1]}")
    return value


class SessionRecorder(Protocol):
    """Records a session as it runs, so a crash keeps what was done."""

    def begin(self, start: SessionStart) -> None:
        """A session started."""

    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        """A hold finished (committed at once); ``ended_at``: when, on the wall clock (None:
        now), for a recorder that writes it later than that."""

    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        """The session ended."""

    def rate(
        self, session_id: str, *, pain_before: int | None, pain_after: int | None, note: str
    ) -> None:
        """Pain ratings and the note, given or changed after the session."""


@runtime_checkable
class DetailRecorder(Protocol):
    """A recorder that also keeps where it hurt and the weekly check-in of a session."""

    def describe(self, session_id: str, details: SessionDetails) -> None:
        """Where it hurt and the check-in, given or changed afterwards."""


@dataclass
class MemoryRecorder:
    """A recorder that keeps sessions in memory."""

    sessions: dict[str, SessionRecord] = field(default_factory=dict)

    def begin(self, start: SessionStart) -> None:
        """A session started."""
        self.sessions[start.session_id] = SessionRecord(
            session_id=start.session_id,
            routine_id=start.routine_id,
            routine_name=start.routine_name,
            started_at=start.started_at,
            ended_at=None,
            status=SessionStatus.RUNNING,
            pain_before=check_pain(start.pain_before),
            pain_after=None,
            note="",
            pain_regions=sorted_regions(start.pain_regions),
        )

    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        """A hold finished (its end time is not kept in memory)."""
        record = self.sessions[session_id]
        self.sessions[session_id] = replace(record, holds=(*record.holds, hold))

    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        """The session ended."""
        self.sessions[session_id] = replace(
            self.sessions[session_id], ended_at=ended_at, status=status
        )

    def rate(
        self, session_id: str, *, pain_before: int | None, pain_after: int | None, note: str
    ) -> None:
        """Pain ratings and the note."""
        self.sessions[session_id] = replace(
            self.sessions[session_id],
            pain_before=check_pain(pain_before),
            pain_after=check_pain(pain_after),
            note=note[:MAX_NOTE_CHARS],
        )

    def describe(self, session_id: str, details: SessionDetails) -> None:
        """Where it hurt and the check-in."""
        self.sessions[session_id] = replace(
            self.sessions[session_id],
            pain_regions=sorted_regions(details.pain_regions),
            checkin=details.checkin,
        )
