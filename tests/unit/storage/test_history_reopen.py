"""A read-only history tries to open its file for writing again now and then, not on every
write, and at once when the file becomes writable."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.history import (
    HistoryError,
    HistoryStore,
    HistoryUnavailableError,
    connection,
)
from acupress_gui.storage.history import store as store_module
from acupress_gui.storage.history.reopen import (
    REOPEN_EVERY_CALLS,
    REOPEN_EVERY_S,
    REOPEN_FREED_BYTES,
)
from acupress_gui.storage.paths import history_file
from tests.helpers.clock import FakeClock

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
HOLD = HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0)
SECOND = SessionStart("s2", "back", "Back", START + timedelta(days=1), pain_before=4)


class Disk:
    """open_database as on a read-only disk until ``writable`` is set; counts the tries."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tries = 0
        self.writable = False
        real = connection.open_database

        def open_database(*args: Any, **kwargs: Any) -> Any:
            self.tries += 1
            if not self.writable:
                raise HistoryError("attempt to write a readonly database", "read-only disk")
            return real(*args, **kwargs)

        monkeypatch.setattr(store_module, "open_database", open_database)
        # The disk's free space stays put unless a test frees some (other programs write).
        self.free = 10 * 2**20
        monkeypatch.setattr(shutil, "disk_usage", lambda _path: SimpleNamespace(free=self.free))


def _read_only_store(config_dir: Path, clock: FakeClock | None) -> HistoryStore:
    path = history_file(config_dir)
    with HistoryStore(path) as store:
        store.begin(SessionStart("s1", "back", "Back", START, pain_before=5))
        store.finish("s1", START + timedelta(minutes=1), SessionStatus.COMPLETED)
    if clock is None:
        return HistoryStore(path, read_only=True)
    return HistoryStore(path, read_only=True, monotonic=clock.now)


def _refused(store: HistoryStore, times: int) -> None:
    for _ in range(times):
        with pytest.raises(HistoryUnavailableError, match="read-only disk"):
            store.begin(SECOND)


def test_a_read_only_history_tries_again_every_so_often(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    store = _read_only_store(config_dir, clock)
    disk = Disk(monkeypatch)
    _refused(store, 20)  # twenty holds in a row while it stays read-only
    assert disk.tries == 1
    clock.advance(REOPEN_EVERY_S)
    _refused(store, 5)
    assert disk.tries == 2
    disk.writable = True
    clock.advance(REOPEN_EVERY_S)
    store.begin(SECOND)  # written as soon as it was tried again
    store.add_hold("s2", HOLD)
    assert store.writable and disk.tries == 3
    record = store.get("s2")
    assert record is not None and len(record.holds) == 1
    store.close()


def test_without_a_clock_it_counts_the_refused_writes(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _read_only_store(config_dir, None)
    disk = Disk(monkeypatch)
    _refused(store, 1 + REOPEN_EVERY_CALLS)
    assert disk.tries == 1
    _refused(store, 1)
    assert disk.tries == 2
    store.close()


def test_room_made_on_the_disk_is_tried_at_once(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    store = _read_only_store(config_dir, clock)
    disk = Disk(monkeypatch)
    _refused(store, 3)
    assert disk.tries == 1
    disk.free += REOPEN_FREED_BYTES  # a full disk was cleaned up
    disk.writable = True
    store.begin(SECOND)
    assert store.writable and disk.tries == 2
    store.close()
