"""pyqtgraph (and numpy under it) imported on a Python thread, ahead of the charts.

Their import takes about a quarter of a second with compiled bytecode (numpy ~90 ms,
pyqtgraph with QtOpenGL, QtOpenGLWidgets, QtSvg and QtTest ~150 ms) and is one piece of
work: on the GUI thread it would freeze the window. So the History page starts this import
on a thread of its own after its first paint, and the charts are built (on the GUI thread,
in small steps) once it is done.

The thread does nothing but the import, and that import builds Qt value types only
(QColor, QLocale, QPainterPath, QTransform, QRectF, QPointF, QMutex at module level in
pyqtgraph 0.14): no QObject, widget, pixmap or font, which would belong to a thread that
ends at once (``tests/gui/history/test_chart_library.py`` checks this). It signals nothing
either: the GUI thread asks :attr:`ChartsLibrary.ready` (a Qt signal sent from a thread that
Qt did not start would make Qt adopt that thread with a QThread object).
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from importlib.machinery import ModuleSpec

#: The import thread pauses this long (s) ...
PAUSE_S = 0.001
#: ... after this long (s) of importing: the GUI thread gets Python's lock between the two.
SLICE_S = 0.004


class _Pauses:
    """A finder that finds nothing: asked before each module the import thread loads, it
    makes that thread sleep :data:`PAUSE_S` every :data:`SLICE_S` of importing.

    Without it the GUI thread waited up to 100-230 ms for Python's lock while the import
    ran: the import reads hundreds of files, lets go of the lock for every read and takes
    it back before the waiting GUI thread has woken up, and every let-go restarts the GUI
    thread's wait before it may ask for the lock (CPython's GIL favours the busy thread).
    """

    def __init__(self) -> None:
        self._thread = threading.get_ident()
        self._since = time.monotonic()

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if threading.get_ident() == self._thread and time.monotonic() - self._since > SLICE_S:
            time.sleep(PAUSE_S)
            self._since = time.monotonic()
        return None  # the other finders find the module


def _import_pyqtgraph() -> None:
    pauses = _Pauses()
    sys.meta_path.insert(0, pauses)
    try:
        importlib.import_module("pyqtgraph")
    finally:
        sys.meta_path.remove(pauses)


class ChartsLibrary:
    """The import of the charts' library, on a thread; plain Python (no QObject).

    Args:
        load: What the thread runs (imports pyqtgraph); tests pass another.
    """

    def __init__(self, load: Callable[[], None] = _import_pyqtgraph) -> None:
        self._load = load
        self._done: Future[None] = Future()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the import on its thread, unless it is started already."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="acupress-charts-import", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        try:
            self._load()
        except Exception as error:  # any failure: the charts say so, the app carries on
            self._done.set_exception(error)
        else:
            self._done.set_result(None)

    @property
    def ready(self) -> bool:
        """True when the import is over, done or failed."""
        return self._done.done()

    @property
    def failure(self) -> BaseException | None:
        """What went wrong (None while loading or when it worked)."""
        return self._done.exception() if self._done.done() else None

    def wait(self) -> None:
        """Start the import if needed and wait for it; raises what the import raised."""
        self.start()
        self._done.result()
