"""SIGKILL at any moment loses at most the hold in progress, and every file still loads.

``tests/helpers/kill_target.py`` writes history, settings and routines as fast as it can
with the real stores and prints a line after each write returns. Each run is killed with
SIGKILL at a random moment: 0-300 ms after the process starts (imports, opening and creating
files, migrations), 0-40 ms after it says it is opening its files, or 0-300 ms after it is
ready (mid-session, mid-save). Four config folders
are killed ten times each, in parallel, each run going on from the files the last one left,
as a person's folder would.

After every kill: nothing was set aside, settings and every routine file load, the history
opens; every printed hold is in the history, at most one unprinted hold more (the one being
committed); the session that was running is ``interrupted``; the settings and routine files
hold the last printed save or the one after it (written, not yet printed); every file is
private (0600, folders 0700).
"""

from __future__ import annotations

import random
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from acupress_gui.domain.recording import SessionStatus
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.storage.settings import SettingsStore
from tests.helpers.kill_target import routine_description, settings_volume

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "tests" / "helpers" / "kill_target.py"
LANES = 4
RUNS_PER_LANE = 10
SEED = 20260501
#: Saves of the same file are this many loop counts apart in kill_target.py.
SETTINGS_EVERY = 3
SAME_ROUTINE_EVERY = 8

pytestmark = [
    pytest.mark.slow,
    pytest.mark.expect_log("acupress_gui.storage.history", "marked interrupted", required=False),
]


@dataclass
class Lane:
    """What one config folder must contain, from everything printed so far."""

    config: Path
    rng: random.Random
    #: Printed holds per session, and sessions printed as finished.
    holds: dict[str, int] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    #: The volumes settings.json may hold (None: the file may be absent).
    volumes: set[float | None] = field(default_factory=lambda: {None})
    #: The descriptions each routine file may hold (None: absent).
    routines: dict[str, set[str | None]] = field(default_factory=dict)
    #: Sessions begun but killed before "begun" was printed (they must stay without holds).
    unprinted: set[str] = field(default_factory=set)
    kills: int = 0
    survived: int = 0
    killed_before_ready: int = 0
    killed_while_opening: int = 0
    temp_files: int = 0
    problems: list[str] = field(default_factory=list)


def _read_lines(
    child: subprocess.Popen[str], lines: list[str], marks: dict[str, threading.Event]
) -> None:
    assert child.stdout is not None
    for line in child.stdout:
        if line.endswith("\n"):  # a line cut by the kill is not a printed line
            lines.append(line.rstrip("\n"))
        mark = marks.get(line.strip())
        if mark is not None:
            mark.set()
    for mark in marks.values():
        mark.set()
    child.stdout.close()


#: When to kill: (line to wait for, or None for the start; longest delay after it, seconds).
MOMENTS = (
    (None, 0.3),  # during start-up
    ("opening", 0.02),  # creating, migrating and opening the files (about 40 ms)
    ("opening", 0.04),
    ("ready", 0.3),  # mid-session, mid-save
    ("ready", 0.3),
)


def run_and_kill(lane: Lane, run: str) -> tuple[list[str], bool]:
    """Start the target, SIGKILL it at a random moment; the lines it printed, was it ready."""
    after, longest = lane.rng.choice(MOMENTS)
    delay = lane.rng.uniform(0.0, longest)
    child = subprocess.Popen(
        [sys.executable, str(TARGET), str(lane.config), run],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    lines: list[str] = []
    marks = {"opening": threading.Event(), "ready": threading.Event()}
    reader = threading.Thread(target=_read_lines, args=(child, lines, marks), daemon=True)
    reader.start()
    if after is not None:
        marks[after].wait(timeout=30)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)  # the reader alone reads stdout, to its end
    assert child.stderr is not None
    err = child.stderr.read()
    child.stderr.close()
    if child.returncode != -signal.SIGKILL:
        lane.problems.append(f"{run}: ended by itself ({child.returncode}): {err[-2000:]}")
    return lines, "ready" in lines


def _expect(lane: Lane, run: str, lines: list[str]) -> tuple[str | None, str]:
    """Fold the printed lines into the lane's expectations.

    Returns:
        The session that was running when killed (None when none), and the id the next
        session would have had (it may exist, begun but not printed).
    """
    running: str | None = None
    sessions = 0
    last_settings: int | None = None
    last_routine: dict[str, int] = {}
    for line in lines:
        words = line.split() or [""]
        if words[0] == "begun":
            running = words[1]
            sessions += 1
            lane.holds[running] = 0
        elif words[0] == "hold":
            lane.holds[words[1]] = int(words[2])
        elif words[0] == "finished":
            lane.finished.add(words[1])
            running = None
        elif words[0] == "settings":
            last_settings = int(words[1])
        elif words[0] == "routine":
            last_routine[words[1]] = int(words[2])
    # The file holds the last printed save, or the next one (written, killed before print).
    if last_settings is None:
        lane.volumes.add(settings_volume(0))
    else:
        lane.volumes = {settings_volume(last_settings), settings_volume(last_settings + 3)}
    first_save = {f"evening-{run}": 0, "shared": 4}
    for routine_id, first in first_save.items():
        allowed = lane.routines.setdefault(routine_id, {None})
        if routine_id in last_routine:
            count = last_routine[routine_id]
            lane.routines[routine_id] = {
                routine_description(count),
                routine_description(count + SAME_ROUTINE_EVERY),
            }
        else:
            allowed.add(routine_description(first))
    return running, f"{run}-s{sessions}"


def _check(lane: Lane, run: str, running: str | None, unprinted: str) -> list[str]:
    """Every file loads and holds what was printed; the problems found."""
    problems: list[str] = []
    config = lane.config
    set_aside = sorted(p.name for p in config.rglob("*.corrupt-*"))
    if set_aside:
        problems.append(f"files were set aside: {set_aside}")
    lane.temp_files = len(list(config.rglob(".*.tmp")))
    for path in [config, *config.rglob("*")] if config.exists() else []:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode != (0o700 if path.is_dir() else 0o600):
            problems.append(f"{path.relative_to(config.parent)} is {mode:o}, not private")

    loaded = SettingsStore(config).load()
    if loaded.warnings:
        problems.append(f"settings: {loaded.warnings}")
    volume = loaded.settings.volume if (config / "settings.json").exists() else None
    if volume not in lane.volumes:
        problems.append(f"settings.json has volume {volume}, expected one of {lane.volumes}")

    routines = RoutineStore(config).load_all()
    if routines.warnings:
        problems.append(f"routines: {routines.warnings}")
    found = {r.id: r.description for r in routines.routines}
    for routine_id, allowed in lane.routines.items():
        if found.get(routine_id) not in allowed:
            problems.append(f"routine {routine_id}: {found.get(routine_id)!r} not in {allowed}")

    if not history_file(config).exists():
        if lane.holds:
            problems.append("the history is gone")
        return problems
    with HistoryStore(history_file(config)) as store:
        if store.warnings:
            problems.append(f"history: {store.warnings}")
        stored = {record.session_id: record for record in store.records()}
        for session, printed in lane.holds.items():
            record = stored.get(session)
            if record is None:
                problems.append(f"session {session} (printed as begun) is not in the history")
                continue
            if not printed <= len(record.holds) <= printed + 1:
                problems.append(f"{session}: {len(record.holds)} holds stored, {printed} printed")
            if record.status is SessionStatus.RUNNING:
                problems.append(f"{session} is still 'running' after a reopen")
            if session in lane.finished and (
                record.status is not SessionStatus.COMPLETED or record.pain_after != 3
            ):
                problems.append(f"{session} was finished and rated, but is {record.status}")
            if session == running and record.status not in (
                SessionStatus.INTERRUPTED,
                SessionStatus.COMPLETED,  # finish committed, killed before it was printed
            ):
                problems.append(f"{session} was killed running but is {record.status}")
        extra = set(stored) - set(lane.holds)
        if unprinted in extra:
            lane.unprinted.add(unprinted)
        if extra - lane.unprinted:
            problems.append(f"sessions nobody began: {sorted(extra - lane.unprinted)}")
        for session in extra & lane.unprinted:
            if stored[session].holds:
                problems.append(f"{session} has holds but was never printed as begun")
    return problems


def run_lane(lane: Lane, index: int) -> Lane:
    for number in range(RUNS_PER_LANE):
        run = f"l{index}r{number}"
        lines, was_ready = run_and_kill(lane, run)
        lane.kills += 1
        if not was_ready:
            lane.killed_before_ready += 1
            lane.killed_while_opening += "opening" in lines
        running, unprinted = _expect(lane, run, lines)
        problems = _check(lane, run, running, unprinted)
        if problems:
            lane.problems.extend(f"{run}: {p}" for p in problems)
        else:
            lane.survived += 1
    return lane


@pytest.fixture
def lanes(tmp_path: Path) -> Iterator[list[Lane]]:
    yield [
        Lane(config=tmp_path / f"lane{index}", rng=random.Random(SEED + index))
        for index in range(LANES)
    ]


def test_sigkill_at_random_moments_loses_at_most_the_hold_in_progress(
    lanes: list[Lane], capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=LANES) as pool:
        done = list(pool.map(run_lane, lanes, range(LANES)))
    kills = sum(lane.kills for lane in done)
    survived = sum(lane.survived for lane in done)
    holds = sum(sum(lane.holds.values()) for lane in done)
    sessions = sum(len(lane.holds) for lane in done)
    early = sum(lane.killed_before_ready for lane in done)
    opening = sum(lane.killed_while_opening for lane in done)
    temp_files = sum(lane.temp_files for lane in done)
    summary = (
        f"kills survived: {survived}/{kills} ({early} during start-up, {opening} of them while "
        f"opening the files; {sessions} sessions, "
        f"{holds} holds printed; {temp_files} orphan temp files left; "
        f"{time.monotonic() - started:.1f} s)"
    )
    with capsys.disabled():
        print(f"\n{summary}")
    problems = [p for lane in done for p in lane.problems]
    assert not problems, summary + "\n" + "\n".join(problems[:30])
    assert survived == kills == LANES * RUNS_PER_LANE
    assert holds > 0, "no run got as far as a hold: the kills are too early to test anything"
