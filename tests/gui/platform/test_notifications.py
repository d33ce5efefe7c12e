"""Notifications through a fake org.freedesktop.Notifications on a private session bus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from acupress_gui.ui.platform.notifications import Notifier
from tests.helpers import session_bus

pytestmark = pytest.mark.skipif(not session_bus.available(), reason="needs dbus-daemon")

SERVER = Path(__file__).resolve().parents[2] / "helpers" / "fake_notifications.py"


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


def _connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


def test_notify_with_actions_and_the_chosen_action_comes_back(
    qtbot: QtBot, bus_address: str
) -> None:
    server = _server(bus_address, "--invoke", "start")
    try:
        notifier = Notifier(bus=_connect(bus_address, "notify-actions"))
        assert notifier.available()
        assert notifier.inhibited() is False
        with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as signal:
            number = notifier.notify(
                "Time for Lower back relief",
                "Your daily acupressure",
                [("start", "Start now"), ("snooze", "In 10 minutes")],
            )
        assert number == 1
        assert signal.args == [1, "start"]
        assert server.stdout is not None
        sent = json.loads(server.stdout.readline())
        assert sent["summary"] == "Time for Lower back relief"
        assert sent["actions"] == ["start", "Start now", "snooze", "In 10 minutes"]
        assert sent["app"] == "acupress-gui"
    finally:
        _stop(server)


def test_do_not_disturb_is_read_from_the_server(qtbot: QtBot, bus_address: str) -> None:
    server = _server(bus_address, "--inhibited")
    try:
        notifier = Notifier(bus=_connect(bus_address, "notify-inhibited"))
        assert notifier.inhibited() is True
    finally:
        _stop(server)


def test_no_server_means_not_available(qtbot: QtBot, bus_address: str) -> None:
    notifier = Notifier(bus=_connect(bus_address, "notify-missing"))
    assert not notifier.available()
