"""The schema of ``history.sqlite3``, version by version, as frozen SQL text.

``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS` ``[n]`` is the SQL that
upgrades version n to n + 1. Each migration is written out in full and never built from
helper functions or from text another version uses: what version 2 means cannot change when
code elsewhere is edited (version 2's own triggers share two groups of statements, kept as
frozen constants of that version). A new version is a new entry at the end; an entry, once
released, is never edited (``tests/unit/storage/test_history_schema.py`` pins the text).

Days are stored as ``date.toordinal()``: ``julianday(date) - 1721424.5`` in SQL.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_OBJECTS", "SCHEMA_VERSION"]

_VERSION_1 = (
    # The first schema: sessions and their holds.
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL,
        started_at TEXT NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_date TEXT NOT NULL,
        ended_at TEXT,
        ended_offset_min INTEGER,
        duration_s REAL,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT '',
        hold_count INTEGER NOT NULL DEFAULT 0,
        held_s REAL NOT NULL DEFAULT 0
    ) STRICT
    """,
    """
    CREATE TABLE holds (
        id INTEGER PRIMARY KEY,
        session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step INTEGER NOT NULL,
        point TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'midline')),
        repetition INTEGER NOT NULL,
        planned_s REAL NOT NULL,
        held_s REAL NOT NULL,
        ended_at TEXT
    ) STRICT
    """,
    "CREATE INDEX sessions_started ON sessions(started_at)",
    # Covers the per-day summary: GROUP BY local_date reads the index alone, in order.
    "CREATE INDEX sessions_day ON sessions"
    "(local_date, duration_s, held_s, pain_before, pain_after)",
    # Covers the per-routine relief and the routine filter.
    "CREATE INDEX sessions_routine ON sessions(routine_name, started_at, pain_before, pain_after)",
    "CREATE INDEX sessions_status ON sessions(status, started_at)",
    "CREATE INDEX holds_session ON holds(session, id)",
)

# The statements of version 2's triggers. A changed session is the old row taken out of the
# summaries and the new one put in, so sessions_changed runs the very statements of
# sessions_removed and then of sessions_added. They belong to version 2's frozen text:
# never edit them (a later version that needs other triggers writes its own out in full).
_V2_PUT_IN_NEW = """\
        INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
        VALUES (
            CAST(julianday(NEW.local_date) - 1721424.5 AS INTEGER), 1,
            CAST(round(coalesce(NEW.duration_s, NEW.held_s) * 1000) AS INTEGER),
            (NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL),
            CASE WHEN (NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL)
                THEN NEW.pain_before ELSE 0 END,
            CASE WHEN (NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL)
                THEN NEW.pain_after ELSE 0 END
        )
        ON CONFLICT (day) DO UPDATE SET
            sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
            rated = rated + excluded.rated, before_sum = before_sum + excluded.before_sum,
            after_sum = after_sum + excluded.after_sum;
        INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
        VALUES (
            NEW.routine_name, 1,
            CAST(round(coalesce(NEW.duration_s, NEW.held_s) * 1000) AS INTEGER),
            (NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL),
            CASE WHEN (NEW.pain_before IS NOT NULL AND NEW.pain_after IS NOT NULL)
                THEN NEW.pain_before - NEW.pain_after ELSE 0 END
        )
        ON CONFLICT (routine_name) DO UPDATE SET
            sessions = sessions + excluded.sessions, ms = ms + excluded.ms,
            rated = rated + excluded.rated, relief_sum = relief_sum + excluded.relief_sum;
"""
_V2_TAKE_OUT_OLD = """\
        UPDATE days SET sessions = sessions - 1,
            ms = ms - CAST(round(coalesce(OLD.duration_s, OLD.held_s) * 1000) AS INTEGER),
            rated = rated - (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL),
            before_sum = before_sum
                - CASE WHEN (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL)
                    THEN OLD.pain_before ELSE 0 END,
            after_sum = after_sum
                - CASE WHEN (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL)
                    THEN OLD.pain_after ELSE 0 END
        WHERE day = CAST(julianday(OLD.local_date) - 1721424.5 AS INTEGER);
        DELETE FROM days
        WHERE day = CAST(julianday(OLD.local_date) - 1721424.5 AS INTEGER) AND sessions <= 0;
        UPDATE routine_totals SET sessions = sessions - 1,
            ms = ms - CAST(round(coalesce(OLD.duration_s, OLD.held_s) * 1000) AS INTEGER),
            rated = rated - (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL),
            relief_sum = relief_sum
                - CASE WHEN (OLD.pain_before IS NOT NULL AND OLD.pain_after IS NOT NULL)
                    THEN OLD.pain_before - OLD.pain_after ELSE 0 END
        WHERE routine_name = OLD.routine_name;
        DELETE FROM routine_totals WHERE routine_name = OLD.routine_name AND sessions <= 0;
"""

_VERSION_2 = (
    # Summary tables kept up to date by triggers, so the summaries read a few rows. days: one
    # row per local date with sessions, milliseconds and the paired pain ratings;
    # routine_totals: one row per routine name. Filled from the sessions already stored.
    """
    CREATE TABLE days (
        day INTEGER PRIMARY KEY,
        sessions INTEGER NOT NULL,
        ms INTEGER NOT NULL,
        rated INTEGER NOT NULL,
        before_sum INTEGER NOT NULL,
        after_sum INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE routine_totals (
        routine_name TEXT PRIMARY KEY,
        sessions INTEGER NOT NULL,
        ms INTEGER NOT NULL,
        rated INTEGER NOT NULL,
        relief_sum INTEGER NOT NULL
    ) STRICT
    """,
    """
    INSERT INTO days (day, sessions, ms, rated, before_sum, after_sum)
    SELECT day, count(*), sum(ms), sum(rated), sum(b), sum(a) FROM (
        SELECT CAST(julianday(local_date) - 1721424.5 AS INTEGER) AS day,
            CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER) AS ms,
            (pain_before IS NOT NULL AND pain_after IS NOT NULL) AS rated,
            CASE WHEN pain_after IS NOT NULL THEN coalesce(pain_before, 0) ELSE 0 END AS b,
            CASE WHEN pain_before IS NOT NULL THEN coalesce(pain_after, 0) ELSE 0 END AS a
        FROM sessions
    ) GROUP BY day
    """,
    """
    INSERT INTO routine_totals (routine_name, sessions, ms, rated, relief_sum)
    SELECT routine_name, count(*),
        sum(CAST(round(coalesce(duration_s, held_s) * 1000) AS INTEGER)),
        count(pain_before - pain_after), coalesce(sum(pain_before - pain_after), 0)
    FROM sessions GROUP BY routine_name
    """,
    f"""
    CREATE TRIGGER sessions_added AFTER INSERT ON sessions BEGIN
{_V2_PUT_IN_NEW}    END
    """,
    f"""
    CREATE TRIGGER sessions_removed AFTER DELETE ON sessions BEGIN
{_V2_TAKE_OUT_OLD}    END
    """,
    f"""
    CREATE TRIGGER sessions_changed AFTER UPDATE OF
        local_date, duration_s, held_s, pain_before, pain_after, routine_name ON sessions
    BEGIN
{_V2_TAKE_OUT_OLD}{_V2_PUT_IN_NEW}    END
    """,
    # The summaries no longer scan sessions: drop the covering columns of version 1.
    "DROP INDEX sessions_day",
    "CREATE INDEX sessions_day ON sessions(local_date)",
    "DROP INDEX sessions_routine",
    "CREATE INDEX sessions_routine ON sessions(routine_name, started_at)",
)

_VERSION_3 = (
    # Where it hurt and the weekly check-in, per session; the sessions stored keep theirs as
    # none. pain_regions: the region ids of the pain map, comma separated ('' = none marked);
    # interference, sleep: the two check-in answers (0..10, NULL = no check-in given).
    "ALTER TABLE sessions ADD COLUMN pain_regions TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN interference INTEGER CHECK (interference BETWEEN 0 AND 10)",
    "ALTER TABLE sessions ADD COLUMN sleep INTEGER CHECK (sleep BETWEEN 0 AND 10)",
)

_VERSION_4 = (
    # Indexes for the History table's sorts by duration, holds and pain (each term of the
    # ORDER BY in storage/history/model.py, then started_at; the row id comes with every
    # index): the first screen of a sorted table reads the index instead of sorting every
    # session. Self-contained: nothing else depends on these indexes.
    "CREATE INDEX sessions_by_duration ON sessions(coalesce(duration_s, -1.0), started_at)",
    "CREATE INDEX sessions_by_holds ON sessions(hold_count, started_at)",
    "CREATE INDEX sessions_by_pain ON sessions"
    "(coalesce(pain_before, -1), coalesce(pain_after, -1), started_at)",
)

_VERSION_5 = (
    # The same rule for a hold's side, written as comparisons: SQLite checks ``IN (...)`` in
    # a CHECK about 1.5 us a row slower (0.45 s of an import of 300,000 holds). A CHECK
    # cannot be changed in place, so the table is made again with the rows it had (kept in
    # a temporary table meanwhile, so that the new table takes the pages the old one freed).
    "CREATE TEMP TABLE holds_v4 AS SELECT * FROM main.holds",
    "DROP TABLE main.holds",
    """
    CREATE TABLE main.holds (
        id INTEGER PRIMARY KEY,
        session INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step INTEGER NOT NULL,
        point TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side = 'left' OR side = 'right' OR side = 'midline'),
        repetition INTEGER NOT NULL,
        planned_s REAL NOT NULL,
        held_s REAL NOT NULL,
        ended_at TEXT
    ) STRICT
    """,
    "INSERT INTO main.holds (id, session, step, point, side, repetition, planned_s, held_s, "
    "ended_at) SELECT id, session, step, point, side, repetition, planned_s, held_s, ended_at "
    "FROM temp.holds_v4 ORDER BY id",
    "DROP TABLE temp.holds_v4",
    "CREATE INDEX main.holds_session ON holds(session, id)",
)

#: ``MIGRATIONS[n]``: the statements that upgrade schema version n to n + 1, in order.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    _VERSION_1,
    _VERSION_2,
    _VERSION_3,
    _VERSION_4,
    _VERSION_5,
)
#: The version this app writes.
SCHEMA_VERSION = len(MIGRATIONS)
#: The tables, triggers and indexes of the current schema (a file without them is damaged).
SCHEMA_OBJECTS = frozenset(
    {
        "sessions",
        "holds",
        "days",
        "routine_totals",
        "sessions_added",
        "sessions_removed",
        "sessions_changed",
        "sessions_started",
        "holds_session",
    }
)
