"""Start-up cost of the app against a bare PySide6 window: wall time and peak memory.

Usage::

    uv run python benchmarks/startup.py [--runs 10] [--warmup 1] [--entry module|script]
        [--bytecode cached|as-is] [-v]

Runs two child processes alternately, ``--runs`` times each (after ``--warmup`` unmeasured
runs of each, so that both find the files in the page cache):

* *bare*: a small inline PySide6 script (QApplication, a QMainWindow with a QLabel, show,
  processEvents, grab, exit);
* *app*: ``python -m acupress_gui --self-test --config-dir <fresh temp dir>``
  (``--entry script``: the ``acupress-gui`` console script next to the interpreter instead).

Both use the interpreter running this script (``sys.executable``, the project's venv under
``uv run``; uv's own start-up is not included), with ``QT_QPA_PLATFORM=offscreen`` and no
``DISPLAY``/``WAYLAND_DISPLAY``. For each child it measures the whole-process wall time
(``time.perf_counter`` from spawn to reap) and its peak resident set size (``ru_maxrss`` from
``os.wait4`` on that one child; KiB on Linux), and, for information, its CPU time (user +
system, from the same ``wait4``; less disturbed than wall time by other load on a shared
machine). It prints the medians, the app/bare ratios and a PASS/FAIL line per goal.

Bytecode: by default (``--bytecode cached``) both children get a private, warmed-up bytecode
cache (``PYTHONPYCACHEPREFIX`` in a temp folder, ``PYTHONDONTWRITEBYTECODE`` unset), as an
installed app has (pip compiles on install; a bundle ships bytecode; a source tree writes
``__pycache__`` on first run). ``--bytecode as-is`` leaves the environment alone: where no
``.pyc`` exist and none may be written (uv installs without compiling by default; some CI
and sandbox images set ``PYTHONDONTWRITEBYTECODE=1``), every start compiles every imported
module from source, which costs the app far more than the bare window.

Unix only (``os.wait4``). Goals (from the issue): self-test wall time <= 1.5x the bare
window's, peak memory <= 1.3x.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_WALL_RATIO = 1.5
GOAL_RSS_RATIO = 1.3

BARE_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
app.processEvents()
ok = not window.grab().isNull()
sys.exit(0 if ok else 1)
"""


@dataclass
class Run:
    """One child process: what it cost and what it said."""

    wall_s: float
    cpu_s: float
    maxrss_kib: int
    exit_code: int
    stdout: str
    stderr: str


def child_env(pycache_prefix: str | None) -> dict[str, str]:
    """The environment of both children: offscreen, no display; optionally a bytecode cache."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    if pycache_prefix is not None:
        env["PYTHONPYCACHEPREFIX"] = pycache_prefix
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(argv: list[str], env: dict[str, str]) -> Run:
    """Run ``argv``; wall time from spawn to reap, peak RSS of that one child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=ROOT
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return Run(
            wall_s=wall,
            cpu_s=usage.ru_utime + usage.ru_stime,
            # KiB on Linux, bytes on macOS.
            maxrss_kib=usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1),
            exit_code=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def app_command(entry: str, config_dir: str) -> list[str]:
    """The self-test command line."""
    if entry == "script":
        script = Path(sys.executable).parent / "acupress-gui"
        return [str(script), "--self-test", "--config-dir", config_dir]
    return [sys.executable, "-m", "acupress_gui", "--self-test", "--config-dir", config_dir]


def run_app(entry: str, env: dict[str, str]) -> Run:
    """One self-test in a fresh config folder; fails loudly when the self-test fails."""
    with tempfile.TemporaryDirectory(prefix="acupress-startup-") as config_dir:
        run = run_child(app_command(entry, config_dir), env)
    if run.exit_code != 0 or '"ok": true' not in run.stdout:
        raise SystemExit(
            f"self-test failed (exit {run.exit_code}):\n{run.stdout}\n{run.stderr}".rstrip()
        )
    return run


def run_bare(env: dict[str, str]) -> Run:
    """One bare PySide6 window."""
    run = run_child([sys.executable, "-c", BARE_SCRIPT], env)
    if run.exit_code != 0:
        raise SystemExit(f"bare window failed (exit {run.exit_code}):\n{run.stderr}".rstrip())
    return run


def self_test_report(run: Run) -> dict[str, object]:
    """The self-test's JSON line."""
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            report = json.loads(line)
            assert isinstance(report, dict)
            return report
    return {}


def main(argv: list[str] | None = None) -> int:
    """Parse the options and run the benchmark; 0 when every goal is met, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs of each (10)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each (1)")
    parser.add_argument(
        "--entry",
        choices=("module", "script"),
        default="module",
        help="run the app as `python -m acupress_gui` (default) or the console script",
    )
    parser.add_argument(
        "--bytecode",
        choices=("cached", "as-is"),
        default="cached",
        help="a private warmed-up bytecode cache for both (default), or the environment as is",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="acupress-pycache-") as pycache:
        if args.bytecode == "cached":
            args.warmup = max(args.warmup, 1)  # the first run of each fills the cache
        return measure(args, child_env(pycache if args.bytecode == "cached" else None))


def load_average() -> str:
    """The 1-minute load average and the CPU count: how busy the (shared) machine was."""
    try:
        return f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    except OSError:
        return "unknown"


def measure(args: argparse.Namespace, env: dict[str, str]) -> int:
    """Warm up, run alternately, print the figures; 0 when every goal is met."""
    load_before = load_average()
    for _ in range(args.warmup):
        run_bare(env)
        run_app(args.entry, env)
    bare: list[Run] = []
    app: list[Run] = []
    for i in range(args.runs):
        # Alternate, so drift in the machine's load hits both alike.
        bare.append(run_bare(env))
        app.append(run_app(args.entry, env))
        if args.verbose:
            print(
                f"run {i + 1:>2}: bare {bare[-1].wall_s * 1000:7.0f} ms "
                f"{bare[-1].maxrss_kib / 1024:6.1f} MiB   app {app[-1].wall_s * 1000:7.0f} ms "
                f"{app[-1].maxrss_kib / 1024:6.1f} MiB",
                flush=True,
            )

    median = statistics.median
    bare_wall = median(r.wall_s for r in bare) * 1000
    app_wall = median(r.wall_s for r in app) * 1000
    bare_cpu, app_cpu = median(r.cpu_s for r in bare) * 1000, median(r.cpu_s for r in app) * 1000
    bare_rss = median(r.maxrss_kib for r in bare) / 1024
    app_rss = median(r.maxrss_kib for r in app) / 1024
    wall_ratio, rss_ratio = app_wall / bare_wall, app_rss / bare_rss
    reports = [self_test_report(r) for r in app]
    reported = [float(str(r["startup_ms"])) for r in reports if "startup_ms" in r]

    app_name = "python -m acupress_gui" if args.entry == "module" else "acupress-gui"
    print(f"interpreter: {sys.executable} (Python {sys.version.split()[0]})")
    print(f"app: {app_name} --self-test; {args.runs} runs each, alternating, {args.warmup} warm-up")
    bytecode = "private warmed-up cache" if args.bytecode == "cached" else "environment as is"
    print(f"bytecode: {bytecode} (PYTHONDONTWRITEBYTECODE={env.get('PYTHONDONTWRITEBYTECODE')})")
    print(f"load average: {load_before} before, {load_average()} after")
    print(
        f"{'median':12} {'wall ms':>8} {'(min-max)':>11} {'CPU ms':>8} "
        f"{'peak RSS MiB':>13} {'(min-max)':>11}"
    )

    def span(values: list[float]) -> str:
        return f"{min(values):.0f}-{max(values):.0f}"

    for name, runs, wall, cpu, rss in (
        ("bare window", bare, bare_wall, bare_cpu, bare_rss),
        ("self-test", app, app_wall, app_cpu, app_rss),
    ):
        walls = [r.wall_s * 1000 for r in runs]
        rsss = [r.maxrss_kib / 1024 for r in runs]
        print(f"{name:12} {wall:8.0f} {span(walls):>11} {cpu:8.0f} {rss:13.1f} {span(rsss):>11}")
    print(f"{'ratio':12} {wall_ratio:7.2f}x {'':11} {app_cpu / bare_cpu:7.2f}x {rss_ratio:12.2f}x")
    if reported:
        print(f"self-test startup_ms (its own figure), median: {statistics.median(reported):.0f}")
    if reports:
        last = reports[-1]
        print(f"self-test pages: {last.get('pages')}; points {last.get('points')}, ", end="")
        print(f"routines {last.get('routines')}")
    checks = [
        (
            f"self-test wall time <= {GOAL_WALL_RATIO}x bare",
            wall_ratio <= GOAL_WALL_RATIO,
            wall_ratio,
        ),
        (
            f"self-test peak memory <= {GOAL_RSS_RATIO}x bare",
            rss_ratio <= GOAL_RSS_RATIO,
            rss_ratio,
        ),
    ]
    ok = True
    for name, passed, value in checks:
        ok = ok and passed
        print(f"{'PASS' if passed else 'FAIL'}  {name}: {value:.2f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
