"""A disk full at start (a 200 KiB tmpfs), space freed during the session.

Needs root and a kernel that lets it mount (skipped cleanly elsewhere).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.fallback import FallbackRecorder
from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.storage.paths import history_file

pytestmark = [pytest.mark.expect_log("acupress_gui.storage", "", required=False)]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        # Room for the schema (its sort indexes too) and the WAL once the filler is gone.
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode()[:200]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError:
            pass
    return filler


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_full_disk_at_start_loses_no_session(tiny_disk: Path) -> None:
    config = tiny_disk / "config"
    config.mkdir()
    filler = fill(tiny_disk)
    clock = Clock()
    history = open_history(config, clock=clock)
    path = history_file(config)
    assert not (path.exists() and path.stat().st_size == 0), "an empty file was left behind"
    assert history.warnings
    recorder = FallbackRecorder(history, clock=history.now)
    start = clock.now
    recorder.begin(SessionStart("s1", "back", "Back", start, pain_before=4))
    clock.now = start + timedelta(seconds=30)  # the hold ENDS now
    recorder.add_hold("s1", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    clock.now = start + timedelta(seconds=60)
    recorder.finish("s1", clock.now, SessionStatus.COMPLETED)
    assert not recorder.is_saved("s1")

    filler.unlink()  # space is freed
    clock.now = start + timedelta(minutes=30)  # written much later
    assert recorder.flush()
    assert recorder.is_saved("s1")
    history.close()
    with HistoryStore(path) as again:
        stored = again.get("s1")
        assert stored is not None and stored.status is SessionStatus.COMPLETED
        (hold,) = again.holds("s1")
        assert hold.ended_at == start + timedelta(seconds=30)
