"""SessionLog: timer events become recorder calls, with ids and times given by the caller."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from acupress_gui.domain.models import Laterality, Routine, Side, Step
from acupress_gui.domain.recording import HoldResult, MemoryRecorder, SessionStatus
from acupress_gui.domain.session_log import SessionLog
from acupress_gui.domain.timer import (
    HoldEnded,
    SessionFinished,
    SessionStopped,
    TimerEvent,
    TimerMachine,
    build_plan,
)

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
ROUTINE = Routine(
    id="short",
    name="Short",
    steps=[Step(point="BL23", hold_seconds=10, rest_seconds=5, repetitions=2)],
)


def _machine() -> TimerMachine:
    return TimerMachine(build_plan(ROUTINE.steps, {"BL23": Laterality.BILATERAL}))


def _feed(log: SessionLog, events: list[TimerEvent]) -> None:
    for event in events:
        log.on_event(event, START + timedelta(seconds=event.at))


def test_begin_records_the_start_given() -> None:
    recorder = MemoryRecorder()
    log = SessionLog(recorder, "s-1", ROUTINE)
    log.begin(START, pain_before=6)
    record = recorder.sessions["s-1"]
    assert (record.routine_id, record.routine_name) == ("short", "Short")
    assert record.started_at == START and record.pain_before == 6
    assert record.status is SessionStatus.RUNNING and log.status is None


def test_a_whole_session_commits_every_hold_and_finishes_at_the_time_given() -> None:
    recorder = MemoryRecorder()
    log = SessionLog(recorder, "s-2", ROUTINE)
    log.begin(START, pain_before=None)
    machine = _machine()
    events = machine.start(0.0) + machine.advance(10_000.0)
    _feed(log, events)
    record = recorder.sessions["s-2"]
    holds = [HoldResult.from_record(e.record) for e in events if isinstance(e, HoldEnded)]
    assert record.holds == tuple(holds) and len(holds) == 4
    assert [h.side for h in holds] == [Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT]
    assert record.status is SessionStatus.COMPLETED and log.status is SessionStatus.COMPLETED
    finished = next(e for e in events if isinstance(e, SessionFinished))
    assert record.ended_at == START + timedelta(seconds=finished.at)


def test_a_stop_keeps_the_holds_done_and_says_stopped() -> None:
    recorder = MemoryRecorder()
    log = SessionLog(recorder, "s-3", ROUTINE)
    log.begin(START, pain_before=4)
    machine = _machine()
    _feed(log, machine.start(0.0) + machine.advance(20.0))  # one hold done
    stopped_at = START + timedelta(minutes=1)
    for event in machine.stop(21.0):
        log.on_event(event, stopped_at)
    record = recorder.sessions["s-3"]
    assert record.status is SessionStatus.STOPPED and record.ended_at == stopped_at
    assert len(record.holds) == 2  # the one done and the one cut short by the stop
    assert record.holds[-1].held_seconds == pytest.approx(1.0)


def test_ending_names_only_the_events_that_end_a_session() -> None:
    assert SessionLog.ending(SessionFinished(at=1.0)) is SessionStatus.COMPLETED
    assert SessionLog.ending(SessionStopped(at=1.0)) is SessionStatus.STOPPED
    machine = _machine()
    assert all(SessionLog.ending(e) is None for e in machine.start(0.0))


def test_rate_passes_the_rating_on() -> None:
    recorder = MemoryRecorder()
    log = SessionLog(recorder, "s-4", ROUTINE)
    log.begin(START, pain_before=None)
    log.rate(pain_before=5, pain_after=2, note="lighter")
    record = recorder.sessions["s-4"]
    assert (record.pain_before, record.pain_after, record.note) == (5, 2, "lighter")
    assert record.relief == 3


class _Refusing(MemoryRecorder):
    def add_hold(
        self, session_id: str, hold: HoldResult, *, ended_at: datetime | None = None
    ) -> None:
        raise OSError(28, "No space left on device")


def test_a_failing_recorder_raises_to_the_caller_and_the_log_goes_on() -> None:
    recorder = _Refusing()
    log = SessionLog(recorder, "s-5", ROUTINE)
    log.begin(START, pain_before=None)
    machine = _machine()
    failures = 0
    for event in machine.start(0.0) + machine.advance(10_000.0):
        try:
            log.on_event(event, START)
        except OSError:
            failures += 1
    assert failures == 4
    assert recorder.sessions["s-5"].status is SessionStatus.COMPLETED
