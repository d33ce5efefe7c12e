"""What a due reminder shows: nothing when done today, paused or during a session; deferred
in do-not-disturb; "Start now" and "In 10 minutes"; the fallback without a server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.reminders import DAYS, Due, Reminder
from acupress_gui.ui.services.reminder_notices import DEFER, ReminderNotices
from acupress_gui.ui.services.reminder_scheduler import ReminderScheduler
from tests.helpers.clock import FakeClock


class FakeServer:
    def __init__(self, *, available: bool = True) -> None:
        self.is_available = available
        self.is_inhibited = False
        self.sent: list[tuple[str, str, list[tuple[str, str]]]] = []

    def available(self) -> bool:
        return self.is_available

    def inhibited(self) -> bool:
        return self.is_inhibited

    def notify(
        self,
        summary: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        timeout_ms: int = -1,
    ) -> int | None:
        self.sent.append((summary, body, list(actions)))
        return len(self.sent)


class Rig:
    def __init__(self, server: FakeServer | None) -> None:
        self.clock = FakeClock(wall=datetime(2026, 3, 2, 7, 30, tzinfo=UTC).timestamp())
        self.scheduler = ReminderScheduler(
            lambda: [], clock=self.clock, timer_factory=self.clock.timers
        )
        self.scheduler.start()
        self.done: set[str | None] = set()
        self.running = False
        self.paused = False
        self.fallbacks: list[tuple[str, str]] = []
        self.started: list[str | None] = []
        self.server = server
        self.notices = ReminderNotices(
            self.scheduler,
            server,
            routine_name=lambda ref: {"lbr": "Lower back relief", None: "Last used"}.get(ref),
            done_today=lambda ref: ref in self.done,
            session_running=lambda: self.running,
            paused_today=lambda: self.paused,
            fallback=lambda title, text: self.fallbacks.append((title, text)),
        )
        self.notices.start_requested.connect(self.started.append)

    def due(self, routine: str | None = "lbr") -> Reminder:
        reminder = Reminder.create("07:30", DAYS, routine)
        self.scheduler.due.emit(Due(datetime.fromtimestamp(self.clock.wall(), UTC), reminder))
        return reminder


def test_the_notification_names_the_routine_with_both_actions(qtbot: QtBot) -> None:
    rig = Rig(FakeServer())
    rig.due()
    assert rig.server is not None
    [(summary, body, actions)] = rig.server.sent
    assert summary == "Time for Lower back relief"
    assert body
    assert actions == [("start", "Start now"), ("snooze", "In 10 minutes")]


def test_start_now_asks_to_start_that_routine(qtbot: QtBot) -> None:
    rig = Rig(FakeServer())
    rig.due()
    rig.notices.answer(1, "start")
    assert rig.started == ["lbr"]
    rig.notices.answer(1, "start")  # a second click on the same one: nothing more
    assert rig.started == ["lbr"]


def test_a_notification_that_went_away_is_forgotten(qtbot: QtBot) -> None:
    rig = Rig(FakeServer())
    rig.due()
    rig.notices.closed(1)  # expired or dismissed: nothing is kept for it
    rig.notices.answer(1, "start")
    assert rig.started == []


def test_in_ten_minutes_snoozes(qtbot: QtBot) -> None:
    rig = Rig(FakeServer())
    rig.due()
    rig.notices.answer(1, "snooze")
    assert rig.started == []
    assert rig.scheduler.next_due is not None
    wait = rig.scheduler.next_due.at.timestamp() - rig.clock.wall()
    assert wait == pytest.approx(600)
    rig.clock.timers.advance(rig.clock, 601)
    assert rig.server is not None
    assert len(rig.server.sent) == 2


@pytest.mark.parametrize("why", ["done", "running", "paused"])
def test_nothing_is_shown(qtbot: QtBot, why: str) -> None:
    rig = Rig(FakeServer())
    rig.done = {"lbr"} if why == "done" else set()
    rig.running = why == "running"
    rig.paused = why == "paused"
    rig.due()
    assert rig.server is not None
    assert rig.server.sent == []
    assert rig.fallbacks == []
    assert not rig.scheduler.armed


def test_done_today_is_asked_for_the_reminders_own_routine(qtbot: QtBot) -> None:
    rig = Rig(FakeServer())
    rig.done = {None}  # the last-used routine was done, not this one
    rig.due("lbr")
    assert rig.server is not None
    assert len(rig.server.sent) == 1


def test_do_not_disturb_defers_and_shows_when_it_ends(qtbot: QtBot) -> None:
    server = FakeServer()
    server.is_inhibited = True
    rig = Rig(server)
    rig.due()
    assert server.sent == []
    assert rig.scheduler.next_due is not None
    assert rig.scheduler.next_due.at.timestamp() - rig.clock.wall() == pytest.approx(
        DEFER.total_seconds()
    )
    rig.clock.timers.advance(rig.clock, DEFER.total_seconds() + 1)
    assert server.sent == []  # still do-not-disturb: waits again
    server.is_inhibited = False
    rig.clock.timers.advance(rig.clock, DEFER.total_seconds() + 1)
    assert [s[0] for s in server.sent] == ["Time for Lower back relief"]


def test_do_not_disturb_all_hour_gives_up(qtbot: QtBot) -> None:
    server = FakeServer()
    server.is_inhibited = True
    rig = Rig(server)
    rig.due()
    rig.clock.timers.advance(rig.clock, 2 * 3600)
    assert server.sent == []
    assert not rig.scheduler.armed


@pytest.mark.parametrize("server", [None, FakeServer(available=False)])
def test_without_a_server_the_fallback_says_it(qtbot: QtBot, server: FakeServer | None) -> None:
    rig = Rig(server)
    rig.due(None)
    assert rig.fallbacks and rig.fallbacks[0][0] == "Time for Last used"
    rig.notices.start_last_fallback()
    assert rig.started == [None]
