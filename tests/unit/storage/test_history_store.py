"""The SQLite history: recording as it happens, crashes, migrations, queries (no Qt)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import (
    HoldResult,
    MemoryRecorder,
    SessionRecord,
    SessionStart,
    SessionStatus,
)
from acupress_gui.domain.stats import day_totals, summarize_records, weekly_totals
from acupress_gui.storage.fallback import is_storage_error
from acupress_gui.storage.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryDamagedError,
    HistoryError,
    HistoryFilter,
    HistoryStore,
    HistoryVersionError,
    SortKey,
    open_history,
    system_local,
)
from acupress_gui.storage.paths import history_file
from tests.helpers.unprivileged import run_as_user

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage.history", "", required=False),
]

ROOT = Path(__file__).resolve().parents[3]
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 5, 8, 6, 0, tzinfo=UTC)  # 08:00 in Berlin


class Ticker:
    """A wall clock that moves only when told."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def berlin_summer(moment: datetime) -> datetime:
    return moment.astimezone(CEST)


@pytest.fixture
def clock() -> Ticker:
    return Ticker()


@pytest.fixture
def store(config_dir: Path, clock: Ticker) -> Iterator[HistoryStore]:
    history = HistoryStore(history_file(config_dir), clock=clock, to_local=berlin_summer)
    yield history
    history.close()


def raw(store: HistoryStore) -> sqlite3.Connection:
    """A connection of the test's own to the store's file."""
    assert store.path is not None
    return sqlite3.connect(store.path, isolation_level=None)


def hold(step: int = 0, rep: int = 1, held: float = 30.0, side: Side = Side.LEFT) -> HoldResult:
    return HoldResult(step, "BL23", side, rep, 30.0, held)


def run_session(store: HistoryStore, clock: Ticker, session_id: str = "s1", holds: int = 2) -> None:
    store.begin(SessionStart(session_id, "lower-back-relief", "Lower back relief", clock(), 6))
    for n in range(holds):
        clock.advance(40)
        store.add_hold(session_id, hold(rep=n + 1))
    clock.advance(20)
    store.finish(session_id, clock(), SessionStatus.COMPLETED)
    store.rate(session_id, pain_before=6, pain_after=3, note="better")


# ---- recording --------------------------------------------------------------------------


def test_a_session_is_recorded_as_it_happens(store: HistoryStore, clock: Ticker) -> None:
    store.begin(SessionStart("s1", "lower-back-relief", "Lower back relief", clock(), 6))
    running = store.get("s1")
    assert running is not None
    assert running.status is SessionStatus.RUNNING
    assert running.started_at == T0
    assert running.started_at.utcoffset() == timedelta(hours=2)  # local offset kept
    assert running.pain_before == 6
    clock.advance(40)
    store.add_hold("s1", hold())
    clock.advance(40)
    store.add_hold("s1", hold(rep=2, held=12.5))
    assert [h.ended_at for h in store.holds("s1")] == [
        T0 + timedelta(seconds=40),
        T0 + timedelta(seconds=80),
    ]
    clock.advance(20)
    store.finish("s1", clock(), SessionStatus.STOPPED)
    store.rate("s1", pain_before=6, pain_after=4, note="x" * 5000)
    record = store.get("s1")
    assert record is not None
    assert record.status is SessionStatus.STOPPED
    assert record.ended_at == T0 + timedelta(seconds=100)
    assert record.holds == (hold(), hold(rep=2, held=12.5))
    assert record.held_seconds == 42.5
    assert (record.pain_before, record.pain_after, len(record.note)) == (6, 4, 4000)
    row = store.rows()[0]
    assert (row.duration_s, row.hold_count, row.held_s, row.has_note) == (100.0, 2, 42.5, True)


def test_the_store_behaves_like_the_memory_recorder(store: HistoryStore, clock: Ticker) -> None:
    memory = MemoryRecorder()
    start = SessionStart("s1", "r", "Routine", datetime(2026, 5, 8, 8, 0, tzinfo=CEST), 5)
    for recorder in (store, memory):
        recorder.begin(start)
        recorder.add_hold("s1", hold())
        recorder.add_hold("s1", hold(step=1, side=Side.MIDLINE))
        recorder.finish("s1", start.started_at + timedelta(minutes=9), SessionStatus.COMPLETED)
        recorder.rate("s1", pain_before=5, pain_after=2, note="ok")
    assert store.get("s1") == memory.sessions["s1"]


def test_times_in_utc_are_stored_with_the_local_offset(config_dir: Path) -> None:
    local = timezone(timedelta(hours=-5))
    with HistoryStore(history_file(config_dir), to_local=lambda m: m.astimezone(local)) as s:
        s.begin(SessionStart("a", "r", "R", datetime(2026, 1, 2, 3, 30, tzinfo=UTC)))
        record = s.get("a")
        assert record is not None
        # 03:30 UTC is 22:30 the evening before, in UTC-5: that is its local date.
        assert record.started_at.isoformat() == "2026-01-01T22:30:00-05:00"
        assert s.session_days() == [date(2026, 1, 1)]
        with closing(raw(s)) as db:
            stored = db.execute("SELECT started_at, utc_offset_min, local_date FROM sessions")
            assert stored.fetchone() == ("2026-01-02T03:30:00.000000+00:00", -300, "2026-01-01")


def test_system_local_keeps_explicit_offsets() -> None:
    explicit = datetime(2026, 5, 8, 8, 0, tzinfo=CEST)
    assert system_local(explicit) is explicit
    assert system_local(T0).utcoffset() is not None
    assert system_local(datetime(2026, 5, 8, 8, 0)).utcoffset() is not None


def test_mistakes_are_refused(store: HistoryStore, clock: Ticker) -> None:
    store.begin(SessionStart("s1", "r", "R", clock()))
    with pytest.raises(ValueError, match="already recorded"):
        store.begin(SessionStart("s1", "r", "R", clock()))
    with pytest.raises(KeyError):
        store.add_hold("nope", hold())
    with pytest.raises(KeyError):
        store.finish("nope", clock(), SessionStatus.COMPLETED)
    with pytest.raises(KeyError):
        store.rate("nope", pain_before=1, pain_after=1, note="")
    with pytest.raises(ValueError, match="running"):
        store.finish("s1", clock(), SessionStatus.RUNNING)
    with pytest.raises(ValueError, match="outside"):
        store.rate("s1", pain_before=11, pain_after=1, note="")
    with pytest.raises(ValueError, match="not possible"):
        store.add_hold("s1", hold(held=float("nan")))
    with pytest.raises(ValueError, match="not possible"):
        store.add_hold("s1", hold(held=-1.0))
    assert store.get("s1").holds == ()  # type: ignore[union-attr]


# ---- the file ---------------------------------------------------------------------------


def test_database_is_private_wal_with_foreign_keys(store: HistoryStore, clock: Ticker) -> None:
    run_session(store, clock)
    path = store.path
    assert path is not None
    for suffix in ("", "-wal", "-shm"):
        file = path.with_name(path.name + suffix)
        if file.exists():
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert path.with_name(path.name + "-wal").exists()
    with closing(raw(store)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)


def test_deleting_a_session_deletes_its_holds(store: HistoryStore, clock: Ticker) -> None:
    run_session(store, clock, "a")
    run_session(store, clock, "b", holds=3)
    deleted = store.delete(["a", "missing"])
    assert deleted.session_ids == ["a"]
    with closing(raw(store)) as db:
        assert db.execute("SELECT count(*) FROM holds").fetchone()[0] == 3


def test_delete_and_restore_put_back_everything(store: HistoryStore, clock: Ticker) -> None:
    run_session(store, clock, "a", holds=3)
    run_session(store, clock, "b")
    before = store.get("a")
    holds_before = store.holds("a")
    deleted = store.delete(["a", "b"])
    assert len(deleted) == 2 and store.count() == 0
    assert store.restore(deleted) == 2
    assert store.get("a") == before
    assert store.holds("a") == holds_before
    assert store.rows()[-1].hold_count == 3
    # Restoring again adds nothing (the ids are there).
    assert store.restore(deleted) == 0


def test_newer_database_is_refused_and_left_untouched(config_dir: Path) -> None:
    path = history_file(config_dir)
    with HistoryStore(path):
        pass
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    content = path.read_bytes()
    with pytest.raises(HistoryVersionError, match="newer version"):
        HistoryStore(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in config_dir.iterdir()) == [path.name]
    # The app goes on with a history in memory and tells the user.
    with open_history(config_dir) as fallback:
        assert fallback.in_memory
        assert "newer version" in fallback.warnings[0]
        assert "in memory only" in fallback.warnings[0]
        fallback.begin(SessionStart("m", "r", "R", T0))
        assert fallback.count() == 1
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_damaged_file_is_set_aside_and_a_new_history_started(
    config_dir: Path, content: bytes
) -> None:
    config_dir.mkdir(parents=True)
    path = history_file(config_dir)
    path.write_bytes(content)
    store = HistoryStore(path, clock=lambda: T0)
    assert store.count() == 0
    assert len(store.warnings) == 1
    assert "could not be used" in store.warnings[0]
    kept = [p for p in config_dir.iterdir() if ".corrupt-" in p.name]
    assert [p.read_bytes() for p in kept if not p.name.startswith(path.name + "-")] == [content]
    store.begin(SessionStart("new", "r", "R", T0))
    store.close()
    with HistoryStore(path) as again:
        assert again.count() == 1 and again.warnings == []


def test_an_empty_file_is_a_new_history(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    path = history_file(config_dir)
    path.touch()
    with HistoryStore(path) as store:
        assert store.warnings == [] and store.schema_version == SCHEMA_VERSION


def _open_in_unwritable_folder(parent: Path) -> tuple[bool, bool, int, bool]:
    folder = parent / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with open_history(folder) as store:
            return store.writable, bool(store.warnings), store.count(), store.in_memory
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_unwritable_folder_falls_back_to_memory(user_dir: Path) -> None:
    """Nothing is written, the user is told; the store keeps trying to create the file."""
    writable, told, count, in_memory = run_as_user(_open_in_unwritable_folder, user_dir)
    assert (writable, told, count, in_memory) == (False, True, 0, False)
    assert not (user_dir / "ro" / "history.sqlite3").exists()


def test_migrations_run_from_version_zero(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    path = history_file(config_dir)
    sqlite3.connect(path).close()
    with HistoryStore(path) as store:
        with closing(raw(store)) as db:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert {"sessions", "holds", "sessions_started"} <= tables
        assert store.schema_version == SCHEMA_VERSION


# ---- sessions that were never closed --------------------------------------------------


def test_unclosed_sessions_become_interrupted_at_the_next_open(
    config_dir: Path, clock: Ticker
) -> None:
    path = history_file(config_dir)
    first = HistoryStore(path, clock=clock, to_local=berlin_summer)
    first.begin(SessionStart("holds", "r", "R", clock()))
    clock.advance(40)
    first.add_hold("holds", hold())
    clock.advance(45)
    first.add_hold("holds", hold(rep=2))
    last_hold = clock()
    clock.advance(5)
    first.begin(SessionStart("none", "r", "R", clock()))
    empty_start = clock()
    # No finish(): the app died (the real kill is tested below with SIGKILL).
    first.close()

    second = HistoryStore(path, clock=clock, to_local=berlin_summer)
    assert second.interrupted_at_open == 2
    with_holds = second.get("holds")
    assert with_holds is not None
    assert with_holds.status is SessionStatus.INTERRUPTED
    assert with_holds.ended_at == last_hold
    assert len(with_holds.holds) == 2
    without = second.get("none")
    assert without is not None
    assert (without.status, without.ended_at) == (SessionStatus.INTERRUPTED, empty_start)
    second.close()
    # Only once.
    with HistoryStore(path) as third:
        assert third.interrupted_at_open == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_process_leaves_an_interrupted_session_with_its_holds(config_dir: Path) -> None:
    path = history_file(config_dir)
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "helpers" / "history_kill_child.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with HistoryStore(path) as store:
        assert store.interrupted_at_open == 1
        assert store.count() == 1
        record = store.get("killed-1")
        assert record is not None
        assert record.status is SessionStatus.INTERRUPTED
        assert [h.held_seconds for h in record.holds] == [30.0, 21.5]
        assert record.ended_at == datetime(2026, 5, 8, 6, 1, 20, tzinfo=UTC)
        assert record.pain_before == 6


# ---- queries ----------------------------------------------------------------------------


def many(store: HistoryStore, count: int = 30) -> list[SessionRecord]:
    records = []
    routines = ["Lower back relief", "Desk break", "Sciatica and hips"]
    statuses = [SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED]
    for i in range(count):
        started = datetime(2026, 4, 1, 8, 0, tzinfo=CEST) + timedelta(days=i // 2, hours=i % 2)
        before = None if i % 5 == 0 else 4 + i % 4
        records.append(
            SessionRecord(
                session_id=f"s{i:03d}",
                routine_id=routines[i % 3].lower(),
                routine_name=routines[i % 3],
                started_at=started,
                ended_at=None if i == 7 else started + timedelta(minutes=5 + i % 7),
                status=statuses[i % 3],
                pain_before=before,
                pain_after=None if before is None or i % 4 == 0 else before - i % 3,
                note="n" if i % 6 == 0 else "",
                holds=tuple(hold(rep=r + 1) for r in range(i % 4)),
            )
        )
    assert store.add_records(records) == (count, 0)
    return records


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_cover_every_session_once_in_order(
    store: HistoryStore, key: SortKey, descending: bool
) -> None:
    many(store)
    history_filter = HistoryFilter(routine="Desk break") if key is SortKey.STATUS else None
    expected = store.count(history_filter)
    seen: list[str] = []
    after = None
    while True:
        page = store.rows(history_filter, sort=key, descending=descending, limit=4, after=after)
        if not page:
            break
        seen += [row.session_id for row in page]
        after = page[-1].sort_key
    assert len(seen) == len(set(seen)) == expected
    whole = store.rows(history_filter, sort=key, descending=descending, limit=1000)
    assert [r.session_id for r in whole] == seen


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_offset_pages_and_positions_match_the_whole_order(
    store: HistoryStore, key: SortKey, descending: bool
) -> None:
    many(store)
    history_filter = HistoryFilter(routine="Desk break") if key is SortKey.HOLDS else None
    whole = [
        r.session_id
        for r in store.rows(history_filter, sort=key, descending=descending, limit=1000)
    ]
    assert len(whole) > 5
    for offset in (0, 3, len(whole) - 2, len(whole)):
        page = store.rows(history_filter, sort=key, descending=descending, limit=3, offset=offset)
        assert [r.session_id for r in page] == whole[offset : offset + 3]
    # The reversed order read from the end is the tail of this one, turned round.
    tail = store.rows(history_filter, sort=key, descending=not descending, limit=3, offset=1)
    assert [r.session_id for r in tail][::-1] == whole[-4:-1]
    for row, session_id in enumerate(whole):
        found = store.position(session_id, history_filter, sort=key, descending=descending)
        assert found == row
    assert store.position("no such session", history_filter, sort=key) is None


def test_sort_orders(store: HistoryStore) -> None:
    many(store)
    by_date = store.rows(limit=1000)
    starts = [r.started_at for r in by_date]
    assert starts == sorted(starts, reverse=True)
    by_holds = store.rows(sort=SortKey.HOLDS, descending=False, limit=1000)
    assert [r.hold_count for r in by_holds] == sorted(r.hold_count for r in by_holds)
    by_duration = store.rows(sort=SortKey.DURATION, descending=False, limit=1000)
    assert by_duration[0].duration_s is None  # no end: first when ascending
    by_pain = store.rows(sort=SortKey.PAIN, descending=True, limit=1000)
    assert by_pain[0].pain_before == 7 and by_pain[-1].pain_before is None


def test_filters(store: HistoryStore) -> None:
    records = many(store)
    assert store.count() == 30
    desk = HistoryFilter(routine="Desk break")
    assert store.count(desk) == sum(r.routine_name == "Desk break" for r in records)
    stopped = HistoryFilter(status=SessionStatus.STOPPED)
    assert {r.status for r in store.rows(stopped, limit=100)} == {SessionStatus.STOPPED}
    april = HistoryFilter(date_from=date(2026, 4, 3), date_to=date(2026, 4, 4))
    assert {r.started_at.date() for r in store.rows(april, limit=100)} == {
        date(2026, 4, 3),
        date(2026, 4, 4),
    }
    assert store.count(april) == 4
    assert not HistoryFilter().active and april.active
    assert store.routine_names() == ["Desk break", "Lower back relief", "Sciatica and hips"]
    assert store.date_range() == (date(2026, 4, 1), date(2026, 4, 15))


def test_sql_summaries_equal_the_pure_ones(store: HistoryStore) -> None:
    records = many(store)
    today = date(2026, 4, 15)
    assert store.summary(today) == summarize_records(records, today)
    assert store.weekly_totals(today) == weekly_totals(day_totals(records), today)
    assert list(store.records()) == sorted(records, key=lambda r: r.started_at)


def test_add_records_skips_known_ids_and_is_all_or_nothing(store: HistoryStore) -> None:
    records = many(store, 6)
    assert store.add_records(records) == (0, 6)
    broken = [
        SessionRecord("new-1", "r", "R", T0, T0, SessionStatus.COMPLETED, None, None, ""),
        SessionRecord("new-2", "r", "R", T0, T0 - timedelta(1), SessionStatus.COMPLETED, 1, 1, ""),
    ]
    with pytest.raises(ValueError, match="ends before it starts"):
        store.add_records(broken)
    assert store.get("new-1") is None
    assert store.count() == 6


def test_routine_ids_are_the_last_used(store: HistoryStore, clock: Ticker) -> None:
    store.begin(SessionStart("a", "old-id", "Morning", clock()))
    clock.advance(3600)
    store.begin(SessionStart("b", "new-id", "Morning", clock()))
    assert store.routine_ids() == {"Morning": "new-id"}


def test_local_today_uses_the_clock_and_the_local_zone(config_dir: Path) -> None:
    late = datetime(2026, 5, 8, 22, 30, tzinfo=UTC)  # 00:30 on the 9th in Berlin summer
    with HistoryStore(history_file(config_dir), clock=lambda: late, to_local=berlin_summer) as s:
        assert s.local_today() == date(2026, 5, 9)


def test_a_history_in_memory(clock: Ticker) -> None:
    with HistoryStore(None, clock=clock) as store:
        run_session(store, clock)
        assert store.in_memory and store.count() == 1
    assert issubclass(HistoryVersionError, HistoryError)


# ---- the summary tables -----------------------------------------------------------------


def summary_tables(db: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    days = db.execute("SELECT * FROM days WHERE sessions > 0 ORDER BY day").fetchall()
    routines = db.execute(
        "SELECT * FROM routine_totals WHERE sessions > 0 ORDER BY routine_name"
    ).fetchall()
    return days, routines


def recomputed(db: sqlite3.Connection) -> tuple[list[tuple[object, ...]], ...]:
    """The summary tables computed from scratch with GROUP BY."""
    days = db.execute(
        "SELECT CAST(julianday(local_date) - 1721424.5 AS INTEGER) AS d, count(*), "
        "sum(CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)), "
        "count(pain_before + pain_after), "
        "coalesce(sum(CASE WHEN pain_after IS NOT NULL THEN pain_before END), 0), "
        "coalesce(sum(CASE WHEN pain_before IS NOT NULL THEN pain_after END), 0) "
        "FROM sessions GROUP BY d ORDER BY d"
    ).fetchall()
    routines = db.execute(
        "SELECT routine_name, count(*), "
        "sum(CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)), "
        "count(pain_before - pain_after), coalesce(sum(pain_before - pain_after), 0) "
        "FROM sessions GROUP BY routine_name ORDER BY routine_name"
    ).fetchall()
    return days, routines


def summaries_match(store: HistoryStore) -> bool:
    with closing(raw(store)) as db:
        return summary_tables(db) == recomputed(db)


def test_triggers_keep_the_summary_tables_exact(store: HistoryStore, clock: Ticker) -> None:
    records = many(store)
    assert summaries_match(store)
    run_session(store, clock, "live")  # begin, holds, finish, rate: every trigger
    store.rate("s001", pain_before=None, pain_after=2, note="")
    store.rate("s002", pain_before=9, pain_after=1, note="")
    store.begin(SessionStart("unclosed", "r", "Desk break", clock()))
    store.add_hold("unclosed", hold())
    store.mark_unclosed_interrupted()
    deleted = store.delete([r.session_id for r in records[::3]])
    assert summaries_match(store)
    store.restore(deleted)
    assert summaries_match(store)
    store.delete([r.session_id for r in records if r.routine_name == "Desk break"])
    assert "Desk break" in store.routine_names()  # "unclosed" is still there
    store.delete(["unclosed"])
    assert "Desk break" not in store.routine_names()
    assert summaries_match(store)


def test_migrating_a_version_1_history_fills_the_summary_tables(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    path = history_file(config_dir)
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.executemany(
        "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, utc_offset_min, "
        "local_date, ended_at, ended_offset_min, duration_s, status, pain_before, pain_after, "
        "held_s) VALUES (?, 'r', ?, ?, 120, ?, ?, 120, ?, 'completed', ?, ?, 30.0)",
        [
            (
                "a",
                "Morning",
                "2026-05-01T06:00:00.000000+00:00",
                "2026-05-01",
                "2026-05-01T06:10:00.000000+00:00",
                600.0,
                6,
                3,
            ),
            ("b", "Morning", "2026-05-02T06:00:00.000000+00:00", "2026-05-02", None, None, 5, None),
            (
                "c",
                "Evening",
                "2026-05-02T18:00:00.000000+00:00",
                "2026-05-02",
                "2026-05-02T18:05:00.000000+00:00",
                300.0,
                None,
                None,
            ),
        ],
    )
    db.commit()
    db.close()
    with HistoryStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 5
        assert summaries_match(store)
        assert [(d.day, d.sessions, d.seconds, d.rated) for d in store.day_totals()] == [
            (date(2026, 5, 1), 1, 600.0, 1),
            (date(2026, 5, 2), 2, 330.0, 0),
        ]
        morning = next(r for r in store.routine_relief() if r.routine == "Morning")
        assert (morning.sessions, morning.rated, morning.relief_sum) == (2, 1, 3)


# ---- damage -----------------------------------------------------------------------------


def test_damage_inside_the_file_is_found_at_open_and_set_aside(
    config_dir: Path, clock: Ticker
) -> None:
    path = history_file(config_dir)
    with HistoryStore(path, clock=clock) as store:
        many(store)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[3 * page : 4 * page] = b"\x41" * page  # one page of the file overwritten
    path.write_bytes(bytes(data))
    with HistoryStore(path, clock=clock) as store:
        assert not store.in_memory
        assert store.count() == 0
        (warning,) = store.warnings
        assert "history.sqlite3" in warning and "damaged" in warning and "\n" not in warning
        kept = sorted(config_dir.glob("history.sqlite3.corrupt-*"))
        assert kept[0].read_bytes() == bytes(data)
        store.begin(SessionStart("fresh", "r", "R", clock()))


def test_a_value_that_cannot_be_read_at_open_sets_the_file_aside(
    config_dir: Path, clock: Ticker
) -> None:
    path = history_file(config_dir)
    with HistoryStore(path, clock=clock) as store:
        store.begin(SessionStart("open", "r", "R", clock()))
        store._db.execute("UPDATE sessions SET started_at = 'garbage'")
    with HistoryStore(path, clock=clock) as store:
        assert store.count() == 0
        assert "damaged" in store.warnings[0]


def test_damage_found_later_is_a_readable_error(store: HistoryStore, clock: Ticker) -> None:
    run_session(store, clock, "a")
    store._db.execute("UPDATE sessions SET started_at = ?", ("\x00garbage\n",))
    for read in (lambda: store.get("a"), lambda: list(store.records()), store.rows):
        with pytest.raises(HistoryDamagedError) as caught:
            read()
        message = str(caught.value)
        assert "history.sqlite3 is damaged" in message and "\x00" not in message
        # A storage error: a recorder that wraps the store keeps the session in memory.
        assert is_storage_error(caught.value)
    with pytest.raises(HistoryDamagedError):
        store.finish("a", clock(), SessionStatus.COMPLETED)
    # Caller mistakes are still ValueError / KeyError, not damage.
    with pytest.raises(ValueError, match="outside"):
        store.rate("a", pain_before=12, pain_after=None, note="")
    with pytest.raises(KeyError):
        store.rate("missing", pain_before=1, pain_after=None, note="")
