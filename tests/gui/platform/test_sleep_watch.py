"""Told when the computer wakes: a fake logind's PrepareForSleep on a private bus."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from acupress_gui.ui.platform.sleep_watch import SleepWatch
from tests.helpers import session_bus

pytestmark = pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon")

LOGIND = Path(__file__).resolve().parents[2] / "helpers" / "fake_logind.py"


@pytest.fixture
def bus_address() -> Iterator[str]:
    with session_bus.session_bus() as address:
        yield address


def test_wake_after_sleep_is_reported(qtbot: QtBot, bus_address: str) -> None:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus_address)
    logind = subprocess.Popen(
        [sys.executable, str(LOGIND)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert logind.stdin is not None and logind.stdout is not None
    try:
        assert logind.stdout.readline().strip() == "ready"
        watch = SleepWatch(bus=QDBusConnection.connectToBus(bus_address, "sleep-watch"))
        assert watch.connect_bus()
        with qtbot.waitSignal(watch.sleeping, timeout=5000):
            logind.stdin.write("sleep\n")
            logind.stdin.flush()
        with qtbot.waitSignal(watch.woke, timeout=5000):
            logind.stdin.write("wake\n")
            logind.stdin.flush()
    finally:
        logind.stdin.close()
        logind.wait(5)
        logind.stdout.close()


def test_no_logind_means_not_connected(qtbot: QtBot, bus_address: str) -> None:
    watch = SleepWatch(bus=QDBusConnection.connectToBus(bus_address, "sleep-watch-missing"))
    assert watch.connect_bus() is False
    assert not watch.connected
