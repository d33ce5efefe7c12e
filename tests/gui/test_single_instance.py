"""One app per config folder: the lock, the local server, stale locks after a crash."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

import acupress_gui.ui.application
from acupress_gui.ui.platform.single_instance import LOCK_FILE_NAME, SingleInstance, server_name_for

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "helpers" / "single_instance_child.py"

#: The app's start-up uses SingleInstance (run the real two-process test only then).
APP_WIRED = "single_instance" in Path(acupress_gui.ui.application.__file__).read_text(
    encoding="utf-8"
)


@pytest.fixture
def guards() -> Iterator[list[SingleInstance]]:
    """Every guard made by a test is released at its end."""
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def make(guards: list[SingleInstance], folder: Path) -> SingleInstance:
    guard = SingleInstance(folder)
    guards.append(guard)
    return guard


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def start_child(folder: Path) -> subprocess.Popen[str]:
    """A process that acquires ``folder`` and reports raise requests on stdout."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != "acquired True":
        child.kill()
        _out, err = child.communicate(timeout=10)
        pytest.fail(f"the child did not acquire the lock: {line!r} {err}")
    return child


def socket_file(folder: Path) -> Path:
    """Where QLocalServer puts the socket of ``folder`` on Unix."""
    return Path(QDir.tempPath()) / server_name_for(folder)


def test_second_guard_raises_the_first(
    qtbot: QtBot, config_dir: Path, guards: list[SingleInstance]
) -> None:
    first = make(guards, config_dir)
    assert first.acquire() is True
    assert first.is_primary and first.listening and first.problem == ""
    # Private: the lock file, and a socket only this user can connect to.
    assert stat.S_IMODE((config_dir / LOCK_FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(socket_file(config_dir).stat().st_mode) & 0o077 == 0

    second = make(guards, config_dir)
    assert second.acquire() is False
    assert not second.is_primary
    assert second.owner_pid == os.getpid()
    with qtbot.waitSignal(first.raise_requested, timeout=3000) as blocker:
        assert second.notify_running(["--routine", "Evening lower back"]) is True
    assert blocker.args == [["--routine", "Evening lower back"]]

    with qtbot.waitSignal(first.raise_requested, timeout=3000) as blocker:
        assert second.notify_running() is True
    assert blocker.args == [[]]


def test_release_lets_the_next_one_in(config_dir: Path, guards: list[SingleInstance]) -> None:
    first = make(guards, config_dir)
    assert first.acquire()
    first.release()
    assert not first.is_primary
    assert not (config_dir / LOCK_FILE_NAME).exists()
    second = make(guards, config_dir)
    assert second.acquire() is True
    assert first.notify_running(timeout_ms=2000) is True


def test_different_config_dirs_do_not_collide(tmp_path: Path, guards: list[SingleInstance]) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert server_name_for(one) != server_name_for(two)
    assert server_name_for(one) == server_name_for(tmp_path / "x" / ".." / "one")
    # Short enough for the 108-byte limit of a Unix socket path.
    assert len(str(socket_file(one))) < 100
    assert make(guards, one).acquire() is True
    assert make(guards, two).acquire() is True
    assert make(guards, one).acquire() is False
    assert make(guards, two).acquire() is False


def test_notify_without_a_running_instance_fails_fast(
    config_dir: Path, guards: list[SingleInstance]
) -> None:
    lonely = make(guards, config_dir)
    started = time.monotonic()
    assert lonely.notify_running(["x"], timeout_ms=3000) is False
    assert time.monotonic() - started < 2.0


def test_a_stale_lock_and_socket_of_a_killed_process_are_recovered(
    qtbot: QtBot, config_dir: Path, guards: list[SingleInstance]
) -> None:
    child = start_child(config_dir)
    try:
        assert make(guards, config_dir).acquire() is False  # alive: respected
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL
    lock = config_dir / LOCK_FILE_NAME
    assert lock.exists(), "SIGKILL leaves the lock file behind"
    assert socket_file(config_dir).exists(), "and the socket file"
    assert int(lock.read_text().split()[0]) == child.pid

    guard = make(guards, config_dir)
    assert guard.acquire() is True
    assert guard.listening and guard.problem == ""
    assert int(lock.read_text().split()[0]) == os.getpid()
    with qtbot.waitSignal(guard.raise_requested, timeout=3000):
        assert make(guards, config_dir).notify_running(["again"]) is True


def test_an_empty_lock_file_is_stale(config_dir: Path, guards: list[SingleInstance]) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / LOCK_FILE_NAME).write_bytes(b"")  # killed between create and write
    assert make(guards, config_dir).acquire() is True


def test_a_lock_with_a_dead_pid_is_stale(config_dir: Path, guards: list[SingleInstance]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(done.stdout)
    config_dir.mkdir(parents=True)
    (config_dir / LOCK_FILE_NAME).write_text(f"{dead_pid}\npython3\n{os.uname().nodename}\n")
    assert make(guards, config_dir).acquire() is True


def test_a_running_instance_in_another_process_is_raised(
    config_dir: Path, guards: list[SingleInstance]
) -> None:
    child = start_child(config_dir)
    try:
        second = make(guards, config_dir)
        assert second.acquire() is False
        assert second.owner_pid == child.pid
        assert second.notify_running(["--routine", "Desk break", "--start"]) is True
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "raise " + json.dumps(["--routine", "Desk break", "--start"])
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)


@pytest.mark.parametrize(
    "message",
    [
        b"hello\n",
        b'{"command": "quit"}\n',
        b'{"command": "raise", "args": [1, 2]}\n',
        b"\xff\xfe\n",
        b"[" * 5000 + b"\n",
    ],
)
def test_anything_but_a_raise_request_is_refused(
    qtbot: QtBot, config_dir: Path, guards: list[SingleInstance], message: bytes
) -> None:
    guard = make(guards, config_dir)
    assert guard.acquire()
    received: list[list[str]] = []
    guard.raise_requested.connect(received.append)
    socket = QLocalSocket()
    socket.connectToServer(guard.server_name)
    assert socket.waitForConnected(2000)
    socket.write(QByteArray(message))
    socket.flush()
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0, timeout=3000)
    assert bytes(socket.readAll().data()) == b"error\n"
    socket.abort()
    assert received == []
    # The server still works afterwards.
    with qtbot.waitSignal(guard.raise_requested, timeout=3000):
        assert make(guards, config_dir).notify_running() is True


def test_an_unusable_folder_falls_back_to_the_server_alone(
    qtbot: QtBot, tmp_path: Path, guards: list[SingleInstance]
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    folder = blocker_file / "config"  # cannot be created: its parent is a file
    first = make(guards, folder)
    assert first.acquire() is True
    assert "cannot be created" in first.problem
    second = make(guards, folder)
    assert second.acquire() is False
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.notify_running() is True


# ---- the real app, two processes ---------------------------------------------------------


def _app(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "acupress_gui", "--config-dir", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(),
        cwd=ROOT,
    )


@pytest.mark.slow
@pytest.mark.skipif(not APP_WIRED, reason="app.py does not use SingleInstance yet")
def test_a_second_app_raises_the_first_and_exits(
    config_dir: Path, guards: list[SingleInstance]
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
    first = _app(config_dir)
    try:
        deadline = time.monotonic() + 30
        probe = make(guards, config_dir)
        while time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            if (config_dir / LOCK_FILE_NAME).exists() and socket_file(config_dir).exists():
                break
            time.sleep(0.1)
        else:
            pytest.fail("the first app never took the lock")
        assert probe.acquire() is False
        second = _app(config_dir)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "acupress-gui is already running; raised its window" in out + err
        assert first.poll() is None, "the first app keeps running"
    finally:
        first.terminate()
        try:
            first.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate(timeout=10)


def test_many_starts_at_the_same_moment_all_reach_the_first(config_dir: Path) -> None:
    """The first start is slow to answer (it builds its window before its event loop runs):
    every other start waits for it, none gives up while it is alive."""
    config_dir.mkdir(parents=True)
    race_child = ROOT / "tests" / "helpers" / "single_instance_race_child.py"
    children = [
        subprocess.Popen(
            [sys.executable, str(race_child), str(config_dir), "4"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_child_env(),
        )
        for _ in range(10)
    ]
    lines: list[str] = []
    primary: subprocess.Popen[str] | None = None
    try:
        for child in children:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            if line == "primary":
                primary = child
                continue
            child.wait(timeout=60)
            lines.append(line)
        assert primary is not None, lines
        assert lines == ["raised True owner alive"] * 9
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
            child.communicate(timeout=10)
