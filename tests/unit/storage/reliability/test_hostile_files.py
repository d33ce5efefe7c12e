"""Files that are not what they claim: FIFOs, devices, endless links, modes of new folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from acupress_gui.domain.models import Routine, Sides, Step
from acupress_gui.storage.atomic import quarantine
from acupress_gui.storage.files import (
    FileTooLargeError,
    NotRegularFileError,
    read_limited,
    short_text,
)
from acupress_gui.storage.history import HistoryStore, import_history_cli, open_history
from acupress_gui.storage.paths import history_file, routines_dir, settings_file
from acupress_gui.storage.routines import RoutineStore, import_routine_cli, routine_to_json
from acupress_gui.storage.settings import Settings, SettingsStore

pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
    pytest.mark.usefixtures("no_hang"),
]

KNOWN = {"BL23", "GV4"}


def routine(name: str = "Evening", routine_id: str = "evening") -> Routine:
    return Routine(
        id=routine_id,
        name=name,
        steps=[
            Step(point="BL23", hold_seconds=30, rest_seconds=10, repetitions=1, sides=Sides.LEFT)
        ],
    )


# ---- the helper ----------------------------------------------------------------------------


def test_read_limited_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError, match="named pipe"):
        read_limited(fifo, 100)


def test_read_limited_stops_at_the_limit_on_an_endless_device(tmp_path: Path) -> None:
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFileError, match="device"):
        read_limited(link, 100)


def test_read_limited_reads_limit_plus_one_bytes_at_most(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileTooLargeError):
        read_limited(path, 100)
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100


def test_short_text_cuts_a_refused_value() -> None:
    assert short_text("1" * 5000) == "1" * 20 + "…"
    assert short_text("ok") == "ok"
    assert short_text("a\nb") == "a\\nb"


# ---- item 5: a FIFO in place of each file ---------------------------------------------------


def test_a_fifo_as_settings_is_refused_and_never_written_over(config_dir: Path) -> None:
    config_dir.mkdir()
    os.mkfifo(settings_file(config_dir))
    store = SettingsStore(config_dir)
    loaded = store.load()
    assert loaded.settings == Settings()
    assert any("named pipe" in text for text in loaded.warnings)
    assert loaded.read_only
    with pytest.raises(OSError, match="not saved"):
        store.save(Settings(pregnant=True))
    assert stat.S_ISFIFO(os.stat(settings_file(config_dir)).st_mode)


def test_a_fifo_as_a_routine_file_is_skipped(config_dir: Path) -> None:
    folder = routines_dir(config_dir)
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.json")
    (folder / "evening.json").write_text(routine_to_json(routine()))
    loaded = RoutineStore(config_dir).load_all()
    assert [r.id for r in loaded.routines] == ["evening"]
    assert any("pipe.json" in text and "named pipe" in text for text in loaded.warnings)


def test_a_fifo_as_the_history_is_refused(config_dir: Path) -> None:
    config_dir.mkdir()
    os.mkfifo(history_file(config_dir))
    store = open_history(config_dir)
    assert store.in_memory
    assert any("named pipe" in text for text in store.warnings)
    store.close()


def test_import_routine_of_a_fifo(config_dir: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code, message = import_routine_cli(config_dir, fifo, KNOWN)
    assert code == 1
    assert "named pipe" in message


def test_import_history_of_a_fifo(config_dir: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, message = import_history_cli(config_dir, fifo)
    assert code == 1
    assert "named pipe" in message


# ---- item 6: links to /dev/zero ---------------------------------------------------------------


def test_settings_linked_to_dev_zero(config_dir: Path) -> None:
    config_dir.mkdir()
    settings_file(config_dir).symlink_to("/dev/zero")
    loaded = SettingsStore(config_dir).load()
    assert loaded.settings == Settings()
    assert loaded.warnings


def test_a_routine_linked_to_dev_zero(config_dir: Path) -> None:
    folder = routines_dir(config_dir)
    folder.mkdir(parents=True)
    (folder / "zero.json").symlink_to("/dev/zero")
    loaded = RoutineStore(config_dir).load_all()
    assert loaded.routines == []
    assert loaded.warnings


def test_import_history_of_dev_zero(config_dir: Path) -> None:
    code, message = import_history_cli(config_dir, Path("/dev/zero"))
    assert code == 1
    assert "device" in message


def test_import_routine_of_dev_zero(config_dir: Path) -> None:
    code, message = import_routine_cli(config_dir, Path("/dev/zero"), KNOWN)
    assert code == 1
    assert "device" in message


# ---- item 10: new folders 0700, set-aside copies 0600 ----------------------------------------


def test_import_routine_creates_the_config_folder_private(config_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "r.json"
    source.write_text(routine_to_json(routine()))
    old = os.umask(0)
    try:
        code, _message = import_routine_cli(config_dir, source, KNOWN)
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(config_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(routines_dir(config_dir).stat().st_mode) == 0o700


def test_a_set_aside_copy_is_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{broken")
    path.chmod(0o644)
    moved = quarantine(path)
    assert stat.S_IMODE(moved.stat().st_mode) == 0o600


def test_the_history_store_creates_its_folder_private(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        HistoryStore(tmp_path / "a" / "b" / "history.sqlite3").close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700


# ---- also seen: same names, echoed values ------------------------------------------------


def test_two_routine_files_with_the_same_name_load_apart(config_dir: Path) -> None:
    folder = routines_dir(config_dir)
    folder.mkdir(parents=True)
    (folder / "a.json").write_text(routine_to_json(routine("Evening", "a")))
    (folder / "b.json").write_text(routine_to_json(routine("evening", "b")))
    loaded = RoutineStore(config_dir).load_all()
    assert sorted(r.name for r in loaded.routines) == ["Evening", "evening (2)"]
    assert any("b.json" in text and "evening (2)" in text for text in loaded.warnings)


def test_a_refused_value_is_not_echoed_in_full(config_dir: Path) -> None:
    config_dir.mkdir()
    secret = "ghp_" + "Z" * 40
    settings_file(config_dir).write_text(f'{{"schema_version": 1, "volume": "{secret}"}}')
    loaded = SettingsStore(config_dir).load()
    (warning,) = loaded.warnings
    assert secret[:21] not in warning
    assert "ghp_ZZZZ" in warning


def test_a_5000_digit_number_in_a_routine_file_is_set_aside(config_dir: Path) -> None:
    folder = routines_dir(config_dir)
    folder.mkdir(parents=True)
    (folder / "big.json").write_text('{"schema_version": 1, "name": ' + "1" * 5000 + "}")
    loaded = RoutineStore(config_dir).load_all()
    assert loaded.routines == []
    (warning,) = loaded.warnings
    assert "digits" in warning and "set_int_max_str_digits" not in warning
    assert list(folder.glob("big.json.corrupt-*"))
