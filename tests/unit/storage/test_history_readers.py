"""The export and the report read the history and never change it, even while the app is
in a session (its session stays ``running`` and the app can still finish it)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.history import HistoryStore, export_history_cli
from acupress_gui.storage.history.schema import MIGRATIONS
from acupress_gui.storage.history.store import open_for_export
from acupress_gui.storage.paths import history_file

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _files(path: Path) -> dict[str, bytes]:
    """The database and its write-ahead log, as they are on disk."""
    found = (path, path.with_name(path.name + "-wal"))
    return {file.name: file.read_bytes() for file in found if file.exists()}


def _status(path: Path, session_id: str) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        row = db.execute("SELECT status FROM sessions WHERE session_id = ?", (session_id,))
        return str(row.fetchone()[0])


def _live_session(path: Path) -> HistoryStore:
    """The app's store, one session finished and one still running with a hold."""
    store = HistoryStore(path)
    store.begin(SessionStart("done", "back", "Back", START, pain_before=5))
    store.add_hold("done", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    store.finish("done", START + timedelta(minutes=2), SessionStatus.COMPLETED)
    later = START + timedelta(days=1)
    store.begin(SessionStart("live", "back", "Back", later, pain_before=6))
    store.add_hold("live", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 25.0), ended_at=later)
    return store


def _finished_by_the_app(store: HistoryStore, path: Path) -> None:
    store.finish("live", START + timedelta(days=1, minutes=3), SessionStatus.COMPLETED)
    store.close()
    assert _status(path, "live") == "completed"
    with HistoryStore(path) as again:
        assert again.interrupted_at_open == 0
        live = again.get("live")
        assert live is not None and live.status is SessionStatus.COMPLETED
        assert len(live.holds) == 1


def test_an_export_during_a_session_leaves_it_running(config_dir: Path, tmp_path: Path) -> None:
    path = history_file(config_dir)
    store = _live_session(path)
    before = _files(path)
    out = tmp_path / "out.csv"
    assert export_history_cli(config_dir, out) == (0, f"Exported 1 session (1 hold) to {out}.")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == ["done"]  # a running one is left out
    assert _files(path) == before
    assert _status(path, "live") == "running"
    _finished_by_the_app(store, path)


def test_a_report_during_a_session_leaves_it_running(config_dir: Path) -> None:
    path = history_file(config_dir)
    store = _live_session(path)
    before = _files(path)
    with open_for_export(path) as reader:
        assert reader.interrupted_at_open == 0
        day = START.date()
        sessions = reader.report_sessions(day, day + timedelta(days=1))
        # The running one counts with what it has so far: its one committed hold.
        assert [(s.day, s.seconds) for s in sessions] == [(day, 120.0), (day + timedelta(1), 25.0)]
    assert _files(path) == before
    assert _status(path, "live") == "running"
    _finished_by_the_app(store, path)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_schema_is_exported_and_left_at_its_version(
    config_dir: Path, tmp_path: Path, version: int
) -> None:
    path = history_file(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                db.execute(statement)
        db.execute(
            "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, "
            "utc_offset_min, local_date, ended_at, duration_s, status) VALUES ('old', 'back', "
            "'Back', '2026-03-01T08:00:00+00:00', 60, '2026-03-01', "
            "'2026-03-01T08:05:00+00:00', 300.0, 'stopped')"
        )
        db.execute(f"PRAGMA user_version = {version}")
    db.close()
    before = _files(path)
    out = tmp_path / "out.csv"
    assert export_history_cli(config_dir, out) == (0, f"Exported 1 session (0 holds) to {out}.")
    row = out.read_text(encoding="utf-8").splitlines()[1]
    assert row.startswith("old,Back,2026-03-01T09:00:00+01:00,2026-03-01T09:05:00+01:00,stopped")
    assert _files(path) == before
    with open_for_export(path) as reader:
        assert reader.count() == 1
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    db.close()
