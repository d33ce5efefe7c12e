"""The History page shown once, in a process of its own: who imports pyqtgraph, and what Qt
objects that thread makes.

Usage: ``python charts_import_child.py``. It builds the History page over an empty history
(offscreen), watches every ``import`` of numpy and pyqtgraph (a finder first on
``sys.meta_path`` notes the importing thread) and every call of a Qt class made on a thread
other than the GUI thread (``sys.monitoring``), shows the page, waits until the import is
over, and prints one JSON line:

- ``importers``: ``{module: [thread names]}``;
- ``made_off_gui_thread``: the Qt classes built off the GUI thread (``module.Class``);
- ``forbidden``: those of them that are QObjects, paint devices (widgets, pixmaps, images),
  fonts, icons or cursors, which belong to the GUI thread;
- ``charts_built``: whether the page built its charts (it should not: the tab is not shown).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import CodeType, ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QFontMetricsF, QIcon, QPaintDevice
from PySide6.QtWidgets import QApplication

WATCHED = ("numpy", "pyqtgraph")
FORBIDDEN = (QObject, QPaintDevice, QFont, QFontMetrics, QFontMetricsF, QIcon, QCursor)
importers: dict[str, list[str]] = {}
made: dict[str, type] = {}
gui_thread = threading.get_ident()


class ImportWatch:
    """Notes which thread asks for a watched module; finds nothing itself."""

    @staticmethod
    def find_spec(
        name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name in WATCHED:
            importers.setdefault(name, []).append(threading.current_thread().name)
        return None


def on_call(_code: CodeType, _offset: int, function: object, _arg0: object) -> None:
    if threading.get_ident() == gui_thread or not isinstance(function, type):
        return
    module = function.__module__
    if isinstance(module, str) and module.startswith("PySide6"):
        made.setdefault(f"{module}.{function.__qualname__}", function)


def main() -> int:
    app = QApplication(sys.argv[:1])
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.storage.history import HistoryStore
    from acupress_gui.ui.history.page import HistoryPage
    from acupress_gui.ui.resources import resources_dir

    sys.meta_path.insert(0, ImportWatch())
    monitoring = sys.monitoring
    tool = monitoring.PROFILER_ID
    monitoring.use_tool_id(tool, "charts-import-child")
    monitoring.register_callback(tool, monitoring.events.CALL, on_call)
    monitoring.set_events(tool, monitoring.events.CALL)
    with tempfile.TemporaryDirectory(prefix="acupress-charts-child-") as tmp:
        store = HistoryStore(Path(tmp) / "history.sqlite3")
        page = HistoryPage(store, read_catalog(resources_dir()))
        page.resize(1024, 640)
        page.show()
        deadline = time.monotonic() + 30
        while not page.charts_tab.library.ready and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        monitoring.set_events(tool, 0)
        for _ in range(10):
            app.processEvents()
        print(
            json.dumps(
                {
                    "ready": page.charts_tab.library.ready,
                    "failure": repr(page.charts_tab.library.failure),
                    "importers": importers,
                    "made_off_gui_thread": sorted(made),
                    "forbidden": sorted(n for n, t in made.items() if issubclass(t, FORBIDDEN)),
                    "charts_built": page.charts is not None,
                    "pyqtgraph": "pyqtgraph" in sys.modules,
                }
            ),
            flush=True,
        )
        page.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
