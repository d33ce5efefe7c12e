"""The breathing pace: 4 s in, 6 s out, six breaths a minute."""

from __future__ import annotations

import pytest

from acupress_gui.domain.breathing import BreathPhase, breath_at, breaths_per_minute


def test_six_breaths_a_minute() -> None:
    assert breaths_per_minute() == pytest.approx(6.0)


@pytest.mark.parametrize(
    ("elapsed", "phase", "fullness", "to_next"),
    [
        (0.0, BreathPhase.IN, 0.0, 4.0),
        (2.0, BreathPhase.IN, 0.5, 2.0),
        (4.0, BreathPhase.OUT, 1.0, 6.0),
        (7.0, BreathPhase.OUT, 0.5, 3.0),
        (10.0, BreathPhase.IN, 0.0, 4.0),
        (62.0, BreathPhase.IN, 0.5, 2.0),
    ],
)
def test_phase_and_fullness(
    elapsed: float, phase: BreathPhase, fullness: float, to_next: float
) -> None:
    breath = breath_at(elapsed)
    assert breath.phase is phase
    assert breath.fullness == pytest.approx(fullness)
    assert breath.seconds_to_next == pytest.approx(to_next)


def test_fullness_rises_while_breathing_in_and_falls_while_out() -> None:
    ins = [breath_at(t / 10).fullness for t in range(0, 40)]
    outs = [breath_at(4 + t / 10).fullness for t in range(0, 60)]
    assert ins == sorted(ins)
    assert outs == sorted(outs, reverse=True)


def test_a_negative_time_is_the_start_and_bad_lengths_are_refused() -> None:
    assert breath_at(-5).phase is BreathPhase.IN
    with pytest.raises(ValueError, match="longer than 0"):
        breath_at(1, inhale=0)
