"""The XDG autostart entry: written with --background, removed again, valid."""

from __future__ import annotations

import shlex
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from acupress_gui.storage.autostart import (
    autostart_file,
    command_for_entry,
    entry_text,
    is_enabled,
    set_autostart,
)


def _exec_line(text: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith("Exec="))
    return shlex.split(line.removeprefix("Exec=").replace("%%", "%"))


def test_round_trip(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    assert not is_enabled(env)
    path = set_autostart(True, ["/opt/acupress gui/acupress-gui"], env)
    assert path == tmp_path / "xdg" / "autostart" / "io.github.acupressgui.AcupressGui.desktop"
    assert is_enabled(env)
    assert _exec_line(path.read_text(encoding="utf-8")) == [
        "/opt/acupress gui/acupress-gui",
        "--background",
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    set_autostart(False, [], env)
    assert not is_enabled(env)
    set_autostart(False, [], env)  # removing twice is fine


def test_relative_xdg_config_home_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart_file({"XDG_CONFIG_HOME": "relative"}) == (
        tmp_path / ".config" / "autostart" / "io.github.acupressgui.AcupressGui.desktop"
    )


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_the_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    path = tmp_path / "io.github.acupressgui.AcupressGui.desktop"
    path.write_text(entry_text(["/usr/bin/python3", "-m", "acupress_gui"]), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_command_for_entry() -> None:
    assert command_for_entry("x", "/b/acupress-gui", frozen=True) == ["/b/acupress-gui"]
    assert command_for_entry("/nonexistent/run.py", "/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "acupress_gui",
    ]
