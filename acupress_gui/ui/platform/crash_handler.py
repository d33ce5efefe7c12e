"""One handler for every exception that escapes to Qt's event loop or a thread.

PySide6 hands an exception raised in a slot or a virtual override (``changeEvent``,
``paintEvent``, ...) to ``sys.excepthook`` and carries on. Without this handler the traceback
goes to a terminal nobody reads, or the app is left half-working with nothing on screen. With
it, the traceback is written to the log file, the person is told once, in plain words, what
happened and where the log is, and the app keeps running: what was saved stays saved.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

type ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashHandler(QObject):
    """Logs unexpected exceptions and shows one dialog about them.

    Attributes:
        count: How many unexpected exceptions were seen since install().
    """

    #: Emitted (on the GUI thread) for each unexpected exception, with its one-line summary.
    exception_caught = Signal(str)

    def __init__(
        self,
        log_file: Path | None,
        *,
        show_dialog: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.count = 0
        self._show_dialog = show_dialog
        self._dialog_shown = False
        self._dialog: QMessageBox | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._pending: list[str] = []

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Give the hooks back to whoever had them."""
        if self._previous_hook is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None and threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log one unexpected exception and tell the person (once)."""
        if issubclass(kind, KeyboardInterrupt):
            # Ctrl+C in a terminal: quit as asked.
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        self.count += 1
        summary = "".join(traceback.format_exception_only(kind, error)).strip()
        log.critical(
            "Unexpected error: %s",
            summary,
            exc_info=(kind, error, trace),
        )
        if self.log_file is None:
            # Nowhere else to put it: the terminal at least.
            traceback.print_exception(kind, error, trace, file=sys.stderr)
        # A dialog opened from inside a paint or a half-finished event handler can recurse:
        # show it from the event loop, after the failing handler has returned.
        self._pending.append(summary)
        QTimer.singleShot(0, self, self._report)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot()
    def _report(self) -> None:
        pending, self._pending = self._pending, []
        for summary in pending:
            self.exception_caught.emit(summary)
        if not pending or not self._show_dialog or self._dialog_shown:
            return
        self._dialog_shown = True
        where = (
            self.tr("The details were written to:\n{path}").format(path=self.log_file)
            if self.log_file is not None
            else self.tr("The details were printed to the terminal (no log file could be made).")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            self.tr(
                "acupress-gui ran into a problem it did not expect. Your settings, routines "
                "and finished holds are saved. The app keeps running, but if something looks "
                "wrong, close it and start it again."
            ),
            QMessageBox.StandardButton.Ok,
            _parent_window(),
        )
        box.setInformativeText(where)
        box.setDetailedText(pending[0])
        box.setAccessibleName(self.tr("Unexpected error"))
        self._dialog = box
        box.open()


def _parent_window() -> QWidget | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    window = app.activeWindow()
    if window is not None:
        return window
    return next((w for w in app.topLevelWidgets() if w.isWindow() and w.isVisible()), None)
