"""A read-only config folder or history file, an unreadable settings file: as a normal user.

Root ignores file modes, so each scenario runs in a forked child that drops to ``nobody``
(tests/helpers/unprivileged.py); the checks run in the test.
"""

from __future__ import annotations

import json
import sqlite3  # noqa: F401  (loaded before the child drops its rights)
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.fallback import FallbackRecorder
from acupress_gui.storage.history import HistoryStore, export_history_cli, open_history
from acupress_gui.storage.paths import history_file, settings_file
from acupress_gui.storage.settings import Settings, SettingsNotSavedError, SettingsStore
from tests.helpers.unprivileged import run_as_user

pytestmark = [pytest.mark.expect_log("acupress_gui.storage", "", required=False)]

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _record(recorder: Any, session_id: str, start: datetime) -> None:
    recorder.begin(SessionStart(session_id, "back", "Back", start, pain_before=5))
    recorder.add_hold(session_id, HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    recorder.finish(session_id, start + timedelta(minutes=1), SessionStatus.COMPLETED)


def _read_only_history(folder: Path, how: str) -> dict[str, Any]:
    config = folder / "config"
    path = history_file(config)
    with HistoryStore(path) as store:
        _record(store, "s1", START)
        _record(store, "s2", START + timedelta(days=1))
    (config if how == "folder" else path).chmod(0o555 if how == "folder" else 0o400)
    result: dict[str, Any] = {}
    history = open_history(config)
    result["count"] = history.count()
    result["writable"] = history.writable
    result["warnings"] = list(history.warnings)
    result["export"] = export_history_cli(config, folder / "out.csv")
    recorder = FallbackRecorder(history, clock=history.now)
    _record(recorder, "s3", START + timedelta(days=2))
    result["saved_while_read_only"] = recorder.is_saved("s3")
    result["count_while_read_only"] = history.count()
    (config if how == "folder" else path).chmod(0o700 if how == "folder" else 0o600)
    result["flushed"] = recorder.flush()
    result["saved_after"] = recorder.is_saved("s3")
    history.close()
    with HistoryStore(path) as again:
        stored = again.get("s3")
        result["s3_holds"] = None if stored is None else len(stored.holds)
        result["final_count"] = again.count()
    return result


@pytest.mark.parametrize("how", ["folder", "file"])
def test_a_read_only_history_shows_exports_and_keeps_new_sessions(user_dir: Path, how: str) -> None:
    result = run_as_user(_read_only_history, user_dir, how)
    assert result["count"] == 2, result["warnings"]
    assert result["writable"] is False
    assert any("read-only" in text for text in result["warnings"])
    code, message = result["export"]
    assert code == 0, message
    assert (user_dir / "out.csv").read_text().count("\ns") == 2
    assert result["saved_while_read_only"] is False
    assert result["count_while_read_only"] == 2
    assert result["flushed"] is True
    assert result["saved_after"] is True
    assert result["s3_holds"] == 1
    assert result["final_count"] == 3


def _unreadable_settings(folder: Path) -> dict[str, Any]:
    config = folder / "config"
    config.mkdir()
    path = settings_file(config)
    path.write_text(json.dumps({"schema_version": 1, "pregnant": True, "volume": 0.3}))
    path.chmod(0)
    store = SettingsStore(config)
    loaded = store.load()
    result: dict[str, Any] = {
        "defaults": loaded.settings == Settings(),
        "read_only": loaded.read_only,
        "warnings": loaded.warnings,
    }
    try:
        store.save(Settings(safety_notice_accepted=True))
        result["saved"] = "no error"
    except SettingsNotSavedError as error:
        result["saved"] = str(error.strerror)
    path.chmod(0o600)
    return result


def test_an_unreadable_settings_file_is_never_written_over(user_dir: Path) -> None:
    result = run_as_user(_unreadable_settings, user_dir)
    assert result["defaults"] and result["read_only"]
    assert len(result["warnings"]) == 1 and "could not be read" in result["warnings"][0]
    assert "not saved" in result["saved"]
    kept = json.loads(settings_file(user_dir / "config").read_text())
    assert kept == {"schema_version": 1, "pregnant": True, "volume": 0.3}
