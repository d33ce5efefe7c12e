"""History kept in memory while the disk cannot be written, and written when it can."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.recording import (
    HoldResult,
    MemoryRecorder,
    SessionDetails,
    SessionStart,
    SessionStatus,
)
from acupress_gui.storage.fallback import FallbackRecorder, is_storage_error
from acupress_gui.storage.history import HistoryStore

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage.fallback", "", required=False),
]

T0 = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


def start(session_id: str = "s1", pain: int | None = 6) -> SessionStart:
    return SessionStart(session_id, "lower-back", "Lower back", T0, pain)


def hold(repetition: int, held: float = 30.0) -> HoldResult:
    return HoldResult(0, "BL23", Side.LEFT, repetition, 30.0, held)


class FlakyRecorder:
    """A recorder (in memory) that raises ``failure`` while it is set; logs what it got."""

    def __init__(self) -> None:
        self.store = MemoryRecorder()
        self.failure: BaseException | None = None
        self.log: list[str] = []
        self.attempts = 0

    def _gate(self) -> None:
        self.attempts += 1
        if self.failure is not None:
            raise self.failure

    def begin(self, start: SessionStart) -> None:
        self._gate()
        if start.session_id in self.store.sessions:
            raise ValueError(f"session {start.session_id!r} is already recorded")
        self.store.begin(start)
        self.log.append(f"begin {start.session_id}")

    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        self._gate()
        self.store.add_hold(session_id, hold)
        self.log.append(f"hold {session_id} {hold.repetition}")

    def finish(self, session_id: str, ended_at: datetime, status: SessionStatus) -> None:
        self._gate()
        self.store.finish(session_id, ended_at, status)
        self.log.append(f"finish {session_id} {status}")

    def rate(
        self, session_id: str, *, pain_before: int | None, pain_after: int | None, note: str
    ) -> None:
        self._gate()
        self.store.rate(session_id, pain_before=pain_before, pain_after=pain_after, note=note)
        self.log.append(f"rate {session_id} {pain_after}")


DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def flaky() -> FlakyRecorder:
    return FlakyRecorder()


def test_a_healthy_primary_is_written_at_once(flaky: FlakyRecorder) -> None:
    told: list[str] = []
    recorder = FallbackRecorder(flaky, notify=told.append)
    recorder.begin(start())
    recorder.add_hold("s1", hold(1))
    recorder.finish("s1", T0 + timedelta(minutes=2), SessionStatus.COMPLETED)
    recorder.rate("s1", pain_before=6, pain_after=3, note="better")
    assert flaky.log == ["begin s1", "hold s1 1", "finish s1 completed", "rate s1 3"]
    assert recorder.pending == 0 and told == [] and recorder.problem == ""
    assert recorder.memory.sessions["s1"].pain_after == 3


def test_failure_keeps_the_session_in_memory_then_writes_it_in_order(
    flaky: FlakyRecorder,
) -> None:
    told: list[str] = []
    recorder = FallbackRecorder(flaky, notify=told.append)
    recorder.begin(start("s0"))
    flaky.failure = DISK_FULL
    recorder.add_hold("s0", hold(1))  # the session already on disk goes on in memory
    recorder.finish("s0", T0 + timedelta(minutes=1), SessionStatus.STOPPED)
    recorder.begin(start("s1"))
    recorder.add_hold("s1", hold(1))
    recorder.add_hold("s1", hold(2, 12.5))
    assert flaky.log == ["begin s0"]
    assert recorder.pending == 5
    assert recorder.unsaved_sessions == ["s0", "s1"]
    assert recorder.problem == "No space left on device"
    assert len(told) == 1, "the user is told once, not at every hold"
    assert "cannot be written right now (No space left on device)" in told[0]
    assert "kept in memory" in told[0]
    # Everything is visible in memory meanwhile.
    assert [h.held_seconds for h in recorder.memory.sessions["s1"].holds] == [30.0, 12.5]
    assert recorder.memory.sessions["s0"].status is SessionStatus.STOPPED

    flaky.failure = None  # space was freed
    recorder.finish("s1", T0 + timedelta(minutes=3), SessionStatus.COMPLETED)
    assert flaky.log == [
        "begin s0",
        "hold s0 1",
        "finish s0 stopped",
        "begin s1",
        "hold s1 1",
        "hold s1 2",
        "finish s1 completed",
    ]
    assert recorder.pending == 0 and recorder.problem == ""
    assert told[1] == "The session history can be written again; nothing was lost."
    assert [h.held_seconds for h in flaky.store.sessions["s1"].holds] == [30.0, 12.5]


def test_each_call_retries_and_flush_reports_what_is_left(flaky: FlakyRecorder) -> None:
    recorder = FallbackRecorder(flaky)
    flaky.failure = PermissionError(errno.EACCES, "Permission denied")
    recorder.begin(start())
    attempts = flaky.attempts
    recorder.add_hold("s1", hold(1))
    # The queued begin is tried first; the new hold waits behind it without a try.
    assert flaky.attempts == attempts + 1
    assert recorder.flush() is False
    assert recorder.pending == 2
    flaky.failure = None
    assert recorder.flush() is True
    assert recorder.pending == 0
    assert flaky.log == ["begin s1", "hold s1 1"]


@pytest.mark.parametrize(
    "failure",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.DatabaseError("database disk image is malformed"),
        OSError(errno.EROFS, "Read-only file system"),
    ],
)
def test_every_kind_of_storage_failure_is_kept(
    flaky: FlakyRecorder, failure: BaseException
) -> None:
    told: list[str] = []
    recorder = FallbackRecorder(flaky, notify=told.append)
    flaky.failure = failure
    recorder.begin(start())
    assert recorder.pending == 1 and len(told) == 1
    flaky.failure = None
    assert recorder.flush() and flaky.log == ["begin s1"]


def test_a_second_outage_is_told_again(flaky: FlakyRecorder) -> None:
    told: list[str] = []
    recorder = FallbackRecorder(flaky, notify=told.append)
    for _ in range(2):
        flaky.failure = DISK_FULL
        recorder.begin(start(f"s{len(told)}"))
        flaky.failure = None
        recorder.flush()
    assert len(told) == 4
    assert flaky.log == ["begin s0", "begin s2"]


def test_mistakes_of_the_caller_are_raised_not_kept(flaky: FlakyRecorder) -> None:
    recorder = FallbackRecorder(flaky)
    with pytest.raises(KeyError):
        recorder.add_hold("nobody", hold(1))
    with pytest.raises(ValueError, match=r"outside 0\.\.10"):
        recorder.begin(start(pain=11))
    recorder.begin(start())
    with pytest.raises(ValueError, match="already recorded"):
        recorder.begin(start())
    flaky.failure = DISK_FULL
    with pytest.raises(ValueError, match=r"outside 0\.\.10"):
        recorder.rate("s1", pain_before=None, pain_after=12, note="")
    assert recorder.pending == 0


def test_integrity_errors_are_not_storage_errors() -> None:
    assert not is_storage_error(sqlite3.IntegrityError("UNIQUE constraint failed"))
    assert not is_storage_error(ValueError("x"))
    assert not is_storage_error(KeyError("x"))
    assert is_storage_error(sqlite3.OperationalError("database is locked"))
    assert is_storage_error(OSError(errno.ENOSPC, "full"))


def test_a_begin_that_got_through_before_failing_is_not_doubled(flaky: FlakyRecorder) -> None:
    """A begin that raised after it was stored is "already recorded" on retry: done."""
    recorder = FallbackRecorder(flaky)
    flaky.store.begin(start())  # on disk, but the caller saw an error
    flaky.failure = DISK_FULL
    recorder.begin(start())
    flaky.failure = None
    recorder.add_hold("s1", hold(1))
    assert recorder.pending == 0 and recorder.dropped == []
    assert len(flaky.store.sessions["s1"].holds) == 1


def test_calls_the_store_refuses_for_good_are_dropped_and_listed(flaky: FlakyRecorder) -> None:
    recorder = FallbackRecorder(flaky)
    flaky.failure = DISK_FULL
    recorder.add_hold("never-begun", hold(1))
    flaky.failure = None
    assert recorder.flush() is True
    assert recorder.dropped == ["add_hold never-begun: 'never-begun'"]


# ---- with the real history store and a really full database ------------------------------


def test_a_full_database_keeps_holds_in_memory_and_writes_them_later(tmp_path: Path) -> None:
    ticks = iter(T0 + timedelta(seconds=40 * n) for n in range(1, 1000))
    store = HistoryStore(tmp_path / "history.sqlite3", clock=lambda: next(ticks))
    told: list[str] = []
    recorder = FallbackRecorder(store, notify=told.append, clock=store.now)
    recorder.begin(start())
    # SQLite's own "disk full": the file may not grow past its current size.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    big = HoldResult(0, "BL23" * 40, Side.LEFT, 1, 30.0, 30.0)
    written = 0
    for repetition in range(1, 200):
        recorder.add_hold("s1", HoldResult(0, big.point, Side.LEFT, repetition, 30.0, 30.0))
        if recorder.pending:
            break
        written = repetition
    assert recorder.pending == 1, "the disk never filled up"
    assert len(told) == 1
    assert "full" in recorder.problem and "full" in told[0], "SQLite's own words reach the user"
    for repetition in range(written + 2, written + 6):
        recorder.add_hold("s1", HoldResult(0, "BL23", Side.LEFT, repetition, 30.0, 30.0))
    recorder.finish("s1", T0 + timedelta(hours=1), SessionStatus.COMPLETED)
    assert recorder.pending == 6
    assert len(recorder.memory.sessions["s1"].holds) == written + 5

    store._db.execute("PRAGMA max_page_count = 1000000")  # space freed
    assert recorder.flush() is True
    stored = store.get("s1")
    assert stored is not None
    assert [h.repetition for h in stored.holds] == list(range(1, written + 6))
    assert stored.status is SessionStatus.COMPLETED
    assert told[-1].startswith("The session history can be written again")
    store.close()
    with HistoryStore(tmp_path / "history.sqlite3") as reopened:
        record = reopened.get("s1")
        assert record is not None and len(record.holds) == written + 5


class DetailedFlakyRecorder(FlakyRecorder):
    """A flaky recorder that also keeps where it hurt and the weekly check-in."""

    def describe(self, session_id: str, details: SessionDetails) -> None:
        self._gate()
        self.store.describe(session_id, details)
        self.log.append(f"describe {session_id} {','.join(details.pain_regions)}")


@pytest.mark.expect_log("acupress_gui.storage.fallback", "kept in memory")
def test_regions_and_checkin_wait_in_memory_like_the_rest() -> None:
    flaky = DetailedFlakyRecorder()
    recorder = FallbackRecorder(flaky)
    recorder.begin(start())
    flaky.failure = DISK_FULL
    recorder.describe("s1", SessionDetails((PainRegion.LEGS,), WeeklyCheckin(4, 7)))
    assert recorder.pending == 1 and not recorder.is_saved("s1")
    assert recorder.memory.sessions["s1"].checkin == WeeklyCheckin(4, 7)
    flaky.failure = None
    assert recorder.flush()
    assert flaky.log == ["begin s1", "describe s1 legs"]
    assert flaky.store.sessions["s1"].pain_regions == (PainRegion.LEGS,)


def test_a_recorder_without_details_is_not_asked_for_them(flaky: FlakyRecorder) -> None:
    recorder = FallbackRecorder(flaky)
    recorder.begin(start())
    recorder.describe("s1", SessionDetails(pain_regions=(PainRegion.NECK,)))
    assert flaky.log == ["begin s1"] and recorder.pending == 0
    assert recorder.memory.sessions["s1"].pain_regions == (PainRegion.NECK,)
