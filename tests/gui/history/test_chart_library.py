"""pyqtgraph imported on a thread of its own: off the GUI thread, with no Qt object there."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from acupress_gui.ui.history import chart_library
from acupress_gui.ui.history.chart_library import ChartsLibrary

ROOT = Path(__file__).resolve().parents[3]
CHILD = ROOT / "tests" / "helpers" / "charts_import_child.py"


def _wait_ready(library: ChartsLibrary) -> None:
    deadline = time.monotonic() + 10
    while not library.ready and time.monotonic() < deadline:
        time.sleep(0.01)
    assert library.ready


def test_the_first_show_imports_pyqtgraph_off_the_gui_thread() -> None:
    """Showing the History page imports numpy and pyqtgraph on the import thread only, and
    that thread builds no QObject, widget, pixmap or font (a fresh process, so that nothing
    is imported before)."""
    result = subprocess.run(
        [sys.executable, str(CHILD)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["ready"] and report["failure"] == "None" and report["pyqtgraph"]
    assert report["importers"] == {
        "numpy": ["acupress-charts-import"],
        "pyqtgraph": ["acupress-charts-import"],
    }
    assert report["forbidden"] == [], report["made_off_gui_thread"]
    assert "PySide6.QtGui.QColor" in report["made_off_gui_thread"]  # the watch does see calls
    assert not report["charts_built"]  # the Charts tab was not shown


def test_the_import_runs_once_on_its_own_thread() -> None:
    threads: list[str] = []
    library = ChartsLibrary(lambda: threads.append(threading.current_thread().name))
    assert not library.ready and library.failure is None
    library.start()
    library.start()
    library.wait()
    assert threads == ["acupress-charts-import"]
    assert library.ready and library.failure is None


def test_a_failed_import_is_kept_not_raised_on_the_thread() -> None:
    def fail() -> None:
        raise ImportError("No module named 'pyqtgraph'")

    library = ChartsLibrary(fail)
    library.start()
    _wait_ready(library)
    assert isinstance(library.failure, ImportError)
    with pytest.raises(ImportError, match="pyqtgraph"):
        library.wait()


def test_the_import_thread_pauses_now_and_then_other_threads_never() -> None:
    """The finder that lets the GUI thread have Python's lock during the import: it pauses
    the thread that made it, once per slice of importing, and no other thread."""
    pauses = chart_library._Pauses()
    time.sleep(chart_library.SLICE_S * 2)
    started = time.monotonic()
    assert pauses.find_spec("anything") is None
    assert time.monotonic() - started >= chart_library.PAUSE_S * 0.9
    started = time.monotonic()
    pauses.find_spec("next")  # the slice has just begun again: no pause
    assert time.monotonic() - started < chart_library.PAUSE_S
    other: list[float] = []

    def ask() -> None:
        time.sleep(chart_library.SLICE_S * 2)
        begun = time.monotonic()
        pauses.find_spec("elsewhere")
        other.append(time.monotonic() - begun)

    thread = threading.Thread(target=ask)
    thread.start()
    thread.join()
    assert other and other[0] < chart_library.PAUSE_S


def test_the_finder_is_gone_after_the_import() -> None:
    before = list(sys.meta_path)
    library = ChartsLibrary()
    library.wait()
    assert sys.meta_path == before
