"""The History page with a large history: scrolling to the last session and every sort.

Usage::

    uv run python benchmarks/bench_history_page.py [--sessions 300000] [--config DIR]

Writes a CSV of ``--sessions`` sessions (see ``history_scale.write_history_csv``), imports
it into a new config folder (or uses ``--config DIR`` when it already holds a history), then
shows the History page in a window (offscreen) at 1024x640 and measures:

* scrolling to the last session: the scroll bar dragged to its end (the model counts every
  row at once and reads only the blocks shown), then Ctrl+End to it;
* each sort column, both orders: a click's worth (``sortByColumn``) until the first screen is
  drawn again;
* the first show of the page, charts included.

Goals (issue 17): the last of 300,000 sessions in under 1 s, every sort under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history_scale import write_history_csv
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.history import HistoryStore, import_history_cli
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.history.page import HistoryPage
from acupress_gui.ui.resources import resources_dir

GOAL_SCROLL_S = 1.0
GOAL_SORT_MS = 50.0


def settle(app: QApplication) -> None:
    """Run the event loop until nothing is pending."""
    for _ in range(5):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    """Measure; 0 when every goal is met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=300_000)
    parser.add_argument("--config", type=Path, help="a config folder that has the history")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="acupress-page-bench-") as tmp:
        config = args.config or Path(tmp) / "config"
        if not history_file(config).exists():
            # Up to 100,000 sessions a file (3 a day back from 2026), imported as often as
            # needed under other session ids: 300,000 are 9 a day.
            source = Path(tmp) / "history.csv"
            write_history_csv(source, min(args.sessions, 100_000))
            text = source.read_text(encoding="utf-8")
            for copy in range(-(-args.sessions // 100_000)):
                source.write_text(text.replace("\nh", f"\n{'hij'[copy % 3]}{copy}"))
                code, message = import_history_cli(config, source)
                if code:
                    raise SystemExit(message)
        store = HistoryStore(history_file(config))
        catalog = read_catalog(resources_dir())
        started = time.perf_counter()
        page = HistoryPage(store, catalog)
        page.resize(1024, 640)
        page.show()
        settle(app)
        shown_ms = (time.perf_counter() - started) * 1000
        deadline = time.monotonic() + 3.0  # the charts are built after the first show
        while time.monotonic() < deadline:
            app.processEvents()
        total = store.count()
        table = page.table
        table.setFocus()
        started = time.perf_counter()
        bar = table.verticalScrollBar()
        drags = 0
        while drags == 0 or page.model.canFetchMore(QModelIndex()):
            bar.setValue(bar.maximum())  # as a drag to the end does
            settle(app)
            drags += 1
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        settle(app)
        scroll_s = time.perf_counter() - started
        last = table.currentIndex().row()
        blocks = page.model.blocks_read
        sorts: list[tuple[str, float]] = []
        model = page.model
        for column in range(model.columnCount()):
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                started = time.perf_counter()
                table.sortByColumn(column, order)
                settle(app)
                arrow = "up" if order == Qt.SortOrder.AscendingOrder else "down"
                sorts.append((f"{name} {arrow}", (time.perf_counter() - started) * 1000))
        page.close()
        store.close()
    print(f"History page, {total:,} sessions, offscreen 1024x640, load {os.getloadavg()[0]:.2f}")
    print(f"first show (charts included): {shown_ms:.0f} ms")
    ok = scroll_s < GOAL_SCROLL_S and last == total - 1
    print(
        f"{'PASS' if ok else 'FAIL'}  Ctrl+End to the last session (row {last + 1:,} of "
        f"{total:,}, {drags} drag(s) to the end, {blocks} blocks read): {scroll_s:.2f} s "
        f"(limit {GOAL_SCROLL_S:g} s)"
    )
    for name, ms in sorts:
        passed = ms < GOAL_SORT_MS
        ok = ok and passed
        verdict = "PASS" if passed else "FAIL"
        print(f"{verdict}  sort by {name}: {ms:.1f} ms (limit {GOAL_SORT_MS:g} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
