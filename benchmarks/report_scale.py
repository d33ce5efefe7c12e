"""How long the report for the doctor takes over 100,000 sessions, against a 5 s limit.

Usage::

    uv run python benchmarks/report_scale.py [--sessions 100000] [--per-day 50] [--repeat 3]

A history file of ``--sessions`` sessions (3 holds each, ``--per-day`` sessions a day: 100,000
over five and a half years, 286 weeks; most rated, a pain map on most, a check-in each week)
is written once; then, ``--repeat`` times, the whole
report over every day of it is made as ``--export-report`` makes it: read from the history
(``report_sessions``, ``point_times``), summed (``build_report``), drawn and written as a PDF
(``write_report``). In the same run, as a yardstick, a plain SQLite aggregation of the same
period (sessions, rated pairs and minutes per local day; holds per point and side) is timed.
It prints the median of each, the ratio report / 5 s (the goal: below 1) and report / SQLite.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStatus
from tests.helpers.report_data import with_pain_details

LIMIT_S = 5.0
LAST_DAY = date(2026, 5, 8)
ROUTINES = (
    ("Lower back relief", ("BL23", "BL40", "GB30")),
    ("Upper back and neck", ("GB21", "GV14", "SI15")),
    ("Sciatica and hips", ("BL53", "GB30", "GB34")),
    ("Six essentials", ("BL23", "KI3", "GV4")),
    ("Desk break: hands and feet", ("LI4", "TE3", "LR3")),
)
_YARDSTICK = (
    "SELECT local_date, count(*), sum(coalesce(duration_s, held_s)), "
    "count(pain_before - pain_after), sum(pain_before), sum(pain_after) FROM sessions "
    "WHERE local_date BETWEEN ? AND ? GROUP BY local_date",
    "SELECT h.point, h.side, sum(h.held_s), count(*) FROM sessions s JOIN holds h "
    "ON h.session = s.id WHERE s.local_date BETWEEN ? AND ? GROUP BY h.point, h.side",
    "SELECT routine_name, count(*), sum(pain_before - pain_after) FROM sessions "
    "WHERE local_date BETWEEN ? AND ? GROUP BY routine_name",
)


def records(count: int, per_day: int, seed: int = 1) -> list[SessionRecord]:
    """``count`` sessions, ``per_day`` a day, ending on :data:`LAST_DAY`."""
    rnd = random.Random(seed)
    first = LAST_DAY - timedelta(days=-(-count // per_day) - 1)
    made: list[SessionRecord] = []
    for n in range(count):
        day = first + timedelta(days=n // per_day)
        name, points = ROUTINES[rnd.randrange(len(ROUTINES))]
        minute = (n % per_day) * (16 * 60 // per_day)
        start = datetime(day.year, day.month, day.day, 6 + minute // 60, minute % 60, tzinfo=UTC)
        before = rnd.randint(2, 8)
        rated = rnd.random() > 0.2
        holds = tuple(
            HoldResult(step, point, Side.LEFT, 1, 60.0, 60.0 - rnd.random())
            for step, point in enumerate(points)
        )
        made.append(
            SessionRecord(
                session_id=f"b{n:07d}",
                routine_id=name.lower().replace(" ", "-"),
                routine_name=name,
                started_at=start,
                ended_at=start + timedelta(seconds=420 + rnd.randrange(600)),
                status=SessionStatus.COMPLETED,
                pain_before=before if rated else None,
                pain_after=max(0, before - rnd.randint(0, 3)) if rated else None,
                note="stiff in the morning" if rnd.random() < 0.1 else "",
                holds=holds,
            )
        )
    return with_pain_details(made)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--per-day", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--notes", action="store_true", help="with the notes (at most 200)")
    args = parser.parse_args()

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from acupress_gui.storage.history import HistoryStore
    from acupress_gui.ui.context import load_catalog
    from acupress_gui.ui.report.document import ReportOptions
    from acupress_gui.ui.report.export import gather_report, write_report

    app = QGuiApplication.instance() or QGuiApplication([])
    catalog = load_catalog()
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        made = time.perf_counter()
        with HistoryStore(path) as store:
            store.add_records(records(args.sessions, max(1, args.per_day)))
            span = store.date_range()
        assert span is not None
        first, last = span
        print(
            f"history of {args.sessions:,} sessions written in {time.perf_counter() - made:.1f} s"
        )
        report_s: list[float] = []
        sqlite_s: list[float] = []
        out = Path(folder) / "report.pdf"
        pages = 0
        for _ in range(max(1, args.repeat)):
            started = time.perf_counter()
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                for sql in _YARDSTICK:
                    db.execute(sql, (first.isoformat(), last.isoformat())).fetchall()
            sqlite_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            with HistoryStore(path) as store:
                report = gather_report(store, first, last)
                options = ReportOptions(include_notes=args.notes, made_on=last)
                pages = write_report(out, report, catalog, options, locale)
            report_s.append(time.perf_counter() - started)
        del app
    report_median = statistics.median(report_s)
    sqlite_median = statistics.median(sqlite_s)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.2f}; {len(report.weeks)} weeks, {pages} pages")
    print(f"report (read, sum, draw, write PDF): median {report_median:.2f} s of {report_s}")
    print(f"plain SQLite aggregation of the same period: median {sqlite_median:.2f} s")
    print(f"report / limit {LIMIT_S:.0f} s: {report_median / LIMIT_S:.2f}")
    print(f"report / plain SQLite: {report_median / sqlite_median:.1f}")
    ok = report_median < LIMIT_S
    print(f"{'PASS' if ok else 'FAIL'}: a report over {args.sessions:,} sessions in under 5 s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
