"""The real window on a real X server: quit maximized, full screen or on a bigger screen,
then start again. The app must come back, on the Session page, fitting the screen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import xserver

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not xserver.available(), reason="needs Xvfb (CI installs it)"),
]

CHILD = Path(__file__).resolve().parents[1] / "helpers" / "window_child.py"
ROOT = Path(__file__).resolve().parents[2]


def _run(
    server: xserver.XServer, config_dir: Path, *action: str
) -> subprocess.CompletedProcess[str]:
    env = dict(server.env)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, str(CHILD), str(config_dir), *action],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _report(server: xserver.XServer, config_dir: Path) -> dict[str, object]:
    result = _run(server, config_dir, "report")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout + result.stderr
    report: dict[str, object] = json.loads(lines[-1])
    return report


def _prepare(config_dir: Path) -> None:
    # The first-run safety notice is a modal dialog; these tests are about the window.
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(
        json.dumps({"schema_version": 1, "safety_notice_accepted": True}), encoding="utf-8"
    )


def _saved_geometry(config_dir: Path) -> str:
    settings = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    geometry = settings.get("window_geometry")
    assert isinstance(geometry, str)
    assert geometry
    return geometry


def _inside(rect: object, area: object) -> bool:
    assert isinstance(rect, list)
    assert isinstance(area, list)
    x, y, w, h = (int(v) for v in rect)
    ax, ay, aw, ah = (int(v) for v in area)
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("state", ["maximize", "fullscreen"])
def test_start_again_after_quitting_maximized_or_full_screen(config_dir: Path, state: str) -> None:
    _prepare(config_dir)
    with xserver.xserver(1366, 768) as server:
        first = _run(server, config_dir, state)
        assert first.returncode == 0, first.stderr
        _saved_geometry(config_dir)
        for _ in range(2):  # and every start after it
            report = _report(server, config_dir)
            assert report["visible"] is True
            assert report["page"] == "session"
            # Full screen comes back as a maximized window, never full screen by surprise.
            assert report["full_screen"] is False
            if server.window_manager:
                assert report["maximized"] is True
            assert _inside(report["geometry"], report["available"])


def test_geometry_from_a_larger_screen_fits_the_smaller_one(config_dir: Path) -> None:
    _prepare(config_dir)
    with xserver.xserver(1920, 1080) as big:
        moved = _run(big, config_dir, "move", "600", "200", "1300", "860")
        assert moved.returncode == 0, moved.stderr
    with xserver.xserver(1024, 600) as small:
        report = _report(small, config_dir)
    assert report["visible"] is True
    assert report["page"] == "session"
    assert report["maximized"] is False
    assert _inside(report["frame"], report["available"]), report
