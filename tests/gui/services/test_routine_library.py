"""The RoutineLibrary service: loads the user's routines once, saves, deletes, tells."""

from __future__ import annotations

import errno
import json
import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Catalog, Routine, Step
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.routines import RoutineFileError, RoutineStore
from acupress_gui.ui.resources import resources_dir
from acupress_gui.ui.services.routine_library import RoutineLibrary


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_catalog(resources_dir())


def routine(routine_id: str, name: str, point: str = "BL23") -> Routine:
    step = Step(point=point, hold_seconds=30, rest_seconds=10, repetitions=2)
    return Routine(id=routine_id, name=name, steps=[step])


class FullDiskStore(RoutineStore):
    """A store whose writes and removals fail like a full or read-only disk."""

    def save(self, routine: Routine) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    def delete(self, routine_id: str) -> None:
        raise OSError(errno.EROFS, "Read-only file system")


def test_loads_the_users_routines_once_built_ins_first(catalog: Catalog, config_dir: Path) -> None:
    store = RoutineStore(config_dir)
    store.save(routine("zeta", "Zeta"))
    store.save(routine("alpha", "Alpha"))
    library = RoutineLibrary(catalog, store)
    assert [r.name for r in library.user_routines()] == ["Alpha", "Zeta"]
    builtins = library.builtin_routines()
    assert [r.id for r in builtins] == [r.id for r in catalog.routines]
    assert all(r.builtin for r in builtins)
    assert [r.id for r in library.all_routines()] == [
        *(r.id for r in catalog.routines),
        "alpha",
        "zeta",
    ]
    assert library.routine("alpha") == routine("alpha", "Alpha")
    assert library.routine(catalog.routines[0].id) is not None
    assert library.routine("nothing") is None
    assert library.load_warnings == []
    # Loaded once: a file written behind its back is not picked up.
    store.save(routine("later", "Later"))
    assert "later" not in {r.id for r in library.user_routines()}


def test_save_writes_the_file_and_emits_changed(
    catalog: Catalog, config_dir: Path, qtbot: QtBot
) -> None:
    library = RoutineLibrary(catalog, RoutineStore(config_dir))
    new = library.new_routine("Evening")
    assert new.name == "Evening" and new.steps == []
    with qtbot.waitSignal(library.changed):
        library.save(new)
    assert json.loads(library.path_of(new.id).read_text(encoding="utf-8"))["name"] == "Evening"
    assert library.user_routines() == [new]
    again = RoutineLibrary(catalog, RoutineStore(config_dir))
    assert again.user_routines() == [new]
    with qtbot.waitSignal(library.changed):
        assert library.delete(new.id) == new
    assert not library.path_of(new.id).exists()
    assert library.user_routines() == []


def test_new_names_and_ids_never_clash(catalog: Catalog, config_dir: Path) -> None:
    library = RoutineLibrary(catalog, RoutineStore(config_dir))
    first = library.new_routine("Evening")
    library.save(first)
    second = library.new_routine("Evening")
    assert second.name == "Evening (2)" and second.id != first.id
    builtin = catalog.routines[0]
    copy = library.duplicate(builtin, builtin.name)
    assert copy.name != builtin.name and copy.id != builtin.id and not copy.builtin
    assert copy.steps == builtin.steps


@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be saved")
@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be removed")
def test_a_failed_save_keeps_the_routine_in_memory_and_says_so(
    catalog: Catalog, config_dir: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    library = RoutineLibrary(catalog, FullDiskStore(config_dir))
    new = library.new_routine("Evening")
    with (
        qtbot.waitSignal(library.changed),
        caplog.at_level(logging.WARNING),
        pytest.raises(OSError, match="No space"),
    ):
        library.save(new)
    assert library.user_routines() == [new]
    assert any("could not be saved" in r.getMessage() for r in caplog.records)
    with qtbot.waitSignal(library.changed), pytest.raises(OSError, match="Read-only"):
        library.delete(new.id)
    assert library.user_routines() == []


@pytest.mark.expect_log("acupress_gui.storage", "routines")
@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be used")
@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "built-in routine")
def test_broken_files_become_load_warnings(
    catalog: Catalog, config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = config_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / f"{catalog.routines[0].id}.json").write_text(
        json.dumps({"schema_version": 1, "name": "Mine", "steps": []}), encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        library = RoutineLibrary(catalog, RoutineStore(config_dir))
    warnings = library.load_warnings
    assert len(warnings) == 2
    assert any("broken.json" in w for w in warnings)
    assert any("built-in routine" in w for w in warnings)
    assert any(p.name.startswith("broken.json.corrupt-") for p in folder.iterdir())
    assert [r.getMessage() for r in caplog.records if "broken.json" in r.getMessage()]
    # The list is the library's own: changing a copy changes nothing.
    warnings.clear()
    assert len(library.load_warnings) == 2
    # A skipped file's id is never given to a new routine.
    new = library.new_routine(catalog.routines[0].name)
    assert new.id != catalog.routines[0].id


@pytest.mark.expect_log("acupress_gui.ui.services.routine_library", "could not be")
def test_import_and_export(catalog: Catalog, config_dir: Path, tmp_path: Path) -> None:
    library = RoutineLibrary(catalog, RoutineStore(config_dir))
    mine = routine("mine", "Mine")
    library.save(mine)
    target = tmp_path / "out.json"
    library.export(mine, target)
    imported = library.read_import(target)
    assert imported.name == "Mine (2)" and imported.id != "mine"
    assert imported.steps == mine.steps
    assert not library.path_of(imported.id).exists()  # read, not saved
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "name": "X", "steps": [{"point": "XX99"}]}))
    with pytest.raises(RoutineFileError):
        library.read_import(bad)
    with pytest.raises(OSError):
        library.export(mine, target / "inside-a-file.json")  # its folder is a file
