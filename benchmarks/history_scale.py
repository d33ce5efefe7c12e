"""How the history scales: import time and ``history_ms`` for 1,000 and 100,000 sessions.

Usage::

    uv run python benchmarks/history_scale.py [--sizes 1000 100000] [--repeat 5]

For each size a CSV of that many sessions (3 holds each, 3 sessions a day, ratings on most,
times in Berlin time so both +01:00 and +02:00 occur) is written and imported through
``import_history_cli`` into an empty config folder; then the History page is built
``--repeat`` times with :func:`acupress_gui.ui.history.timing.build_history_page_timed` (the
self-test's ``history_ms``: the page with its first screen of rows and summaries, laid out at
1024x640 and rendered once; the charts are built after the page is shown and are not
included). The first build and the median are printed.

Goals (from the issue): 100,000 sessions open in <= 300 ms and <= 3x the 1,000-session time;
importing 100,000 takes <= 20 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acupress_gui.storage.history import CSV_COLUMNS, import_history_cli

ROUTINES = (
    ("Lower back relief", ("BL23", "BL40", "GB30")),
    ("Upper back and neck", ("GB21", "GV14", "SI15")),
    ("Sciatica and hips", ("BL53", "GB30", "GB34")),
    ("Six essentials", ("BL23", "KI3", "GV4")),
    ("Desk break: hands and feet", ("LI4", "TE3", "LR3")),
)
BERLIN = ZoneInfo("Europe/Berlin")
LAST_DAY = date(2026, 5, 8)


def write_history_csv(
    path: Path, sessions: int, per_day: int = 3, seed: int = 1, last_day: date = LAST_DAY
) -> None:
    """A history CSV of ``sessions`` sessions, 3 holds each, ending on ``last_day``."""
    rnd = random.Random(seed)
    days = -(-sessions // per_day)
    first = last_day - timedelta(days=days - 1)
    lines = [",".join(CSV_COLUMNS)]
    n = 0
    for d in range(days):
        day = first + timedelta(days=d)
        for k in range(per_day):
            if n >= sessions:
                break
            name, points = ROUTINES[rnd.randrange(len(ROUTINES))]
            started = datetime(day.year, day.month, day.day, 7 + 6 * k, rnd.randrange(60))
            started = started.replace(tzinfo=BERLIN)
            ended = started + timedelta(seconds=420 + rnd.randrange(600))
            before = rnd.randint(2, 8)
            pains = ("", "") if rnd.random() < 0.2 else (str(before), str(max(0, before - 2)))
            status = "completed" if rnd.random() < 0.9 else "stopped"
            head = (
                f"h{n:07d},{name},{started.isoformat()},{ended.isoformat()},{status},"
                f"{pains[0]},{pains[1]},"
            )
            for step, point in enumerate(points):
                held = 60.0 - rnd.random() * (20 if status == "stopped" else 1)
                lines.append(f"{head},{step},{point},left,60.00,{held:.2f},,,")
            n += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(sessions: int, repeat: int, folder: Path) -> dict[str, float]:
    """Import ``sessions`` sessions into a new config folder, then time the History page."""
    from PySide6.QtWidgets import QApplication

    from acupress_gui.storage.history import HistoryStore
    from acupress_gui.storage.paths import history_file
    from acupress_gui.ui.context import build_context
    from acupress_gui.ui.history.timing import build_history_page_timed

    app = QApplication.instance() or QApplication([])
    csv_file = folder / f"history-{sessions}.csv"
    write_history_csv(csv_file, sessions)
    config = folder / f"config-{sessions}"
    started = time.perf_counter()
    code, message = import_history_cli(config, csv_file)
    import_s = time.perf_counter() - started
    if code != 0:
        raise SystemExit(message)

    context = build_context(config)
    started = time.perf_counter()
    store = HistoryStore(history_file(config))
    open_ms = (time.perf_counter() - started) * 1000.0
    timings = []
    try:
        for _ in range(repeat):
            page, ms = build_history_page_timed(store, context.catalog)
            timings.append(ms)
            assert page.model.total == sessions, page.model.total
            page.deleteLater()
            app.processEvents()
    finally:
        store.close()
    return {
        "sessions": sessions,
        "csv_mb": csv_file.stat().st_size / 1e6,
        "import_s": import_s,
        "open_ms": open_ms,
        "first_ms": timings[0],
        "median_ms": statistics.median(timings),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table and the verdict on each goal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="acupress-bench-") as tmp:
        for size in args.sizes:
            results.append(measure(size, args.repeat, Path(tmp)))
    print(
        f"{'sessions':>9} {'csv MB':>7} {'import s':>9} {'open ms':>8} "
        f"{'history_ms first':>17} {'history_ms median':>18}"
    )
    for r in results:
        print(
            f"{r['sessions']:>9,.0f} {r['csv_mb']:>7.1f} {r['import_s']:>9.2f} "
            f"{r['open_ms']:>8.1f} {r['first_ms']:>17.1f} {r['median_ms']:>18.1f}"
        )
    by_size = {int(r["sessions"]): r for r in results}
    ok = True
    if 1000 in by_size and 100_000 in by_size:
        small, large = by_size[1000], by_size[100_000]
        ratio = large["median_ms"] / small["median_ms"]
        checks = [
            (
                "100,000 open in <= 300 ms",
                large["median_ms"] <= 300,
                f"{large['median_ms']:.0f} ms",
            ),
            ("<= 3x the 1,000-session time", ratio <= 3, f"{ratio:.2f}x"),
            ("import 100,000 in <= 20 s", large["import_s"] <= 20, f"{large['import_s']:.1f} s"),
        ]
        for name, passed, value in checks:
            ok = ok and passed
            print(f"{'PASS' if passed else 'FAIL'}  {name}: {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
