"""The session history as a service: the store, the recorder in front of it, the retries.

The recorder keeps sessions in memory when the disk refuses them (a full or read-only disk)
and says so once, in one sentence; while anything waits in memory, the keeper tries to write
it every 30 seconds, and no timer runs otherwise.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from acupress_gui.domain.recording import SessionRecorder
from acupress_gui.storage.fallback import FallbackRecorder
from acupress_gui.storage.history import HistoryStore, check_integrity, salvage

log = logging.getLogger(__name__)

RETRY_MS = 30_000


class HistoryKeeper(QObject):
    """Owns the history store and the recorder that writes to it."""

    message = Signal(str)
    """A plain sentence for the person (the history stopped or started being written)."""
    damaged = Signal(str)
    """The background check found the history damaged; carries a plain sentence."""

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._recorder = FallbackRecorder(
            store, notify=self._on_recorder_notice, clock=store.now, on_disk=not store.in_memory
        )
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)
        self._closed = False

    @property
    def store(self) -> HistoryStore:
        """The history store (sessions, queries, CSV)."""
        return self._store

    @property
    def recorder(self) -> SessionRecorder:
        """What the Session page records through."""
        return self._recorder

    @property
    def waiting(self) -> int:
        """Sessions kept in memory, not yet written."""
        return len(self._recorder.unsaved_sessions)

    def is_saved(self, session_id: str) -> bool:
        """True only when all of the session is written to the history file."""
        return self._recorder.is_saved(session_id)

    def check_in_background(self) -> threading.Thread | None:
        """Run SQLite's quick_check on a connection of its own, off the GUI thread; a
        damaged history is reported through :attr:`damaged`. None: no file to check."""
        if self._store.path is None:
            return None
        path = Path(self._store.path)

        def check() -> None:
            report = check_integrity(path)
            if not report.ok:
                log.warning("history integrity check: %s", "; ".join(report.problems))
                self.damaged.emit(report.message)  # queued to the GUI thread

        thread = threading.Thread(target=check, name="history-check", daemon=True)
        thread.start()
        return thread

    def salvage_copy(self) -> Path:
        """Copy every readable session to a new file beside the history; returns its path."""
        assert self._store.path is not None
        return salvage(Path(self._store.path))

    def _on_recorder_notice(self, text: str) -> None:
        self.message.emit(text)
        if self._recorder.pending and not self._closed:
            self._retry.start()

    @Slot()
    def _on_retry_timeout(self) -> None:
        if self._recorder.flush():
            self._retry.stop()

    def close(self) -> list[str]:
        """Write what waits, then close the store; returns what could not be saved."""
        if self._closed:
            return []
        self._closed = True
        self._retry.stop()
        problems: list[str] = []
        if not self._recorder.flush():
            unsaved = len(self._recorder.unsaved_sessions)
            problems.append(
                f"{unsaved} session(s) could not be saved to the history "
                f"({self._recorder.problem})."
            )
            log.warning("%s", problems[-1])
        self._store.close()
        return problems
