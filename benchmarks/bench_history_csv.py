"""History CSV import and export against plain Python + SQLite doing the same work.

Usage::

    uv run python benchmarks/bench_history_csv.py [--sessions 100000] [--runs 3] [-v]

A CSV of ``--sessions`` sessions (3 holds each; see ``history_scale.write_history_csv``) is
written once. Then, alternately ``--runs`` times each, in child processes (wall time spawn to
reap, peak memory from ``os.wait4``):

* *import*: ``python -m acupress_gui --config-dir <new> --import-history FILE.csv`` against
  a plain script that reads the file with the ``csv`` module and loads it with
  ``executemany`` in one transaction into two tables of the same columns (no checks, indexes
  or triggers): SQLite's own speed for this data;
* *export*: ``python -m acupress_gui --config-dir <dir> --export-history OUT.csv`` (of the
  history just imported) against a plain ``csv.writer`` over one cursor joining sessions and
  holds of that same file.

Goals (issue 17): import <= 2x the plain script's time and memory; export <= 1.3x the plain
writer's time and memory. Run it at two sizes to see that memory stays flat as files grow.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import Run, child_env, load_average, run_child

# The CSV is made in a child: this process stays small, as a child's peak memory counts the
# process it was started from (ru_maxrss keeps the forked parent's size).
# Above 100,000 sessions (three a day back to 1935) the sessions of the first 100,000 days
# are repeated under other ids (h..., i..., j...): earlier days would be before 1900, or in
# local mean time with an offset of seconds, which the import rightly refuses.
MAKE_CSV = """\
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from history_scale import write_history_csv
path, sessions = Path(sys.argv[1]), int(sys.argv[2])
base = min(sessions, 100_000)
write_history_csv(path, base)
if sessions > base:
    header, *body = path.read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as out:
        out.write(header + "\\n")
        for copy in range(-(-sessions // base)):
            rows = body[: 3 * (sessions - copy * base)]
            out.writelines("hijklmnopq"[copy] + row[1:] + "\\n" for row in rows)
"""

GOALS = {"import": 2.0, "export": 1.3}

PLAIN_IMPORT = """\
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[2], isolation_level=None)
db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, session_id TEXT, routine_name TEXT,"
           " started_at TEXT, ended_at TEXT, status TEXT, pain_before INTEGER,"
           " pain_after INTEGER, note TEXT)")
db.execute("CREATE TABLE holds (id INTEGER PRIMARY KEY, session INTEGER, step INTEGER,"
           " point TEXT, side TEXT, planned_s REAL, held_s REAL)")
keys = {}
sessions, holds = [], []
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        key = keys.get(row[0])
        if key is None:
            key = keys[row[0]] = len(keys) + 1
            sessions.append((key, row[0], row[1], row[2], row[3], row[4],
                             int(row[5]) if row[5] else None,
                             int(row[6]) if row[6] else None, row[7]))
        if row[8]:
            holds.append((key, int(row[8]), row[9], row[10], float(row[11]), float(row[12])))
db.execute("BEGIN")
db.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions)
db.executemany("INSERT INTO holds (session, step, point, side, planned_s, held_s)"
               " VALUES (?, ?, ?, ?, ?, ?)", holds)
db.execute("COMMIT")
"""

PLAIN_EXPORT = """\
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
cursor = db.execute(
    "SELECT s.session_id, s.routine_name, s.started_at, s.ended_at, s.status, s.pain_before,"
    " s.pain_after, s.note, h.step, h.point, h.side, h.planned_s, h.held_s"
    " FROM sessions s LEFT JOIN holds h ON h.session = s.id ORDER BY s.started_at, s.id, h.id")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\\n")
    writer.writerow(("session_id", "routine", "started_at", "ended_at", "status",
                     "pain_before", "pain_after", "note", "step", "point", "side",
                     "planned_hold_s", "held_s"))
    writer.writerows(cursor)
"""


def checked(run: Run, what: str) -> Run:
    """``run``, or stop with what it said when it failed."""
    if run.exit_code != 0:
        raise SystemExit(f"{what} failed (exit {run.exit_code}):\n{run.stderr}".rstrip())
    return run


def main(argv: list[str] | None = None) -> int:
    """Run both comparisons alternately; 0 when every goal is met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=100_000, help="sessions (100000)")
    parser.add_argument("--runs", type=int, default=3, help="measured runs of each (3)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    args = parser.parse_args(argv)
    app = [sys.executable, "-m", "acupress_gui"]
    results: dict[str, tuple[list[Run], list[Run]]] = {"import": ([], []), "export": ([], [])}
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="acupress-csv-bench-") as tmp:
        folder = Path(tmp)
        env = child_env(str(folder / "pycache"))
        source = folder / "history.csv"
        here = str(Path(__file__).resolve().parent)
        checked(
            run_child([sys.executable, "-c", MAKE_CSV, str(source), str(args.sessions), here], env),
            "writing the CSV",
        )
        size_mib = source.stat().st_size / 1024 / 1024
        for i in range(args.runs + 1):  # the first round warms up (bytecode, page cache)
            config = folder / f"config-{i}"
            shutil.rmtree(config, ignore_errors=True)
            mine = checked(
                run_child(
                    [*app, "--config-dir", str(config), "--import-history", str(source)], env
                ),
                "the app's import",
            )
            plain_db = folder / f"plain-{i}.sqlite3"
            plain = checked(
                run_child([sys.executable, "-c", PLAIN_IMPORT, str(source), str(plain_db)], env),
                "the plain import",
            )
            plain_db.unlink()
            out = folder / "out.csv"
            mine_out = checked(
                run_child([*app, "--config-dir", str(config), "--export-history", str(out)], env),
                "the app's export",
            )
            history = config / "history.sqlite3"
            plain_out = checked(
                run_child([sys.executable, "-c", PLAIN_EXPORT, str(history), str(out)], env),
                "the plain export",
            )
            if i == 0:
                continue
            for name, pair in (("import", (mine, plain)), ("export", (mine_out, plain_out))):
                results[name][0].append(pair[0])
                results[name][1].append(pair[1])
                if args.verbose:
                    print(
                        f"run {i} {name}: app {pair[0].wall_s:6.2f} s "
                        f"{pair[0].maxrss_kib / 1024:6.1f} MiB   plain {pair[1].wall_s:6.2f} s "
                        f"{pair[1].maxrss_kib / 1024:6.1f} MiB",
                        flush=True,
                    )
    print(
        f"history CSV: {args.sessions:,} sessions, {3 * args.sessions:,} holds, {size_mib:.0f} MiB"
    )
    print(f"{args.runs} runs each, alternating; load average {load_before} before, ", end="")
    print(f"{load_average()} after")
    ok = True
    median = statistics.median
    for name, (mine_runs, plain_runs) in results.items():
        wall = median(r.wall_s for r in mine_runs), median(r.wall_s for r in plain_runs)
        rss = (
            median(r.maxrss_kib for r in mine_runs) / 1024,
            median(r.maxrss_kib for r in plain_runs) / 1024,
        )
        print(
            f"{name}: app {wall[0]:.2f} s, {rss[0]:.1f} MiB; plain {wall[1]:.2f} s, "
            f"{rss[1]:.1f} MiB"
        )
        limit = GOALS[name]
        for what, ratio in (("time", wall[0] / wall[1]), ("peak memory", rss[0] / rss[1])):
            passed = ratio <= limit
            ok = ok and passed
            print(f"{'PASS' if passed else 'FAIL'}  {name} {what}: {ratio:.2f}x (limit {limit}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
