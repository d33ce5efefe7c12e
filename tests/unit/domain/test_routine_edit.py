"""The builder's pure editing logic: insert, move, remove, duplicate, update, names, durations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.domain.models import (
    HOLD_SECONDS,
    Laterality,
    Routine,
    Sides,
    Step,
)
from acupress_gui.domain.routine_edit import (
    MAX_NAME_CHARS,
    MAX_STEPS,
    RoutineEditError,
    check_name,
    check_step_values,
    duplicate_routine,
    duplicate_steps,
    insert_steps,
    known_steps,
    missing_rows,
    move_steps,
    moved_rows,
    new_routine,
    remove_steps,
    rename_routine,
    routine_seconds,
    set_description,
    shift_steps,
    slugify,
    step_from_point,
    step_seconds,
    unique_id,
    unique_name,
    update_steps,
)
from acupress_gui.domain.timer import build_plan

LATERALITY = {
    "BL23": Laterality.BILATERAL,
    "GV4": Laterality.MIDLINE,
    "LI4": Laterality.BILATERAL,
    "GB30": Laterality.BILATERAL,
    "KI3": Laterality.BILATERAL,
}


def step(point: str, hold: int = 30, rest: int = 10, reps: int = 2, **kw: object) -> Step:
    return Step(point=point, hold_seconds=hold, rest_seconds=rest, repetitions=reps, **kw)


def routine(*points: str) -> Routine:
    return Routine(id="r", name="R", steps=[step(p) for p in points])


def codes(r: Routine) -> list[str]:
    return [s.point for s in r.steps]


def test_insert_at_start_middle_end_and_original_untouched() -> None:
    r = routine("BL23", "GV4")
    assert codes(insert_steps(r, 0, [step("LI4")])) == ["LI4", "BL23", "GV4"]
    assert codes(insert_steps(r, 1, [step("LI4"), step("KI3")])) == ["BL23", "LI4", "KI3", "GV4"]
    assert codes(insert_steps(r, 2, [step("LI4")])) == ["BL23", "GV4", "LI4"]
    assert codes(r) == ["BL23", "GV4"]


@pytest.mark.parametrize("where", [-1, 3])
def test_insert_outside_the_routine_is_refused(where: int) -> None:
    with pytest.raises(RoutineEditError, match="has 2 steps"):
        insert_steps(routine("BL23", "GV4"), where, [step("LI4")])


def test_insert_beyond_max_steps_is_refused() -> None:
    full = Routine(id="r", name="R", steps=[step("BL23")] * MAX_STEPS)
    with pytest.raises(RoutineEditError, match=f"at most {MAX_STEPS}"):
        insert_steps(full, 0, [step("LI4")])


def test_remove_several_rows() -> None:
    r = routine("BL23", "GV4", "LI4", "KI3")
    assert codes(remove_steps(r, [3, 1])) == ["BL23", "LI4"]
    with pytest.raises(RoutineEditError, match="no step 5"):
        remove_steps(r, [4])


@pytest.mark.parametrize(
    ("rows", "destination", "expected", "new_rows"),
    [
        ([0], 2, ["B", "A", "C", "D", "E"], [1]),
        ([0], 5, ["B", "C", "D", "E", "A"], [4]),
        ([4], 0, ["E", "A", "B", "C", "D"], [0]),
        ([1, 3], 0, ["B", "D", "A", "C", "E"], [0, 1]),
        ([3, 1], 5, ["A", "C", "E", "B", "D"], [3, 4]),
        ([0, 4], 2, ["B", "A", "E", "C", "D"], [1, 2]),
        ([1], 1, ["A", "B", "C", "D", "E"], [1]),
        ([1], 2, ["A", "B", "C", "D", "E"], [1]),
    ],
)
def test_move_keeps_the_order_of_a_multi_selection(
    rows: list[int], destination: int, expected: list[str], new_rows: list[int]
) -> None:
    names = {"A": "BL23", "B": "GV4", "C": "LI4", "D": "KI3", "E": "GB30"}
    back = {v: k for k, v in names.items()}
    r = routine(*names.values())
    moved = move_steps(r, rows, destination)
    assert [back[c] for c in codes(moved)] == expected
    assert moved_rows(rows, destination) == new_rows
    for old, new in zip(sorted(rows), new_rows, strict=True):
        assert moved.steps[new] == r.steps[old]


def test_move_refuses_bad_rows_and_destinations() -> None:
    r = routine("BL23", "GV4")
    with pytest.raises(RoutineEditError):
        move_steps(r, [2], 0)
    with pytest.raises(RoutineEditError):
        move_steps(r, [0], 3)


@given(
    st.integers(min_value=1, max_value=8).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.sets(st.integers(min_value=0, max_value=n - 1), min_size=1),
            st.integers(min_value=0, max_value=n),
        )
    )
)
def test_move_is_a_permutation_that_keeps_the_moved_block_in_order(
    case: tuple[int, set[int], int],
) -> None:
    n, rows, destination = case
    r = Routine(
        id="r", name="R", steps=[step("BL23", hold=10 + i) for i in range(n)]
    )  # distinct steps
    moved = move_steps(r, rows, destination)
    assert sorted(s.hold_seconds for s in moved.steps) == [s.hold_seconds for s in r.steps]
    new = moved_rows(rows, destination)
    assert [moved.steps[i] for i in new] == [r.steps[i] for i in sorted(rows)]
    others = [s for i, s in enumerate(r.steps) if i not in rows]
    assert [s for i, s in enumerate(moved.steps) if i not in new] == others


def test_shift_up_and_down_stops_at_the_ends() -> None:
    r = routine("BL23", "GV4", "LI4", "KI3")
    up, rows = shift_steps(r, [2, 3], -1)
    assert codes(up) == ["BL23", "LI4", "KI3", "GV4"] and rows == [1, 2]
    top, rows = shift_steps(r, [0], -1)
    assert top is r and rows == [0]
    down, rows = shift_steps(r, [0], 1)
    assert codes(down) == ["GV4", "BL23", "LI4", "KI3"] and rows == [1]
    bottom, rows = shift_steps(r, [3], 1)
    assert bottom is r and rows == [3]


def test_duplicate_inserts_copies_after_the_last_selected() -> None:
    r = routine("BL23", "GV4", "LI4")
    dup, rows = duplicate_steps(r, [0, 1])
    assert codes(dup) == ["BL23", "GV4", "BL23", "GV4", "LI4"] and rows == [2, 3]


def test_update_changes_only_the_chosen_steps() -> None:
    r = routine("BL23", "GV4", "LI4")
    new = update_steps(r, [0, 2], hold_seconds=45, sides="left")
    assert [s.hold_seconds for s in new.steps] == [45, 30, 45]
    assert new.steps[0].sides is Sides.LEFT and new.steps[1].sides is Sides.BOTH


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hold_seconds": 301}, "step 2: hold must be between 3 and 300 seconds, not 301"),
        ({"hold_seconds": 2}, "step 2: hold must be between 3 and 300 seconds, not 2"),
        ({"rest_seconds": -1}, "step 2: rest must be between 0 and 120 seconds, not -1"),
        ({"repetitions": 11}, "step 2: repetitions must be between 1 and 10, not 11"),
        ({"prepare_seconds": 61}, "step 2: prepare time must be between 0 and 60 seconds"),
        ({"repetitions": True}, "repetitions must be a whole number"),
        ({"hold_seconds": "30"}, "hold must be a whole number"),
        ({"sides": "up"}, "sides must be one of both, left, right"),
        ({"point": "LI4"}, "'point' is not a step setting"),
    ],
)
def test_update_out_of_range_gives_a_clear_message(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(RoutineEditError) as info:
        update_steps(routine("BL23", "GV4"), [1], **changes)
    assert message in str(info.value)


def test_check_step_values_uses_the_model_bounds() -> None:
    low, high = HOLD_SECONDS
    assert check_step_values({"hold_seconds": low, "rest_seconds": 0}) == []
    assert check_step_values({"hold_seconds": high + 1})
    # The same value the model refuses.
    with pytest.raises(ValueError):
        Step(point="BL23", hold_seconds=high + 1, rest_seconds=0, repetitions=1)


def test_step_from_point_uses_the_points_timings(catalog_point: object) -> None:
    made = step_from_point(catalog_point, prepare_seconds=99)  # type: ignore[arg-type]
    assert made.point == "BL23" and made.hold_seconds == 60 and made.repetitions == 2
    assert made.prepare_seconds == 60 and made.sides is Sides.BOTH


@pytest.fixture
def catalog_point() -> object:
    from acupress_gui.domain.models import Point

    return Point.model_validate(
        {
            "id": "BL23",
            "meridian": "Bladder",
            "region": "lower back",
            "laterality": "bilateral",
            "location": "Two finger widths from the spine at waist level.",
            "technique": ["Press with the thumbs."],
            "hold_seconds": 60,
            "rest_seconds": 10,
            "repetitions": 2,
            "self_applicable": True,
            "indications": ["lower back"],
            "sources": ["test"],
            "image": "lower_back.svg",
            "markers": [
                {"side": "left", "x": 0.4, "y": 0.5},
                {"side": "right", "x": 0.6, "y": 0.5},
            ],
        }
    )


def test_names_are_checked_and_made_unique() -> None:
    assert check_name("Evening", ["Morning"]) is None
    assert check_name("  ") == "the name is empty"
    assert "already exists" in (check_name("evening ", ["Evening"]) or "")
    assert "longer than" in (check_name("x" * (MAX_NAME_CHARS + 1)) or "")
    assert "control" in (check_name("a\nb") or "")
    assert unique_name("Back", ["back", "Back (2)"]) == "Back (3)"
    assert unique_name("Back", []) == "Back"
    long = unique_name("x" * MAX_NAME_CHARS, ["x" * MAX_NAME_CHARS])
    assert len(long) <= MAX_NAME_CHARS and long.endswith("(2)")


def test_slugs_are_file_safe_and_unique() -> None:
    assert slugify("Évening back! (2)") == "evening-back-2"
    assert slugify("腰痛") == "routine"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("CON") == "con-routine"
    assert unique_id("Back", {"back", "back-2"}) == "back-3"
    assert unique_id("Back", {"BACK"}) == "back-2"


def test_routine_level_edits() -> None:
    r = new_routine("evening", "Evening", ["Morning"])
    assert r.steps == [] and not r.builtin
    with pytest.raises(RoutineEditError, match="already exists"):
        new_routine("x", "morning", ["Morning"])
    renamed = rename_routine(r, " Night ", ["Morning"])
    assert renamed.name == "Night" and renamed.id == "evening"
    assert set_description(r, "text").description == "text"
    with pytest.raises(RoutineEditError):
        set_description(r, "x" * 5000)
    builtin = Routine(id="b", name="B", builtin=True, steps=[step("BL23")])
    copy = duplicate_routine(builtin, "b-copy", "B copy")
    assert not copy.builtin and copy.steps == builtin.steps and copy.id == "b-copy"


def test_unknown_points_are_marked_and_left_out_of_the_duration() -> None:
    r = routine("BL23", "XX99", "GV4")
    assert missing_rows(r, LATERALITY) == [1]
    assert [s.point for s in known_steps(r, LATERALITY)] == ["BL23", "GV4"]
    assert step_seconds(r.steps[1], LATERALITY) is None
    expected = build_plan(known_steps(r, LATERALITY), LATERALITY).total_seconds
    assert routine_seconds(r, LATERALITY) == expected
    assert routine_seconds(routine(), LATERALITY) == 0.0
    assert routine_seconds(routine("XX99"), LATERALITY) == 0.0


def test_step_duration_follows_the_plan() -> None:
    # Bilateral, both sides: prepare 5 + (30 + 10 + 30) * 2 sides + switch 3.
    assert step_seconds(step("BL23"), LATERALITY) == 5 + 70 * 2 + 3
    # Midline: once.
    assert step_seconds(step("GV4"), LATERALITY) == 5 + 70
    assert step_seconds(step("BL23", sides="left"), LATERALITY) == 5 + 70

    # A callable lookup that raises LookupError counts as unknown.
    def lookup(point_id: str) -> Laterality:
        raise LookupError(point_id)

    assert step_seconds(step("BL23"), lookup) is None
