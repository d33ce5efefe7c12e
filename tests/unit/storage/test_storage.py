"""Config folder, atomic writes, settings: nothing the user made is lost."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

import pytest

from acupress_gui.storage.atomic import atomic_write, quarantine
from acupress_gui.storage.paths import resolve_config_dir
from acupress_gui.storage.settings import Settings, SettingsStore

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage", "", required=False),
]


def test_config_dir_order(tmp_path: Path) -> None:
    assert resolve_config_dir(tmp_path / "flag", {"ACUPRESS_CONFIG_DIR": "/env"}) == (
        tmp_path / "flag"
    )
    assert resolve_config_dir(None, {"ACUPRESS_CONFIG_DIR": "/env"}) == Path("/env")
    default = resolve_config_dir(None, {})
    assert default.name == "acupress-gui"


def test_autouse_fixture_points_config_at_tmp(config_dir: Path, tmp_path: Path) -> None:
    assert resolve_config_dir() == config_dir
    assert tmp_path in config_dir.parents


def test_atomic_write_is_private_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    atomic_write(target, "one")
    atomic_write(target, b"two")
    assert target.read_text() == "two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.json"
    atomic_write(target, "old")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


def test_quarantine_never_overwrites(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    first.write_text("1")
    moved_1 = quarantine(first)
    first.write_text("2")
    moved_2 = quarantine(first)
    assert moved_1 != moved_2
    assert moved_1.read_text() == "1" and moved_2.read_text() == "2"
    assert ".corrupt-" in moved_1.name


def test_settings_round_trip(config_dir: Path) -> None:
    store = SettingsStore(config_dir)
    loaded = store.load()
    assert loaded.settings.safety_notice_accepted is False and not loaded.warnings
    loaded.settings.safety_notice_accepted = True
    loaded.settings.volume = 0.3
    store.save(loaded.settings)
    again = SettingsStore(config_dir).load().settings
    assert again.safety_notice_accepted is True and again.volume == 0.3
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_preset_safety_notice_and_unknown_keys_kept(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text('{"safety_notice_accepted": true, "future": 1}')
    store = SettingsStore(config_dir)
    settings = store.load().settings
    assert settings.safety_notice_accepted is True
    store.save(settings)
    assert json.loads(store.path.read_text())["future"] == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"volume": 7}', "“Sound volume” (volume) was 7, now 80 %"),
        (b'{"weekly_goal_days": 9}', "“Weekly goal in days” (weekly_goal_days) was 9, now 5"),
        (b'{"keep_in_tray": "maybe"}', "“Keep running in the tray when the window is closed”"),
    ],
)
def test_broken_settings_are_set_aside(config_dir: Path, content: bytes, reason: str) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_bytes(content)
    loaded = SettingsStore(config_dir).load()
    assert loaded.settings == Settings()
    assert len(loaded.warnings) == 1 and reason in loaded.warnings[0]
    kept = list(config_dir.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content


def test_newer_settings_are_left_untouched(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    path = config_dir / "settings.json"
    path.write_text('{"schema_version": 99, "pregnant": true}')
    store = SettingsStore(config_dir)
    loaded = store.load()
    assert loaded.read_only and "newer version" in loaded.warnings[0]
    store.save(loaded.settings)
    assert json.loads(path.read_text())["schema_version"] == 99


def test_read_only_folder_raises_oserror(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores folder modes, so the refusal is simulated where the file is created."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    store = SettingsStore(config_dir)
    store.save(Settings(pregnant=True))
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError):
        store.save(Settings())
    assert store.load().settings.pregnant is True


@pytest.mark.expect_log("acupress_gui.storage.settings", "could not be kept")
def test_unknown_settings_too_deep_to_write_back_are_dropped_on_save(tmp_path: Path) -> None:
    from acupress_gui.storage.settings import SettingsStore

    deep = b"[" * 1200 + b"]" * 1200
    (tmp_path / "settings.json").write_bytes(
        b'{"schema_version": 1, "pregnant": true, "x": ' + deep + b"}"
    )
    store = SettingsStore(tmp_path)
    loaded = store.load()
    if loaded.warnings:
        pytest.skip("this file is refused at load already (nested too deeply)")
    store.save(loaded.settings)
    assert store.load().settings.pregnant is True
