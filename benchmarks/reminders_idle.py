"""CPU and wake-ups of the app in the background (``--background``) with reminders set.

Usage::

    uv run python benchmarks/reminders_idle.py [--seconds 60] [--settle 8]

In one process, offscreen (no tray there, so no tray icon either: the same start as
``--background`` on a desktop without one): builds the app as ``run_gui`` does
(``build_context`` with the history, the window, *not shown*), arms the reminders (three a
day, none due during the run) and then measures two phases of ``--seconds`` each:

1. **idle**: the backgrounded app as it is;
2. **poller**: the same app plus one 1-second QTimer, the cheapest polling a tray app could
   do (a break timer checking the clock every second). This is the limit, measured in the
   same run on the same machine.

For each phase: CPU time (``time.process_time``, every thread) as a percentage of one core,
every ``QEvent.Timer`` delivered in the GUI thread (an event filter on the QApplication,
listed by receiver), the reminder timer's own wake-ups, and the voluntary context switches
of every thread (``/proc/self/task/*/status``, Linux): each is printed as idle / poller.

Goals: no timer event and no reminder wake-up while idle (the one timer is armed to the next
due time, which is hours away), and at most a tenth of the poller's context switches.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)
os.environ.setdefault("QT_TTS_ENGINE", "mock")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

from acupress_gui.ui.application import create_main_window, make_application
from acupress_gui.ui.context import build_context
from acupress_gui.ui.shell.daily_practice import WAKE_WATCH_DELAY_MS

GOAL_IDLE_TIMER_EVENTS = 0
GOAL_SWITCH_RATIO = 0.1


class TimerEvents(QObject):
    """Counts ``QEvent.Timer`` deliveries in the GUI thread, by receiver."""

    def __init__(self) -> None:
        super().__init__()
        self.counted: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            name = watched.objectName() or watched.metaObject().className()
            self.counted[name] += 1
        return False


def voluntary_switches() -> int:
    """Voluntary context switches of every thread of this process (0 where /proc is not)."""
    total = 0
    for status in Path("/proc/self/task").glob("*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue  # the thread ended
        for line in text.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                total += int(line.split()[1])
    return total


@dataclass
class Phase:
    """What one phase cost."""

    name: str
    seconds: float
    cpu_percent: float
    timer_events: int
    reminder_wakeups: int
    switches: int
    receivers: Counter[str]


def measure(name: str, seconds: float, counter: TimerEvents, wakeups: Callable[[], int]) -> Phase:
    """Run the event loop ``seconds`` and count."""
    counter.counted = Counter()
    start_wakeups = wakeups()
    cpu0, wall0, switches0 = time.process_time(), time.perf_counter(), voluntary_switches()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)  # the stopwatch itself: 1 event
    loop.exec()
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    receivers = Counter(counter.counted)
    receivers.subtract({"QTimer": 1})  # the stopwatch
    receivers = +receivers
    return Phase(
        name,
        wall,
        100 * cpu / wall,
        sum(receivers.values()),
        wakeups() - start_wakeups,
        voluntary_switches() - switches0,
        receivers,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    # Start-up's one-off timers (the wake-up watch is connected WAKE_WATCH_DELAY_MS after
    # the start) pass before the idle phase is measured.
    parser.add_argument("--settle", type=float, default=WAKE_WATCH_DELAY_MS / 1000 + 3.0)
    args = parser.parse_args()

    config = Path(tempfile.mkdtemp(prefix="acupress-bench-reminders-"))
    soon = datetime.now()
    times = [(soon + timedelta(hours=h)).strftime("%H:%M") for h in (3, 8, 13)]
    (config / "settings.json").write_text(
        json.dumps(
            {
                "safety_notice_accepted": True,
                "reminders": [
                    {
                        "time": t,
                        "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                        "routine": None,
                    }
                    for t in times
                ],
            }
        )
    )
    app = make_application()
    context = build_context(config, open_history_file=True, parent=app)
    window = create_main_window(context)  # built, not shown: --background
    window.practice.start()
    scheduler = context.reminders
    assert scheduler is not None and scheduler.armed, "the reminders are not armed"
    counter = TimerEvents()
    app.installEventFilter(counter)
    # Start-up's own one-off timers (the history check two seconds in) are not idle time.
    measure("settle", args.settle, counter, lambda: scheduler.wakeups)

    idle = measure("idle", args.seconds, counter, lambda: scheduler.wakeups)
    poller = QTimer()
    poller.setObjectName("one_second_poller")
    poller.timeout.connect(lambda: None)
    poller.start(1000)
    polling = measure("poller", args.seconds, counter, lambda: scheduler.wakeups)
    poller.stop()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    upcoming = scheduler.next_due.at if scheduler.next_due is not None else None
    print(f"reminders at {', '.join(times)}; next due {upcoming}")
    print(f"load average {load:.2f}; {args.seconds:.0f} s per phase")
    for phase in (idle, polling):
        print(
            f"{phase.name:7} cpu {phase.cpu_percent:6.3f} % of a core, "
            f"timer events {phase.timer_events:4}, reminder wake-ups {phase.reminder_wakeups}, "
            f"voluntary context switches {phase.switches:5}"
        )
        for receiver, count in phase.receivers.most_common(5):
            print(f"          {count:5}  {receiver}")
    ratio = idle.switches / polling.switches if polling.switches else float("nan")
    cpu_ratio = idle.cpu_percent / polling.cpu_percent if polling.cpu_percent else float("nan")
    print(f"idle / poller: context switches {ratio:.3f}, cpu {cpu_ratio:.3f}")
    ok = True
    for passed, text in (
        (
            idle.timer_events <= GOAL_IDLE_TIMER_EVENTS and idle.reminder_wakeups == 0,
            f"idle timer events {idle.timer_events} (goal {GOAL_IDLE_TIMER_EVENTS})",
        ),
        (
            ratio <= GOAL_SWITCH_RATIO,
            f"idle context switches {ratio:.3f} x the 1 s poller's (goal <= {GOAL_SWITCH_RATIO})",
        ),
    ):
        print(("PASS " if passed else "FAIL ") + text)
        ok = ok and passed
    context.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
