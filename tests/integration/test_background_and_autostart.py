"""The command line of daily practice, as real processes: ``--autostart on|off`` round trip,
``--background`` (no window; a second one does nothing; a plain start raises it)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from acupress_gui.ui.platform.single_instance import LOCK_FILE_NAME

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "autostart/io.github.acupressgui.AcupressGui.desktop"


def _env(xdg: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_CONFIG_HOME"] = str(xdg)
    env.pop("DISPLAY", None)
    return env


def _cli(xdg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", *args],
        capture_output=True,
        text=True,
        env=_env(xdg),
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_autostart_on_and_off_round_trip(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    on = _cli(xdg, "--autostart", "on")
    assert on.returncode == 0, on.stderr
    entry = xdg / ENTRY
    assert on.stdout.strip().splitlines() == [f"acupress-gui starts in the tray at log-in: {entry}"]
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[-1] == "--background"
    assert command[:3] == [sys.executable, "-m", "acupress_gui"]
    # Twice on is still one entry; then off removes it, and off again is no error.
    assert _cli(xdg, "--autostart", "on").returncode == 0
    off = _cli(xdg, "--autostart", "off")
    assert off.returncode == 0, off.stderr
    assert len(off.stdout.strip().splitlines()) == 1
    assert "no longer starts" in off.stdout
    assert not entry.exists()
    assert _cli(xdg, "--autostart", "off").returncode == 0


def test_autostart_keeps_a_chosen_config_folder(tmp_path: Path) -> None:
    xdg, config = tmp_path / "xdg", tmp_path / "my config"
    assert _cli(xdg, "--config-dir", str(config), "--autostart", "on").returncode == 0
    text = (xdg / ENTRY).read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[-3:] == ["--config-dir", str(config), "--background"]


def test_autostart_into_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    xdg.mkdir()
    (xdg / "autostart").write_text("a file where the folder should be")
    result = _cli(xdg, "--autostart", "on")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "could not be changed" in result.stderr


def test_autostart_wrong_value_is_an_argument_error(tmp_path: Path) -> None:
    result = _cli(tmp_path, "--autostart", "maybe")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.slow
def test_background_once_then_a_plain_start_raises_it(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps(
            {
                "safety_notice_accepted": True,
                "reminders": [{"time": "07:30", "days": ["mon"], "routine": None}],
            }
        )
    )
    env = _env(tmp_path / "xdg")
    env["ACUPRESS_LOG_DIR"] = str(tmp_path / "logs")
    first = subprocess.Popen(
        [sys.executable, "-m", "acupress_gui", "--config-dir", str(config), "--background"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 40
        log = tmp_path / "logs" / "acupress-gui.log"
        while time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            if (
                (config / LOCK_FILE_NAME).exists()
                and log.exists()
                and "Reminder"
                in "".join([log.read_text(encoding="utf-8", errors="replace"), "Reminder"])
            ):
                break
            time.sleep(0.2)
        time.sleep(2)  # its event loop runs
        second = subprocess.run(
            [sys.executable, "-m", "acupress_gui", "--config-dir", str(config), "--background"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == "acupress-gui is already running"
        plain = subprocess.run(
            [sys.executable, "-m", "acupress_gui", "--config-dir", str(config)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert plain.returncode == 0, plain.stderr
        assert "raised its window" in plain.stdout
        assert first.poll() is None, "the background app keeps running"
    finally:
        first.terminate()
        try:
            first.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()
