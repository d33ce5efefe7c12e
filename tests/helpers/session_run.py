"""Run one whole session in the real window, offscreen, then print one JSON line.

Usage: ``python session_run.py CONFIG_DIR`` (with the repository on PYTHONPATH). It builds
the window as ``app.py`` does, with the real history store and History page, opens every
page, runs the shortest routine to its end on a fake clock (no real waiting), rates it and
closes the window.
The no-network test runs it under a socket guard and under strace.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Run the session; exit 0 when it was recorded."""
    from acupress_gui.ui.application import make_application
    from acupress_gui.ui.context import build_context
    from acupress_gui.ui.main_window import AppWindow
    from tests.helpers.clock import FakeClock, FakeTimers

    config = Path(sys.argv[1])
    app = make_application()
    # As the app builds it: the history opened behind its recorder.
    context = build_context(config, open_history_file=True)
    clock = FakeClock()
    timers = FakeTimers()
    window = AppWindow(context, clock=clock, timer_factory=timers)
    window.show()
    for key in window.page_keys():
        window.page(key)
    page = window.session_page
    routine = min(context.all_routines(), key=lambda r: len(r.steps))
    if not page.select_routine(routine.id) or not page.start_session():
        print(json.dumps({"ok": False, "error": "the session did not start"}), flush=True)
        return 1
    ticks = 0
    while page.is_running() and ticks < 20_000:
        timers.advance(clock, 2.0)
        app.processEvents()
        ticks += 1
    page.save_rating()
    app.processEvents()
    window.close()
    app.processEvents()
    store = context.history_store
    assert store is not None
    sessions = store.count()
    print(
        json.dumps(
            {"ok": sessions == 1, "routine": routine.id, "ticks": ticks, "sessions": sessions}
        ),
        flush=True,
    )
    context.close()
    return 0 if sessions == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
