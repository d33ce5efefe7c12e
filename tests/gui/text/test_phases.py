"""What each phase is called on the page and what the voice says when it starts."""

from __future__ import annotations

import pytest

from acupress_gui.domain.models import BodyPosition, Catalog, Point, Side
from acupress_gui.domain.timer import Phase, PhaseKind
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.ui.resources import resources_dir
from acupress_gui.ui.text.phases import phase_speech, phase_title


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(resources_dir())


def _phase(kind: PhaseKind, point: Point, side: Side = Side.LEFT) -> Phase:
    position = BodyPosition.SEATED if kind is PhaseKind.POSITION else None
    return Phase(0, kind, 0, point.id, side, 1, 1, 5.0, 0.0, position)


@pytest.mark.usefixtures("qapp")
def test_each_phase_has_its_title_its_phrase_and_its_phrase_for_a_helper(
    catalog: Catalog,
) -> None:
    point = next(p for p in catalog.points if p.needs_helper)
    name = point.display_name
    expected = {
        PhaseKind.PREPARE: ("Find the point", f"Find {name}, left side.", f"Helper: find {name}."),
        PhaseKind.HOLD: ("Press", "Press.", "Helper: press now."),
        PhaseKind.REST: ("Release", "Release.", "Helper: release."),
        PhaseKind.SWITCH: (
            "Switch to the left side",
            "Switch to the left side.",
            "Helper: the other side.",
        ),
        PhaseKind.TRANSITION: ("Next point", f"Next: {name}.", f"Next: {name}."),
        PhaseKind.POSITION: ("Change position", "Change position: Sit.", "Change position: Sit."),
    }
    for kind, words in expected.items():
        phase = _phase(kind, point)
        said = (
            phase_title(phase),
            phase_speech(phase, point),
            phase_speech(phase, point, helper=True),
        )
        assert said == words, kind


@pytest.mark.usefixtures("qapp")
def test_sides_and_points_that_need_no_helper(catalog: Catalog) -> None:
    alone = next(p for p in catalog.points if not p.needs_helper)
    prepare = _phase(PhaseKind.PREPARE, alone, Side.MIDLINE)
    assert phase_speech(prepare, alone, helper=True) == f"Find {alone.display_name}."
    assert phase_title(_phase(PhaseKind.SWITCH, alone, Side.RIGHT)) == "Switch to the right side"
    assert phase_speech(_phase(PhaseKind.HOLD, alone), None) == "Press."
