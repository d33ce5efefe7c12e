"""CPU time and timer wake-ups of the real window during a session and while idle after it.

Usage::

    uv run python benchmarks/session_cpu.py [--seconds 60] [--idle 30] [--idle-before 0]
        [--routine NAME] [--sound fake|none] [--settle 0] [--page-idle 0] [--profile FILE]

In one process, offscreen (``QT_QPA_PLATFORM=offscreen``, no ``DISPLAY``): builds the app's
real main window (``build_context`` + ``AppWindow``) on a fresh config folder whose
``settings.json`` says the safety notice was accepted, shows it, makes it the active window,
then:

1. optionally idles ``--idle-before`` seconds on the first screen (nothing started);
2. starts a session on ``--routine`` (default: the routine the Session page selects) with the
   real clock and runs the Qt event loop for ``--seconds`` of real time;
3. stops the session (as Esc + confirm would), waits ``--settle`` seconds unmeasured, then
   idles ``--idle`` seconds (on the summary panel the app shows after a session);
4. optionally (``--page-idle SECONDS``) shows every page in turn and idles on each.

For each phase it reports the process CPU time (``time.process_time``: every thread) as a
percentage of one core, the session controller's own wake-ups (its ``wakeups`` property),
every ``QEvent.Timer`` delivered in the GUI thread (an event filter on the QApplication; the
receiving objects are listed, so an idle wake-up can be traced to its owner, e.g. the blinking
cursor of a focused QLineEdit/QSpinBox, which Qt drives with a timer on the line control), and
the voluntary context switches of every thread (``/proc/self/task``, Linux): a thread that
sleeps and wakes up shows up there even when it is not the GUI thread.

Sound: ``--sound fake`` (default) gives the cue player a silent back end whose sounds are
always loaded (as with a working audio device, minus the device's own audio thread);
``--sound none`` makes the back end raise ``SoundUnavailableError``, so every cue becomes the
visual flash (a style-sheet change and a 400 ms single-shot timer each).

Goals (from the issues): under 2% of one core and at most 5 wake-ups a second of the whole
process (every thread's voluntary context switches) during a session; no timer wake-ups and
no thread wake-ups when idle.
``--profile FILE`` writes a cProfile of the session phase (which inflates its CPU figure).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Before Qt is imported: offscreen, no display, and a speech engine that talks to nobody.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)
os.environ.setdefault("QT_TTS_ENGINE", "mock")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from acupress_gui.ui.application import create_main_window, make_application
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues import CueSound, SoundBackend, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow

GOAL_SESSION_CPU_PERCENT = 2.0
GOAL_IDLE_WAKEUPS = 0
#: Wake-ups of the whole process (voluntary context switches of every thread) per second.
GOAL_SESSION_PROCESS_WAKEUPS_PER_S = 5.0
#: Idle: none, but the one that ends the measured window (the stopwatch) may count.
GOAL_IDLE_PROCESS_WAKEUPS = 1
#: Peak memory of the process after the session against a bare PySide6 window's.
GOAL_SESSION_RSS_RATIO = 1.5
STOPWATCH = "benchmark_stopwatch"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# ---- sound back ends -------------------------------------------------------------------------


class SilentSound(CueSound):
    """A cue sound that is always loaded and plays nothing."""

    plays = 0

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path

    def is_loaded(self) -> bool:
        return True

    def set_volume(self, volume: float) -> None:
        pass

    def play(self) -> None:
        SilentSound.plays += 1

    def stop(self) -> None:
        pass


def silent_backend() -> Callable[[Path, QObject], CueSound]:
    """Sound works, silently."""
    return SilentSound


def no_sound_backend() -> Callable[[Path, QObject], CueSound]:
    """There is no sound here: every cue becomes a flash."""
    raise SoundUnavailableError("benchmark")


# ---- counting --------------------------------------------------------------------------------


def describe(obj: QObject) -> str:
    """``Class('objectName')`` of ``obj`` and of up to three of its ancestors."""
    parts = []
    current: QObject | None = obj
    for _ in range(4):
        if current is None:
            break
        name = current.objectName()
        cls = current.metaObject().className()
        parts.append(f"{cls}({name!r})" if name else cls)
        current = current.parent()
    return " < ".join(parts)


class TimerEventCounter(QObject):
    """Counts every ``QEvent.Timer`` delivered in the GUI thread, by receiver."""

    def __init__(self) -> None:
        super().__init__()
        self.events: Counter[str] = Counter()
        self.timer_ids: dict[str, set[int]] = {}
        self.counting = False

    def reset(self) -> None:
        """Start counting from zero."""
        self.events = Counter()
        self.timer_ids = {}
        self.counting = True

    def stop(self) -> tuple[Counter[str], dict[str, set[int]]]:
        """Stop counting; what was counted since the last reset."""
        self.counting = False
        return self.events, self.timer_ids

    @property
    def total(self) -> int:
        """Timer events counted since the last reset."""
        return sum(self.events.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.counting
            and event.type() == QEvent.Type.Timer
            and watched.objectName() != STOPWATCH
        ):
            label = describe(watched)
            self.events[label] += 1
            timer_id = getattr(event, "timerId", None)
            if callable(timer_id):
                self.timer_ids.setdefault(label, set()).add(int(timer_id()))
        return False


@dataclass
class ThreadSample:
    """One thread's name, voluntary/involuntary context switches and CPU ticks."""

    name: str
    voluntary: int
    involuntary: int
    ticks: int


def thread_samples() -> dict[int, ThreadSample]:
    """Every thread of this process (Linux; empty elsewhere)."""
    samples: dict[int, ThreadSample] = {}
    task_dir = Path("/proc/self/task")
    if not task_dir.is_dir():
        return samples
    for entry in task_dir.iterdir():
        try:
            status = (entry / "status").read_text()
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # the thread ended
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        after_comm = stat.rsplit(")", 1)[1].split()
        samples[int(entry.name)] = ThreadSample(
            name=fields.get("Name", "?").strip(),
            voluntary=int(fields.get("voluntary_ctxt_switches", "0")),
            involuntary=int(fields.get("nonvoluntary_ctxt_switches", "0")),
            ticks=int(after_comm[11]) + int(after_comm[12]),
        )
    return samples


@dataclass
class PhaseResult:
    """What one measured phase cost."""

    name: str
    wall_s: float
    cpu_s: float
    controller_wakeups: int
    timer_events: Counter[str]
    timer_ids: dict[str, set[int]]
    voluntary_switches: int
    threads: list[tuple[int, str, int, float]] = field(default_factory=list)
    focus: str = ""
    active: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def cpu_percent(self) -> float:
        """CPU time as a percentage of one core."""
        return 100.0 * self.cpu_s / self.wall_s

    @property
    def timer_total(self) -> int:
        """Timer events in the GUI thread."""
        return sum(self.timer_events.values())


def run_event_loop(seconds: float) -> None:
    """Run the Qt event loop for ``seconds`` of real time."""
    loop = QEventLoop()
    stopwatch = QTimer()
    stopwatch.setObjectName(STOPWATCH)  # its one timer event is not counted
    stopwatch.setTimerType(Qt.TimerType.PreciseTimer)
    stopwatch.setSingleShot(True)
    stopwatch.timeout.connect(loop.quit)
    stopwatch.start(round(seconds * 1000))
    loop.exec()


def measure(
    name: str,
    seconds: float,
    window: AppWindow,
    counter: TimerEventCounter,
    *,
    begin: Callable[[], None] | None = None,
    profiler: cProfile.Profile | None = None,
) -> PhaseResult:
    """Run the event loop for ``seconds`` (after ``begin``) and measure what it cost."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = window.session_page.controller
    wakeups_before = controller.wakeups if controller is not None else 0
    threads_before = thread_samples()
    switches_before = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw
    counter.reset()
    if profiler is not None:
        profiler.enable()
    cpu_before = time.process_time()
    wall_before = time.perf_counter()
    if begin is not None:
        begin()
        controller = window.session_page.controller
        wakeups_before = 0  # a new session has a new controller
    focus = app.focusWidget()
    run_event_loop(seconds)
    wall = time.perf_counter() - wall_before
    cpu = time.process_time() - cpu_before
    timer_events, timer_ids = counter.stop()
    if profiler is not None:
        profiler.disable()
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw - switches_before
    threads_after = thread_samples()
    threads = []
    for tid, after in sorted(threads_after.items()):
        before = threads_before.get(tid, ThreadSample(after.name, 0, 0, 0))
        threads.append(
            (
                tid,
                after.name,
                after.voluntary - before.voluntary,
                (after.ticks - before.ticks) / CLOCK_TICKS,
            )
        )
    wakeups = (controller.wakeups if controller is not None else 0) - wakeups_before
    return PhaseResult(
        name=name,
        wall_s=wall,
        cpu_s=cpu,
        controller_wakeups=wakeups,
        timer_events=timer_events,
        timer_ids=timer_ids,
        voluntary_switches=switches,
        threads=threads,
        focus=describe(focus) if focus is not None else "(none)",
        active=window.isActiveWindow(),
    )


def print_phase(result: PhaseResult) -> None:
    """The figures of one phase, its timer events by receiver and its threads."""
    w = result.wall_s
    print(f"== {result.name}: {w:.1f} s wall")
    print(f"   CPU {result.cpu_s:.3f} s = {result.cpu_percent:.2f} % of one core")
    print(
        f"   session controller wake-ups: {result.controller_wakeups} "
        f"({result.controller_wakeups / w:.2f}/s)"
    )
    print(
        f"   timer events in the GUI thread: {result.timer_total} ({result.timer_total / w:.2f}/s)"
    )
    for label, count in result.timer_events.most_common():
        ids = len(result.timer_ids.get(label, ()))
        print(f"     {count:6d}  {count / w:6.2f}/s  {ids} timer id(s)  {label}")
    print(
        f"   voluntary context switches, whole process: {result.voluntary_switches} "
        f"({result.voluntary_switches / w:.2f}/s)"
    )
    for tid, name, switches, cpu in result.threads:
        if switches or cpu:
            print(
                f"     thread {tid:>7} {name:<16} {switches / w:7.2f} wake-ups/s  CPU {cpu:.2f} s"
            )
    print(f"   focus: {result.focus}; window active: {result.active}")
    for note in result.notes:
        print(f"   note: {note}")


def load_average() -> str:
    """The 1-minute load average and the CPU count: how busy the (shared) machine was."""
    try:
        return f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    except OSError:
        return "unknown"


def bare_window_peak_kib() -> int:
    """Peak RSS (KiB) of a bare PySide6 window shown and painted once, offscreen (Linux)."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
        "app = QApplication(sys.argv)\n"
        "window = QMainWindow()\n"
        "window.setCentralWidget(QLabel('Hello'))\n"
        "window.resize(1024, 640)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "window.grab()\n"
        # VmHWM: this program's own peak (ru_maxrss would include the forked parent's).
        "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return int(out.split()[-1])


def build_window(config_dir: Path, backend: SoundBackend | None) -> tuple[AppWindow, str]:
    """The window as the app builds it: the services with the history, then the window."""
    context = build_context(config_dir, open_history_file=True, sound_backend=backend)
    return create_main_window(context), "the SQLite history store, as the app wires it"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns 0 when every goal is met, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="session length (60)")
    parser.add_argument("--idle", type=float, default=30.0, help="idle after the session (30)")
    parser.add_argument(
        "--idle-before", type=float, default=0.0, help="idle on the first screen first (0)"
    )
    parser.add_argument("--settle", type=float, default=0.0, help="unmeasured wait after stop")
    parser.add_argument(
        "--page-idle", type=float, default=0.0, help="then idle this long on every page (0)"
    )
    parser.add_argument("--routine", help="routine name or id (default: the page's selection)")
    parser.add_argument(
        "--sound",
        choices=("fake", "none", "qt"),
        default="fake",
        help="a silent fake back end (default), none (flashes) or Qt Multimedia for real",
    )
    parser.add_argument("--profile", metavar="FILE", help="cProfile the session phase")
    args = parser.parse_args(argv)

    load_before = load_average()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    make_application()  # the app's own set-up (style, palette follower)
    counter = TimerEventCounter()
    app.installEventFilter(counter)

    with tempfile.TemporaryDirectory(prefix="acupress-session-cpu-") as tmp:
        config_dir = Path(tmp) / "config"
        config_dir.mkdir()
        (config_dir / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
        backend = {"fake": silent_backend, "none": no_sound_backend, "qt": None}[args.sound]
        window, recorder = build_window(config_dir, backend)
        context = window.context
        window.resize(1024, 640)
        window.show()
        window.activateWindow()
        deadline = time.monotonic() + 3.0
        while not window.isActiveWindow() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        run_event_loop(1.0)  # let the first layout and paints settle, unmeasured
        page = window.session_page
        if args.routine and not page.select_routine(args.routine):
            names = ", ".join(r.name for r in context.all_routines())
            print(f"no routine {args.routine!r}; routines: {names}", file=sys.stderr)
            return 2
        routine = page.current_routine()
        assert routine is not None, "no routine to run"

        results: list[PhaseResult] = []
        if args.idle_before > 0:
            results.append(measure("idle before (first screen)", args.idle_before, window, counter))

        flashes: list[object] = []
        window.context.cues.flash_requested.connect(flashes.append)

        def begin() -> None:
            if not page.start_session():
                raise SystemExit("the session did not start")

        profiler = cProfile.Profile() if args.profile else None
        session = measure("session", args.seconds, window, counter, begin=begin, profiler=profiler)
        if page.is_running():
            session.notes.append("still running at the end of the window (as intended)")
        else:
            session.notes.append("the routine ended before the window closed")
        if profiler is not None:
            profiler.dump_stats(args.profile)
            session.notes.append(f"profiled (CPU inflated); stats in {args.profile}")
        session.notes.append(f"cues played: {SilentSound.plays}; flashes: {len(flashes)}")
        results.append(session)

        session_peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        page.stop()  # Esc then "Stop session", without the dialog
        if args.settle > 0:
            run_event_loop(args.settle)
        idle = measure("idle after stop", args.idle, window, counter)
        idle.notes.append(f"panel: {page.panel()}")
        results.append(idle)
        if args.page_idle > 0:
            for key in window.page_keys():
                window.show_page(key)
                run_event_loop(2.0)  # the page's first layout, paint and one-shots, unmeasured
                result = measure(f"idle on page {key!r}", args.page_idle, window, counter)
                results.append(result)
        window.close()
        app.processEvents()

    print(
        f"acupress-gui session benchmark: routine {routine.name!r}, sound {args.sound}, "
        f"offscreen, Python {sys.version.split()[0]}"
    )
    print(f"load average: {load_before} before, {load_average()} after")
    print(f"recorder: {recorder}; pages: {window.page_keys()}")
    for result in results:
        print_phase(result)

    bare_kib = statistics.median(bare_window_peak_kib() for _ in range(3))
    rss_ratio = session_peak_kib / bare_kib
    print(
        f"peak memory after the session: {session_peak_kib / 1024:.1f} MiB; a bare PySide6 "
        f"window: {bare_kib / 1024:.1f} MiB (median of 3); ratio {rss_ratio:.2f}x"
    )
    checks = [
        (
            f"session peak memory <= {GOAL_SESSION_RSS_RATIO:g}x a bare window",
            rss_ratio <= GOAL_SESSION_RSS_RATIO,
            f"{rss_ratio:.2f}x",
        ),
        (
            f"session CPU < {GOAL_SESSION_CPU_PERCENT:g} % of one core",
            session.cpu_percent < GOAL_SESSION_CPU_PERCENT,
            f"{session.cpu_percent:.2f} %",
        ),
        (
            f"session wake-ups, whole process <= {GOAL_SESSION_PROCESS_WAKEUPS_PER_S:g}/s",
            session.voluntary_switches / session.wall_s <= GOAL_SESSION_PROCESS_WAKEUPS_PER_S,
            f"{session.voluntary_switches / session.wall_s:.2f}/s",
        ),
    ]
    for result in results:
        if result is session:
            continue
        wakeups = result.timer_total + result.controller_wakeups
        checks.append(
            (
                f"no timer wake-ups, {result.name}",
                wakeups <= GOAL_IDLE_WAKEUPS,
                f"{result.timer_total} timer events ({result.timer_total / result.wall_s:.2f}/s),"
                f" {result.controller_wakeups} controller wake-ups",
            )
        )
        checks.append(
            (
                f"no wake-ups of any thread, {result.name}",
                result.voluntary_switches <= GOAL_IDLE_PROCESS_WAKEUPS,
                f"{result.voluntary_switches} voluntary context switches "
                f"({result.voluntary_switches / result.wall_s:.2f}/s; the stopwatch's own counts)",
            )
        )
    ok = True
    for name, passed, value in checks:
        ok = ok and passed
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
