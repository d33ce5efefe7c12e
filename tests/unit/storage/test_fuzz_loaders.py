"""Every loader fed random bytes, random JSON and damaged copies of real files.

A loader either loads or refuses with its documented error type; it never lets another
exception out. Every refusal is a plain sentence that names the file. Stores that set a bad
file aside keep its bytes, exactly, in ``NAME.corrupt-<timestamp>``.

The loaders: ``points.json`` (:func:`load_catalog`, :func:`read_catalog`), ``settings.json``
(:meth:`SettingsStore.load`), routine files (:func:`parse_routine_file`,
:meth:`RoutineStore.load_all`, :meth:`RoutineStore.read_import`,
:func:`import_routine_cli`), the history CSV (:func:`parse_csv`, :func:`read_csv`,
:func:`import_history_cli`) and the history database (:func:`open_history`).

Every case has an expectation fixed here, never computed by running the code under test:

- the tables (``*_CASES``) give, per file, what loads (with which values) or the words the
  refusal must contain;
- the hypothesis tests run derandomized (the same examples on every run) and check what
  holds for any input, with an oracle independent of the loaders where one exists (text
  that the standard ``json`` module cannot read as an object is always refused).

Known bugs are ``xfail(strict=True)`` tests written with the correct expectation; strict,
so the marker fails once the bug is fixed and has to go.

:data:`EXAMPLES` counts the cases each loader really ran; the last test prints the totals.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from acupress_gui.domain.catalog import CatalogError, load_catalog
from acupress_gui.domain.models import Catalog, Routine, Side
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStart, SessionStatus
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.history import (
    CsvFormatError,
    HistoryError,
    HistoryStore,
    import_history_cli,
    open_history,
    parse_csv,
    read_csv,
)
from acupress_gui.storage.reminder_settings import split_reminders
from acupress_gui.storage.routines import (
    MAX_ROUTINE_BYTES,
    RoutineFileError,
    RoutineStore,
    import_routine_cli,
    parse_routine_file,
    routine_to_json,
)
from acupress_gui.storage.settings import (
    MAX_SETTINGS_BYTES,
    SETTINGS_SCHEMA_VERSION,
    Settings,
    SettingsLoad,
    SettingsStore,
)
from tests.helpers.history_csv import format_csv

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"
POINTS_TEXT = (RESOURCES / "points.json").read_text(encoding="utf-8")
POINTS = json.loads(POINTS_TEXT)
IMAGE_NAMES = sorted(p.name for p in (RESOURCES / "images").iterdir())
CATALOG = load_catalog(POINTS, image_names=IMAGE_NAMES)
POINT_IDS = {point.id for point in CATALOG.points}

# Damaged files are large (a 100 kB string, 20,000 brackets): hypothesis may warn about
# printing one when it reports a failure; the failure itself is what matters.
pytestmark = [
    pytest.mark.filterwarnings(
        "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
    ),
    # Refused and set-aside files are logged as warnings; the cases check their effects.
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
]

#: Cases run per loader (hypothesis examples, including the explicit ones).
EXAMPLES: Counter[str] = Counter()
#: max_examples per test; the whole file stays well under 30 s. CI runs the file once more
#: with ACUPRESS_FUZZ_SCALE=10: about 10,000 cases in all.
_SCALE = max(1, int(os.environ.get("ACUPRESS_FUZZ_SCALE", "1") or "1"))
N = 150 * _SCALE
N_SLOW = 60 * _SCALE

# derandomize: the same examples on every run (a failure is reproduced by running again);
# database=None: no example store outside the run changes which cases run.
FUZZ = settings(
    max_examples=N,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ_SLOW = settings(
    max_examples=N_SLOW,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


DEEP_TEXT = "[" * 100_000 + "]" * 100_000


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

_REPR_OF_OBJECT = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
#: Control characters, newline included: a message is one line, whatever a file contains.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def assert_readable(message: object, file_name: str) -> None:
    """A plain message for a person: one line of text that names the file, without control
    characters, a traceback or an object's repr."""
    assert isinstance(message, str), repr(message)
    assert message.strip(), "an empty message"
    assert file_name in message, f"{file_name!r} not named in {message!r}"
    assert "Traceback" not in message and 'File "' not in message, message
    assert not _REPR_OF_OBJECT.search(message), message
    assert not _CONTROL.search(message), f"a control character in {message!r}"


def corrupt_copies(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


def json_object(data: bytes) -> dict[str, Any] | None:
    """The oracle: ``data`` as a JSON object read by the standard library, or None.

    UTF-8 without a byte-order mark, as every loader documents; a loader must refuse any file
    for which this returns None (whatever else it also refuses).
    """
    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return None
    return value if isinstance(value, dict) else None


#: A JSON integer literal longer than Python's int conversion limit (4,300 digits).
HUGE_INTEGER = "9" * 5_000


@pytest.fixture
def scratch() -> Iterator[Callable[[], Path]]:
    """A fresh folder per hypothesis example (tmp_path is shared by all examples)."""
    made: list[tempfile.TemporaryDirectory[str]] = []

    def new() -> Path:
        folder = tempfile.TemporaryDirectory(prefix="acu-fuzz-")
        made.append(folder)
        return Path(folder.name)

    yield new
    for folder in made:
        folder.cleanup()


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
#: Any JSON value (NaN and Infinity included: Python's json reads them).
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)

_DEEP = "\x00deep\x00"
_OUT_OF_RANGE: list[Any] = [
    -1,
    0,
    -(10**20),
    10**20,
    2**63,
    -(2**63) - 1,
    0.5,
    -0.0,
    1e308,
    -1e308,
    math.nan,
    math.inf,
    -math.inf,
    True,
    False,
]
_HUGE_STRINGS = [
    "x" * 100_000,
    "é" * 20_000,
    "\U0001f600" * 5_000,
    "\u202e" * 1_000,
    "\x00" * 1000,
    " " * 10_000,
    "",
    "\n\r\t",
]


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, (*path, index))


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


#: The valid documents that get damaged, by name (a name keeps hypothesis' reprs short).
BASES: dict[str, Any] = {"points": POINTS}


@st.composite
def mutated(draw: st.DrawFn, base: str, *, max_mutations: int = 3, max_depth: int = 20_000) -> str:
    """JSON text of ``BASES[base]`` with one to three damages, each at a random node."""
    doc = copy.deepcopy(BASES[base])
    for _ in range(draw(st.integers(1, max_mutations))):
        paths = list(_nodes(doc))
        path = draw(st.sampled_from(paths))
        action = draw(
            st.sampled_from(
                ["drop", "retype", "range", "huge", "deep", "add_key", "empty", "duplicate"]
            )
        )
        if action == "drop" and path:
            parent = _get(doc, path[:-1])
            del parent[path[-1]]
            continue
        if action == "add_key":
            target = _get(doc, path)
            if isinstance(target, dict):
                target[draw(st.text(max_size=10))] = draw(json_values)
                continue
        if action == "duplicate" and path and isinstance(_get(doc, path[:-1]), list):
            parent = _get(doc, path[:-1])
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
            continue
        replacement: Any
        if action == "range":
            replacement = draw(st.sampled_from(_OUT_OF_RANGE))
        elif action == "huge":
            replacement = draw(st.sampled_from(_HUGE_STRINGS))
        elif action == "deep":
            replacement = _DEEP
        elif action == "empty":
            replacement = draw(st.sampled_from([{}, [], "", None]))
        else:
            replacement = draw(json_values)
        if path:
            _get(doc, path[:-1])[path[-1]] = replacement
        else:
            doc = replacement
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    depth = draw(st.sampled_from([d for d in (2, 60, 400, 1_000, 20_000) if d <= max_depth]))
    return text.replace(json.dumps(_DEEP), "[" * depth + "]" * depth)


def as_bytes(texts: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return texts.map(lambda text: text.encode("utf-8"))


@st.composite
def torn(draw: st.DrawFn, base: str) -> bytes:
    """A valid file cut short or with a few bytes flipped (a torn or damaged write)."""
    valid = BASES[base]
    assert isinstance(valid, bytes)
    if draw(st.booleans()):
        return valid[: draw(st.integers(0, len(valid)))]
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def file_contents(base: str) -> st.SearchStrategy[bytes]:
    """Random bytes, random JSON, damaged valid JSON, torn valid files."""
    BASES[f"{base}.bytes"] = json.dumps(BASES[base], indent=2).encode()
    return st.one_of(
        st.binary(max_size=2_000),
        as_bytes(json_values.map(json.dumps)),
        as_bytes(mutated(base)),
        torn(f"{base}.bytes"),
        st.sampled_from([b"", b"\xef\xbb\xbf{}", DEEP_TEXT.encode(), b"null", b"[]", b'"x"']),
    )


# --------------------------------------------------------------------------------------------
# points.json
# --------------------------------------------------------------------------------------------


def _check_catalog_error(error: CatalogError) -> None:
    assert error.problems
    for problem in error.problems:
        assert_readable(problem, "points.json")


@FUZZ
@given(st.one_of(json_values, mutated("points", max_depth=400).map(json.loads)))
def test_load_catalog_accepts_or_lists_problems(data: Any) -> None:
    EXAMPLES["points.json (load_catalog)"] += 1
    try:
        catalog = load_catalog(data, file_name="points.json", image_names=IMAGE_NAMES)
    except CatalogError as error:
        _check_catalog_error(error)
    else:
        assert isinstance(catalog, Catalog)


@FUZZ
@given(data=file_contents("points"))
def test_read_catalog_of_any_file(scratch: Callable[[], Path], data: bytes) -> None:
    EXAMPLES["points.json (read_catalog)"] += 1
    folder = scratch()
    (folder / "images").symlink_to(RESOURCES / "images", target_is_directory=True)
    (folder / "points.json").write_bytes(data)
    try:
        catalog = read_catalog(folder)
    except CatalogError as error:
        _check_catalog_error(error)
    else:
        assert isinstance(catalog, Catalog)
        assert json_object(data) is not None, "only a JSON object can be a catalogue"
    assert (folder / "points.json").read_bytes() == data, "the catalogue is never changed"


def test_read_catalog_without_the_file_or_images(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    with pytest.raises(CatalogError) as caught:
        read_catalog(folder)
    _check_catalog_error(caught.value)
    (folder / "points.json").write_text(POINTS_TEXT)
    with pytest.raises(CatalogError) as caught:
        read_catalog(folder)  # no images/ folder: every illustration is missing
    _check_catalog_error(caught.value)
    assert any("missing from images/" in p for p in caught.value.problems)


@pytest.mark.parametrize("key", ["\n", "a\x1fb", "\x00", "line\nbreak"])
def test_messages_show_strange_keys_escaped(key: str) -> None:
    broken = copy.deepcopy(POINTS)
    broken[key] = 1
    broken["points"][0]["id"] = key
    with pytest.raises(CatalogError) as caught:
        load_catalog(broken)
    for problem in caught.value.problems:
        assert_readable(problem, "points.json")


CATALOG_CASES: dict[str, tuple[bytes, int | str]] = {
    "valid": (POINTS_TEXT.encode(), len(POINTS["points"])),
    "empty": (b"", "points.json"),
    "null": (b"null", "points.json"),
    "an empty object": (b"{}", "points.json"),
    "not UTF-8": (b"\xff\xfe{}", "points.json"),
    "cut short": (POINTS_TEXT.encode()[: len(POINTS_TEXT) // 2], "points.json"),
}


@pytest.mark.parametrize("name", CATALOG_CASES)
def test_catalog_file_case(scratch: Callable[[], Path], name: str) -> None:
    data, expected = CATALOG_CASES[name]
    folder = scratch()
    (folder / "images").symlink_to(RESOURCES / "images", target_is_directory=True)
    (folder / "points.json").write_bytes(data)
    if isinstance(expected, int):
        catalog = read_catalog(folder)
        assert len(catalog.points) == expected
        assert catalog == CATALOG
    else:
        with pytest.raises(CatalogError) as caught:
            read_catalog(folder)
        _check_catalog_error(caught.value)
        assert any(expected in problem for problem in caught.value.problems)
    assert (folder / "points.json").read_bytes() == data


def test_a_catalog_with_a_huge_integer_is_refused(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    (folder / "images").symlink_to(RESOURCES / "images", target_is_directory=True)
    text = re.sub(
        r'"schema_version": \d+', f'"schema_version": {HUGE_INTEGER}', POINTS_TEXT, count=1
    )
    assert HUGE_INTEGER in text
    (folder / "points.json").write_text(text)
    with pytest.raises(CatalogError) as caught:
        read_catalog(folder)
    _check_catalog_error(caught.value)


def test_a_deeply_nested_catalog_is_refused(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    (folder / "points.json").write_text(DEEP_TEXT)
    with pytest.raises(CatalogError) as caught:
        read_catalog(folder)
    _check_catalog_error(caught.value)


# --------------------------------------------------------------------------------------------
# settings.json
# --------------------------------------------------------------------------------------------

BASES["settings"] = Settings(
    safety_notice_accepted=True, volume=0.5, last_routine="lower-back-relief"
).model_dump(mode="json")


def _settings_cases() -> st.SearchStrategy[bytes]:
    return st.one_of(
        file_contents("settings"),
        st.builds(
            lambda size: b'{"note": "' + b"x" * size + b'"}',
            st.sampled_from([MAX_SETTINGS_BYTES - 20, MAX_SETTINGS_BYTES + 1]),
        ),
    )


@FUZZ
@given(data=_settings_cases())
def test_settings_load_never_raises_and_keeps_bad_files(
    scratch: Callable[[], Path], data: bytes
) -> None:
    EXAMPLES["settings.json"] += 1
    folder = scratch()
    path = folder / "settings.json"
    path.write_bytes(data)
    store = SettingsStore(folder)
    loaded = store.load()
    assert isinstance(loaded.settings, Settings)
    for warning in loaded.warnings:
        assert_readable(warning, "settings.json")
    copies = corrupt_copies(folder, "settings.json")
    # A reminder that cannot be used is left out and said on its own (the file is kept as
    # it is); every other warning is about the file or the settings as a whole.
    found_object = json_object(data) if len(data) <= MAX_SETTINGS_BYTES else None
    reminder_problems = (
        split_reminders(found_object.get("reminders"))[1]
        if found_object is not None and "reminders" in found_object
        else []
    )
    others = [warning for warning in loaded.warnings if warning not in reminder_problems]
    if json_object(data) is None:
        assert loaded.warnings and not loaded.read_only, "not a JSON object: set aside"
        assert loaded.settings == Settings(), "and the defaults are used"
    if loaded.read_only:
        # A newer version's file: untouched, and never overwritten.
        assert loaded.warnings and "newer version" in loaded.warnings[0]
        assert path.read_bytes() == data and not copies
        store.save(loaded.settings)
        assert path.read_bytes() == data
    elif (
        others
        and len(data) <= MAX_SETTINGS_BYTES
        and (found := json_object(data)) is not None
        and _versioned(found)
    ):
        # Values that cannot be used are reset, one by one; every other value is kept, the
        # file as it was is kept aside and the repaired settings are written in its place.
        expected, reset = _field_by_field(found)
        assert reset, "a repair resets at least one setting"
        assert loaded.settings.model_dump(include=set(expected)) == expected
        assert set(loaded.settings.model_extra or {}) == set(found) - set(Settings.model_fields)
        for name in reset:
            assert f"({name}) was " in others[0], (name, loaded.warnings)
        assert len(copies) == 1 and copies[0].read_bytes() == data
        assert copies[0].name in others[0]
        written = json.loads(path.read_text())
        assert {key: written[key] for key in expected} == loaded.settings.model_dump(
            mode="json", include=set(expected)
        )
    elif others:
        # Set aside, byte for byte, and named in the message.
        assert not path.exists()
        assert len(copies) == 1 and copies[0].read_bytes() == data
        assert copies[0].name in others[0]
    else:
        assert path.read_bytes() == data and not copies
    if not loaded.read_only:
        store.save(loaded.settings)
        again = SettingsStore(folder).load()
        assert again.warnings == []
        known = set(Settings.model_fields)
        assert again.settings.model_dump(include=known) == loaded.settings.model_dump(include=known)
        # Unknown keys are kept (NaN and Infinity, which are not JSON, are written as null),
        # unless keeping them would make a file too large to be read again.
        before = set(loaded.settings.model_extra or {})
        after = set(again.settings.model_extra or {})
        try:
            full = json.dumps(loaded.settings.model_dump(mode="json"), indent=2, sort_keys=True)
        except ValueError:
            # Nested too deeply to write back: the save kept only the app's own settings.
            assert after == set()
        else:
            assert after == before or (after < before and len(full) >= MAX_SETTINGS_BYTES)


def _versioned(found: dict[str, Any]) -> bool:
    """True when ``found`` has a schema version this app reads (or none: version 1)."""
    version = found.get("schema_version", 1)
    return type(version) is int and 1 <= version <= 1


def _field_by_field(found: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The oracle of a repair: each known setting of ``found`` validated alone; the value
    when it can be used, else the default. Returns the settings and the names reset."""
    expected: dict[str, Any] = {}
    reset: list[str] = []
    for name in Settings.model_fields:
        if name == "schema_version":
            continue
        default = Settings.model_fields[name].get_default(call_default_factory=True)
        if name not in found:
            expected[name] = default
            continue
        try:
            expected[name] = getattr(Settings.model_validate({name: found[name]}), name)
        except ValidationError:
            expected[name] = default
            reset.append(name)
    return expected, reset


#: settings.json as written, and what loading it gives: the values read, or the reason the
#: file was set aside (the words the warning must contain), or "newer version" (left alone).
SETTINGS_CASES: dict[str, tuple[bytes, dict[str, Any] | str]] = {
    "valid": (
        json.dumps(BASES["settings"]).encode(),
        {"safety_notice_accepted": True, "volume": 0.5, "last_routine": "lower-back-relief"},
    ),
    "an empty object: the defaults": (b"{}", {"volume": 0.8, "safety_notice_accepted": False}),
    "a repeated key: the last one": (b'{"volume": 0.1, "volume": 0.2}', {"volume": 0.2}),
    "unknown keys are kept": (b'{"later": [1, 2]}', {"later": [1, 2]}),
    "empty": (b"", "not valid JSON"),
    "null": (b"null", "not a JSON object"),
    "a list": (b"[]", "not a JSON object"),
    "a string": (b'"x"', "not a JSON object"),
    "a byte-order mark": (b"\xef\xbb\xbf{}", "not valid JSON"),
    "not UTF-8": (b"\xff\xfe{}", "not valid JSON"),
    "cut short": (b'{"schema_version": 1, "vol', "not valid JSON"),
    "text after the object": (b"{} x", "not valid JSON"),
    "nested too deeply": (DEEP_TEXT.encode(), "nested too deeply"),
    "NaN volume": (b'{"volume": NaN}', "“Sound volume” (volume) was not a number, now 80 %"),
    "volume out of range": (
        b'{"schema_version": 1, "volume": 7}',
        "settings.json had a value that cannot be used, so this setting was reset to its "
        "default: “Sound volume” (volume) was 7, now 80 %. Your other settings are kept;",
    ),
    "volume not a number": (
        b'{"schema_version": 1, "volume": "loud"}',
        "“Sound volume” (volume) was 'loud', now 80 %",
    ),
    "too large": (b'{"note": "' + b"x" * (MAX_SETTINGS_BYTES + 1) + b'"}', "larger than"),
    "a newer version": (b'{"schema_version": 99, "volume": 0.1}', "newer version"),
}


@pytest.mark.parametrize("name", SETTINGS_CASES)
def test_settings_file_case(scratch: Callable[[], Path], name: str) -> None:
    EXAMPLES["settings.json"] += 1
    data, expected = SETTINGS_CASES[name]
    folder = scratch()
    path = folder / "settings.json"
    path.write_bytes(data)
    loaded = SettingsStore(folder).load()
    copies = corrupt_copies(folder, "settings.json")
    if isinstance(expected, dict):
        assert loaded.warnings == [] and not loaded.read_only and not copies
        dumped = loaded.settings.model_dump()
        assert {key: dumped[key] for key in expected} == expected
        assert path.read_bytes() == data
    elif expected == "newer version":
        assert loaded.read_only and loaded.settings == Settings()
        assert len(loaded.warnings) == 1 and "newer version" in loaded.warnings[0]
        assert path.read_bytes() == data and not copies
    else:
        assert not loaded.read_only and loaded.settings == Settings()
        assert len(loaded.warnings) == 1 and expected in loaded.warnings[0], loaded.warnings
        assert_readable(loaded.warnings[0], "settings.json")
        repaired = "(volume) was " in expected
        # A bad value is reset and the repaired file written; a broken file is only moved.
        assert path.exists() == repaired
        if repaired:
            assert SettingsStore(folder).load() == SettingsLoad(Settings())
        assert len(copies) == 1 and copies[0].read_bytes() == data
        assert copies[0].name in loaded.warnings[0]


#: settings.json with bad values among good ones: the settings it gives (the good values
#: kept, the bad ones at their defaults) and the settings the warning names as reset.
SETTINGS_REPAIRS: dict[str, tuple[bytes, Settings, list[str]]] = {
    "pregnant kept, volume reset": (
        b'{"schema_version": 1, "pregnant": true, "volume": 7}',
        Settings(pregnant=True),
        ["“Sound volume” (volume) was 7, now 80 %"],
    ),
    "three reset, the rest kept": (
        b'{"theme": "pink", "muted": true, "text_scale": "big", "volume": 0.25,'
        b' "switch_seconds": -3, "later": [1]}',
        Settings.model_validate({"muted": True, "volume": 0.25, "later": [1]}),
        [
            "“Theme” (theme) was 'pink', now 'system'",
            "“Text size” (text_scale) was 'big', now 100 %",
            "“Switch sides” (switch_seconds) was -3, now 5",
        ],
    ),
    "a breathing guide that is not on or off": (
        b'{"breathing_guide": [true], "helper_presses": true}',
        Settings(helper_presses=True),
        ["“Breathing guide during holds” (breathing_guide) was a list, now off"],
    ),
}


@pytest.mark.parametrize("name", SETTINGS_REPAIRS)
def test_settings_with_bad_values_keep_the_good_ones(
    scratch: Callable[[], Path], name: str
) -> None:
    EXAMPLES["settings.json"] += 1
    data, settings, reset = SETTINGS_REPAIRS[name]
    folder = scratch()
    (folder / "settings.json").write_bytes(data)
    loaded = SettingsStore(folder).load()
    assert loaded.settings == settings and not loaded.read_only
    copies = corrupt_copies(folder, "settings.json")
    assert len(copies) == 1 and copies[0].read_bytes() == data
    plural = len(reset) > 1
    assert loaded.warnings == [
        "settings.json had "
        + (
            "values that cannot be used, so these settings were reset to their defaults: "
            if plural
            else "a value that cannot be used, so this setting was reset to its default: "
        )
        + "; ".join(reset)
        + f". Your other settings are kept; the file as it was is kept as {copies[0].name}."
    ]
    again = SettingsStore(folder).load()
    assert again.warnings == [] and again.settings == settings


def test_settings_with_a_huge_integer_are_set_aside(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    data = f'{{"schema_version": 1, "volume": {HUGE_INTEGER}}}'.encode()
    (folder / "settings.json").write_bytes(data)
    loaded = SettingsStore(folder).load()
    assert loaded.settings == Settings() and not loaded.read_only
    assert len(loaded.warnings) == 1
    assert_readable(loaded.warnings[0], "settings.json")
    copies = corrupt_copies(folder, "settings.json")
    assert len(copies) == 1 and copies[0].read_bytes() == data


def test_deeply_nested_settings_are_set_aside(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    (folder / "settings.json").write_text(DEEP_TEXT)
    loaded = SettingsStore(folder).load()
    assert loaded.warnings
    assert_readable(loaded.warnings[0], "settings.json")
    assert corrupt_copies(folder, "settings.json")[0].read_text() == DEEP_TEXT


def test_saved_settings_always_load_again(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    store = SettingsStore(folder)
    store.save(Settings.model_validate({"note": "x" * (MAX_SETTINGS_BYTES - 20)}))
    assert SettingsStore(folder).load().warnings == []


def _written_back(version: object) -> tuple[SettingsLoad, object]:
    """Load a settings file with ``version``, save it, load it again."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps({"schema_version": version, "pregnant": True}))
        store = SettingsStore(Path(folder))
        store.save(store.load().settings)
        written = json.loads(path.read_text()).get("schema_version") if path.exists() else None
        return SettingsStore(Path(folder)).load(), written


@pytest.mark.parametrize("version", ["2", "1", 0, -3, True, 1.0, None, 1])
def test_a_strange_schema_version_is_never_written_back(version: object) -> None:
    """The app writes only its own version; it never locks itself out of its own file."""
    again, written = _written_back(version)
    assert not again.read_only, again.warnings
    assert written in (None, SETTINGS_SCHEMA_VERSION)


def _set_aside_for(version: object) -> tuple[SettingsLoad, bool]:
    """Load a settings file with ``version``; was it set aside?"""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps({"schema_version": version, "pregnant": True}))
        loaded = SettingsStore(Path(folder)).load()
        return loaded, bool(corrupt_copies(Path(folder), "settings.json"))


@pytest.mark.parametrize("version", ["2", 0, -3, True, 1.5, None, [1]])
def test_a_file_without_a_version_number_is_set_aside(version: object) -> None:
    loaded, set_aside = _set_aside_for(version)
    assert set_aside and loaded.settings.pregnant is False
    assert "schema_version" in loaded.warnings[0]
    assert_readable(loaded.warnings[0], "settings.json")


# --------------------------------------------------------------------------------------------
# Routine files
# --------------------------------------------------------------------------------------------

VALID_ROUTINE = json.loads(routine_to_json(CATALOG.routines[0]))
BASES["routine"] = VALID_ROUTINE


def _routine_cases() -> st.SearchStrategy[bytes]:
    return st.one_of(
        file_contents("routine"),
        st.sampled_from(
            [
                json.dumps({**VALID_ROUTINE, "schema_version": 2}).encode(),
                json.dumps({**VALID_ROUTINE, "schema_version": 0}).encode(),
                json.dumps({**VALID_ROUTINE, "schema_version": True}).encode(),
                json.dumps({**VALID_ROUTINE, "schema_version": "1"}).encode(),
                json.dumps({**VALID_ROUTINE, "description": "x" * MAX_ROUTINE_BYTES}).encode(),
            ]
        ),
    )


#: How a message that reads like code looks: pydantic's words, a path with an index.
_CODE_LIKE = re.compile(r"Input should|Field required|\w\[\d+\]|\w+ = |\.\.\d")


def _check_routine_error(error: RoutineFileError, file_name: str) -> None:
    assert error.problems
    for problem in error.problems:
        assert_readable(problem, file_name)
        assert not _CODE_LIKE.search(problem), f"reads like code: {problem!r}"


@FUZZ
@given(data=_routine_cases(), strict_points=st.booleans())
def test_parse_routine_file_loads_or_refuses(data: bytes, strict_points: bool) -> None:
    EXAMPLES["routine file (parse_routine_file)"] += 1
    known = POINT_IDS if strict_points else None
    try:
        routine = parse_routine_file(data, "r1", file_name="r1.json", known_point_ids=known)
    except RoutineFileError as error:
        _check_routine_error(error, "r1.json")
    else:
        assert isinstance(routine, Routine) and routine.id == "r1"
        assert json_object(data) is not None, "only a JSON object can be a routine"
        # What loads can be written and read back unchanged.
        again = parse_routine_file(routine_to_json(routine).encode(), "r1", file_name="r1.json")
        assert again == routine


@FUZZ_SLOW
@given(files=st.lists(_routine_cases(), min_size=1, max_size=4))
def test_routine_folder_loads_the_good_and_keeps_the_bad(
    scratch: Callable[[], Path], files: list[bytes]
) -> None:
    EXAMPLES["routine folder (RoutineStore.load_all)"] += 1
    config = scratch()
    folder = config / "routines"
    folder.mkdir()
    originals = {f"r{index}.json": data for index, data in enumerate(files)}
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    result = RoutineStore(config).load_all(reserved_ids={"lower-back-relief"})
    for warning in result.warnings:
        assert_readable(warning, "routines/")
    loaded = {f"{r.id}.json" for r in result.routines}
    assert all(json_object(originals[name]) is not None for name in loaded)
    for name, data in originals.items():
        path = folder / name
        copies = corrupt_copies(folder, name)
        if name in loaded:
            assert path.read_bytes() == data and not copies
        elif path.exists():  # newer version: left as it is
            assert path.read_bytes() == data and not copies
            assert any(name in w and "newer version" in w for w in result.warnings)
        else:  # set aside, byte for byte
            assert len(copies) == 1 and copies[0].read_bytes() == data
            assert any(name in w and copies[0].name in w for w in result.warnings)
    assert len(result.routines) + len(result.skipped_ids) == len(originals)


@FUZZ_SLOW
@given(data=_routine_cases())
def test_importing_any_file_imports_or_refuses_in_one_line(
    scratch: Callable[[], Path], data: bytes
) -> None:
    EXAMPLES["routine import (read_import + import_routine_cli)"] += 1
    config = scratch()
    source = scratch() / "shared routine.json"
    source.write_bytes(data)
    try:
        RoutineStore.read_import(source, POINT_IDS)
    except RoutineFileError as error:
        _check_routine_error(error, "shared routine.json")
    code, message = import_routine_cli(
        config,
        source,
        POINT_IDS,
        reserved_names=[r.name for r in CATALOG.routines],
        reserved_ids=[r.id for r in CATALOG.routines],
    )
    assert code in (0, 1)
    assert code == 1 or json_object(data) is not None, "only a JSON object is imported"
    assert "\n" not in message
    assert_readable(message, "shared routine.json" if code else "routines")
    saved = list((config / "routines").glob("*.json")) if (config / "routines").exists() else []
    assert len(saved) == (1 if code == 0 else 0), "all or nothing"
    assert source.read_bytes() == data


def _routine_with(**changes: Any) -> bytes:
    return json.dumps({**VALID_ROUTINE, **changes}).encode()


_FIRST_STEP = VALID_ROUTINE["steps"][0]
#: A routine file as written, and what parsing it as ``r1.json`` gives: the routine's name and
#: number of steps, or the words one of the problems must contain.
ROUTINE_CASES: dict[str, tuple[bytes, tuple[str, int] | str]] = {
    "valid": (json.dumps(VALID_ROUTINE).encode(), (VALID_ROUTINE["name"], 9)),
    "no steps yet": (_routine_with(steps=[]), (VALID_ROUTINE["name"], 0)),
    "empty": (b"", "The file is empty"),
    "null": (b"null", "The top level must be an object ({ ... }), not null"),
    "a list": (b"[]", "The top level must be an object ({ ... }), not a list"),
    "a string": (b'"x"', "The top level must be an object ({ ... }), not a text"),
    "a byte-order mark": (b"\xef\xbb\xbf{}", "The file starts with a byte-order mark"),
    "not UTF-8": (b"\xff\xfe{}", "not UTF-8"),
    "cut short": (json.dumps(VALID_ROUTINE).encode()[:-1], "not valid JSON"),
    "text after the object": (json.dumps(VALID_ROUTINE).encode() + b" x", "not valid JSON"),
    "nested too deeply": (DEEP_TEXT.encode(), "nested far too deeply"),
    "an empty object": (b"{}", "schema_version is missing"),
    "no version": (
        json.dumps({k: v for k, v in VALID_ROUTINE.items() if k != "schema_version"}).encode(),
        "schema_version is missing",
    ),
    "version 0": (_routine_with(schema_version=0), "schema_version 0 is not a known version"),
    "version true": (_routine_with(schema_version=True), "not a whole number"),
    "version text": (_routine_with(schema_version="1"), "not a whole number"),
    "a newer version": (_routine_with(schema_version=2), "newer version"),
    "an unknown field": (
        _routine_with(volume=7),
        "The file has a field 'volume' that routine files do not have; remove it",
    ),
    "no name": (
        json.dumps({k: v for k, v in VALID_ROUTINE.items() if k != "name"}).encode(),
        'The routine has no name; add one, for example "name": "Evening back".',
    ),
    "an unknown point": (
        _routine_with(steps=[{**_FIRST_STEP, "point": "ZZ99"}]),
        "Step 1: the point 'ZZ99' is not in the catalogue; use a code such as BL23",
    ),
    "a hold out of range": (
        _routine_with(steps=[{**_FIRST_STEP, "hold_seconds": 999}]),
        "Step 1: the hold is 999 s; it must be 3 to 300 s.",
    ),
    "too large": (_routine_with(description="x" * MAX_ROUTINE_BYTES), "larger than 256 KiB"),
}


@pytest.mark.parametrize("name", ROUTINE_CASES)
def test_routine_file_case(name: str) -> None:
    EXAMPLES["routine file (parse_routine_file)"] += 1
    data, expected = ROUTINE_CASES[name]
    if isinstance(expected, tuple):
        routine = parse_routine_file(data, "r1", file_name="r1.json", known_point_ids=POINT_IDS)
        assert (routine.id, routine.name, len(routine.steps)) == ("r1", *expected)
        if routine.steps:  # the file carries what the user can edit; not sources, not builtin
            editable = {"name", "description", "steps"}
            assert routine.model_dump(include=editable) == CATALOG.routines[0].model_dump(
                include=editable
            )
        return
    with pytest.raises(RoutineFileError) as caught:
        parse_routine_file(data, "r1", file_name="r1.json", known_point_ids=POINT_IDS)
    _check_routine_error(caught.value, "r1.json")
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems


def test_a_routine_folder_of_fixed_cases(scratch: Callable[[], Path]) -> None:
    """Each file of ROUTINE_CASES in one folder: the good load, the bad are set aside, the
    newer one is left alone. The store does not check points against the catalogue (a
    routine naming a point this catalogue lacks still loads)."""
    config = scratch()
    folder = config / "routines"
    folder.mkdir()
    names = {f"r{index}.json": name for index, name in enumerate(ROUTINE_CASES)}
    for file_name, name in names.items():
        (folder / file_name).write_bytes(ROUTINE_CASES[name][0])
    result = RoutineStore(config).load_all(reserved_ids={"lower-back-relief"})
    loaded = {f"{r.id}.json" for r in result.routines}
    newer = {n for n, case in names.items() if case == "a newer version"}
    good = {n for n, case in names.items() if case in ("valid", "no steps yet", "an unknown point")}
    assert loaded == good
    assert result.skipped_ids == {n.removesuffix(".json") for n in names if n not in good}
    for file_name, name in names.items():
        copies = corrupt_copies(folder, file_name)
        if file_name in good | newer:
            assert (folder / file_name).read_bytes() == ROUTINE_CASES[name][0] and not copies
        else:
            assert not (folder / file_name).exists(), name
            assert len(copies) == 1 and copies[0].read_bytes() == ROUTINE_CASES[name][0]
            assert any(file_name in w and copies[0].name in w for w in result.warnings), name
    for warning in result.warnings:
        assert_readable(warning, "routines/")


_HUGE_ROUTINE = (
    json.dumps(VALID_ROUTINE)
    .replace('"hold_seconds": 30', f'"hold_seconds": {HUGE_INTEGER}', 1)
    .encode()
)


def test_a_routine_with_a_huge_integer_is_refused() -> None:
    assert HUGE_INTEGER.encode() in _HUGE_ROUTINE
    with pytest.raises(RoutineFileError) as caught:
        parse_routine_file(_HUGE_ROUTINE, "r1", file_name="r1.json", known_point_ids=POINT_IDS)
    _check_routine_error(caught.value, "r1.json")


def test_a_stored_routine_with_a_huge_integer_is_set_aside(scratch: Callable[[], Path]) -> None:
    config = scratch()
    (config / "routines").mkdir()
    (config / "routines" / "r1.json").write_bytes(_HUGE_ROUTINE)
    result = RoutineStore(config).load_all(reserved_ids=set())
    assert result.routines == []
    copies = corrupt_copies(config / "routines", "r1.json")
    assert len(copies) == 1 and copies[0].read_bytes() == _HUGE_ROUTINE
    assert any("r1.json" in w and copies[0].name in w for w in result.warnings)


def test_importing_a_routine_with_a_huge_integer_is_refused(scratch: Callable[[], Path]) -> None:
    config = scratch()
    source = scratch() / "shared routine.json"
    source.write_bytes(_HUGE_ROUTINE)
    code, message = import_routine_cli(
        config, source, POINT_IDS, reserved_names=[], reserved_ids=[]
    )
    assert code == 1
    assert_readable(message, "shared routine.json")
    assert not (config / "routines").exists() or not list((config / "routines").iterdir())


def test_an_imported_file_has_a_size_limit(scratch: Callable[[], Path]) -> None:
    source = scratch() / "big.json"
    source.write_bytes(b" " * (MAX_ROUTINE_BYTES + 1) + json.dumps(VALID_ROUTINE).encode())
    with pytest.raises(RoutineFileError, match=r"^big\.json: The file is larger than 256 KiB"):
        RoutineStore.read_import(source, POINT_IDS)


# --------------------------------------------------------------------------------------------
# History CSV
# --------------------------------------------------------------------------------------------

_CEST = timezone(timedelta(hours=2))


def _sample_records() -> list[SessionRecord]:
    start = datetime(2026, 4, 1, 7, 30, tzinfo=_CEST)
    return [
        SessionRecord(
            session_id=f"s{n}",
            routine_id="lower-back-relief",
            routine_name="Lower back relief",
            started_at=start + timedelta(days=n),
            ended_at=start + timedelta(days=n, minutes=12),
            status=SessionStatus.COMPLETED if n else SessionStatus.INTERRUPTED,
            pain_before=6,
            pain_after=None if n == 2 else 3,
            note='stiff, "better" after\nwalk' if n == 1 else "",
            holds=tuple(
                HoldResult(step, "BL23", side, 1, 60.0, 58.5)
                for step in range(n)
                for side in (Side.LEFT, Side.RIGHT)
            ),
        )
        for n in range(3)
    ]


VALID_CSV, _SESSIONS, _HOLDS = format_csv(_sample_records())
_CSV_ROWS = list(csv.reader(io.StringIO(VALID_CSV)))
OLD_CSV_HEADER = (
    "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
    "step,point,side,planned_hold_s,held_s"
)
CSV_HEADER = OLD_CSV_HEADER + ",pain_regions,checkin_interference,checkin_sleep"
BASES["csv"] = VALID_CSV.encode()
_CELLS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "-1",
            "11",
            "nan",
            "inf",
            "1e309",
            "86401",
            "0001-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59-23:59",
            "2026-04-01T07:30:00",
            "2026-02-30T07:30:00+02:00",
            "running",
            "midline",
            "x" * 5000,
            '"',
            "\r\n",
            "\x00",
        ]
    ),
)


@st.composite
def damaged_csv(draw: st.DrawFn) -> bytes:
    """The valid export with cells, rows or the header changed."""
    rows = copy.deepcopy(_CSV_ROWS)
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        action = draw(st.sampled_from(["cell", "drop_cell", "add_cell", "dup_row", "drop_row"]))
        if action == "cell" and rows[row]:
            rows[row][draw(st.integers(0, len(rows[row]) - 1))] = draw(_CELLS)
        elif action == "drop_cell" and rows[row]:
            del rows[row][draw(st.integers(0, len(rows[row]) - 1))]
        elif action == "add_cell":
            rows[row].append(draw(_CELLS))
        elif action == "dup_row":
            rows.insert(row, list(rows[row]))
        elif action == "drop_row" and len(rows) > 1:
            del rows[row]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows(rows)
    return buffer.getvalue().encode()


def _csv_cases() -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=2_000),
        damaged_csv(),
        torn("csv"),
        st.text(max_size=500).map(lambda text: (_CSV_ROWS[0][0] + "," + text).encode()),
        as_bytes(st.text(max_size=500).map(lambda text: ",".join(_CSV_ROWS[0]) + "\n" + text)),
    )


def _check_csv_error(error: CsvFormatError, file_name: str) -> None:
    assert str(error).startswith(file_name), str(error)
    assert_readable(str(error), file_name)


@FUZZ
@given(data=_csv_cases())
def test_parse_csv_reads_or_names_the_line(data: bytes) -> None:
    EXAMPLES["history CSV (parse_csv)"] += 1
    text = data.decode("utf-8", errors="replace")
    try:
        records = parse_csv(text, "h.csv")
    except CsvFormatError as error:
        _check_csv_error(error, "h.csv")
    else:
        header = text.splitlines()[0]
        assert header in (CSV_HEADER, OLD_CSV_HEADER), "only the app's own headers are read"
        with HistoryStore(None) as memory:  # what parses can be stored
            memory.add_records(records)


@FUZZ_SLOW
@given(data=_csv_cases())
def test_importing_any_csv_imports_all_or_nothing(scratch: Callable[[], Path], data: bytes) -> None:
    EXAMPLES["history CSV (read_csv + import_history_cli)"] += 1
    config = scratch()
    source = scratch() / "history export.csv"
    source.write_bytes(data)
    try:
        read_csv(source)
    except CsvFormatError as error:
        _check_csv_error(error, "history export.csv")
    code, message = import_history_cli(config, source)
    assert code in (0, 1)
    assert "\n" not in message
    assert_readable(message, "history export.csv")
    with HistoryStore(config / "history.sqlite3") as store:
        if code:
            assert store.count() == 0, "a refused file imports nothing"
        else:
            assert store.count() == len({r.session_id for r in read_csv(source)})


_S0 = _CSV_ROWS[1]
#: CSV text, and what parsing it as ``h.csv`` gives: the session ids read, or the words the
#: refusal must contain (it names the file and the line).
CSV_CASES: dict[str, tuple[str, list[str] | str]] = {
    "valid": (VALID_CSV, ["s0", "s1", "s2"]),
    "the header only": (CSV_HEADER + "\n", []),
    "Windows line ends": (
        VALID_CSV.replace("\n", "\r\n").replace("after\r\nwalk", "after\nwalk"),
        ["s0", "s1", "s2"],
    ),
    "empty": ("", "h.csv line 1: the file is empty"),
    "another header": ("a,b\n1,2\n", "h.csv line 1: the header must be exactly"),
    "a field too few": (
        CSV_HEADER + "\n" + ",".join(_S0[:-1]) + "\n",
        "h.csv line 2: 15 fields, expected 16",
    ),
    "a pain rating of 5,000 digits": (
        CSV_HEADER + "\n" + ",".join([*_S0[:5], HUGE_INTEGER, *_S0[6:]]) + "\n",
        "h.csv line 2:",
    ),
    "a field too many": (
        CSV_HEADER + "\n" + ",".join([*_S0, "x"]) + "\n",
        "h.csv line 2: 17 fields, expected 16",
    ),
}


@pytest.mark.parametrize("name", CSV_CASES)
def test_csv_case(name: str) -> None:
    EXAMPLES["history CSV (parse_csv)"] += 1
    text, expected = CSV_CASES[name]
    if isinstance(expected, list):
        records = parse_csv(text, "h.csv")
        assert sorted({r.session_id for r in records}) == expected
        if expected:
            assert records == _sample_records()
        return
    with pytest.raises(CsvFormatError) as caught:
        parse_csv(text, "h.csv")
    _check_csv_error(caught.value, "h.csv")
    assert str(caught.value).startswith(expected), str(caught.value)


def test_a_csv_larger_than_the_limit_is_refused(
    scratch: Callable[[], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from acupress_gui.storage.history import csv as history_csv

    monkeypatch.setattr(history_csv, "MAX_CSV_BYTES", len(VALID_CSV) - 1)
    source = scratch() / "big.csv"
    source.write_text(VALID_CSV)
    with pytest.raises(CsvFormatError, match=r"^big\.csv: the file is"):
        read_csv(source)
    code, message = import_history_cli(scratch(), source)
    assert code == 1 and "big.csv" in message


# --------------------------------------------------------------------------------------------
# The history database
# --------------------------------------------------------------------------------------------


def _valid_database() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        ticks = iter(datetime(2026, 4, 1, 6, tzinfo=UTC) + timedelta(seconds=s) for s in range(99))
        with HistoryStore(path, clock=lambda: next(ticks)) as store:
            store.add_records(_sample_records())
            store.begin(SessionStart("open", "r", "R", datetime(2026, 4, 9, 6, tzinfo=UTC), 5))
            store.add_hold("open", HoldResult(0, "GV4", Side.MIDLINE, 1, 30.0, 30.0))
        return path.read_bytes()


BASES["database"] = _valid_database()
_PAGE = int.from_bytes(BASES["database"][16:18], "big")


def _with_page_wiped(page: int, fill: int = 0) -> bytes:
    """The valid database with one whole page overwritten (its header kept on page 0)."""
    data = bytearray(BASES["database"])
    first = page * _PAGE + (100 if page == 0 else 0)
    data[first : (page + 1) * _PAGE] = bytes([fill]) * ((page + 1) * _PAGE - first)
    return bytes(data)


def _exercise(store: HistoryStore) -> None:
    """Read everything and write a session: what a run of the app does."""
    store.count()
    list(store.records())
    store.rows()
    store.summary(date(2026, 4, 10))
    store.begin(SessionStart("new", "r", "R", datetime(2026, 4, 10, 6, tzinfo=UTC)))
    store.add_hold("new", HoldResult(0, "GV4", Side.MIDLINE, 1, 30.0, 30.0))


#: Damage inside rows that SQLite's own checks cannot see (the file structure is sound).
_ROW_DAMAGE = {
    "time": "UPDATE sessions SET started_at = 'X' || substr(started_at, 2)",
    "utf-8": "UPDATE sessions SET note = CAST(x'ff32' AS TEXT)",
}


def _with_row_damage(kind: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        path.write_bytes(BASES["database"])
        db = sqlite3.connect(path)
        db.execute(_ROW_DAMAGE[kind])
        db.commit()
        db.close()
        return path.read_bytes()


@st.composite
def damaged_database(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return _with_row_damage(draw(st.sampled_from(sorted(_ROW_DAMAGE))))
    page = draw(st.integers(0, len(BASES["database"]) // _PAGE - 1))
    return _with_page_wiped(page, draw(st.sampled_from([0, 0xFF, 0x41])))


@FUZZ_SLOW
@given(
    data=st.one_of(
        torn("database"),
        damaged_database(),
        st.binary(max_size=4096),
        st.binary(min_size=84, max_size=200).map(lambda b: b"SQLite format 3\x00" + b),
    )
)
def test_any_history_file_opens_or_is_set_aside(scratch: Callable[[], Path], data: bytes) -> None:
    EXAMPLES["history database (open_history)"] += 1
    config = scratch()
    path = config / "history.sqlite3"
    path.write_bytes(data)
    store = open_history(config)
    try:
        for warning in store.warnings:
            assert_readable(warning, "history.sqlite3")
        copies = corrupt_copies(config, "history.sqlite3")
        if copies:
            assert copies[0].read_bytes() == data, "set aside byte for byte"
            assert any(copies[0].name in w for w in store.warnings)
            assert not store.in_memory, "a new history is started"
        elif store.in_memory:
            # Refused (a newer schema, or a file SQLite itself opens read-only): untouched.
            assert path.read_bytes() == data, "a refused file is left untouched"
        try:
            _exercise(store)  # whatever opened can be read and written
        except HistoryError as error:  # the only error that may come out
            assert_readable(str(error), "history.sqlite3")
    finally:
        store.close()


def _open_damaged(folder: Path, data: bytes) -> HistoryStore:
    (folder / "history.sqlite3").write_bytes(data)
    return open_history(folder)


def test_every_page_of_a_database_wiped_is_set_aside(scratch: Callable[[], Path]) -> None:
    """Page 0 keeps its 100-byte file header; every other page is overwritten whole."""
    pages = range(1, len(BASES["database"]) // _PAGE)
    assert len(pages) >= 5, "the sample database spans several pages"
    not_set_aside: dict[int, object] = {}
    for page in pages:
        folder = scratch()
        data = _with_page_wiped(page)
        store = _open_damaged(folder, data)
        try:
            copies = corrupt_copies(folder, "history.sqlite3")
            if not (copies and copies[0].read_bytes() == data) or store.in_memory:
                not_set_aside[page] = (store.in_memory, store.warnings)
                continue
            assert len(store.warnings) == 1 and copies[0].name in store.warnings[0]
            assert "damaged" in store.warnings[0]
            assert_readable(store.warnings[0], "history.sqlite3")
            assert store.count() == 0, "a new, empty history"
            _exercise(store)
        finally:
            store.close()
    assert not_set_aside == {}


def test_a_row_with_a_damaged_time_sets_the_file_aside(scratch: Callable[[], Path]) -> None:
    folder = scratch()
    data = _with_row_damage("time")
    store = _open_damaged(folder, data)
    try:
        copies = corrupt_copies(folder, "history.sqlite3")
        assert len(copies) == 1 and copies[0].read_bytes() == data
        assert not store.in_memory and store.count() == 0
        assert len(store.warnings) == 1 and "damaged" in store.warnings[0]
        assert copies[0].name in store.warnings[0]
        assert_readable(store.warnings[0], "history.sqlite3")
        _exercise(store)
    finally:
        store.close()


def test_a_note_that_is_not_utf8_is_reported_when_read(scratch: Callable[[], Path]) -> None:
    """SQLite's checks cannot see it: the file opens, and reading it is refused in a sentence."""
    folder = scratch()
    data = _with_row_damage("utf-8")
    store = _open_damaged(folder, data)
    try:
        assert store.warnings == [] and not store.in_memory
        assert corrupt_copies(folder, "history.sqlite3") == []
        with pytest.raises(HistoryError) as caught:
            list(store.records())
        message = str(caught.value)
        assert_readable(message, "history.sqlite3")
        assert "damaged" in message and "restart" in message
    finally:
        store.close()


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="storage/history.py: a note that is not UTF-8 is found only when read; the "
    "restart its message asks for opens the file in place again",
)
def test_a_note_that_is_not_utf8_is_set_aside_on_the_next_start(
    scratch: Callable[[], Path],
) -> None:
    folder = scratch()
    data = _with_row_damage("utf-8")
    store = _open_damaged(folder, data)
    try:
        with pytest.raises(HistoryError):
            list(store.records())
    finally:
        store.close()
    again = open_history(folder)  # what the message says to do
    try:
        copies = corrupt_copies(folder, "history.sqlite3")
        assert len(copies) == 1, "the damaged history is kept aside"
        assert any(copies[0].name in w for w in again.warnings)
        _exercise(again)
    finally:
        again.close()


# --------------------------------------------------------------------------------------------
# The figures
# --------------------------------------------------------------------------------------------


def test_zz_fuzz_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Print how many cases each loader ran (run the whole file to get them all)."""
    if len(EXAMPLES) < 9:
        pytest.skip("only part of the file ran")
    lines = [f"  {name}: {count}" for name, count in sorted(EXAMPLES.items())]
    text = f"fuzz cases run: {sum(EXAMPLES.values())}\n" + "\n".join(lines)
    with capsys.disabled():
        print(f"\n{text}")
    assert all(count >= 10 for count in EXAMPLES.values()), EXAMPLES
