"""A logout, ``kill`` or Ctrl+C ends the app as File > Quit does: the running session is
recorded as stopped, the settings are written, the history is closed (no -wal left), exit 0."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _statuses(history: Path) -> list[str]:
    if not history.exists():
        return []
    try:
        with closing(sqlite3.connect(f"file:{history}?mode=ro", uri=True, timeout=1)) as db:
            return [row[0] for row in db.execute("SELECT status FROM sessions")]
    except sqlite3.Error:
        return []


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_quit_signal_mid_session_records_it_as_stopped(tmp_path: Path, number: int) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "safety_notice_accepted": True})
    )
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
        ACUPRESS_LOG_DIR=str(tmp_path / "logs"),
        QT_TTS_ENGINE="mock",
    )
    args = ["--config-dir", str(config), "--routine", "Desk break: hands and feet", "--start"]
    app = subprocess.Popen(
        [sys.executable, "-m", "acupress_gui", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    history = config / "history.sqlite3"
    try:
        deadline = time.monotonic() + 60
        while _statuses(history) != ["running"]:
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the session did not start"
            time.sleep(0.2)
        app.send_signal(number)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert not Path(f"{history}-wal").exists()  # closed: the last connection checkpointed it
    assert _statuses(history) == ["stopped"]
    settings = json.loads((config / "settings.json").read_text())
    assert settings["window_geometry"]  # written by the Quit path, as the window closed
