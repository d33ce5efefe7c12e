"""Schema version 3: where it hurt and the weekly check-in, stored, filtered, exported."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.recording import (
    HoldResult,
    SessionDetails,
    SessionRecord,
    SessionStart,
    SessionStatus,
)
from acupress_gui.storage.history import (
    CsvFormatError,
    HistoryFilter,
    HistoryStore,
    parse_csv,
)
from acupress_gui.storage.history.schema import MIGRATIONS, SCHEMA_VERSION
from acupress_gui.storage.paths import history_file
from tests.helpers.history_csv import format_csv

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
BACK = (PainRegion.LOWER_BACK_RIGHT, PainRegion.LEGS)


def record(
    session_id: str,
    day: int,
    *,
    regions: tuple[PainRegion, ...] = (),
    checkin: WeeklyCheckin | None = None,
    pain: tuple[int | None, int | None] = (6, 4),
    holds: tuple[HoldResult, ...] = (),
) -> SessionRecord:
    start = T0 + timedelta(days=day)
    return SessionRecord(
        session_id=session_id,
        routine_id="r",
        routine_name="Morning" if day % 2 == 0 else "Evening",
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        status=SessionStatus.COMPLETED,
        pain_before=pain[0],
        pain_after=pain[1],
        note="",
        holds=holds,
        pain_regions=regions,
        checkin=checkin,
    )


def test_regions_and_checkin_are_kept_from_the_start_and_changed_later() -> None:
    with HistoryStore(None) as store:
        store.begin(SessionStart("s", "r", "R", T0, pain_before=5, pain_regions=BACK))
        got = store.get("s")
        assert got is not None and got.pain_regions == BACK and got.checkin is None
        store.describe(
            "s", SessionDetails((PainRegion.NECK,), WeeklyCheckin(interference=7, sleep=2))
        )
        got = store.get("s")
        assert got is not None
        assert got.pain_regions == (PainRegion.NECK,)
        assert got.checkin == WeeklyCheckin(7, 2)
        assert store.last_checkin_day() == T0.date()
        with pytest.raises(KeyError):
            store.describe("nobody", SessionDetails())


def test_a_version_2_history_is_migrated_with_every_session_kept(tmp_path: Path) -> None:
    path = history_file(tmp_path)
    db = sqlite3.connect(path)
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, utc_offset_min, "
        "local_date, ended_at, ended_offset_min, duration_s, status, pain_before, pain_after, "
        "note, held_s) VALUES ('old', 'r', 'Morning', '2026-05-01T06:00:00.000000+00:00', 60, "
        "'2026-05-01', '2026-05-01T06:10:00.000000+00:00', 60, 600.0, 'completed', 6, 3, "
        "'kept', 30.0)"
    )
    db.commit()
    db.close()
    with HistoryStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 5
        old = store.get("old")
        assert old is not None
        assert (old.pain_before, old.pain_after, old.note) == (6, 3, "kept")
        assert old.pain_regions == () and old.checkin is None
        assert store.day_totals()[0].rated == 1
        store.describe("old", SessionDetails(pain_regions=BACK))
    with HistoryStore(path) as store:
        again = store.get("old")
        assert again is not None and again.pain_regions == BACK


def test_the_region_filter_finds_sessions_that_marked_it() -> None:
    with HistoryStore(None) as store:
        store.add_records(
            [
                record("a", 0, regions=BACK),
                record("b", 1, regions=(PainRegion.LOWER_BACK_LEFT,)),
                record("c", 2),
            ]
        )
        legs = HistoryFilter(region=PainRegion.LEGS)
        assert legs.active
        assert [row.session_id for row in store.rows(legs)] == ["a"]
        assert store.count(HistoryFilter(region=PainRegion.LOWER_BACK_LEFT)) == 1
        # "lower_back_left" is not found inside "lower_back_right" and the like.
        assert store.count(HistoryFilter(region=PainRegion.NECK)) == 0
        assert store.count(HistoryFilter(region=PainRegion.LOWER_BACK_RIGHT)) == 1


def test_deleted_sessions_come_back_with_their_regions_and_checkin() -> None:
    with HistoryStore(None) as store:
        store.add_records([record("a", 0, regions=BACK, checkin=WeeklyCheckin(3, 8))])
        deleted = store.delete(["a"])
        assert store.count() == 0
        assert store.restore(deleted) == 1
        back = store.get("a")
        assert back is not None and back.pain_regions == BACK
        assert back.checkin == WeeklyCheckin(3, 8)


def test_the_csv_carries_regions_and_checkin_in_trailing_columns() -> None:
    hold = HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0)
    records = [
        record("a", 0, regions=BACK, checkin=WeeklyCheckin(4, 6), holds=(hold, hold)),
        record("b", 1),
    ]
    text, _sessions, _holds = format_csv(records)
    lines = text.splitlines()
    assert lines[0].endswith(",held_s,pain_regions,checkin_interference,checkin_sleep")
    assert lines[1].endswith(',30.00,30.00,"lower_back_right,legs",4,6')
    assert lines[3].endswith(",,,")
    back = parse_csv(text, "h.csv")
    assert [(r.pain_regions, r.checkin) for r in back] == [
        (BACK, WeeklyCheckin(4, 6)),
        ((), None),
    ]


def test_a_csv_written_before_the_new_columns_still_imports() -> None:
    old = (
        "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
        "step,point,side,planned_hold_s,held_s\n"
        "a,Morning,2026-03-02T09:00:00+01:00,2026-03-02T09:10:00+01:00,completed,6,3,,"
        "0,BL23,left,30.00,30.00\n"
    )
    (found,) = parse_csv(old, "old.csv")
    assert (found.pain_before, found.pain_after, found.pain_regions, found.checkin) == (
        6,
        3,
        (),
        None,
    )
    with pytest.raises(CsvFormatError, match=r"old\.csv line 2: 14 fields, expected 13"):
        parse_csv(old.replace("30.00\n", "30.00,x\n"), "old.csv")


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ('"back,legs",,', "pain region 'back' is not one of"),
        ("legs,11,3", "checkin_interference '11' is not a whole number from 0 to 10"),
        ("legs,4,", "checkin_interference and checkin_sleep must both be given or both empty"),
    ],
)
def test_wrong_detail_cells_are_refused_with_the_line(cells: str, problem: str) -> None:
    text = format_csv([record("a", 0)])[0].rstrip("\n")
    assert text.endswith(",,,")  # no regions, no check-in
    bad = text[: -len(",,,")] + "," + cells
    with pytest.raises(CsvFormatError, match=f"h.csv line 2: {problem}"):
        parse_csv(bad + "\n", "h.csv")


def test_report_queries_sum_the_period_only() -> None:
    hold = HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0)
    other = HoldResult(1, "GV4", Side.MIDLINE, 1, 60.0, 45.0)
    with HistoryStore(None) as store:
        store.add_records(
            [
                record("a", 0, holds=(hold, hold, other), regions=BACK),
                record("b", 1, holds=(hold,), checkin=WeeklyCheckin(5, 5)),
                record("c", 20, holds=(hold,)),
            ]
        )
        first, last = date(2026, 3, 2), date(2026, 3, 10)
        sessions = store.report_sessions(first, last)
        assert [(s.day, s.routine, s.pain_regions) for s in sessions] == [
            (date(2026, 3, 2), "Morning", BACK),
            (date(2026, 3, 3), "Evening", ()),
        ]
        assert sessions[1].checkin == WeeklyCheckin(5, 5)
        assert sessions[0].seconds == 600.0
        times = {(t.point, t.side): (t.seconds, t.holds) for t in store.point_times(first, last)}
        assert times == {("BL23", Side.LEFT): (90.0, 3), ("GV4", Side.MIDLINE): (45.0, 1)}


@pytest.mark.expect_log("acupress_gui.storage.history.integrity", "1 session(s)")
def test_a_damaged_version_2_file_is_salvaged_with_its_sessions(tmp_path: Path) -> None:
    from acupress_gui.storage.history import salvage

    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            db.execute(statement)
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO sessions (session_id, routine_id, routine_name, started_at, utc_offset_min, "
        "local_date, status, pain_before, held_s) VALUES ('old', 'r', 'Morning', "
        "'2026-05-01T06:00:00.000000+00:00', 60, '2026-05-01', 'completed', 4, 0.0)"
    )
    db.commit()
    db.close()
    target = salvage(path)
    with HistoryStore(target) as store:
        old = store.get("old")
        assert old is not None and old.pain_before == 4 and old.pain_regions == ()
