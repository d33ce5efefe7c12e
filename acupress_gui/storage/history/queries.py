"""Reading the history: the session table, one session, the summaries.

Sorting, filtering and the summaries are done in SQL, so the History page opens a history of
100,000 sessions as fast as one of a thousand. Every value read back is decoded inside
:meth:`~acupress_gui.storage.history.connection.Database.decoding`: a value that cannot be
read is reported as damage, never raised as a ValueError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any, TextIO

from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion, parse_regions
from acupress_gui.domain.recording import SessionRecord, SessionStatus
from acupress_gui.domain.report import PointTime, ReportSession
from acupress_gui.domain.stats import (
    DayTotal,
    HistorySummary,
    RoutineRelief,
    WeekTotal,
    sort_reliefs,
    streaks_of_ordinals,
    week_of,
    week_start,
    weekly_totals,
)
from acupress_gui.storage.history.connection import Database
from acupress_gui.storage.history.csv_export import write_history_csv
from acupress_gui.storage.history.model import (
    ORDER_SQL,
    HistoryFilter,
    SessionRow,
    SortKey,
    StoredHold,
    checkin_of,
    hold_of,
    record_of,
)
from acupress_gui.storage.history.times import aware, from_db

__all__ = ["HistoryQueries"]

_RECORD_COLUMNS = (
    "s.id, s.session_id, s.routine_id, s.routine_name, s.started_at, s.utc_offset_min, "
    "s.ended_at, s.ended_offset_min, s.status, s.pain_before, s.pain_after, s.note, "
    "s.pain_regions, s.interference, s.sleep"
)


class HistoryQueries:
    """The reading half of :class:`~acupress_gui.storage.history.store.HistoryStore`."""

    _db: Database
    _clock: Callable[[], datetime]
    _to_local: Callable[[datetime], datetime]

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return self._db.user_version

    def count(self, history_filter: HistoryFilter | None = None) -> int:
        """Number of sessions (matching ``history_filter``)."""
        where, params = (history_filter or HistoryFilter()).where()
        return int(self._db.value(f"SELECT count(*) FROM sessions{where}", params))

    def rows(
        self,
        history_filter: HistoryFilter | None = None,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        limit: int = 200,
        after: tuple[Any, ...] | None = None,
        offset: int = 0,
    ) -> list[SessionRow]:
        """One page of the session table, sorted and filtered in SQL.

        Args:
            history_filter: Which sessions.
            sort: The column to sort by (ties: by start, then by row id).
            descending: Largest first.
            limit: At most this many rows.
            after: The ``sort_key`` of the last row of the previous page (same filter and
                order), or None for the first page.
            offset: Rows to skip first (after ``after`` when both are given).

        Raises:
            ValueError: ``after`` is the key of another order.
        """
        terms = ORDER_SQL[sort]
        if after is not None and len(after) != len(terms):
            raise ValueError("a sort key from another order")
        where, params = (history_filter or HistoryFilter()).where()
        if after is not None:
            where += (" AND " if where else " WHERE ") + (
                f"({', '.join(terms)}) {'<' if descending else '>'} ({', '.join('?' * len(terms))})"
            )
            params = [*params, *after]
        direction = " DESC" if descending else " ASC"
        keys = [f"key_{index}" for index in range(len(terms))]
        found = self._db.all(
            "SELECT session_id, routine_name, started_at, utc_offset_min, duration_s, status, "
            "hold_count, held_s, pain_before, pain_after, note != '' AS has_note, "
            + ", ".join(f"{term} AS {key}" for term, key in zip(terms, keys, strict=True))
            + f" FROM sessions{where} ORDER BY {', '.join(t + direction for t in terms)} "
            "LIMIT ? OFFSET ?",
            [*params, max(0, limit), max(0, offset)],
        )
        first_key = 11  # the columns above, then the sort key's terms (by position: speed)
        statuses = {str(status): status for status in SessionStatus}
        with self._db.decoding():
            return [
                SessionRow(
                    session_id=row[0],
                    routine_name=row[1],
                    started_at=from_db(row[2], row[3]),
                    duration_s=row[4],
                    status=statuses.get(row[5]) or SessionStatus(row[5]),
                    hold_count=row[6],
                    held_s=row[7],
                    pain_before=row[8],
                    pain_after=row[9],
                    has_note=bool(row[10]),
                    sort_key=tuple(row[first_key:]),
                )
                for row in found
            ]

    def position(
        self,
        session_id: str,
        history_filter: HistoryFilter | None = None,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
    ) -> int | None:
        """The row of ``session_id`` in :meth:`rows` of that filter and order, or None."""
        terms = ORDER_SQL[sort]
        where, params = (history_filter or HistoryFilter()).where()
        found = self._db.one(
            f"SELECT {', '.join(terms)} FROM sessions{where}"
            + (" AND " if where else " WHERE ")
            + "session_id = ?",
            [*params, session_id],
        )
        if found is None:
            return None
        before = (" AND " if where else " WHERE ") + (
            f"({', '.join(terms)}) {'>' if descending else '<'} ({', '.join('?' * len(terms))})"
        )
        return int(
            self._db.value(f"SELECT count(*) FROM sessions{where}{before}", [*params, *found])
        )

    def get(self, session_id: str) -> SessionRecord | None:
        """The whole session, holds included, or None."""
        row = self._db.one(
            f"SELECT {_RECORD_COLUMNS} FROM sessions s WHERE s.session_id = ?", (session_id,)
        )
        if row is None:
            return None
        holds = tuple(stored.hold for stored in self._holds(row["id"]))
        with self._db.decoding():
            return record_of(row, holds)

    def holds(self, session_id: str) -> list[StoredHold]:
        """The holds of a session in the order they were done, with their end times."""
        key = self._db.value("SELECT id FROM sessions WHERE session_id = ?", (session_id,))
        return [] if key is None else self._holds(key)

    def _holds(self, key: int) -> list[StoredHold]:
        found = self._db.all(
            "SELECT h.step, h.point, h.side, h.repetition, h.planned_s, h.held_s, h.ended_at, "
            "s.utc_offset_min FROM holds h JOIN sessions s ON s.id = h.session "
            "WHERE h.session = ? ORDER BY h.id",
            (key,),
        )
        with self._db.decoding():
            return [
                StoredHold(
                    hold_of(row),
                    from_db(row["ended_at"], row["utc_offset_min"]) if row["ended_at"] else None,
                )
                for row in found
            ]

    def records(self, *, include_running: bool = True) -> Iterator[SessionRecord]:
        """Every session with its holds, oldest first (one streaming query)."""
        where = "" if include_running else " WHERE s.status != 'running'"
        rows = self._db.stream(
            f"SELECT {_RECORD_COLUMNS}, h.step, h.point, h.side, h.repetition, h.planned_s, "
            f"h.held_s FROM sessions s LEFT JOIN holds h ON h.session = s.id{where} "
            "ORDER BY s.started_at, s.id, h.id"
        )
        # One session's rows are collected, then decoded together (one decoding context a
        # session, not one a row: the export's speed).
        current: list[Any] = []
        for row in rows:
            if current and row["id"] != current[0]["id"]:
                yield self._record(current)
                current = []
            current.append(row)
        if current:
            yield self._record(current)

    def export_csv(self, out: TextIO) -> tuple[int, int]:
        """Every finished session as the history CSV (see :mod:`.csv_export`).

        Returns:
            (sessions, holds) written.
        """
        return write_history_csv(self._db, out)

    def _record(self, rows: list[Any]) -> SessionRecord:
        with self._db.decoding():
            holds = tuple(hold_of(row) for row in rows if row["step"] is not None)
            return record_of(rows[0], holds)

    def routine_names(self) -> list[str]:
        """Every routine name in the history, sorted case-insensitively."""
        names = self._db.column("SELECT routine_name FROM routine_totals WHERE sessions > 0")
        return sorted(names, key=lambda name: (name.casefold(), name))

    def date_range(self) -> tuple[date, date] | None:
        """The first and last local dates with a session, or None when there is none."""
        # Two queries: min() or max() alone reads one end of the index, both together scan.
        first = self._db.value("SELECT min(local_date) FROM sessions")
        last = self._db.value("SELECT max(local_date) FROM sessions")
        if first is None:
            return None
        with self._db.decoding():
            return date.fromisoformat(first), date.fromisoformat(last)

    def day_totals(self, first: date | None = None, last: date | None = None) -> list[DayTotal]:
        """Sessions, seconds and paired pain ratings per local date, oldest first.

        Args:
            first: First local date to include (None: from the beginning).
            last: Last local date to include (None: to the end).
        """
        low = first.toordinal() if first else 0
        high = last.toordinal() if last else date.max.toordinal()
        found = self._db.all(
            "SELECT day, sessions, ms, rated, before_sum, after_sum FROM days "
            "WHERE day BETWEEN ? AND ? AND sessions > 0 ORDER BY day",
            (low, high),
        )
        with self._db.decoding():
            return [
                DayTotal(
                    day=date.fromordinal(row["day"]),
                    sessions=row["sessions"],
                    seconds=row["ms"] / 1000.0,
                    rated=row["rated"],
                    pain_before_sum=row["before_sum"],
                    pain_after_sum=row["after_sum"],
                )
                for row in found
            ]

    def session_days(self) -> list[date]:
        """Every local date with a session, oldest first."""
        ordinals = self._session_ordinals()
        with self._db.decoding():
            return [date.fromordinal(day) for day in ordinals]

    def _session_ordinals(self) -> list[int]:
        return self._db.column("SELECT day FROM days WHERE sessions > 0 ORDER BY day")

    def routine_relief(self) -> list[RoutineRelief]:
        """Sessions, rated sessions and total relief per routine name (with the id of the routine
        the name's latest session used)."""
        # The id of each name's latest session: a few index lookups (sessions_routine).
        found = self._db.all(
            "SELECT t.routine_name, t.sessions, t.rated, t.relief_sum, "
            "(SELECT s.routine_id FROM sessions s WHERE s.routine_name = t.routine_name "
            "ORDER BY s.started_at DESC LIMIT 1) AS routine_id "
            "FROM routine_totals t WHERE t.sessions > 0"
        )
        return [
            RoutineRelief(
                row["routine_name"],
                row["sessions"],
                row["rated"],
                row["relief_sum"],
                row["routine_id"] or "",
            )
            for row in found
        ]

    def summary(self, today: date) -> HistorySummary:
        """The History page's summary for local date ``today``.

        Equal to :func:`~acupress_gui.domain.stats.summarize` over every day, but read from
        the summary tables the triggers keep, so it costs a few rows plus one integer per
        day with a session, however many sessions there are.
        """
        this_monday = week_start(today)
        last_monday = this_monday - timedelta(days=7)
        recent = self.day_totals(last_monday, this_monday + timedelta(days=6))
        reliefs = self.routine_relief()
        totals = self._db.one(
            "SELECT coalesce(sum(sessions), 0) AS sessions, coalesce(sum(ms), 0) AS ms "
            "FROM routine_totals"
        )
        ordinals = self._session_ordinals()
        assert totals is not None  # an aggregate always has a row
        with self._db.decoding():
            return HistorySummary(
                sessions=totals["sessions"],
                minutes=totals["ms"] / 60_000.0,
                this_week=week_of(recent, this_monday),
                last_week=week_of(recent, last_monday),
                streaks=streaks_of_ordinals(ordinals, today.toordinal()),
                routines=tuple(sort_reliefs(reliefs)),
            )

    def weekly_totals(self, today: date) -> list[WeekTotal]:
        """Every week from the first session's to today's (for the charts)."""
        days = self.day_totals()
        with self._db.decoding():
            return weekly_totals(days, today)

    def local_today(self) -> date:
        """Today's local date, from the store's clock."""
        return aware(self._clock(), self._to_local).date()

    def routine_ids(self) -> dict[str, str]:
        """The routine id last used with each routine name."""
        found = self._db.all(
            "SELECT routine_name, routine_id, max(started_at) FROM sessions GROUP BY routine_name"
        )
        return {row["routine_name"]: row["routine_id"] for row in found}

    def session_ids(self) -> set[str]:
        """Every stored session id."""
        return set(self._db.column("SELECT session_id FROM sessions"))

    # ---- the report ---------------------------------------------------------------------

    def report_sessions(self, first: date, last: date) -> list[ReportSession]:
        """Every session started from local date ``first`` to ``last``, oldest first."""
        found = self._db.all(
            "SELECT local_date, routine_name, routine_id, coalesce(duration_s, held_s) AS seconds, "
            "pain_before, pain_after, pain_regions, interference, sleep, note FROM sessions "
            "WHERE local_date BETWEEN ? AND ? ORDER BY started_at, id",
            (first.isoformat(), last.isoformat()),
        )
        days: dict[str, date] = {}
        regions: dict[str, tuple[PainRegion, ...]] = {"": ()}
        with self._db.decoding():
            result: list[ReportSession] = []
            for row in found:
                text = row["local_date"]
                day = days.get(text) or days.setdefault(text, date.fromisoformat(text))
                marked = row["pain_regions"]
                if marked not in regions:
                    regions[marked] = parse_regions(marked)
                result.append(
                    ReportSession(
                        day=day,
                        routine=row["routine_name"],
                        seconds=row["seconds"],
                        pain_before=row["pain_before"],
                        pain_after=row["pain_after"],
                        pain_regions=regions[marked],
                        checkin=checkin_of(row["interference"], row["sleep"]),
                        note=row["note"],
                        routine_id=row["routine_id"],
                    )
                )
            return result

    def point_times(self, first: date, last: date) -> list[PointTime]:
        """Seconds held and holds per point and side, for sessions of ``first`` to ``last``."""
        found = self._db.all(
            "SELECT h.point, h.side, sum(h.held_s) AS seconds, count(*) AS holds "
            "FROM sessions s JOIN holds h ON h.session = s.id "
            "WHERE s.local_date BETWEEN ? AND ? GROUP BY h.point, h.side",
            (first.isoformat(), last.isoformat()),
        )
        with self._db.decoding():
            return [
                PointTime(row["point"], Side(row["side"]), row["seconds"], row["holds"])
                for row in found
            ]

    def last_checkin_day(self) -> date | None:
        """The local date of the latest weekly check-in, None when none was given."""
        # Down the local_date index from the newest: check-ins come weekly, so few steps.
        found = self._db.value(
            "SELECT local_date FROM sessions WHERE interference IS NOT NULL "
            "ORDER BY local_date DESC LIMIT 1"
        )
        if found is None:
            return None
        with self._db.decoding():
            return date.fromisoformat(found)

    def count_between(self, first: date, last: date) -> int:
        """Sessions started from local date ``first`` to ``last``."""
        return int(
            self._db.value(
                "SELECT count(*) FROM sessions WHERE local_date BETWEEN ? AND ?",
                (first.isoformat(), last.isoformat()),
            )
        )
