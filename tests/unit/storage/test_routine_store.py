"""User routine files: save/load, quarantine, newer versions, strict import, export, CLI."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.domain.models import Routine, Sides, Step
from acupress_gui.storage.routines import (
    MAX_ROUTINE_BYTES,
    ROUTINE_SCHEMA_VERSION,
    RoutineFileError,
    RoutineStore,
    import_routine_cli,
    parse_routine_file,
    routine_to_json,
)

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
]

KNOWN = {"BL23", "GV4", "LI4", "KI3"}


def make_routine(routine_id: str = "evening", name: str = "Evening", *points: str) -> Routine:
    return Routine(
        id=routine_id,
        name=name,
        description="After work.",
        steps=[
            Step(point=p, hold_seconds=30, rest_seconds=10, repetitions=2, sides=Sides.LEFT)
            for p in points or ("BL23", "GV4")
        ],
    )


def valid_step(**changes: object) -> dict[str, object]:
    step: dict[str, object] = {
        "point": "BL23",
        "hold_seconds": 60,
        "rest_seconds": 10,
        "repetitions": 2,
        "sides": "both",
        "prepare_seconds": 5,
    }
    step.update(changes)
    return step


def valid_file(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "schema_version": 1,
        "name": "Morning",
        "description": "",
        "steps": [valid_step()],
    }
    data.update(changes)
    return data


def write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_save_then_load_round_trips_privately(config_dir: Path) -> None:
    store = RoutineStore(config_dir)
    routine = make_routine()
    path = store.save(routine)
    assert path == config_dir / "routines" / "evening.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == ROUTINE_SCHEMA_VERSION
    assert set(data) == {"schema_version", "name", "description", "steps"}
    assert set(data["steps"][0]) == {
        "point",
        "hold_seconds",
        "rest_seconds",
        "repetitions",
        "sides",
        "prepare_seconds",
    }
    loaded = store.load_all()
    assert loaded.warnings == [] and loaded.routines == [routine]


def test_builtin_routines_are_never_written(config_dir: Path) -> None:
    with pytest.raises(ValueError, match="read-only"):
        RoutineStore(config_dir).save(make_routine().model_copy(update={"builtin": True}))
    assert not (config_dir / "routines").exists()


def test_unsafe_ids_are_refused(config_dir: Path) -> None:
    with pytest.raises(ValueError, match="file-safe"):
        RoutineStore(config_dir).save(make_routine("../escape"))


def test_unknown_point_is_kept_on_load_and_save(config_dir: Path) -> None:
    store = RoutineStore(config_dir)
    store.save(make_routine("r", "R", "BL23", "XX99"))
    loaded = store.load_all().routines[0]
    assert [s.point for s in loaded.steps] == ["BL23", "XX99"]
    store.save(loaded)
    assert "XX99" in (config_dir / "routines" / "r.json").read_text(encoding="utf-8")


def test_broken_file_is_quarantined_and_the_rest_load(config_dir: Path) -> None:
    store = RoutineStore(config_dir)
    store.save(make_routine())
    folder = config_dir / "routines"
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    write(folder / "bounds.json", valid_file(steps=[valid_step(hold_seconds=999)]))
    loaded = store.load_all()
    assert [r.id for r in loaded.routines] == ["evening"]
    assert len(loaded.warnings) == 2
    assert any("broken.json" in w and "not valid JSON" in w for w in loaded.warnings)
    assert any(
        w.startswith(
            "routines/bounds.json could not be used: Step 1: the hold is 999 s; it must be 3 to "
            "300 s. It was kept as bounds.json.corrupt-"
        )
        for w in loaded.warnings
    ), loaded.warnings
    left = sorted(p.name for p in folder.iterdir())
    assert any(name.startswith("broken.json.corrupt-") for name in left)
    assert any(name.startswith("bounds.json.corrupt-") for name in left)
    assert "broken.json" not in left
    # The quarantined files are not read again.
    assert store.load_all().warnings == []


def test_newer_file_is_left_untouched_and_its_id_reserved(config_dir: Path) -> None:
    folder = config_dir / "routines"
    newer = write(folder / "future.json", valid_file(schema_version=99, extra="x"))
    before = newer.read_bytes()
    store = RoutineStore(config_dir)
    loaded = store.load_all()
    assert loaded.routines == []
    assert "newer version" in loaded.warnings[0]
    assert loaded.skipped_ids == {"future"}
    assert newer.read_bytes() == before
    assert store.new_id("Future") == "future-2"


def test_file_named_like_a_builtin_is_skipped(config_dir: Path) -> None:
    write(config_dir / "routines" / "desk-break.json", valid_file())
    loaded = RoutineStore(config_dir).load_all(reserved_ids={"desk-break"})
    assert loaded.routines == [] and "built-in" in loaded.warnings[0]


def test_rename_keeps_the_file_and_refuses_taken_names(config_dir: Path) -> None:
    store = RoutineStore(config_dir)
    routine = make_routine()
    store.save(routine)
    renamed = store.rename(routine, "Night", ["Evening", "Morning"])
    assert renamed.id == "evening"
    assert json.loads(store.path_of("evening").read_text(encoding="utf-8"))["name"] == "Night"
    with pytest.raises(ValueError, match="already exists"):
        store.rename(renamed, "morning", ["Night", "Morning"])
    store.delete("evening")
    store.delete("evening")  # nothing there: no error
    assert store.load_all().routines == []


def test_export_then_import_round_trips(config_dir: Path, tmp_path: Path) -> None:
    store = RoutineStore(config_dir)
    routine = make_routine("evening", "Evening", "BL23", "GV4", "LI4")
    target = tmp_path / "out" / "evening-export.json"
    target.parent.mkdir()
    store.export(routine, target)
    imported = store.import_file(target, KNOWN, taken_names=["Evening"])
    assert imported.name == "Evening (2)" and imported.id == "evening-2"
    assert imported.steps == routine.steps and imported.description == routine.description
    assert {r.id for r in store.load_all().routines} == {"evening-2"}
    assert routine_to_json(imported.model_copy(update={"name": "Evening"})) == target.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "top level must be an object"),
        (b'{"name": "x"}', "schema_version is missing"),
        (json.dumps(valid_file(schema_version=0)).encode(), "not a known version"),
        (json.dumps(valid_file(schema_version=2)).encode(), "newer version"),
        (json.dumps(valid_file(schema_version="1")).encode(), "schema_version is missing"),
        (
            json.dumps(valid_file(surprise=1)).encode(),
            "a field 'surprise' that routine files do not have; remove it",
        ),
        (json.dumps(valid_file(name="")).encode(), "name"),
        (json.dumps(valid_file(name="  ")).encode(), "The name is empty; write a name of 1 to 80"),
        (json.dumps(valid_file(name="x" * 81)).encode(), "name"),
        (
            json.dumps(valid_file(steps=[{"point": "BL23"}])).encode(),
            "Step 1: the hold (hold_seconds) is missing; add it, for example",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(hold_seconds="60")])).encode(),
            "Step 1: the hold is '60'; it must be a whole number from 3 to 300 s, written "
            "without quotes.",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(repetitions=True)])).encode(),
            "Step 1: the number of repetitions is true; it must be a whole number from 1 to 10",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(rest_seconds=500)])).encode(),
            "Step 1: the rest is 500 s; it must be 0 to 120 s.",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(sides="up")])).encode(),
            'Step 1: the sides are \'up\'; they must be "both", "left" or "right".',
        ),
        (
            json.dumps(valid_file(steps=[valid_step(point="XX99")])).encode(),
            "'XX99' is not in the catalogue",
        ),
        (
            json.dumps(valid_file(steps=[valid_step()] * 101)).encode(),
            "The routine has 101 steps; it can have at most 100.",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(), 5])).encode(),
            "Step 2 is 5, not a step; a step is an object such as {",
        ),
        (
            json.dumps(valid_file(steps=[valid_step(point="Bladder 99")])).encode(),
            "Step 1: the point 'Bladder 99' is not a point code; use a code such as BL23",
        ),
        (b"[" * 100_000, "nested far too deeply"),
    ],
)
def test_bad_import_gets_a_clear_error_and_changes_nothing(
    config_dir: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    store = RoutineStore(config_dir)
    with pytest.raises(RoutineFileError) as info:
        store.import_file(bad, KNOWN)
    assert message in str(info.value)
    assert str(info.value).startswith("bad.json: ")
    assert not (config_dir / "routines").exists() or not any((config_dir / "routines").iterdir())
    assert bad.read_bytes() == content


def test_oversized_import_is_refused_without_reading_it(config_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_ROUTINE_BYTES + 1))
    with pytest.raises(RoutineFileError, match="larger than 256 KiB"):
        RoutineStore(config_dir).read_import(big, KNOWN)
    with pytest.raises(RoutineFileError, match="could not be read"):
        RoutineStore(config_dir).read_import(tmp_path / "absent.json", KNOWN)


def test_cli_import_succeeds_with_one_line(config_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", valid_file(name="Desk break"))
    code, message = import_routine_cli(
        config_dir, source, KNOWN, reserved_names=["Desk break"], reserved_ids=["desk-break"]
    )
    assert code == 0
    assert "\n" not in message
    assert "Desk break (2)" in message and "1 step" in message
    assert (config_dir / "routines" / "desk-break-2.json").exists()
    code, message = import_routine_cli(config_dir, source, KNOWN)
    assert code == 0 and "Desk break (2) (2)" not in message


def test_cli_import_of_a_bad_file_fails_with_one_line(config_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "bad.json", valid_file(steps=[{"point": "BL23"}]))
    code, message = import_routine_cli(config_dir, source, KNOWN)
    assert code == 1 and "\n" not in message
    assert message.startswith("Not imported: bad.json:")
    assert not (config_dir / "routines").exists()
    code, message = import_routine_cli(config_dir, tmp_path / "nope.json", KNOWN)
    assert code == 1 and "could not be read" in message


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_parser(raw: bytes) -> None:
    try:
        parse_routine_file(raw, "r", file_name="x.json", known_point_ids=KNOWN)
    except RoutineFileError as error:
        assert error.problems and all(p.startswith("x.json: ") for p in error.problems)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["schema_version", "name", "description", "steps", "x"]),
        st.one_of(
            st.integers(-5, 5),
            st.text(max_size=5),
            st.booleans(),
            st.none(),
            st.lists(
                st.dictionaries(
                    st.sampled_from(["point", "hold_seconds", "sides", "y"]), st.integers(-1, 400)
                ),
                max_size=3,
            ),
        ),
    )
)
def test_random_json_objects_never_crash_the_parser(data: dict[str, object]) -> None:
    try:
        parse_routine_file(json.dumps(data).encode(), "r", file_name="x.json")
    except RoutineFileError as error:
        assert error.problems


def test_delete_refuses_an_id_outside_the_folder(tmp_path: Path) -> None:
    from acupress_gui.storage.routines import RoutineStore

    (tmp_path / "settings.json").write_text("{}")
    store = RoutineStore(tmp_path)
    with pytest.raises(ValueError, match="not a file-safe routine id"):
        store.delete("../settings")
    assert (tmp_path / "settings.json").is_file()


@pytest.mark.parametrize("spelling", ["UB40", "BL40", "B54", "ub 40", "b-54", "Bladder 54"])
def test_an_imported_alias_is_stored_as_the_standard_id(
    config_dir: Path, tmp_path: Path, spelling: str
) -> None:
    from acupress_gui.domain.search import point_spellings
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.ui.resources import resources_dir

    spellings = point_spellings(read_catalog(resources_dir()).points)
    source = tmp_path / "aliases.json"
    source.write_text(json.dumps(valid_file(steps=[valid_step(point=spelling)])))
    imported = RoutineStore(config_dir).import_file(source, spellings)
    assert [s.point for s in imported.steps] == ["BL40"]


def test_a_shared_spelling_is_not_guessed() -> None:
    from acupress_gui.domain.search import point_spellings, standard_id
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.ui.resources import resources_dir

    spellings = point_spellings(read_catalog(resources_dir()).points)
    assert standard_id(spellings, "Large Intestine 4") == "LI4"
    assert standard_id(spellings, "nothing like a code") is None


def test_a_hand_edited_file_with_a_sources_code_loads_with_the_standard_id(
    config_dir: Path,
) -> None:
    from acupress_gui.domain.search import point_spellings
    from acupress_gui.storage.catalog_file import read_catalog
    from acupress_gui.ui.resources import resources_dir

    spellings = point_spellings(read_catalog(resources_dir()).points)
    store = RoutineStore(config_dir)
    store.folder.mkdir(parents=True)
    steps = [valid_step(point="UB40"), valid_step(point="B 54"), valid_step(point="XX99")]
    write(store.folder / "mine.json", valid_file(steps=steps))
    loaded = store.load_all(aliases=spellings)
    assert loaded.warnings == []
    # Other spellings become the standard id; a point the catalogue lacks is kept as it is.
    assert [s.point for s in loaded.routines[0].steps] == ["BL40", "BL40", "XX99"]
