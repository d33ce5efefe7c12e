"""``--report`` reads the history and never changes it, even while the app is in a session."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.report.cli import export_report

pytestmark = [pytest.mark.usefixtures("qapp")]


def _status(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return str(db.execute("SELECT status FROM sessions").fetchone()[0])


def test_a_report_during_a_session_leaves_it_running(config_dir: Path, tmp_path: Path) -> None:
    path = history_file(config_dir)
    store = HistoryStore(path)
    start = datetime.now().astimezone() - timedelta(minutes=5)
    store.begin(SessionStart("live", "back", "Back", start, pain_before=6))
    store.add_hold("live", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    out = tmp_path / "report.pdf"
    code, message = export_report(config_dir, out, None, None, "")
    assert code == 0, message
    assert "(1 session, " in message
    assert out.stat().st_size > 0
    assert _status(path) == "running"
    store.finish("live", start + timedelta(minutes=4), SessionStatus.COMPLETED)
    store.close()
    assert _status(path) == "completed"
