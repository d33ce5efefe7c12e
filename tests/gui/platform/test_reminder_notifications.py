"""A due reminder through a fake org.freedesktop.Notifications on a private session bus:
the Notify call names the routine, "Start now" comes back as a start, do-not-disturb defers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from acupress_gui.domain.reminders import DAYS, Reminder
from acupress_gui.ui.platform.notifications import Notifier
from acupress_gui.ui.services.reminder_notices import ReminderNotices
from acupress_gui.ui.services.reminder_scheduler import ReminderScheduler
from tests.helpers import session_bus
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon")

SERVER = Path(__file__).resolve().parents[2] / "helpers" / "fake_notifications.py"
MORNING = Reminder.create("07:30", DAYS, "lower-back")


@pytest.fixture
def bus_address() -> Iterator[str]:
    with session_bus.session_bus() as address:
        yield address


def _server(address: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
    process = subprocess.Popen(
        [sys.executable, str(SERVER), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _stop(server: subprocess.Popen[str]) -> None:
    server.terminate()
    server.wait(5)
    if server.stdout is not None:
        server.stdout.close()


class Rig:
    def __init__(self, address: str, name: str) -> None:
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected()
        # 07:29:30 UTC on a Monday; the zone is UTC, the reminder at 07:30.
        self.clock = FakeClock(wall=datetime(2026, 3, 2, 7, 29, 30, tzinfo=UTC).timestamp())
        self.scheduler = ReminderScheduler(
            lambda: [MORNING], clock=self.clock, zone=lambda: UTC, timer_factory=self.clock.timers
        )
        self.notifier = Notifier(bus=bus)
        self.started: list[str | None] = []
        self.notices = ReminderNotices(
            self.scheduler,
            self.notifier,
            routine_name=lambda ref: "Lower back relief" if ref == "lower-back" else None,
            done_today=lambda _ref: False,
            session_running=lambda: False,
            paused_today=lambda: False,
            fallback=lambda _title, _text: pytest.fail("the fallback was used"),
        )
        self.notifier.action_invoked.connect(self.notices.answer)
        self.notices.start_requested.connect(self.started.append)
        self.scheduler.start()

    def reach_due_time(self) -> None:
        self.clock.timers.advance(self.clock, 31)


def _wait_s(rig: Rig) -> float:
    due = rig.scheduler.next_due
    return due.at.timestamp() - rig.clock.wall() if due is not None else -1.0


def test_due_reminder_is_notified_and_start_now_starts_it(qtbot: QtBot, bus_address: str) -> None:
    server = _server(bus_address, "--invoke", "start")
    try:
        rig = Rig(bus_address, "reminder-start")
        rig.reach_due_time()
        assert server.stdout is not None
        sent = json.loads(server.stdout.readline())
        assert sent["summary"] == "Time for Lower back relief"
        assert sent["actions"] == ["start", "Start now", "snooze", "In 10 minutes"]
        qtbot.waitUntil(lambda: rig.started == ["lower-back"], timeout=5000)
    finally:
        _stop(server)


def test_in_ten_minutes_from_the_server_snoozes(qtbot: QtBot, bus_address: str) -> None:
    server = _server(bus_address, "--invoke", "snooze")
    try:
        rig = Rig(bus_address, "reminder-snooze")
        rig.reach_due_time()
        assert server.stdout is not None
        json.loads(server.stdout.readline())
        # Snoozed: the next due moment is ten minutes away (not tomorrow's 07:30).
        qtbot.waitUntil(lambda: 0 < _wait_s(rig) < 700, timeout=5000)
        assert rig.started == []
        rig.clock.timers.advance(rig.clock, 601)
        again = json.loads(server.stdout.readline())
        assert again["summary"] == "Time for Lower back relief"
    finally:
        _stop(server)


def test_do_not_disturb_defers_the_notification(qtbot: QtBot, bus_address: str) -> None:
    server = _server(bus_address, "--inhibited")
    try:
        rig = Rig(bus_address, "reminder-inhibited")
        rig.reach_due_time()
        assert rig.notices.shown_count == 0
        assert rig.scheduler.next_due is not None
        assert rig.scheduler.next_due.at.timestamp() - rig.clock.wall() == pytest.approx(300, abs=2)
    finally:
        _stop(server)
