"""A real process stopped mid-hold (SIGSTOP, then SIGCONT) pauses instead of jumping on.

Both clocks move on while a process is stopped, so the suspend check cannot see it; the late
wake-up does. ``tests/helpers/stall_child.py`` runs a session on the real clock and QTimer.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "helpers" / "stall_child.py"
#: How long the process is stopped: more than the 3 s a wake-up may come late.
STOPPED_S = 5.0
#: When it is stopped, in seconds into the 3 s hold.
INTO_HOLD_S = 1.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP/SIGCONT"),
]


def test_a_stopped_process_pauses_at_the_hold_and_records_what_was_held() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(CHILD)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        time.sleep(INTO_HOLD_S)
        child.send_signal(signal.SIGSTOP)
        time.sleep(STOPPED_S)
        child.send_signal(signal.SIGCONT)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    outcome = json.loads(out.strip().splitlines()[-1])
    assert outcome["reason"] == "late_tick"
    assert STOPPED_S - 2 <= outcome["late_s"] <= STOPPED_S + 1
    # Only the left hold, cut at the wake-up that was due: never the 3 s planned, no right side.
    (record,) = outcome["records"]
    assert record["side"] == "left"
    assert record["ended_by"] == "stopped"
    assert 0 < record["held_s"] < 3
