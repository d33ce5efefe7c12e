"""Sessions left ``running`` by a killed app become ``interrupted`` when the file is opened.

A module of its own so that opening the history for the CSV export needs nothing of the
domain's models.
"""

from __future__ import annotations

import logging
from datetime import datetime

from acupress_gui.storage.history.connection import Database
from acupress_gui.storage.history.times import utc_text

__all__ = ["mark_unclosed"]

log = logging.getLogger(__name__)


def mark_unclosed(db: Database) -> int:
    """Mark every ``running`` session ``interrupted``, ending at its last committed hold (at
    its start when it has none); returns how many were marked."""
    with db.transaction():
        found = db.all(
            "SELECT s.id, s.started_at, s.utc_offset_min, "
            "(SELECT max(h.ended_at) FROM holds h WHERE h.session = s.id) AS last_hold "
            "FROM sessions s WHERE s.status = 'running'"
        )
        for row in found:
            with db.decoding():
                started = datetime.fromisoformat(row["started_at"])
                last_hold = row["last_hold"]
                ended = max(datetime.fromisoformat(last_hold), started) if last_hold else started
            db.execute(
                "UPDATE sessions SET status = 'interrupted', ended_at = ?, "
                "ended_offset_min = ?, duration_s = ? WHERE id = ?",
                (
                    utc_text(ended),
                    row["utc_offset_min"],
                    (ended - started).total_seconds(),
                    row["id"],
                ),
            )
    if found:
        log.warning("%d session(s) left running were marked interrupted", len(found))
    return len(found)
