"""The ``reminders`` list of settings.json: checked entry by entry.

Each entry is ``{"time": "HH:MM", "days": ["mon", ...], "routine": "<name or id>" | null}``.
One bad entry is left out with a plain message; the other reminders and every other setting
are kept (:func:`split_reminders`).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from acupress_gui.domain.reminders import DAYS, Reminder, ReminderError

#: More reminders than this are not a daily practice any more.
MAX_REMINDERS = 24


class ReminderEntry(BaseModel):
    """One reminder as settings.json keeps it (``domain.reminders.Reminder``)."""

    model_config = ConfigDict(frozen=True)

    time: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    days: list[str] = Field(default_factory=lambda: list(DAYS))
    routine: str | None = Field(default=None, max_length=200)

    def to_reminder(self) -> Reminder:
        """The domain reminder."""
        return Reminder.create(self.time, self.days, self.routine)

    @classmethod
    def from_reminder(cls, reminder: Reminder) -> ReminderEntry:
        """The settings entry of ``reminder``."""
        return cls(time=reminder.time, days=list(reminder.days), routine=reminder.routine)


def _entry(value: object) -> ReminderEntry:
    if not isinstance(value, dict):
        raise ReminderError("it is not an object with a time, days and a routine")
    time_text, days, routine = (
        value.get("time"),
        value.get("days", list(DAYS)),
        value.get("routine"),
    )
    if not isinstance(time_text, str):
        raise ReminderError("it has no time; write it as HH:MM, for example 07:30")
    if not isinstance(days, list) or not all(isinstance(day, str) for day in days):
        raise ReminderError('its days are not a list such as ["mon", "wed"]')
    if routine is not None and (not isinstance(routine, str) or len(routine) > 200):
        raise ReminderError("its routine is not a routine name, an id or null")
    checked = Reminder.create(time_text, [day.lower() for day in days], routine)
    return ReminderEntry.from_reminder(checked)


def split_reminders(value: object) -> tuple[list[ReminderEntry], list[str]]:
    """The usable reminders in ``value`` (the raw JSON) and a message per one left out."""
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], ["The reminders in settings.json are not a list; no reminder is set."]
    good: list[ReminderEntry] = []
    problems: list[str] = []
    for number, item in enumerate(value, start=1):
        if len(good) >= MAX_REMINDERS:
            problems.append(
                f"settings.json has more than {MAX_REMINDERS} reminders; the rest are left out."
            )
            break
        try:
            good.append(_entry(item) if not isinstance(item, ReminderEntry) else item)
        except ReminderError as error:
            problems.append(
                f"Reminder {number} in settings.json is left out: {error} "
                "Set it again in Settings > Reminders."
            )
    return good, problems


def clean_reminders(value: Any) -> list[ReminderEntry]:
    """The validator of the settings field: the usable entries only."""
    return split_reminders(value)[0]
