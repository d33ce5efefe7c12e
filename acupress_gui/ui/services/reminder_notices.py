"""What a due reminder shows: a desktop notification with "Start now" and "In 10 minutes".

Nothing is shown while reminders are paused for today, while a session runs, or when that
routine was already practised today. While the notification server is in do-not-disturb
(its ``Inhibited`` property) the reminder waits :data:`DEFER` and asks again, for up to an
hour after it was due. Where no notification server is on the session bus, the tray's
balloon (or the window, when there is no tray) says it instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from acupress_gui.domain.reminders import MISSED_GRACE, SNOOZE, Due, Reminder
from acupress_gui.ui.platform.notifications import Actions
from acupress_gui.ui.services.reminder_scheduler import ReminderScheduler

log = logging.getLogger(__name__)

#: How long a reminder waits while the desktop is in do-not-disturb.
DEFER = timedelta(minutes=5)
START, LATER = "start", "snooze"


class NotificationServer(Protocol):
    """What is needed of :class:`~acupress_gui.ui.platform.notifications.Notifier`."""

    def available(self) -> bool: ...

    def inhibited(self) -> bool: ...

    def notify(
        self, summary: str, body: str, actions: Actions = (), *, timeout_ms: int = -1
    ) -> int | None: ...


class ReminderNotices(QObject):
    """Turns due reminders into notifications and the person's answer into requests.

    Args:
        scheduler: Says when a reminder is due; snoozes and deferrals go back to it.
        server: The notification server (or None: the fallback only).
        routine_name: The routine a reminder's ``routine`` (None: the last used) stands for,
            as the person reads it; None when there is no such routine.
        done_today: True when that routine was practised today.
        session_running: True while a session runs.
        paused_today: True after "Pause reminders for today".
        fallback: Shows (title, text) where there is no notification server.
        parent: The QObject parent.
    """

    start_requested = Signal(object)
    """Start this routine (a name or id; None for the last used) now: "Start now"."""

    def __init__(
        self,
        scheduler: ReminderScheduler,
        server: NotificationServer | None,
        *,
        routine_name: Callable[[str | None], str | None],
        done_today: Callable[[str | None], bool],
        session_running: Callable[[], bool],
        paused_today: Callable[[], bool],
        fallback: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._server = server
        self._routine_name = routine_name
        self._done_today = done_today
        self._running = session_running
        self._paused = paused_today
        self._fallback = fallback
        self._shown: dict[int, Reminder] = {}
        self._first_due: dict[Reminder, datetime] = {}
        #: The reminder last said through the fallback (a click on the balloon starts it).
        self.last_fallback: Reminder | None = None
        self.shown_count = 0
        scheduler.due.connect(self._on_scheduler_due)

    @Slot(object)
    def _on_scheduler_due(self, due: Due) -> None:
        reminder = due.reminder
        first = self._first_due.setdefault(reminder, due.at)
        if self._paused():
            log.info("Reminder at %s not shown: paused for today", reminder.time)
            return self._forget(reminder)
        if self._running():
            log.info("Reminder at %s not shown: a session runs", reminder.time)
            return self._forget(reminder)
        name = self._routine_name(reminder.routine)
        if self._done_today(reminder.routine):
            log.info("Reminder at %s not shown: %s was done today", reminder.time, name)
            return self._forget(reminder)
        title = self.tr("Time for {routine}").format(routine=name or self.tr("your acupressure"))
        server = self._server
        if server is not None and server.available():
            if server.inhibited():
                if due.at + DEFER - first < MISSED_GRACE:
                    log.info("Do not disturb: the reminder at %s waits", reminder.time)
                    self._scheduler.snooze(reminder, DEFER)
                else:
                    log.info(
                        "Do not disturb all hour: the reminder at %s is skipped", reminder.time
                    )
                    self._forget(reminder)
                return
            number = server.notify(
                title,
                self.tr("Your daily acupressure for back pain is due."),
                [(START, self.tr("Start now")), (LATER, self.tr("In 10 minutes"))],
            )
            if number is not None:
                self._shown[number] = reminder
                self.shown_count += 1
                self._forget(reminder)
                return
        self.last_fallback = reminder
        self.shown_count += 1
        self._forget(reminder)
        self._fallback(title, self.tr("Your daily acupressure for back pain is due."))

    def _forget(self, reminder: Reminder) -> None:
        self._first_due.pop(reminder, None)

    @Slot(int, str)
    def answer(self, number: int, key: str) -> None:
        """The person chose action ``key`` on notification ``number`` (connect the
        notifier's ``action_invoked`` here)."""
        reminder = self._shown.pop(number, None)
        if reminder is None:
            return
        if key == LATER:
            self._scheduler.snooze(reminder, SNOOZE)
        elif key in (START, "default"):
            self.start_requested.emit(reminder.routine)

    @Slot(int)
    def closed(self, number: int) -> None:
        """Notification ``number`` went away (expired, dismissed; after an action too): it is
        not answered any more (connect the notifier's ``closed`` here)."""
        self._shown.pop(number, None)

    def start_last_fallback(self) -> None:
        """The balloon was clicked: start the routine it named."""
        if self.last_fallback is not None:
            self.start_requested.emit(self.last_fallback.routine)
            self.last_fallback = None
