"""A process that records a session with the real HistoryStore, then waits to be killed.

Usage: ``python history_kill_child.py DB_PATH``. It begins a session, commits two holds,
prints ``ready`` and sleeps; the test kills it with SIGKILL and reopens the store.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart
from acupress_gui.storage.history import HistoryStore

STARTED = datetime(2026, 5, 8, 6, 0, tzinfo=UTC)


def main() -> None:
    """Record a session halfway and wait."""
    ticks = iter(STARTED + timedelta(seconds=40 * n) for n in range(1, 100))
    store = HistoryStore(Path(sys.argv[1]), clock=lambda: next(ticks))
    store.begin(SessionStart("killed-1", "lower-back-relief", "Lower back relief", STARTED, 6))
    store.add_hold("killed-1", HoldResult(0, "SI4", Side.LEFT, 1, 30.0, 30.0))
    store.add_hold("killed-1", HoldResult(0, "SI4", Side.LEFT, 2, 30.0, 21.5))
    print("ready", flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main()
