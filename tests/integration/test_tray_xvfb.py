"""The tray for real: on Xvfb with openbox and a system tray (trayer), closing the window
with a reminder set keeps the app in the tray, and the tray's Quit ends it.

openbox has no tray of its own; where trayer is not installed the test is skipped (the
close logic is tested offscreen in tests/gui/shell/test_tray_close.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import xserver

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "helpers" / "tray_child.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not xserver.available(), reason="needs Xvfb"),
    pytest.mark.skipif(shutil.which("trayer") is None, reason="needs a system tray (trayer)"),
]


def test_closing_keeps_the_app_in_a_real_tray(tmp_path: Path) -> None:
    with xserver.xserver() as display:
        env = dict(display.env, PYTHONPATH=str(ROOT), ACUPRESS_LOG_DIR=str(tmp_path / "logs"))
        env["QT_QPA_PLATFORM"] = "xcb"
        tray = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.0)  # trayer takes the tray selection
            result = subprocess.run(
                [sys.executable, str(CHILD), str(tmp_path / "config")],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        finally:
            tray.terminate()
            tray.wait(10)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines[0] == {"tray": True}, result.stderr
    assert lines[1] == {"close_accepted": False, "visible": False, "closed": False}
    assert lines[2] == {"tray_visible": True}
    assert lines[-1] == {"exit": 0, "closed": True}
    assert result.returncode == 0
