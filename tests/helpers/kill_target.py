"""A process that writes every kind of user file as fast as it can, until it is killed.

Usage: ``python kill_target.py CONFIG_DIR RUN``. It opens the real stores of CONFIG_DIR and
loops: it runs sessions through :class:`HistoryStore` (a row when a session begins, one commit
per hold), rewrites ``settings.json`` and the user's routine files, and prints one line after
each write has returned::

    opening
    ready
    begun RUN-s0
    hold RUN-s0 1
    settings 3
    routine evening-RUN 4
    finished RUN-s0
    ...

The kill test SIGKILLs it at a random moment and checks that every file still loads and that
no write printed here was lost.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acupress_gui.domain.models import Routine, Side, Step
from acupress_gui.domain.recording import HoldResult, SessionStart, SessionStatus
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.storage.settings import SettingsStore

HOLDS_PER_SESSION = 7


def settings_volume(count: int) -> float:
    """The volume written by the ``count``-th settings save (the test checks it)."""
    return (count % 101) / 100


def routine_description(count: int) -> str:
    """The description written by the ``count``-th routine save."""
    return f"revision {count}"


def _routine(routine_id: str, count: int) -> Routine:
    steps = [
        Step(point=point, hold_seconds=30 + count % 60, rest_seconds=10, repetitions=2)
        for point in ("BL23", "GV4", "BL40")[: 1 + count % 3]
    ]
    return Routine(
        id=routine_id,
        name=f"Evening {routine_id}",
        description=routine_description(count),
        steps=steps,
    )


def main() -> None:
    """Write until killed (or 10,000 holds, as a safety stop)."""
    config = Path(sys.argv[1])
    run = sys.argv[2]
    wall = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)
    ticks = iter(wall + timedelta(seconds=n) for n in range(1_000_000))
    print("opening", flush=True)  # imports done: creating, migrating, opening files next
    history = HistoryStore(history_file(config), clock=lambda: next(ticks))
    settings_store = SettingsStore(config)
    settings = settings_store.load().settings
    routines = RoutineStore(config)
    routine_ids = [f"evening-{run}", "shared"]
    print("ready", flush=True)

    session = ""
    holds = 0
    sessions = 0
    for count in range(10_000):
        if not session:
            session = f"{run}-s{sessions}"
            sessions += 1
            history.begin(SessionStart(session, "evening", "Evening", next(ticks), count % 11))
            print("begun", session, flush=True)
        holds += 1
        hold = HoldResult(holds // 2, "BL23", Side.LEFT if holds % 2 else Side.RIGHT, 1, 30, 29.5)
        history.add_hold(session, hold)
        print("hold", session, holds, flush=True)
        if count % 3 == 0:
            settings.volume = settings_volume(count)
            settings.last_routine = routine_ids[count % 2]
            settings_store.save(settings)
            print("settings", count, flush=True)
        if count % 4 == 0:
            routine_id = routine_ids[(count // 4) % 2]
            routines.save(_routine(routine_id, count))
            print("routine", routine_id, count, flush=True)
        if holds == HOLDS_PER_SESSION:
            history.finish(session, next(ticks), SessionStatus.COMPLETED)
            history.rate(session, pain_before=count % 11, pain_after=3, note=f"note {count}")
            print("finished", session, flush=True)
            session = ""
            holds = 0


if __name__ == "__main__":
    main()
