"""User settings as ``settings.json`` in the config directory.

The file is a versioned envelope (``schema_version``). Unknown keys from a newer app are
kept when the file is rewritten, so that going back to an older version loses nothing.
``"safety_notice_accepted": true`` can be pre-set when deploying.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from acupress_gui.domain.catalog import short_repr
from acupress_gui.domain.models import DEFAULT_PREPARE_SECONDS, PREPARE_SECONDS
from acupress_gui.storage.atomic import atomic_write, remove_stale_temp_files
from acupress_gui.storage.envelope import Envelope, EnvelopeError, Problem, set_aside
from acupress_gui.storage.files import FileTooLargeError, read_limited
from acupress_gui.storage.paths import settings_file
from acupress_gui.storage.reminder_settings import ReminderEntry, clean_reminders, split_reminders

log = logging.getLogger(__name__)

SETTINGS_SCHEMA_VERSION = 1
#: The text sizes View > Text size steps through (1.0 = the default).
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
#: A settings file larger than this is not a settings file.
MAX_SETTINGS_BYTES = 256 * 1024


#: The ``theme`` setting: follow the desktop, or always light or dark.
type ThemeName = Literal["system", "light", "dark"]


class Settings(BaseModel):
    """Everything the user can set, with defaults for a first run."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    schema_version: int = SETTINGS_SCHEMA_VERSION
    safety_notice_accepted: bool = False
    pregnant: bool = False
    muted: bool = False
    volume: float = Field(default=0.8, ge=0.0, le=1.0)
    voice_enabled: bool = False
    #: Time to find the point given to steps newly added in the builder.
    prepare_seconds: int = Field(
        default=DEFAULT_PREPARE_SECONDS, ge=PREPARE_SECONDS[0], le=PREPARE_SECONDS[1]
    )
    last_routine: str | None = Field(default=None, max_length=200)
    window_geometry: str | None = Field(default=None, max_length=8192)
    #: How large the session's words, numbers and ring are (View > Text size).
    text_scale: float = Field(default=1.0, ge=TEXT_SCALES[0], le=TEXT_SCALES[-1])
    #: ``system`` (follow the desktop), ``light`` or ``dark``.
    theme: ThemeName = "system"
    #: A slow breathing pace shown during holds.
    breathing_guide: bool = False
    #: Nothing moves on screen (the breathing guide changes its words instead).
    reduce_motion: bool = False
    #: Seconds to move to the other side of the body.
    switch_seconds: int = Field(default=5, ge=0, le=60)
    #: Seconds to find the point again on the new side, after a switch.
    side_prepare_seconds: int = Field(default=5, ge=0, le=60)
    #: Partner mode: a helper presses the points that need a partner.
    helper_presses: bool = False
    #: Once a week after a session: two 0-10 questions (pain in the way of daily activities,
    #: sleep), kept in the history and charted in the report.
    weekly_checkin: bool = False
    #: Practice reminders: ``[{"time": "HH:MM", "days": ["mon", ...], "routine": ...}]``.
    reminders: list[ReminderEntry] = Field(default_factory=list)
    #: Keep running in the tray when the window is closed (also with no reminder set).
    keep_in_tray: bool = False
    #: Days a week the person aims to practise.
    weekly_goal_days: int = Field(default=5, ge=1, le=7)
    #: The local date (ISO) reminders are paused for ("Pause reminders for today").
    reminders_paused_on: str | None = Field(default=None, max_length=10)

    @field_validator("reminders", mode="before")
    @classmethod
    def _usable_reminders(cls, value: object) -> list[ReminderEntry]:
        # A bad entry is left out (SettingsStore.load says so); the others are kept.
        return clean_reminders(value)

    #: The language of the app (``de``, ``es``, ``zh_CN``, ``en``); None: the system's.
    language: str | None = Field(default=None, max_length=35)


_ENVELOPE = Envelope(
    Settings,
    SETTINGS_SCHEMA_VERSION,
    max_bytes=MAX_SETTINGS_BYTES,
    missing_version=SETTINGS_SCHEMA_VERSION,
    problem_limit=3,
)


class _ReminderSplit:
    """Reads the reminders of a file once, just before it is validated: the usable entries
    go to the model (which keeps them as they are), the messages about the others stay here."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        if "reminders" not in data:
            return data
        good, self.problems = split_reminders(data["reminders"])
        return {**data, "reminders": good}


def _reason(error: EnvelopeError) -> str:
    """Why the file cannot be used, as the middle of the warning."""
    match error.problem:
        case Problem.TOO_LARGE:
            return f"it is larger than {MAX_SETTINGS_BYTES // 1024} KiB"
        case Problem.NOT_TEXT | Problem.NOT_JSON:
            return f"it is not valid JSON ({error.detail})"
        case Problem.TOO_DEEP:
            return "it is nested too deeply to be a settings file"
        case Problem.NUMBER_TOO_LONG:
            return f"it has a number longer than {error.detail} digits"
        case Problem.NOT_OBJECT:
            return "it is not a JSON object"
        case Problem.NO_VERSION | Problem.OLD_VERSION:
            return f"its schema_version {error.detail} is not a version number"
        case _:
            return "; ".join(error.problems)


@dataclass
class SettingsLoad:
    """The settings read from disk, and what the user should be told about the file."""

    settings: Settings
    warnings: list[str] = field(default_factory=list)
    read_only: bool = False


class SettingsNotSavedError(PermissionError):
    """``settings.json`` could not be read at start, so it is never written over."""


class SettingsStore:
    """Reads and writes ``settings.json``; never loses the user's file.

    A file that exists but cannot be read (mode 000, a FIFO or a device in its place) is
    never written over: the settings of this run stay in memory and :meth:`save` raises
    :class:`SettingsNotSavedError` until the app is restarted (or the file is gone).
    """

    def __init__(self, config_dir: Path) -> None:
        self.path = settings_file(config_dir)
        self._refuse_writes = False
        self._unreadable = ""

    def load(self) -> SettingsLoad:
        """Read the settings; a broken file is set aside and defaults are used."""
        remove_stale_temp_files(self.path.parent, self.path.name)
        self._unreadable = ""
        try:
            raw = read_limited(self.path, MAX_SETTINGS_BYTES)
        except FileNotFoundError:
            return SettingsLoad(Settings())
        except FileTooLargeError:
            problem = f"it is larger than {MAX_SETTINGS_BYTES // 1024} KiB"
            return self._broken(problem)
        except OSError as error:
            # Unreadable (mode 000, a FIFO, a device): keep it, never write over it.
            self._unreadable = error.strerror or str(error)
            log.warning("%s could not be read: %s", self.path, self._unreadable)
            return SettingsLoad(
                Settings(),
                [
                    f"settings.json could not be read ({self._unreadable}); default settings "
                    "are used for now, and changes are not saved until it can be read "
                    "(restart acupress-gui then)."
                ],
                read_only=True,
            )
        reminders = _ReminderSplit()
        try:
            settings = _ENVELOPE.read(raw, "settings.json", prepare=reminders)
            for problem in reminders.problems:
                log.warning("%s", problem)
            return SettingsLoad(settings, reminders.problems)
        except EnvelopeError as error:
            if error.problem is Problem.INVALID and isinstance(error.data, dict):
                return self._repaired(error.data, error.errors, reminders.problems)
            if error.newer:
                # A newer app wrote it: keep it untouched, run on defaults, never overwrite.
                log.warning("%s is of a newer schema (%s); not written", self.path, error.detail)
                self._refuse_writes = True
                return SettingsLoad(
                    Settings(),
                    [
                        f"settings.json was written by a newer version (schema {error.version}); "
                        "it is left untouched and default settings are used."
                    ],
                    read_only=True,
                )
            problem = _reason(error)
        return self._broken(problem)

    def _broken(self, problem: str) -> SettingsLoad:
        moved = self._set_aside(problem)
        return SettingsLoad(
            Settings(),
            [
                f"settings.json could not be used ({problem}); it was kept as {moved}, "
                "and default settings are used."
            ],
        )

    def _repaired(
        self, data: dict[str, Any], errors: list[Any], reminder_problems: list[str]
    ) -> SettingsLoad:
        """Keep every value that can be used; reset the others to their defaults.

        The file as it was is kept as ``settings.json.corrupt-<timestamp>`` and the repaired
        settings are written in its place at once, so the next start keeps them too.
        """
        settings, reset = repair_settings(data, errors)
        if settings is None:
            reason = "; ".join(_describe_reset(name, data) for name in reset)
            return self._broken(reason or "its values cannot be used together")
        words = "; ".join(_describe_reset(name, data) for name in reset)
        moved = self._set_aside(words)
        if not self._refuse_writes:
            try:
                self.save(settings)
            except OSError as error:
                log.warning("repaired settings could not be written: %s", error.strerror)
        what = (
            "a value that cannot be used, so this setting was reset to its default"
            if len(reset) == 1
            else "values that cannot be used, so these settings were reset to their defaults"
        )
        return SettingsLoad(
            settings,
            [
                f"settings.json had {what}: {words}. Your other settings are kept; the file "
                f"as it was is kept as {moved}.",
                # A reminder that cannot be used was left out too: said here as on a clean load.
                *reminder_problems,
            ],
        )

    def _set_aside(self, problem: str) -> str:
        try:
            return set_aside(self.path, problem).name
        except OSError as error:
            self._refuse_writes = True
            return f"{self.path.name} (could not be renamed: {error.strerror})"

    def save(self, settings: Settings) -> None:
        """Write the settings atomically, always as this app's schema version.

        Unknown keys (from a newer app) are kept, unless keeping them would make a file
        larger than :data:`MAX_SETTINGS_BYTES`, which :meth:`load` would refuse.

        Raises:
            SettingsNotSavedError: The file could not be read at start (never written over).
            OSError: The folder cannot be written; the caller tells the user.
        """
        if self._unreadable:
            if self.path.exists() or self.path.is_symlink():
                raise SettingsNotSavedError(
                    13,
                    f"not saved: settings.json could not be read ({self._unreadable}) and "
                    "is not written over",
                )
            self._unreadable = ""  # the file is gone: nothing can be lost any more
        if self._refuse_writes:
            return
        try:
            data = settings.model_dump(mode="json")
            data["schema_version"] = SETTINGS_SCHEMA_VERSION
            text = json.dumps(data, indent=2, sort_keys=True) + "\n"
        except (ValueError, RecursionError) as error:
            # Unknown keys nested too deeply to write back: keep this app's own settings.
            log.warning("unknown settings could not be kept: %s", error)
            text = ""
        if not text or len(text.encode("utf-8")) > MAX_SETTINGS_BYTES:
            known = settings.model_dump(mode="json", include=set(Settings.model_fields))
            known["schema_version"] = SETTINGS_SCHEMA_VERSION
            text = json.dumps(known, indent=2, sort_keys=True) + "\n"
        atomic_write(self.path, text)


#: What each setting is called where the person sets it.
SETTING_LABELS: dict[str, str] = {
    "safety_notice_accepted": "safety notice read",
    "pregnant": "I am pregnant",
    "muted": "Mute",
    "volume": "Sound volume",
    "voice_enabled": "Voice cues",
    "prepare_seconds": "Find the point (new steps)",
    "last_routine": "the last routine chosen",
    "window_geometry": "the window's size and place",
    "text_scale": "Text size",
    "theme": "Theme",
    "breathing_guide": "Breathing guide during holds",
    "reduce_motion": "Reduce motion",
    "switch_seconds": "Switch sides",
    "side_prepare_seconds": "Find it again on the new side",
    "helper_presses": "A helper presses for me",
    "weekly_checkin": "Weekly check-in",
    "reminders": "Reminders",
    "keep_in_tray": "Keep running in the tray when the window is closed",
    "weekly_goal_days": "Weekly goal in days",
    "reminders_paused_on": "Pause reminders for today",
    "language": "Language",
}


def repair_settings(data: dict[str, Any], errors: list[Any]) -> tuple[Settings | None, list[str]]:
    """``data`` without the settings pydantic refused (``errors``), validated again.

    Returns:
        The settings (None when they still cannot be read) and the names of the settings
        reset to their defaults, in the file's order.
    """
    bad = {
        str(e["loc"][0]) for e in errors if e.get("loc") and e["loc"][0] in Settings.model_fields
    }
    reset = [name for name in data if name in bad]
    kept = {key: value for key, value in data.items() if key not in bad}
    try:
        return Settings.model_validate(kept), reset
    except ValidationError:
        return None, reset


def _describe_reset(name: str, data: dict[str, Any]) -> str:
    """``Sound volume (volume) was 7, now 80 %``: a reset setting in plain words."""
    label = SETTING_LABELS.get(name, name)
    default = Settings.model_fields[name].default
    return f"“{label}” ({name}) was {_shown(data.get(name))}, now {_shown(default, name)}"


def _shown(value: Any, name: str = "") -> str:
    if name in {"volume", "text_scale"} and isinstance(value, float):
        return f"{round(value * 100)} %"
    if isinstance(value, bool):
        return "on" if value else "off"
    if value is None:
        return "none" if name else "null"
    if isinstance(value, float) and value != value:  # NaN
        return "not a number"
    if isinstance(value, str):
        return short_repr(value)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 20 else "a very long number"
    return "a list" if isinstance(value, list) else "an object"
