"""A read-only or full config folder: a clear message, the session runs on, nothing is lost.

Tests run as root in CI containers, where folder modes do not stop writes, so a read-only
folder and a full disk are simulated where files are created (``tempfile.mkstemp`` inside
:func:`atomic_write`), where they are flushed (``os.fsync``), with a config path whose parent
is a file, and, for SQLite, with ``PRAGMA max_page_count`` (SQLite's own "disk is full").
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import acupress_gui.ui.context
from acupress_gui.domain.models import Routine, Side, Step
from acupress_gui.domain.recording import (
    HoldResult,
    MemoryRecorder,
    SessionRecorder,
    SessionStart,
    SessionStatus,
)
from acupress_gui.storage.fallback import FallbackRecorder
from acupress_gui.storage.history import HistoryStore, export_history_cli, open_history
from acupress_gui.storage.routines import RoutineStore, import_routine_cli, routine_to_json
from acupress_gui.storage.settings import Settings, SettingsStore
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues import SoundUnavailableError
from acupress_gui.ui.cues.sound import SoundFactory
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.session.page import SessionPage
from tests.helpers.clock import FakeClock

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
    pytest.mark.expect_log("acupress_gui.ui", "could not", required=False),
]

ROOT = Path(__file__).resolve().parents[2]

FAILURES = {
    "read-only": PermissionError(errno.EACCES, "Permission denied"),
    "read-only file system": OSError(errno.EROFS, "Read-only file system"),
    "full": OSError(errno.ENOSPC, "No space left on device"),
}


@pytest.fixture(params=sorted(FAILURES))
def failure(request: pytest.FixtureRequest) -> OSError:
    error = FAILURES[request.param]
    assert isinstance(error, OSError)
    return error


@pytest.fixture
def refuse_writes(monkeypatch: pytest.MonkeyPatch) -> Callable[[OSError], None]:
    """Make every atomic write fail with ``error`` where the temp file is created."""

    def install(error: OSError) -> None:
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise error

        monkeypatch.setattr("tempfile.mkstemp", refuse)

    return install


def routine(description: str = "") -> Routine:
    return Routine(
        id="evening",
        name="Evening",
        description=description,
        steps=[Step(point="BL23", hold_seconds=30, rest_seconds=10, repetitions=2)],
    )


def no_audio() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


# ---- every writer refuses cleanly and keeps the old file ----------------------------------


def test_every_writer_refuses_cleanly(
    config_dir: Path,
    tmp_path: Path,
    failure: OSError,
    refuse_writes: Callable[[OSError], None],
) -> None:
    settings = SettingsStore(config_dir)
    settings.save(Settings(pregnant=True))
    routines = RoutineStore(config_dir)
    routines.save(routine("old"))
    source = tmp_path / "shared.json"
    source.write_text(routine_to_json(routine("shared")))
    with HistoryStore(config_dir / "history.sqlite3") as store:
        store.begin(SessionStart("s1", "evening", "Evening", datetime.now().astimezone()))
    before = {p: p.read_bytes() for p in config_dir.rglob("*") if p.is_file()}

    refuse_writes(failure)
    with pytest.raises(OSError) as caught:
        settings.save(Settings())
    assert caught.value.errno == failure.errno
    with pytest.raises(OSError):
        routines.save(routine("new"))
    code, message = import_routine_cli(config_dir, source, {"BL23"})
    assert code == 1 and "could not be written" in message and str(failure.strerror) in message
    code, message = export_history_cli(config_dir, tmp_path / "out.csv")
    assert code == 1 and "out.csv could not be written" in message

    after = {p: p.read_bytes() for p in config_dir.rglob("*") if p.is_file()}
    changed = {p.name for p in before if after.get(p) != before[p]}
    # SQLite's own files may be touched by opening; the user's JSON files are not.
    assert not changed - {"history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"}
    assert not [p for p in config_dir.rglob("*.tmp")], "no temp file is left behind"
    assert settings.load().settings.pregnant is True
    assert routines.load_all().routines[0].description == "old"


def test_a_full_disk_at_fsync_keeps_the_old_file(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Delayed allocation: a full disk often shows only when the data is flushed."""
    store = SettingsStore(config_dir)
    store.save(Settings(volume=0.25))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("acupress_gui.storage.atomic.os.fsync", full)
    with pytest.raises(OSError):
        store.save(Settings(volume=1.0))
    monkeypatch.undo()
    assert store.load().settings.volume == 0.25
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]


def test_an_unusable_config_folder_runs_from_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    config = blocker / "acupress-gui"  # cannot exist: its parent is a file

    loaded = SettingsStore(config).load()
    assert loaded.settings == Settings()
    assert loaded.warnings and "settings.json could not be read" in loaded.warnings[0]
    assert RoutineStore(config).load_all().routines == []

    history = open_history(config)
    try:
        assert history.in_memory
        assert history.warnings and str(config) in history.warnings[0]
        assert "kept in memory" in history.warnings[0]
        history.begin(SessionStart("s1", "r", "R", datetime.now().astimezone()))
        history.add_hold("s1", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
        assert history.count() == 1
    finally:
        history.close()


# ---- the window ----------------------------------------------------------------------------


def _window(
    qtbot: QtBot, config_dir: Path, clock: FakeClock, recorder: SessionRecorder
) -> AppWindow:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
    context = build_context(
        config_dir, recorder=recorder, sound_backend=no_audio, voice_engine="mock"
    )
    window = AppWindow(context, clock=clock, timer_factory=clock.timers)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_session(
    page: SessionPage, clock: FakeClock, *, during: Callable[[int], None] | None = None
) -> int:
    """Run the selected routine to its end on the fake clock; returns the ticks it took."""
    assert page.start_session()
    ticks = 0
    while page.is_running():
        clock.timers.advance(clock, 2.0)
        ticks += 1
        if during is not None:
            during(ticks)
        assert ticks < 10_000
    return ticks


@pytest.fixture
def shortest() -> Iterator[Callable[[AppWindow], Routine]]:
    def pick(window: AppWindow) -> Routine:
        chosen = min(window.context.all_routines(), key=lambda r: len(r.steps))
        assert window.session_page.select_routine(chosen.id)
        return chosen

    yield pick


def test_the_window_says_settings_cannot_be_saved_and_goes_on(
    qtbot: QtBot,
    config_dir: Path,
    failure: OSError,
    refuse_writes: Callable[[OSError], None],
    shortest: Callable[[AppWindow], Routine],
) -> None:
    clock = FakeClock()
    recorder = MemoryRecorder()
    window = _window(qtbot, config_dir, clock, recorder)
    refuse_writes(failure)
    window.settings_menu.pregnant_action.trigger()
    status = window.statusBar().currentMessage()
    assert "Settings could not be saved" in status and str(config_dir) in status
    assert str(failure.strerror) in status
    shortest(window)
    run_session(window.session_page, clock)
    assert window.session_page.panel() == "summary"
    assert [r.status for r in recorder.sessions.values()] == [SessionStatus.COMPLETED]


def test_muting_does_not_hide_a_failed_save(
    qtbot: QtBot, config_dir: Path, refuse_writes: Callable[[OSError], None]
) -> None:
    window = _window(qtbot, config_dir, FakeClock(), MemoryRecorder())
    refuse_writes(FAILURES["full"])
    window.session_page.session_actions.mute_action.trigger()
    assert "Settings could not be saved" in window.statusBar().currentMessage()


class BrokenRecorder:
    """A recorder whose every write fails (the disk is gone)."""

    def __init__(self, error: OSError) -> None:
        self.error = error
        self.calls = 0

    def _fail(self, *_args: object, **_kwargs: object) -> None:
        self.calls += 1
        raise self.error

    begin = add_hold = finish = rate = _fail


def test_the_session_runs_on_when_history_cannot_be_written(
    qtbot: QtBot, config_dir: Path, failure: OSError, shortest: Callable[[AppWindow], Routine]
) -> None:
    clock = FakeClock()
    broken = BrokenRecorder(failure)
    window = _window(qtbot, config_dir, clock, broken)
    shortest(window)
    messages: list[str] = []
    window.session_page.message.connect(messages.append)
    run_session(window.session_page, clock)
    assert window.session_page.panel() == "summary"
    assert broken.calls > 2
    assert any(m.startswith("History could not be written") for m in messages)


class Gate:
    """Passes calls to a real recorder unless ``failure`` is set."""

    def __init__(self, inner: SessionRecorder) -> None:
        self.inner = inner
        self.failure: OSError | None = None

    def __getattr__(self, name: str) -> object:
        method = getattr(self.inner, name)

        def gated(*args: object, **kwargs: object) -> object:
            if self.failure is not None:
                raise self.failure
            return method(*args, **kwargs)

        return gated


def test_history_is_kept_in_memory_and_written_when_possible(
    qtbot: QtBot, config_dir: Path, failure: OSError, shortest: Callable[[AppWindow], Routine]
) -> None:
    clock = FakeClock()
    store = HistoryStore(config_dir / "history.sqlite3")
    gate = Gate(store)
    told: list[str] = []
    recorder = FallbackRecorder(gate, notify=told.append, clock=store.now)  # type: ignore[arg-type]
    window = _window(qtbot, config_dir, clock, recorder)
    chosen = shortest(window)
    page = window.session_page
    messages: list[str] = []
    page.message.connect(messages.append)

    def break_midway(tick: int) -> None:
        if tick == 20:
            gate.failure = failure  # the disk fills up / the folder turns read-only

    run_session(page, clock, during=break_midway)
    assert page.panel() == "summary", "the session ran to its end"
    assert not any(m.startswith("History could not be written") for m in messages)
    assert len(told) == 1 and str(failure.strerror) in told[0]
    assert recorder.pending > 0
    in_memory = next(iter(recorder.memory.sessions.values()))
    assert in_memory.status is SessionStatus.COMPLETED and in_memory.holds
    stored = store.get(in_memory.session_id)
    assert stored is not None and len(stored.holds) < len(in_memory.holds)

    gate.failure = None  # space is freed
    page.summary_panel.pain_after.setValue(2)
    page.save_rating()  # the next write flushes everything kept in memory first
    assert recorder.pending == 0
    assert told[-1].startswith("The session history can be written again")
    store.close()
    with HistoryStore(config_dir / "history.sqlite3") as reopened:
        record = reopened.get(in_memory.session_id)
        assert record is not None
        assert record.routine_name == chosen.name
        assert record.status is SessionStatus.COMPLETED
        assert record.holds == in_memory.holds
        assert record.pain_after == 2


def test_a_really_full_database_keeps_the_session(
    qtbot: QtBot, config_dir: Path, shortest: Callable[[AppWindow], Routine]
) -> None:
    """SQLite's own "database or disk is full", not a simulated exception."""
    clock = FakeClock()
    store = HistoryStore(config_dir / "history.sqlite3")
    told: list[str] = []
    recorder = FallbackRecorder(store, notify=told.append, clock=store.now)
    window = _window(qtbot, config_dir, clock, recorder)
    shortest(window)

    ballast: list[str] = []

    def fill_up(tick: int) -> None:
        if tick != 10:
            return
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        # Use up the room left in the pages the history already has.
        started = datetime.now().astimezone()
        try:
            while True:
                ballast.append(f"ballast-{len(ballast)}")
                store.begin(SessionStart(ballast[-1], "ballast", "Ballast " * 20, started))
                for repetition in range(1, 30):
                    hold = HoldResult(0, "X" * 150, Side.LEFT, repetition, 30.0, 30.0)
                    store.add_hold(ballast[-1], hold)
        except Exception as error:
            assert "full" in str(error), error

    run_session(window.session_page, clock, during=fill_up)
    assert window.session_page.panel() == "summary"
    assert told and "cannot be written right now" in told[0]
    assert "full" in told[0], told[0]
    assert recorder.pending > 0
    store._db.execute("PRAGMA max_page_count = 1073741823")  # space is freed
    store.delete(ballast)
    assert recorder.flush() is True
    session = next(iter(recorder.memory.sessions.values()))
    stored = store.get(session.session_id)
    assert stored is not None and stored.holds == session.holds
    assert stored.status is SessionStatus.COMPLETED
    store.close()


# ---- --self-test with broken files -----------------------------------------------------------

#: app.py opens the history (run the history part of the self-test check only then).
_APP_SOURCE = Path(acupress_gui.ui.context.__file__).read_text(encoding="utf-8")
HISTORY_WIRED = "open_history" in _APP_SOURCE or "HistoryStore" in _APP_SOURCE


def test_self_test_exits_0_with_warnings_on_stderr(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "routines").mkdir(parents=True)
    (config / "settings.json").write_bytes(b'{"volume": ')
    (config / "routines" / "evening.json").write_bytes(b"\xff\xfe not json")
    (config / "history.sqlite3").write_bytes(b"this is not a database" * 10)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--self-test", "--config-dir", str(config)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert any("settings.json could not be used" in w for w in warnings), result.stderr
    assert any("routines/evening.json could not be used" in w for w in warnings), result.stderr
    assert [p.name for p in config.glob("settings.json.corrupt-*")]
    assert [p.name for p in (config / "routines").glob("evening.json.corrupt-*")]
    if HISTORY_WIRED:
        assert any("history.sqlite3" in w for w in warnings), result.stderr
        assert [p.name for p in config.glob("history.sqlite3.corrupt-*")]
