"""The end of a session: completed means the routine ran to its end; mostly skipped holds
are not congratulated."""

from __future__ import annotations

from acupress_gui.domain.models import Side
from acupress_gui.domain.session_summary import pain_change, summarize
from acupress_gui.domain.timer import EndReason, HoldRecord, Phase, PhaseKind


def _hold(step: int, planned: float, held: float) -> HoldRecord:
    phase = Phase(
        index=step,
        kind=PhaseKind.HOLD,
        step_index=step,
        point_id="BL23",
        side=Side.LEFT,
        repetition=1,
        repetitions=1,
        duration=planned,
        start=0.0,
    )
    ended_by = EndReason.COMPLETED if held >= planned else EndReason.SKIPPED
    return HoldRecord(phase=phase, held_seconds=held, ended_by=ended_by)


def test_held_holds_at_the_end_are_well_done() -> None:
    summary = summarize([_hold(0, 30, 30), _hold(1, 30, 20)], reached_end=True, pain_before=5)
    assert summary.holds == 2 and summary.points == 2
    assert summary.held_seconds == 50
    assert summary.well_done
    assert summary.pain_before == 5


def test_holds_skipped_in_seconds_are_not_well_done() -> None:
    summary = summarize([_hold(0, 30, 0.2), _hold(1, 60, 0.2)], reached_end=True)
    assert summary.mostly_skipped
    assert not summary.well_done
    assert summary.share_held < 0.01


def test_no_holds_and_a_stop() -> None:
    assert not summarize([], reached_end=True).well_done
    assert not summarize([_hold(0, 30, 30)], reached_end=False).well_done


def test_pain_change() -> None:
    assert pain_change(6, 4) == -2
    assert pain_change(None, 4) is None
    assert pain_change(3, None) is None


def test_the_streak_counts_today_and_the_days_before_in_a_row() -> None:
    from datetime import date, timedelta

    from acupress_gui.domain.session_summary import streak_with_today

    today = date(2026, 5, 8)
    days = [today - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert streak_with_today(days, today) == 4  # yesterday and the two before, and today
    assert streak_with_today([*days, today], today) == 4  # today already written: once
    assert streak_with_today([today - timedelta(days=2)], today) == 1
    assert streak_with_today([], today) == 1
