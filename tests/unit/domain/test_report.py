"""The report's aggregation: weeks, days practised, routines, points, regions, check-ins."""

from __future__ import annotations

from datetime import date

import pytest

from acupress_gui.domain.checkin import WeeklyCheckin, checkin_due
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion, parse_regions, regions_text
from acupress_gui.domain.report import (
    MAX_NOTES,
    PointTime,
    ReportSession,
    build_report,
    default_period,
)
from acupress_gui.domain.stats import Verdict

MON = date(2026, 3, 2)  # a Monday


def session(
    day: int,
    routine: str = "Morning",
    pain: tuple[int | None, int | None] = (6, 4),
    **extra: object,
) -> ReportSession:
    return ReportSession(
        day=date.fromordinal(MON.toordinal() + day),
        routine=routine,
        seconds=600.0,
        pain_before=pain[0],
        pain_after=pain[1],
        **extra,  # type: ignore[arg-type]
    )


def test_weeks_count_sessions_days_minutes_and_average_only_paired_ratings() -> None:
    report = build_report(
        [
            session(0),
            session(0, pain=(8, 2)),
            session(2, pain=(5, None)),  # not paired: out of the averages
            session(8, checkin=WeeklyCheckin(6, 3)),
        ],
        [],
        MON,
        date(2026, 3, 15),
    )
    first, second = report.weeks
    assert (first.sessions, first.days, first.minutes, first.rated) == (3, 2, 30.0, 2)
    assert (first.pain_before, first.pain_after) == (7.0, 3.0)
    assert first.interference is None
    assert (second.sessions, second.days, second.interference, second.sleep) == (1, 1, 6.0, 3.0)
    assert (report.sessions, report.days, report.rated) == (4, 3, 3)
    assert report.checkins == ((date(2026, 3, 10), 6, 3),)


def test_sessions_outside_the_period_are_left_out_and_empty_weeks_shown() -> None:
    report = build_report([session(-1), session(20)], [], MON, date(2026, 3, 15))
    assert report.sessions == 0
    assert [w.sessions for w in report.weeks] == [0, 0]
    with pytest.raises(ValueError, match="ends"):
        build_report([], [], MON, date(2026, 3, 1))


def test_routines_get_their_change_and_verdict() -> None:
    sessions = [session(i, "Morning", (6, 3)) for i in range(3)] + [session(4, "Evening", (5, 5))]
    report = build_report(sessions, [], MON, date(2026, 3, 8))
    uses = {use.name: use for use in report.routines}
    assert uses["Morning"].relief.average == 3.0
    assert uses["Morning"].relief.verdict is Verdict.HELPS
    assert uses["Evening"].relief.verdict is Verdict.TOO_FEW_RATINGS
    assert uses["Morning"].minutes == 30.0


def test_one_routine_recorded_in_two_languages_is_one_routine_under_its_latest_name() -> None:
    sessions = [
        session(0, "Lower back relief", (6, 3), routine_id="lower-back-relief"),
        session(1, "Lower back relief", (6, 4), routine_id="lower-back-relief"),
        session(2, "Entlastung des unteren Rückens", (5, 3), routine_id="lower-back-relief"),
        session(3, "Evening", (5, 5), routine_id="evening-1"),
    ]
    report = build_report(sessions, [], MON, date(2026, 3, 8))
    uses = {use.name: use for use in report.routines}
    assert set(uses) == {"Entlastung des unteren Rückens", "Evening"}
    merged = uses["Entlastung des unteren Rückens"]
    assert merged.relief.sessions == 3 and merged.relief.rated == 3
    assert merged.minutes == 30.0


def test_points_are_sorted_by_time_and_regions_counted() -> None:
    points = [
        PointTime("GV4", Side.MIDLINE, 30.0, 1),
        PointTime("BL23", Side.RIGHT, 90.0, 3),
        PointTime("BL23", Side.LEFT, 90.0, 3),
    ]
    sessions = [
        session(0, pain_regions=(PainRegion.LEGS, PainRegion.NECK)),
        session(1, pain_regions=(PainRegion.LEGS,)),
    ]
    report = build_report(sessions, points, MON, date(2026, 3, 8))
    assert [(p.point, p.side) for p in report.points] == [
        ("BL23", Side.LEFT),
        ("BL23", Side.RIGHT),
        ("GV4", Side.MIDLINE),
    ]
    assert report.regions == ((PainRegion.NECK, 1), (PainRegion.LEGS, 2))


def test_only_the_latest_notes_are_kept() -> None:
    sessions = [session(0, note=f"note {i}") for i in range(MAX_NOTES + 5)]
    report = build_report(sessions, [], MON, MON)
    assert len(report.notes) == MAX_NOTES and report.notes_left_out == 5
    assert report.notes[-1][2] == f"note {MAX_NOTES + 4}"


def test_the_default_period_is_eight_weeks_up_to_today() -> None:
    assert default_period(date(2026, 5, 8)) == (date(2026, 3, 14), date(2026, 5, 8))


def test_the_checkin_is_due_a_week_after_the_last() -> None:
    today = date(2026, 5, 8)
    assert checkin_due(None, today)
    assert not checkin_due(date(2026, 5, 2), today)
    assert checkin_due(date(2026, 5, 1), today)
    with pytest.raises(ValueError, match=r"0\.\.10"):
        WeeklyCheckin(11, 3)


def test_regions_are_stored_in_map_order_and_unknown_ids_refused() -> None:
    assert regions_text([PainRegion.LEGS, PainRegion.NECK, PainRegion.LEGS]) == "neck,legs"
    assert parse_regions(" legs , neck") == (PainRegion.NECK, PainRegion.LEGS)
    assert parse_regions("") == ()
    with pytest.raises(ValueError, match="'knee' is not one of"):
        parse_regions("legs,knee")
