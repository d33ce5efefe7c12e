"""Every SQLite error becomes a storage error: callers catch HistoryError, never sqlite3."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.fallback import FallbackRecorder, is_storage_error
from acupress_gui.storage.history import (
    DeletedSessions,
    HistoryConstraintError,
    HistoryDamagedError,
    HistoryError,
    HistoryFilter,
    HistoryStore,
    HistoryUnavailableError,
    SortKey,
    export_history,
    import_history,
    open_history,
)
from acupress_gui.storage.history.errors import translate
from acupress_gui.storage.paths import history_file

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
]

T0 = datetime(2026, 5, 8, 6, 0, tzinfo=UTC)


def ticking() -> Callable[[], datetime]:
    ticks = iter(T0 + timedelta(seconds=10 * n) for n in range(10_000))
    return lambda: next(ticks)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return history_file(tmp_path / "config")


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(path, clock=ticking())
    history.begin(SessionStart("a", "r", "Morning", T0, 5))
    history.add_hold("a", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    history.finish("a", T0 + timedelta(minutes=2), SessionStatus.COMPLETED)
    yield history
    history.close()


def hold(repetition: int = 2) -> HoldResult:
    return HoldResult(0, "BL23", Side.LEFT, repetition, 30.0, 30.0)


def public_calls(store: HistoryStore, tmp_path: Path) -> dict[str, Callable[[], Any]]:
    """Every public method of the store and the CSV functions, with plausible arguments."""
    csv_in = tmp_path / "in.csv"
    csv_in.write_text(
        "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
        "step,point,side,planned_hold_s,held_s\n"
        "z,R,2026-05-01T08:00:00+02:00,,completed,,,,,,,,\n"
    )
    return {
        "count": lambda: store.count(HistoryFilter(routine="Morning")),
        "rows": lambda: store.rows(sort=SortKey.PAIN),
        "get": lambda: store.get("a"),
        "holds": lambda: store.holds("a"),
        "records": lambda: list(store.records()),
        "routine_names": store.routine_names,
        "date_range": store.date_range,
        "day_totals": store.day_totals,
        "session_days": store.session_days,
        "routine_relief": store.routine_relief,
        "summary": lambda: store.summary(date(2026, 5, 8)),
        "weekly_totals": lambda: store.weekly_totals(date(2026, 5, 8)),
        "routine_ids": store.routine_ids,
        "session_ids": store.session_ids,
        "schema_version": lambda: store.schema_version,
        "begin": lambda: store.begin(SessionStart("b", "r", "R", T0 + timedelta(hours=1))),
        "add_hold": lambda: store.add_hold("a", hold()),
        "finish": lambda: store.finish("a", T0 + timedelta(hours=2), SessionStatus.STOPPED),
        "rate": lambda: store.rate("a", pain_before=3, pain_after=1, note="ok"),
        "mark_unclosed_interrupted": store.mark_unclosed_interrupted,
        "delete": lambda: store.delete(["a"]),
        "restore": lambda: store.restore(DeletedSessions(())),
        "add_records": lambda: store.add_records([]),
        "export_history": lambda: export_history(store, tmp_path / "out.csv"),
        "import_history": lambda: import_history(store, csv_in),
    }


def test_a_closed_store_raises_history_errors_only(store: HistoryStore, tmp_path: Path) -> None:
    store.close()
    for name, call in public_calls(store, tmp_path).items():
        with pytest.raises(HistoryError) as caught:
            call()
        assert not isinstance(caught.value, sqlite3.Error), name
        assert isinstance(caught.value, HistoryUnavailableError), name
        assert "history.sqlite3" in str(caught.value), name
        assert is_storage_error(caught.value), name


def test_a_store_whose_tables_vanished_reports_damage(
    store: HistoryStore, path: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(path)) as other:
        other.executescript("DROP TABLE holds; DROP TABLE days; DROP TABLE routine_totals;")
    failed = []
    for name, call in public_calls(store, tmp_path).items():
        try:
            call()
        except HistoryError as error:
            assert not isinstance(error, sqlite3.Error)
            failed.append(name)
            if isinstance(error, HistoryDamagedError):
                assert "history.sqlite3 is damaged" in str(error) and "no such table" in str(error)
    assert {"get", "records", "summary", "add_hold", "delete"} <= set(failed)


def test_a_locked_database_is_unavailable_not_a_crash(store: HistoryStore, path: Path) -> None:
    # The store waits 5 s for a lock; a test need not (there is no public knob for it).
    store._db.execute("PRAGMA busy_timeout = 20")
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(HistoryUnavailableError, match="database is locked") as caught:
            store.rate("a", pain_before=2, pain_after=1, note="")
        assert caught.value.reason == "database is locked"
        assert is_storage_error(caught.value)
        assert store.count() == 1, "reading goes on while another process writes"
        other.execute("ROLLBACK")
    store.rate("a", pain_before=2, pain_after=1, note="")


def test_a_locked_database_keeps_the_session_in_memory(store: HistoryStore, path: Path) -> None:
    store._db.execute("PRAGMA busy_timeout = 20")
    told: list[str] = []
    recorder = FallbackRecorder(store, notify=told.append, clock=store.now)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        recorder.begin(SessionStart("b", "r", "R", T0 + timedelta(hours=1)))
        assert recorder.pending == 1 and recorder.problem == "database is locked"
        assert told == [
            "The session history cannot be written right now (database is locked). Your "
            "session goes on and is kept in memory; it is saved as soon as writing works again."
        ]
        other.execute("ROLLBACK")
    assert recorder.flush() and store.get("b") is not None


def test_a_broken_schema_rule_is_the_callers_mistake(store: HistoryStore) -> None:
    deleted = store.delete(["a"])
    ((row, holds),) = deleted.sessions
    bad_side = tuple(tuple("up" if v == "left" else v for v in h) for h in holds)
    impossible = DeletedSessions(((row, bad_side),))
    with pytest.raises(HistoryConstraintError, match="CHECK constraint failed") as caught:
        store.restore(impossible)
    assert isinstance(caught.value, ValueError) and not is_storage_error(caught.value)
    assert store.restore(deleted) == 1, "nothing half-written stays behind"
    with pytest.raises(ValueError, match="already recorded"):
        store.begin(SessionStart("a", "r", "R", T0))


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), HistoryUnavailableError),
        (sqlite3.OperationalError("attempt to write a readonly database"), HistoryUnavailableError),
        (sqlite3.OperationalError("database or disk is full"), HistoryUnavailableError),
        (sqlite3.ProgrammingError("Cannot operate on a closed database."), HistoryUnavailableError),
        (sqlite3.DatabaseError("database disk image is malformed"), HistoryDamagedError),
        (sqlite3.OperationalError("no such table: holds"), HistoryDamagedError),
        (sqlite3.OperationalError("Could not decode to UTF-8 column 'note'"), HistoryDamagedError),
        (sqlite3.IntegrityError("UNIQUE constraint failed"), HistoryConstraintError),
        (sqlite3.InterfaceError("bad parameter"), HistoryUnavailableError),
    ],
)
def test_translate(error: sqlite3.Error, kind: type[HistoryError]) -> None:
    translated = translate(error, "history.sqlite3")
    assert type(translated) is kind
    assert "history.sqlite3" in str(translated) and str(error) in str(translated)
    assert translated.reason == str(error)


def test_translate_keeps_messages_on_one_line() -> None:
    translated = translate(sqlite3.DatabaseError("malformed\x00\nschema"), "h.sqlite3")
    assert "\n" not in str(translated) and "\x00" not in str(translated)
    assert translated.reason == "malformed schema"


def test_a_damaged_file_is_set_aside_with_a_log_warning(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 20)
    with caplog.at_level(logging.WARNING, logger="acupress_gui.storage"):
        store = open_history(path.parent)
    store.close()
    (kept,) = path.parent.glob("history.sqlite3.corrupt-*")
    assert kept.name in store.warnings[0]
    assert kept.name in caplog.text and "not an SQLite database" in caplog.text


def test_a_history_kept_in_memory_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = tmp_path / "config"
    config.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="acupress_gui.storage"):
        store = open_history(config)
    assert store.in_memory and "kept in memory only" in store.warnings[0]
    assert "kept in memory" in caplog.text
    store.begin(SessionStart("m", "r", "R", T0))
    assert store.count() == 1
    store.close()


def test_writes_kept_in_memory_are_logged(
    store: HistoryStore, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = FallbackRecorder(store, clock=store.now, on_disk=not store.in_memory)
    store.close()
    with caplog.at_level(logging.WARNING, logger="acupress_gui.storage.fallback"):
        recorder.add_hold("a", hold())
    assert recorder.pending == 1
    assert "add_hold of session a kept in memory" in caplog.text


@pytest.mark.expect_log("acupress_gui.storage", "another program")
def test_a_negative_schema_version_is_set_aside_not_migrated(tmp_path: Path) -> None:
    import sqlite3

    from acupress_gui.storage.history import open_history
    from acupress_gui.storage.paths import history_file

    config = tmp_path / "cfg"
    config.mkdir()
    with sqlite3.connect(history_file(config)) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("PRAGMA user_version = -5")
    db.close()
    store = open_history(config)
    try:
        assert any("another program" in w for w in store.warnings)
        assert list(config.glob("history.sqlite3.corrupt-*"))
    finally:
        store.close()
