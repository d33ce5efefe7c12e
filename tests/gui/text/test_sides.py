"""The one wording of sides: a hold's side, a narrow column, a heading, a step's choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acupress_gui.domain.models import Side, Sides
from acupress_gui.ui.text.sides import side_heading, side_name, side_short, sides_choice_name
from tests.helpers.language import speaking


@pytest.fixture
def german() -> Iterator[None]:
    """The app in German: its translators and the German locale."""
    with speaking("de"):
        yield


@pytest.mark.usefixtures("qapp")
def test_each_side_reads_as_a_name_a_column_and_a_heading() -> None:
    words = {side: (side_name(side), side_short(side), side_heading(side)) for side in Side}
    assert words == {
        Side.LEFT: ("left side", "left", "Left side"),
        Side.RIGHT: ("right side", "right", "Right side"),
        Side.MIDLINE: ("midline", "midline", "Middle of the body"),
    }


@pytest.mark.usefixtures("qapp")
def test_a_steps_choice_of_sides() -> None:
    assert [sides_choice_name(sides) for sides in (Sides.BOTH, Sides.LEFT, Sides.RIGHT)] == [
        "both sides",
        "left side only",
        "right side only",
    ]


@pytest.mark.usefixtures("qapp", "german")
def test_the_words_follow_the_language_of_the_app() -> None:
    assert (side_name(Side.LEFT), side_short(Side.RIGHT), side_heading(Side.MIDLINE)) == (
        "linke Seite",
        "rechts",
        "Körpermitte",
    )
