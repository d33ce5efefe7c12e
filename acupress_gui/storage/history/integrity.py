"""Checking the history in the background, and salvaging what a damaged one still holds.

:func:`check_integrity` runs SQLite's ``PRAGMA quick_check`` (or the slower
``integrity_check``) on its own read-only connection, so the UI can call it from a worker
thread after the first frame, while the store goes on in the GUI thread. :func:`salvage`
copies every session that can still be read, with its holds, to a new file next to the damaged
one (like the SQLite shell's ``.recover``, at the level of sessions): the damaged file is left
where it is, for :func:`~acupress_gui.storage.atomic.quarantine` to set aside once the user
agrees.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from acupress_gui.storage.files import check_regular
from acupress_gui.storage.history.connection import Database
from acupress_gui.storage.history.errors import HistoryError, plain
from acupress_gui.storage.history.model import HOLD_COLUMNS, SESSION_COLUMNS, DeletedSessions
from acupress_gui.storage.history.store import HistoryStore

__all__ = ["IntegrityReport", "check_integrity", "salvage"]

log = logging.getLogger(__name__)

#: At most this many problems are listed.
MAX_PROBLEMS = 20

_Session = tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]


@dataclass(frozen=True)
class IntegrityReport:
    """What the check found.

    Attributes:
        ok: True when SQLite found nothing wrong (or there is no history yet).
        problems: SQLite's own lines, at most :data:`MAX_PROBLEMS` (empty when ok).
        message: One plain sentence for the user.
    """

    ok: bool
    problems: tuple[str, ...]
    message: str


def check_integrity(path: Path, *, full: bool = False) -> IntegrityReport:
    """Check the history file ``path`` on a connection of its own (thread-safe; never raises).

    Args:
        path: The history file.
        full: ``PRAGMA integrity_check`` (also compares indexes with tables; slower) instead
            of ``quick_check``.
    """
    try:
        if not check_regular(path):
            return IntegrityReport(True, (), "There is no session history yet.")
        db = Database.connect_read_only(path)
    except (OSError, HistoryError) as error:
        return _damaged(path, (plain(error),))
    try:
        pragma = "integrity_check" if full else "quick_check"
        lines = tuple(plain(line) for line in db.column(f"PRAGMA {pragma}({MAX_PROBLEMS})"))
    except HistoryError as error:
        lines = (error.reason,)
    finally:
        with contextlib.suppress(HistoryError):
            db.close()
    if lines == ("ok",):
        return IntegrityReport(True, (), f"The session history {path.name} is sound.")
    log.warning("%s is damaged: %s", path, "; ".join(lines[:3]))
    return _damaged(path, lines)


def _damaged(path: Path, problems: tuple[str, ...]) -> IntegrityReport:
    return IntegrityReport(
        False,
        problems[:MAX_PROBLEMS],
        f"The session history {path.name} is damaged ({problems[0] if problems else '?'}). "
        "Its readable sessions can be copied to a new history and the damaged file kept aside.",
    )


def salvage(path: Path, *, now: Callable[[], datetime] | None = None) -> Path:
    """Copy every readable session of ``path`` (with its holds) to a new history file.

    A session whose row cannot be read is left out; one whose holds cannot all be read is
    left out too, so that nothing partial looks whole. ``path`` is not changed.

    Returns:
        The new file, ``NAME.salvaged-<timestamp>`` next to ``path``.

    Raises:
        HistoryError: ``path`` cannot be opened at all, or the new file cannot be written.
    """
    stamp = (now or (lambda: datetime.now(UTC)))().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.salvaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.salvaged-{stamp}-{counter}")
    source = Database.connect_read_only(path)
    try:
        sessions = _readable_sessions(source)
    finally:
        with contextlib.suppress(HistoryError):
            source.close()
    with HistoryStore(target) as store:
        store.restore(DeletedSessions(tuple(sessions)))
    log.warning("%d session(s) of %s salvaged to %s", len(sessions), path, target.name)
    return target


def _readable_sessions(db: Database) -> list[_Session]:
    try:
        keys = [int(key) for key in db.column("SELECT id FROM sessions ORDER BY id")]
    except (HistoryError, ValueError, TypeError):
        # The table's own pages are damaged: look for each row id on its own.
        try:
            top = int(db.value("SELECT max(rowid) FROM sessions") or 0)
        except (HistoryError, ValueError, TypeError):
            top = 0
        keys = list(range(1, top + 1))
    columns = _session_select(db)
    hold_columns = ", ".join(HOLD_COLUMNS)
    found: list[_Session] = []
    for key in keys:
        try:
            row = db.one(f"SELECT {columns}, hold_count FROM sessions WHERE id = ?", (key,))
            if row is None:
                continue
            holds = _holds(db, hold_columns, key)
        except HistoryError:
            continue
        if len(holds) != row["hold_count"]:
            continue
        found.append(
            (
                tuple(row[name] for name in SESSION_COLUMNS),
                tuple(tuple(hold[name] for name in HOLD_COLUMNS) for hold in holds),
            )
        )
    return found


#: Session columns a file of an older schema lacks, and what a session is without them.
_LATER_COLUMNS = {"pain_regions": "''", "interference": "NULL", "sleep": "NULL"}


def _session_select(db: Database) -> str:
    """The :data:`SESSION_COLUMNS` to select; a damaged file of an older schema has not all
    of them (it was set aside before it was migrated): those are given their default."""
    try:
        present = {row["name"] for row in db.all("PRAGMA table_info(sessions)")}
    except HistoryError:
        present = set(SESSION_COLUMNS)
    return ", ".join(
        name
        if name in present or name not in _LATER_COLUMNS
        else f"{_LATER_COLUMNS[name]} AS {name}"
        for name in SESSION_COLUMNS
    )


def _holds(db: Database, columns: str, key: int) -> list[Any]:
    """The holds of session ``key``: through its index (which touches only the pages of
    those holds), else by scanning the table (when the index itself is damaged)."""
    sql = f"SELECT {columns} FROM holds {{}} WHERE session = ? ORDER BY id"
    try:
        return db.all(sql.format("INDEXED BY holds_session"), (key,))
    except HistoryError:
        return db.all(sql.format("NOT INDEXED"), (key,))
