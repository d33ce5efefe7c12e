"""How accurately the session controller hits phase boundaries in real time, under CPU load.

Runs a real routine (60 s by default) through :class:`SessionController` with the real clock
while a second thread keeps the CPU (and the GIL) busy with a pure-Python loop, then prints,
for every phase boundary, the moment ``phase_changed`` fired minus the planned moment (ms), the
same for the end of the session, max/mean absolute error and the timer wake-ups per second.

Goals: every boundary and the end within 20 ms (no accumulated drift), at most 2 wake-ups
per second.

Usage::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/timer_accuracy.py [--seconds 60]
        [--no-load] [--switch-interval MS]

Under load the error is dominated by the GIL: the timer fires on time in C++, but the Python
slot must wait for the busy thread to hand the GIL over, which CPython forces only after the
switch interval (5 ms by default), sometimes more than once. ``--switch-interval 1`` shows the
effect of a shorter interval.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from acupress_gui.domain.models import Laterality, Sides, Step
from acupress_gui.domain.timer import Phase, Plan, build_plan
from acupress_gui.ui.session.controller import MonotonicClock, SessionController

GOAL_MS = 20.0
GOAL_WAKEUPS_PER_SECOND = 2.0

SWITCH = 2.0
TRANSITION = 2.0
LATERALITY = {"BL23": Laterality.BILATERAL, "BL40": Laterality.BILATERAL}


def make_plan(seconds: float) -> Plan:
    """Bilateral steps of short holds and rests: many boundaries, about ``seconds`` long.

    Each step is hold 3 / rest 2 / hold 3 per side with a 2 s switch (18 s); steps are joined
    by a 2 s transition and the first step's prepare time pads the plan to ``seconds``.
    """
    step_seconds = 3 + 2 + 3 + SWITCH + 3 + 2 + 3
    count = 1
    while (count + 1) * step_seconds + count * TRANSITION <= seconds:
        count += 1
    used = count * step_seconds + (count - 1) * TRANSITION
    prepare = int(min(max(seconds - used, 0), 60))
    steps = [
        Step(
            point="BL23" if i % 2 == 0 else "BL40",
            hold_seconds=3,
            rest_seconds=2,
            repetitions=2,
            sides=Sides.BOTH,
            prepare_seconds=prepare if i == 0 else 0,
        )
        for i in range(count)
    ]
    return build_plan(steps, LATERALITY, switch_seconds=SWITCH, transition_seconds=TRANSITION)


def burn(stop: threading.Event, counter: list[int]) -> None:
    """Keep one core and the GIL busy until ``stop`` is set."""
    n = 0
    while not stop.is_set():
        for _ in range(10_000):
            n += 1
    counter.append(n)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns 0 when every goal is met, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="routine length (>= 18)")
    parser.add_argument("--no-load", action="store_true", help="skip the CPU-load thread")
    parser.add_argument(
        "--switch-interval",
        type=float,
        metavar="MS",
        help="set sys.setswitchinterval (default: leave the interpreter's 5 ms); under load,"
        " waking the GUI thread costs one or more GIL hand-overs of up to this long",
    )
    args = parser.parse_args(argv)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    plan = make_plan(args.seconds)
    clock = MonotonicClock()
    controller = SessionController(clock)
    controller.load(plan)

    fired: list[tuple[float, Phase]] = []
    finished_at: list[float] = []
    # Record first, before anything else can run: this is the moment a UI would update.
    controller.phase_changed.connect(lambda phase: fired.append((time.monotonic(), phase)))
    controller.session_finished.connect(lambda: finished_at.append(time.monotonic()))
    controller.session_finished.connect(app.quit)

    stop = threading.Event()
    counter: list[int] = []
    loader = threading.Thread(target=burn, args=(stop, counter), daemon=True)
    if not args.no_load:
        loader.start()
        time.sleep(0.2)  # let the load settle in before the clock starts

    cpu_before = time.process_time()
    QTimer.singleShot(0, controller.start)
    # A safety net in case the session never finishes.
    QTimer.singleShot(int((plan.total_seconds + 10) * 1000), app.quit)
    app.exec()
    cpu = time.process_time() - cpu_before
    stop.set()
    if loader.is_alive():
        loader.join()

    machine = controller.machine
    assert machine is not None and machine.started_at is not None
    t0 = machine.started_at
    print(f"Plan: {len(plan.phases)} phases, {plan.total_seconds:.0f} s planned; ", end="")
    print(f"CPU load thread: {'off' if args.no_load else 'on (pure-Python busy loop)'}")
    print(f"Python {sys.version.split()[0]}, switch interval {sys.getswitchinterval() * 1000:g} ms")
    print()
    print(f"{'#':>3} {'kind':<10} {'step':>4} {'side':<7} {'planned s':>9} {'error ms':>9}")
    errors: list[float] = []
    for actual, phase in fired:
        if phase.index == 0:
            continue  # the start itself: planned == actual by definition
        error = (actual - (t0 + phase.start)) * 1000
        errors.append(error)
        print(
            f"{phase.index:>3} {phase.kind.value:<10} {phase.step_index:>4} "
            f"{phase.side.value:<7} {phase.start:>9.1f} {error:>9.3f}"
        )
    if not finished_at:
        print("\nThe session did not finish!")
        return 1
    end_error = (finished_at[0] - (t0 + plan.total_seconds)) * 1000
    elapsed = finished_at[0] - t0
    wakeups_per_second = controller.wakeups / elapsed
    absolute = [abs(e) for e in [*errors, end_error]]
    print(
        f"{'end':>3} {'finished':<10} {'':>4} {'':<7} {plan.total_seconds:>9.1f} {end_error:>9.3f}"
    )
    print()
    print(f"boundaries measured : {len(errors)} (+ end)")
    print(f"max |error|         : {max(absolute):.3f} ms")
    print(f"mean |error|        : {statistics.fmean(absolute):.3f} ms")
    print(f"end error           : {end_error:.3f} ms")
    print(f"timer wake-ups      : {controller.wakeups} in {elapsed:.3f} s")
    print(f"wake-ups per second : {wakeups_per_second:.3f}")
    print(f"main-process CPU    : {cpu:.1f} s (includes the load thread)")
    goals = {
        f"every boundary within {GOAL_MS:g} ms": all(abs(e) <= GOAL_MS for e in errors),
        f"end within {GOAL_MS:g} ms": abs(end_error) <= GOAL_MS,
        f"wake-ups <= {GOAL_WAKEUPS_PER_SECOND:g}/s": wakeups_per_second <= GOAL_WAKEUPS_PER_SECOND,
        "every phase reported": [p.index for _, p in fired] == [p.index for p in plan.phases],
    }
    print()
    for goal, met in goals.items():
        print(f"{'PASS' if met else 'FAIL'}  {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
