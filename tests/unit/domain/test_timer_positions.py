"""The plan's optional "get into position" phases, with made-up steps and the real routines."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupress_gui.domain.models import BodyPosition, Catalog, Laterality, Side, Sides, Step
from acupress_gui.domain.timer import (
    DEFAULT_POSITION_SECONDS,
    PhaseKind,
    Plan,
    TimerMachine,
    build_plan,
)
from acupress_gui.storage.catalog_file import read_catalog

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())
RESOURCES = ROOT / "resources"

LATERALITY = {
    "AA1": Laterality.BILATERAL,
    "BB2": Laterality.MIDLINE,
    "CC3": Laterality.BILATERAL,
    "DD4": Laterality.MIDLINE,
}
SEATED, BACK, ABDOMEN = (
    BodyPosition.SEATED,
    BodyPosition.LYING_ON_BACK,
    BodyPosition.LYING_ON_ABDOMEN,
)
P, H, R, S, T, POS = (
    PhaseKind.PREPARE,
    PhaseKind.HOLD,
    PhaseKind.REST,
    PhaseKind.SWITCH,
    PhaseKind.TRANSITION,
    PhaseKind.POSITION,
)


def step(point: str, reps: int = 1) -> Step:
    return Step(
        point=point,
        hold_seconds=10,
        rest_seconds=5,
        repetitions=reps,
        sides=Sides.BOTH,
        prepare_seconds=5,
    )


def position_phases(plan: Plan) -> list[tuple[int, BodyPosition | None]]:
    return [(p.step_index, p.body_position) for p in plan.phases if p.kind is POS]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(RESOURCES)


def test_no_position_phases_unless_asked() -> None:
    steps = [step("AA1"), step("BB2")]
    plain = build_plan(steps, LATERALITY)
    assert POS not in {p.kind for p in plain.phases}
    assert build_plan(steps, LATERALITY, positions=None) == plain
    assert all(p.body_position is None for p in plain.phases)


def test_a_phase_before_each_change_of_position_and_before_the_first_step() -> None:
    positions = {"AA1": SEATED, "BB2": None, "CC3": SEATED, "DD4": BACK}
    steps = [step("AA1"), step("BB2"), step("CC3"), step("DD4")]
    plain = build_plan(steps, LATERALITY)
    plan = build_plan(steps, LATERALITY, positions=positions)
    # BB2 needs no position and CC3 the one the person is still in: no phase for either.
    assert position_phases(plan) == [(0, SEATED), (3, BACK)]
    assert plan.total_seconds == plain.total_seconds + 2 * DEFAULT_POSITION_SECONDS
    assert [(p.kind, p.side) for p in plan.phases[:3]] == [
        (POS, Side.LEFT),
        (P, Side.LEFT),
        (H, Side.LEFT),
    ]
    last = [p.kind for p in plan.phases if p.step_index == 3]
    assert last == [T, POS, P, H]
    assert plan.first_phase_of_step(0).kind is POS
    assert all(p.duration == DEFAULT_POSITION_SECONDS for p in plan.phases if p.kind is POS)


def test_position_length_lookup_function_and_errors() -> None:
    steps = [step("AA1"), step("DD4")]

    def lookup(point_id: str) -> BodyPosition | None:
        if point_id == "AA1":
            return ABDOMEN
        raise LookupError(point_id)

    plan = build_plan(steps, LATERALITY, positions=lookup, position_seconds=4)
    assert position_phases(plan) == [(0, ABDOMEN)]
    assert [p.duration for p in plan.phases if p.kind is POS] == [4.0]
    assert (
        position_phases(build_plan(steps, LATERALITY, positions=lookup, position_seconds=0)) == []
    )
    with pytest.raises(ValueError, match="must not be negative"):
        build_plan(steps, LATERALITY, positions=lookup, position_seconds=-1)


def test_the_machine_runs_through_a_position_phase() -> None:
    plan = build_plan([step("AA1", reps=2)], LATERALITY, positions={"AA1": SEATED})
    machine = TimerMachine(plan)
    machine.start(100.0)
    assert machine.current_phase is not None and machine.current_phase.kind is POS
    machine.advance(100.0 + DEFAULT_POSITION_SECONDS)
    assert machine.current_phase is not None and machine.current_phase.kind is P
    machine.advance(100.0 + plan.total_seconds)
    assert [r.held_seconds for r in machine.records] == [10.0] * 4


def _plan(catalog: Catalog, routine_id: str, *, with_helper: bool) -> Plan:
    routine = next(r for r in catalog.routines if r.id == routine_id)

    def position(point_id: str) -> BodyPosition | None:
        point = catalog.point(point_id)
        return point.position_for(with_helper=with_helper) if point else None

    def laterality(point_id: str) -> Laterality | None:
        point = catalog.point(point_id)
        return point.laterality if point else None

    return build_plan(routine.steps, laterality, positions=position)


@pytest.mark.parametrize(
    ("routine_id", "with_helper", "expected"),
    [
        ("lower-back-relief", False, [SEATED, BACK]),
        ("lower-back-relief", True, [ABDOMEN, SEATED, BACK]),
        ("upper-back-and-neck", True, [SEATED]),
        ("sciatica-and-hips", False, [SEATED]),
        ("desk-break", False, [BACK]),
        # GV4 follows BL23 so that both lower-back points need one position change.
        ("six-essentials", True, [ABDOMEN, SEATED]),
        ("six-essentials", False, [ABDOMEN, SEATED]),
    ],
)
def test_builtin_routines_need_few_position_changes(
    catalog: Catalog, routine_id: str, with_helper: bool, expected: list[BodyPosition]
) -> None:
    plan = _plan(catalog, routine_id, with_helper=with_helper)
    assert [position for _, position in position_phases(plan)] == expected
