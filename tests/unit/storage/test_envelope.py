"""The one versioned-JSON reader, and the three files that use it."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict

from acupress_gui.domain.catalog import CatalogError
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.envelope import (
    Envelope,
    EnvelopeError,
    Problem,
    parse_json,
    printable,
    set_aside,
)
from acupress_gui.storage.routines import RoutineFileError, RoutineStore, parse_routine_file
from acupress_gui.storage.settings import Settings, SettingsStore

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
]

HUGE_INTEGER = b'{"schema_version": 1, "volume": ' + b"7" * 5000 + b"}"


class Thing(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[2]
    count: int
    label: str = ""


def _up(data: dict[str, Any]) -> dict[str, Any]:
    return {"schema_version": 2, "count": data.get("number", 0)}


THINGS = Envelope(Thing, 2, max_bytes=1024, migrations={1: _up}, strict=True)
UNLIMITED = Envelope(Thing, 2, migrations={1: _up}, strict=True)


class Lenient(BaseModel):
    schema_version: int = 2
    count: int


def problem_of(raw: bytes, envelope: Envelope[Any] = THINGS) -> EnvelopeError:
    with pytest.raises(EnvelopeError) as caught:
        envelope.read(raw, "thing.json")
    return caught.value


def test_a_current_file_is_validated() -> None:
    thing = THINGS.read(b'{"schema_version": 2, "count": 3}', "thing.json")
    assert thing == Thing(schema_version=2, count=3)


def test_an_older_file_is_migrated_before_validation() -> None:
    assert THINGS.read(b'{"schema_version": 1, "number": 4}', "thing.json").count == 4


@pytest.mark.parametrize(
    ("raw", "problem", "detail"),
    [
        (b"x" * 1025, Problem.TOO_LARGE, "1"),
        (b"\xff{}", Problem.NOT_TEXT, None),
        (b"{", Problem.NOT_JSON, None),
        (b"[" * 500 + b"]" * 500, Problem.NOT_OBJECT, "list"),
        (b"[]", Problem.NOT_OBJECT, "list"),
        (b"{}", Problem.NO_VERSION, "None"),
        (b'{"schema_version": true}', Problem.NO_VERSION, "True"),
        (b'{"schema_version": "2"}', Problem.NO_VERSION, "'2'"),
        (b'{"schema_version": 0}', Problem.OLD_VERSION, "0"),
        (b'{"schema_version": 3}', Problem.NEWER, "3"),
    ],
)
def test_each_check_names_what_failed(raw: bytes, problem: Problem, detail: str | None) -> None:
    error = problem_of(raw)
    assert error.problem is problem
    if detail is not None:
        assert error.detail == detail
    assert error.newer == (problem is Problem.NEWER)


@pytest.mark.parametrize(
    ("raw", "problem", "detail"),
    [
        (b"[" * 100_000 + b"]" * 100_000, Problem.TOO_DEEP, ""),
        (b"[" + b"1" * 5000 + b"]", Problem.NUMBER_TOO_LONG, "4300"),
        (b'{"schema_version": 2, "count": ' + b"1" * 4301 + b"}", Problem.NUMBER_TOO_LONG, None),
    ],
)
def test_files_python_cannot_parse(raw: bytes, problem: Problem, detail: str | None) -> None:
    error = problem_of(raw, UNLIMITED)
    assert error.problem is problem
    if detail is not None:
        assert error.detail == detail


def test_a_long_number_within_the_limit_is_read() -> None:
    raw = b'{"schema_version": 2, "count": ' + b"1" * 4300 + b"}"
    assert UNLIMITED.read(raw, "thing.json").count == int("1" * 4300)


def test_validation_problems_name_the_file_and_the_field() -> None:
    error = problem_of(b'{"schema_version": 2, "count": "3", "colour": "red"}')
    assert error.problem is Problem.INVALID and error.version == 2
    assert any(line.startswith("thing.json: count = '3'") for line in error.problems)
    assert any("colour" in line and "not a known field" in line for line in error.problems)


def test_a_file_without_a_version_can_count_as_one() -> None:
    lenient = Envelope(Lenient, 2, missing_version=2)
    assert lenient.read(b'{"count": 1}', "thing.json").count == 1
    # Present but null is not missing.
    assert problem_of(b'{"schema_version": null, "count": 1}', lenient).problem is (
        Problem.NO_VERSION
    )


def test_details_are_printable() -> None:
    error = EnvelopeError(Problem.NOT_JSON, "bad\x00line\nbreak")
    assert error.detail.isprintable() and "\n" not in str(error)
    assert printable("plain") == "plain"


def test_parse_json_without_a_limit_reads_any_size() -> None:
    assert parse_json(b"[" + b"0," * 200_000 + b"0]") == [0] * 200_001


def test_set_aside_keeps_the_bytes_and_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "thing.json"
    path.write_bytes(b"broken")
    with caplog.at_level(logging.WARNING, logger="acupress_gui.storage.envelope"):
        moved = set_aside(path, "it is broken")
    assert not path.exists() and moved.read_bytes() == b"broken"
    assert moved.name.startswith("thing.json.corrupt-")
    assert moved.name in caplog.text and "it is broken" in caplog.text


def test_set_aside_of_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        set_aside(tmp_path / "gone.json", "gone")


# ---- a huge integer literal is a bad file like any other -------------------------------------


def test_settings_with_a_huge_integer_are_set_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "settings.json").write_bytes(HUGE_INTEGER)
    with caplog.at_level(logging.WARNING):
        loaded = SettingsStore(tmp_path).load()
    assert not loaded.read_only and loaded.settings.volume == 0.8
    assert len(loaded.warnings) == 1
    warning = loaded.warnings[0]
    assert "settings.json could not be used (it has a number longer than 4300 digits)" in warning
    kept = sorted(tmp_path.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == HUGE_INTEGER
    assert kept[0].name in warning and kept[0].name in caplog.text


def test_a_routine_with_a_huge_integer_is_refused_and_set_aside(tmp_path: Path) -> None:
    raw = HUGE_INTEGER.replace(b"volume", b"name")
    with pytest.raises(RoutineFileError) as caught:
        parse_routine_file(raw, "r", file_name="big.json")
    assert caught.value.problems == [
        "big.json: The file has a number longer than 4300 digits; no value of a routine is "
        "that long."
    ]
    assert not caught.value.newer
    store = RoutineStore(tmp_path)
    store.folder.mkdir()
    (store.folder / "big.json").write_bytes(raw)
    loaded = store.load_all()
    assert loaded.routines == [] and "big" in loaded.skipped_ids
    assert "number longer than 4300 digits" in loaded.warnings[0]
    assert [p.read_bytes() for p in store.folder.glob("big.json.corrupt-*")] == [raw]


def test_a_catalogue_with_a_huge_integer_is_refused(tmp_path: Path) -> None:
    (tmp_path / "points.json").write_bytes(HUGE_INTEGER)
    with pytest.raises(CatalogError) as caught:
        read_catalog(tmp_path)
    assert caught.value.problems == ["points.json has a number longer than 4300 digits"]


# ---- the wording each file keeps ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"x" * (256 * 1024 + 1), "(it is larger than 256 KiB)"),
        (b"\xff", "(it is not valid JSON ('utf-8' codec can't decode byte 0xff"),
        (b"[1]", "(it is not a JSON object)"),
        (b'{"schema_version": "1"}', "(its schema_version '1' is not a version number)"),
        (b'{"schema_version": 0}', "(its schema_version 0 is not a version number)"),
    ],
)
def test_settings_messages(tmp_path: Path, raw: bytes, reason: str) -> None:
    (tmp_path / "settings.json").write_bytes(raw)
    loaded = SettingsStore(tmp_path).load()
    assert loaded.warnings[0].startswith(f"settings.json could not be used {reason}")


def test_a_bad_setting_is_reset_alone(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_bytes(b'{"volume": 7, "pregnant": true}')
    loaded = SettingsStore(tmp_path).load()
    assert loaded.settings == Settings(pregnant=True)
    assert loaded.warnings[0].startswith(
        "settings.json had a value that cannot be used, so this setting was reset to its "
        "default: “Sound volume” (volume) was 7, now 80 %."
    )


def test_newer_settings_are_left_untouched(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 9, "muted": True}))
    with caplog.at_level(logging.WARNING, logger="acupress_gui.storage.settings"):
        loaded = SettingsStore(tmp_path).load()
    assert loaded.read_only and loaded.warnings == [
        "settings.json was written by a newer version (schema 9); it is left untouched and "
        "default settings are used."
    ]
    assert "newer" in caplog.text and not list(tmp_path.glob("*.corrupt-*"))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            b"\xff",
            "r.json: The file is not UTF-8 text; open it in a text editor and save it as UTF-8.",
        ),
        (
            b"{",
            "r.json: The file is not valid JSON (line 1, column 2): a field name must be in "
            'double quotes ("name"), and no comma may come before } or ]. Correct it there in '
            "a text editor, or export the routine again.",
        ),
        (
            b'{"schema_version": 1,\n "name": "x"\n "steps": []}',
            "r.json: The file is not valid JSON (line 3, column 2): a comma is missing between "
            "two values. Correct it there in a text editor, or export the routine again.",
        ),
        (
            b"",
            "r.json: The file is empty or does not start with a JSON object; is this a routine "
            "file?",
        ),
        (
            b"\xef\xbb\xbf{}",
            "r.json: The file starts with a byte-order mark, which JSON does not allow; save it "
            "as UTF-8 without one.",
        ),
        (b"[" * 100_000, "r.json: The file is nested far too deeply to be a routine file."),
        (b"3", "r.json: The top level must be an object ({ ... }), not a number; is this a"),
        (b"[]", "r.json: The top level must be an object ({ ... }), not a list; is this a"),
        (
            b"{}",
            "r.json: schema_version is missing or not a whole number, so this is not a routine "
            'file of acupress-gui (those start with {"schema_version": 1, ...}).',
        ),
        (
            b'{"schema_version": -1}',
            "r.json: schema_version -1 is not a known version (this version of acupress-gui "
            "reads 1 to 1).",
        ),
        (
            b'{"schema_version": 2}',
            "r.json: Written by a newer version of acupress-gui (schema 2; this version reads "
            "up to 1); update acupress-gui to use it.",
        ),
    ],
)
def test_routine_messages(raw: bytes, message: str) -> None:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine_file(raw, "r", file_name="r.json")
    assert str(caught.value).startswith(message)
    assert len(caught.value.problems) == 1


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff", "points.json is not valid JSON: 'utf-8' codec"),
        (b"{", "points.json is not valid JSON: Expecting property name"),
        (b"[" * 100_000, "points.json is nested too deeply to be a catalogue"),
    ],
)
def test_catalogue_messages(tmp_path: Path, raw: bytes, message: str) -> None:
    (tmp_path / "points.json").write_bytes(raw)
    with pytest.raises(CatalogError) as caught:
        read_catalog(tmp_path)
    assert caught.value.problems[0].startswith(message)
