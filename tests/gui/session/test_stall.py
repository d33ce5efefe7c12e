"""A wake-up that comes far too late (the app was stopped or frozen) pauses and says so.

On a fake clock: the session runs on time, then the clock moves 20 s before the timer's
wake-up is delivered, as after SIGSTOP/SIGCONT (both clocks moved, so it is no suspend).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Catalog, Laterality, Side, Step
from acupress_gui.domain.recording import MemoryRecorder, SessionStatus
from acupress_gui.domain.timer import PauseReason, PhaseKind, TimerState, build_plan
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.ui.session.controller import SessionController
from acupress_gui.ui.session.page import SessionPage
from acupress_gui.ui.session.services import SessionServices
from tests.helpers.clock import FakeClock, FakeTimers

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
STALL = 20.0


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(ROOT / "resources")


def test_the_controller_pauses_and_reports_a_late_wake_up(qapp: object) -> None:
    clock = FakeClock()
    timers = FakeTimers()
    controller = SessionController(clock, timer_factory=timers)
    step = Step(point="BL23", hold_seconds=10, rest_seconds=0, repetitions=1, prepare_seconds=0)
    controller.load(build_plan([step], {"BL23": Laterality.BILATERAL}))
    stalls: list[float] = []
    pauses: list[PauseReason] = []
    holds: list[object] = []
    controller.stalled.connect(stalls.append)
    controller.paused.connect(pauses.append)
    controller.hold_ended.connect(holds.append)
    controller.start()
    timers.advance(clock, 4)  # on time, 4 s into the left hold
    clock.advance(STALL)
    timers.fire()
    assert stalls == [pytest.approx(STALL - 1)]
    assert pauses == [PauseReason.LATE_TICK]
    assert holds == []
    assert controller.state is TimerState.PAUSED
    assert not controller.timer_active
    machine = controller.machine
    assert machine is not None
    phase = machine.current_phase
    assert phase is not None and phase.kind is PhaseKind.HOLD and phase.side is Side.LEFT
    assert controller.shown_seconds == 5
    controller.deleteLater()


def test_the_page_tells_the_person_and_records_only_what_was_held(
    qtbot: QtBot, catalog: Catalog
) -> None:
    clock = FakeClock()
    timers = FakeTimers()
    recorder = MemoryRecorder()
    page = SessionPage(
        catalog, SessionServices(recorder=recorder, clock=clock, timer_factory=timers)
    )
    qtbot.addWidget(page)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.set_routines(catalog.routines)
    assert page.start_session()
    controller = page.controller
    assert controller is not None and controller.machine is not None
    plan = controller.machine.plan
    first_hold = plan.holds[0]
    timers.advance(clock, first_hold.start + 2)  # on time, 2 s into the first hold
    clock.advance(STALL)
    timers.fire()
    assert messages[-1] == (
        "The session was paused: the computer stopped responding for 19 s. Press Space to go on."
    )
    assert page.state() is TimerState.PAUSED
    assert page.running_panel.phase_label.text() == "Paused · Press"
    page.stop()
    (session,) = recorder.sessions.values()
    assert session.status is SessionStatus.STOPPED
    (hold,) = session.holds
    assert hold.held_seconds == pytest.approx(3)  # up to the wake-up that was due
