"""Damaged pages, another app's database, the background check and the salvage."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.history import (
    HistoryStore,
    IntegrityReport,
    check_integrity,
    open_history,
    salvage,
)
from acupress_gui.storage.paths import history_file

pytestmark = [pytest.mark.expect_log("acupress_gui.storage", "", required=False)]

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def fill(path: Path, sessions: int = 300) -> None:
    with HistoryStore(path) as store:
        for n in range(sessions):
            sid = f"s{n:04d}"
            start = START + timedelta(days=n)
            store.begin(SessionStart(sid, "back", "Back " + "x" * 200, start, pain_before=4))
            for step in range(3):
                store.add_hold(sid, HoldResult(step, "BL23", Side.LEFT, 1, 30.0, 29.5))
            store.finish(sid, start + timedelta(minutes=5), SessionStatus.COMPLETED)
            store.rate(sid, pain_before=4, pain_after=2, note="n" * 100)


def damage(path: Path, page: int) -> None:
    with closing(sqlite3.connect(path)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek(page * size + 8)
        handle.write(b"\xff" * (size - 16))


def test_a_sound_history_checks_ok(config_dir: Path) -> None:
    path = history_file(config_dir)
    fill(path, 5)
    report = check_integrity(path)
    assert isinstance(report, IntegrityReport)
    assert report.ok and report.problems == ()


def test_no_history_yet_is_ok(config_dir: Path) -> None:
    assert check_integrity(history_file(config_dir)).ok


def test_damaged_pages_are_found_by_the_check(config_dir: Path) -> None:
    path = history_file(config_dir)
    fill(path)
    damage(path, 20)
    report = check_integrity(path)
    assert not report.ok
    assert report.problems and len(report.problems) <= 20
    assert "damaged" in report.message


def test_salvage_copies_every_readable_session(config_dir: Path) -> None:
    path = history_file(config_dir)
    fill(path)
    with HistoryStore(path) as store:
        before = {r.session_id: r for r in store.records()}
    damage(path, 20)
    saved = salvage(path)
    assert saved != path and saved.parent == path.parent
    assert path.exists(), "the damaged file is left where it is"
    assert check_integrity(saved).ok
    with HistoryStore(saved) as rescued:
        after = {r.session_id: r for r in rescued.records()}
    assert 0 < len(after) <= len(before)
    assert len(after) >= len(before) - 40
    for session_id, record in after.items():
        assert record == before[session_id]


def test_salvage_of_a_sound_history_is_a_full_copy(config_dir: Path) -> None:
    path = history_file(config_dir)
    fill(path, 7)
    saved = salvage(path)
    with HistoryStore(path) as a, HistoryStore(saved) as b:
        assert list(a.records()) == list(b.records())


def test_another_apps_database_is_set_aside_not_adopted(config_dir: Path) -> None:
    config_dir.mkdir()
    path = history_file(config_dir)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Ann', '123')")
    other.commit()
    other.close()
    store = open_history(config_dir)
    try:
        assert store.count() == 0
        assert any("another program" in text for text in store.warnings)
    finally:
        store.close()
    (kept,) = config_dir.glob("history.sqlite3.corrupt-*")
    with closing(sqlite3.connect(kept)) as db:
        tables = db.execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("contacts",)], "the other app's file is kept as it was"


def test_damaged_pages_are_told_at_open(config_dir: Path) -> None:
    path = history_file(config_dir)
    fill(path)
    damage(path, 20)
    store = open_history(config_dir)
    try:
        assert any("damaged" in text for text in store.warnings)
    finally:
        store.close()
    assert list(config_dir.glob("history.sqlite3.corrupt-*"))
