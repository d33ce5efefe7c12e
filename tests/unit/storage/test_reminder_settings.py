"""settings.json's reminders, weekly goal and tray setting: the exact format, and a bad
reminder left out with a message while everything else is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from acupress_gui.storage import reminder_settings
from acupress_gui.storage.reminder_settings import MAX_REMINDERS, ReminderEntry, split_reminders
from acupress_gui.storage.settings import Settings, SettingsStore

WARN = pytest.mark.expect_log("acupress_gui.storage.settings", "left out")


def _write(config_dir: Path, data: object) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_text(json.dumps(data), encoding="utf-8")


def test_defaults() -> None:
    settings = Settings()
    assert settings.reminders == []
    assert settings.keep_in_tray is False
    assert settings.weekly_goal_days == 5
    assert settings.reminders_paused_on is None


def test_reminders_are_written_in_exactly_the_documented_format(config_dir: Path) -> None:
    store = SettingsStore(config_dir)
    settings = Settings(
        reminders=[
            ReminderEntry(time="07:30", days=["mon", "wed"], routine="Lower back relief"),
            ReminderEntry(time="19:00", days=["sat", "sun"], routine=None),
        ],
        keep_in_tray=True,
        weekly_goal_days=4,
    )
    store.save(settings)
    data = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    assert data["reminders"] == [
        {"time": "07:30", "days": ["mon", "wed"], "routine": "Lower back relief"},
        {"time": "19:00", "days": ["sat", "sun"], "routine": None},
    ]
    assert data["keep_in_tray"] is True
    assert data["weekly_goal_days"] == 4
    loaded = store.load()
    assert loaded.warnings == []
    assert loaded.settings.reminders == settings.reminders


@WARN
def test_a_bad_reminder_is_left_out_and_everything_else_is_kept(config_dir: Path) -> None:
    _write(
        config_dir,
        {
            "schema_version": 1,
            "volume": 0.5,
            "weekly_goal_days": 3,
            "reminders": [
                {"time": "07:30", "days": ["mon"], "routine": None},
                {"time": "7.30", "days": ["mon"], "routine": None},
                {"time": "08:00", "days": ["someday"], "routine": None},
                {"time": "09:00", "days": [], "routine": None},
                "every morning",
                {"time": "20:00", "days": ["SUN", "sat"], "routine": "evening"},
            ],
        },
    )
    loaded = SettingsStore(config_dir).load()
    settings = loaded.settings
    assert settings.volume == 0.5
    assert settings.weekly_goal_days == 3
    assert [(e.time, e.days, e.routine) for e in settings.reminders] == [
        ("07:30", ["mon"], None),
        ("20:00", ["sat", "sun"], "evening"),
    ]
    assert len(loaded.warnings) == 4
    assert loaded.warnings[0].startswith("Reminder 2 in settings.json is left out: The time")
    assert "HH:MM" in loaded.warnings[0]
    assert "'someday' is not a day" in loaded.warnings[1]
    assert "at least one day" in loaded.warnings[2]
    assert "not an object" in loaded.warnings[3]
    assert all("Settings > Reminders" in w for w in loaded.warnings)
    # Nothing was set aside: the file is still there, as written.
    assert (config_dir / "settings.json").exists()
    assert not list(config_dir.glob("settings.json.corrupt-*"))


@pytest.mark.expect_log("acupress_gui.storage.settings", "not a list")
def test_reminders_that_are_not_a_list(config_dir: Path) -> None:
    _write(config_dir, {"reminders": {"time": "07:30"}, "muted": True})
    loaded = SettingsStore(config_dir).load()
    assert loaded.settings.reminders == []
    assert loaded.settings.muted is True
    assert loaded.warnings == ["The reminders in settings.json are not a list; no reminder is set."]


def test_too_many_reminders_are_cut() -> None:
    good, problems = split_reminders([{"time": "07:30"}] * (MAX_REMINDERS + 3))
    assert len(good) == MAX_REMINDERS
    assert problems and "more than" in problems[0]


def test_days_default_to_every_day_and_come_in_week_order() -> None:
    good, problems = split_reminders(
        [{"time": "06:05", "days": ["sun", "mon", "mon"]}, {"time": "06:00"}]
    )
    assert problems == []
    assert good[0].days == ["mon", "sun"]
    assert good[1].days == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert good[1].to_reminder().days == ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@pytest.mark.parametrize("goal", [0, 8])
def test_weekly_goal_is_one_to_seven(goal: int) -> None:
    with pytest.raises(ValueError, match="weekly_goal_days"):
        Settings(weekly_goal_days=goal)


@pytest.mark.expect_log("acupress_gui.storage.envelope", "could not be used")
def test_a_bad_reminder_is_told_when_another_setting_is_repaired_too(config_dir: Path) -> None:
    _write(
        config_dir,
        {
            "schema_version": 1,
            "pregnant": True,
            "volume": 7,
            "reminders": [
                {"time": "25:00", "days": ["mon"], "routine": None},
                {"time": "07:30", "days": ["tue"], "routine": None},
            ],
        },
    )
    loaded = SettingsStore(config_dir).load()
    assert loaded.settings.pregnant is True
    assert [entry.time for entry in loaded.settings.reminders] == ["07:30"]
    assert len(loaded.warnings) == 2
    assert "(volume) was 7" in loaded.warnings[0]
    assert "Reminder 1" in loaded.warnings[1] and "25:00" in loaded.warnings[1]


@pytest.mark.expect_log("acupress_gui.storage.envelope", "could not be used", required=False)
@pytest.mark.expect_log("acupress_gui.storage.settings", "left out", required=False)
@pytest.mark.parametrize("volume", [0.5, 7])  # a clean load, and one that repairs the volume
def test_each_reminder_is_read_once_on_load(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch, volume: float
) -> None:
    read: list[object] = []
    real_entry = reminder_settings._entry

    def entry(value: object) -> ReminderEntry:
        read.append(value)
        return real_entry(value)

    monkeypatch.setattr(reminder_settings, "_entry", entry)
    reminders = [
        {"time": "07:30", "days": ["mon"], "routine": None},
        {"time": "7.30", "days": ["mon"], "routine": None},
        {"time": "20:00", "days": ["sun"], "routine": "evening"},
    ]
    _write(config_dir, {"schema_version": 1, "volume": volume, "reminders": reminders})
    loaded = SettingsStore(config_dir).load()
    assert read == reminders
    assert [entry.time for entry in loaded.settings.reminders] == ["07:30", "20:00"]
    left_out = [w for w in loaded.warnings if "left out" in w]
    assert len(left_out) == 1
    assert left_out[0].startswith("Reminder 2 in settings.json is left out: The time")
