"""First frame of a normal start against a bare PySide6 window: wall time and peak memory.

Usage::

    uv run python benchmarks/bench_first_frame.py [--runs 7] [--warmup 1] [--display :N] [-v]

Runs two child processes alternately, ``--runs`` times each (after ``--warmup`` unmeasured
runs of each, which also fill a private bytecode cache, as an installed app has one):

* *bare*: an inline PySide6 script: QApplication, a QMainWindow with a QLabel at the size the
  app's first start takes on that screen, shown, quit right after its first paint;
* *app*: ``python -m acupress_gui --exit-after-first-frame --config-dir <dir>``: a normal start
  (settings, catalogue, routines, history, the Session page shown and painted), quit after the
  window's first paint. The config folder holds a ``settings.json`` whose safety notice is
  accepted (a returning person's start) and is made fresh for every run.

Both quit the same way: a zero timer started from the top-level window's first paint event.
Offscreen by default (``QT_QPA_PLATFORM=offscreen``); ``--display :N`` runs both on that X
display instead (start an Xvfb there first). Wall time is spawn to reap, peak memory the
child's ``ru_maxrss`` (``os.wait4``). Goals (issue 17): app <= 1.5x the bare window's wall
time and <= 1.3x its peak memory.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import Run, child_env, load_average, run_child

GOAL_WALL_RATIO = 1.5
GOAL_RSS_RATIO = 1.3

BARE_SCRIPT = """\
import sys
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
room = app.primaryScreen().availableSize() - QSize(32, 64)
window.resize(QSize(1180, 760).boundedTo(room))
class Quit(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
quit_filter = Quit()
window.installEventFilter(quit_filter)
window.show()
sys.exit(app.exec())
"""

SETTINGS = {"schema_version": 1, "safety_notice_accepted": True}


def run_bare(env: dict[str, str]) -> Run:
    """One bare window, quit after its first paint."""
    run = run_child([sys.executable, "-c", BARE_SCRIPT], env)
    if run.exit_code != 0:
        raise SystemExit(f"bare window failed (exit {run.exit_code}):\n{run.stderr}".rstrip())
    return run


def run_app(env: dict[str, str]) -> Run:
    """One normal start in a fresh config folder, quit after its first paint."""
    with tempfile.TemporaryDirectory(prefix="acupress-first-frame-") as config_dir:
        Path(config_dir, "settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
        argv = [sys.executable, "-m", "acupress_gui", "--exit-after-first-frame"]
        run = run_child([*argv, "--config-dir", config_dir], env)
    if run.exit_code != 0:
        raise SystemExit(f"app failed (exit {run.exit_code}):\n{run.stderr}".rstrip())
    return run


def environment(pycache: str, display: str | None) -> dict[str, str]:
    """Offscreen, or the X display given."""
    env = child_env(pycache)
    if display:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display
    return env


def main(argv: list[str] | None = None) -> int:
    """Run alternately, print medians and ratios; 0 when both goals are met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each (1)")
    parser.add_argument("--display", help="an X display (e.g. :35) instead of offscreen")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="acupress-pycache-") as pycache:
        env = environment(pycache, args.display)
        load_before = load_average()
        for _ in range(max(args.warmup, 1)):
            run_bare(env)
            run_app(env)
        bare: list[Run] = []
        app: list[Run] = []
        for i in range(args.runs):
            bare.append(run_bare(env))  # alternate: drift in the load hits both alike
            app.append(run_app(env))
            if args.verbose:
                b, a = bare[-1], app[-1]
                print(
                    f"run {i + 1:>2}: bare {b.wall_s * 1000:6.0f} ms {b.maxrss_kib / 1024:6.1f} MiB"
                    f"   app {a.wall_s * 1000:6.0f} ms {a.maxrss_kib / 1024:6.1f} MiB",
                    flush=True,
                )
    median = statistics.median
    bare_wall = median(r.wall_s for r in bare) * 1000
    app_wall = median(r.wall_s for r in app) * 1000
    bare_rss = median(r.maxrss_kib for r in bare) / 1024
    app_rss = median(r.maxrss_kib for r in app) / 1024
    wall_ratio, rss_ratio = app_wall / bare_wall, app_rss / bare_rss
    where = f"X display {args.display}" if args.display else "offscreen"
    print(f"first frame, {where}; {args.runs} runs each, alternating; bytecode cached")
    print(f"load average: {load_before} before, {load_average()} after")
    print(f"{'median':12} {'wall ms':>8} {'peak RSS MiB':>13}")
    print(f"{'bare window':12} {bare_wall:8.0f} {bare_rss:13.1f}")
    print(f"{'app':12} {app_wall:8.0f} {app_rss:13.1f}")
    ok = True
    for name, value, limit in (
        ("wall time", wall_ratio, GOAL_WALL_RATIO),
        ("peak memory", rss_ratio, GOAL_RSS_RATIO),
    ):
        passed = value <= limit
        ok = ok and passed
        print(f"{'PASS' if passed else 'FAIL'}  first frame {name}: {value:.2f}x (limit {limit}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
