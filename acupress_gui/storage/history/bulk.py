"""Many sessions in one transaction: inserted without the per-row summary trigger.

Version 2's ``sessions_added`` trigger updates ``days`` and ``routine_totals`` for every
inserted session (two upserts a row). For an import that is most of the time; so inside the
import's transaction the trigger is dropped, the rows go in with ``executemany``, the
summaries of the new rows are added with one statement per table (the same sums the trigger
makes), and the trigger is created again from its own stored text. DDL is transactional in
SQLite: a failed or killed import leaves the trigger, the summaries and the rows as they were.

Only the trigger whose text this module knows (version 2's) is handled so; any other
(a later schema's) keeps firing row by row.
"""

from __future__ import annotations

from collections.abc import Sequence

from acupress_gui.storage.history.connection import Database, Params

__all__ = ["insert_sessions"]

_TRIGGER = "sessions_added"
#: What the trigger does, as written in version 2 (a part of its stored text).
_V2_MARK = "INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)"

_RATED = "(pain_before IS NOT NULL AND pain_after IS NOT NULL)"
_MS = "CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)"
_ADD_DAYS = f"""
    INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
    SELECT CAST(julianday(local_date) - 1721424.5 AS INTEGER) AS day, count(*), sum({_MS}),
        sum({_RATED}), sum(CASE WHEN {_RATED} THEN pain_before ELSE 0 END),
        sum(CASE WHEN {_RATED} THEN pain_after ELSE 0 END)
    FROM sessions WHERE id > ? GROUP BY day
    ON CONFLICT (day) DO UPDATE SET
        sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
        rated = rated + excluded.rated, before_sum = before_sum + excluded.before_sum,
        after_sum = after_sum + excluded.after_sum
"""
_ADD_ROUTINES = f"""
    INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
    SELECT routine_name, count(*), sum({_MS}), sum({_RATED}),
        sum(CASE WHEN {_RATED} THEN pain_before - pain_after ELSE 0 END)
    FROM sessions WHERE id > ? GROUP BY routine_name
    ON CONFLICT (routine_name) DO UPDATE SET
        sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
        rated = rated + excluded.rated, relief_sum = relief_sum + excluded.relief_sum
"""


def insert_sessions(
    db: Database,
    sessions: tuple[str, Sequence[Params]],
    holds: tuple[str, Sequence[Params]],
    last_old_id: int,
) -> None:
    """Insert the session rows (ids above ``last_old_id``) and then the hold rows, inside
    the transaction ``db`` has open, with the summaries made as the trigger would."""
    trigger = db.value(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_TRIGGER,)
    )
    bulk = isinstance(trigger, str) and _V2_MARK in trigger and len(sessions[1]) > 1
    if bulk:
        db.execute(f"DROP TRIGGER {_TRIGGER}")
    db.executemany(*sessions)
    db.executemany(*holds)
    if bulk:
        db.execute(_ADD_DAYS, (last_old_id,))
        db.execute(_ADD_ROUTINES, (last_old_id,))
        db.execute(str(trigger))
