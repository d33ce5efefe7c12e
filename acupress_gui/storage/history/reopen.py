"""When a read-only history tries again to open its file for writing.

A full open for writing (checks, migrations, a test write) is not tried on every hold while
the file stays read-only: at most every :data:`REOPEN_EVERY_S` seconds of the monotonic time
passed in (without one, every :data:`REOPEN_EVERY_CALLS` refused writes). It is tried at once
when the file and its folder become writable, or when they look writable and the disk has
:data:`REOPEN_FREED_BYTES` more free than at the last try (a full disk was cleaned up): two
permission checks and one free-space look per write, so the history is written as soon as
it can be.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

__all__ = ["REOPEN_EVERY_CALLS", "REOPEN_EVERY_S", "REOPEN_FREED_BYTES", "ReopenGate"]

#: Seconds between two full tries while nothing says the file became writable.
REOPEN_EVERY_S = 30.0
#: Refused writes between two full tries, when no monotonic time is passed in.
REOPEN_EVERY_CALLS = 10
#: Bytes freed on the disk since the last try that make the next one come at once.
REOPEN_FREED_BYTES = 64 * 1024


class ReopenGate:
    """Says when a read-only store should try to open its file for writing again.

    Args:
        path: The history file.
        monotonic: Monotonic seconds now (None: count the refused writes instead).
    """

    def __init__(self, path: Path, monotonic: Callable[[], float] | None = None) -> None:
        self._path = path
        self._monotonic = monotonic
        self._permitted = self._probe()
        self._free_at_failure = 0
        self._failed_at: float | None = None
        self._failed = False
        self._refused = 0
        #: Why the last try failed, in plain words ("" before the first).
        self.reason = ""

    def due(self) -> bool:
        """Whether to try a full open now (else the write is refused untried)."""
        permitted, was = self._probe(), self._permitted
        self._permitted = permitted
        if not self._failed or (permitted and not was):
            return True  # the first try, or the file or its folder was made writable
        if permitted and self._free() >= self._free_at_failure + REOPEN_FREED_BYTES:
            return True  # room was made on the disk
        if self._monotonic is not None and self._failed_at is not None:
            due = self._monotonic() - self._failed_at >= REOPEN_EVERY_S
        else:
            due = self._refused >= REOPEN_EVERY_CALLS
        if not due:
            self._refused += 1
        return due

    def failed(self, reason: str) -> None:
        """The try failed: wait again before the next one."""
        self._failed = True
        self._failed_at = self._monotonic() if self._monotonic is not None else None
        self._refused = 0
        self._free_at_failure = self._free()
        self.reason = reason

    def _probe(self) -> bool:
        # A file not made yet (the disk was full at start) needs only a writable folder.
        file_ok = os.access(self._path, os.W_OK) or not self._path.exists()
        return file_ok and os.access(self._path.parent, os.W_OK)

    def _free(self) -> int:
        try:
            return shutil.disk_usage(self._path.parent).free
        except OSError:
            return 0
