"""One rule for lengths of time: the same seconds read the same on every page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.ui.text.durations import format_clock, format_duration, format_seconds


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (None, "—"),
        (45, "45 s"),
        (59.4, "59 s"),
        (60, "1 min"),
        (720, "12 min"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
    ],
)
def test_format_duration(qtbot: QtBot, seconds: float | None, text: str) -> None:
    assert format_duration(seconds) == text


def test_estimates_say_about(qtbot: QtBot) -> None:
    assert format_duration(1620, approximate=True) == "about 27 min"
    assert format_duration(30, approximate=True) == "30 s"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (59.6, "1:00"), (1619, "26:59"), (3723, "1:02:03")]
)
def test_format_clock(qtbot: QtBot, seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0"), (45, "45"), (60, "1:00"), (90, "1:30"), (3725, "1:02:05")]
)
def test_the_countdown_ring_shows_seconds_alone_under_a_minute(
    qtbot: QtBot, seconds: int, text: str
) -> None:
    assert format_clock(seconds, seconds_alone=True) == text


def test_format_seconds(qtbot: QtBot) -> None:
    assert format_seconds(30) == "30 s"
    assert format_seconds(27.5) == "27.5 s"
