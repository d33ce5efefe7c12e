"""When a practice reminder is due: ONE timer, armed to the next due moment.

The moments come from :mod:`acupress_gui.domain.reminders` and the wall clock. Each time the
timer fires (or the app's state changes, or the reminders change) the scheduler looks at
what came due since it last looked, says so through :attr:`ReminderScheduler.due` (a
reminder less than an hour late, as after a suspend, is said once; an older one is skipped)
and arms the timer again.

A monotonic timer stops while the computer sleeps, and a time-zone change moves every local
due time: the timer is therefore armed for at most :data:`MAX_WAIT_S` when nothing tells the
app that the computer woke up (:meth:`ReminderScheduler.set_wake_signal_connected`), and for
at most :data:`MAX_WAIT_WATCHED_S` when the system's sleep signal is connected. A jump between
the wall and the monotonic clock is logged and handled like any late wake-up.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from acupress_gui.domain.reminders import MISSED_GRACE, Due, Reminder, missed, next_due
from acupress_gui.ui.platform.local_zone import local_zone

log = logging.getLogger(__name__)

#: Longest single wait when no sleep signal is connected: a reminder due while the computer
#: slept is then noticed at most this long after it woke (well within the hour of grace).
MAX_WAIT_S = 15 * 60
#: Longest single wait with the sleep signal connected: only a time-zone change waits this.
MAX_WAIT_WATCHED_S = 6 * 60 * 60
#: Wall and monotonic clocks that drift apart more than this: a suspend or a clock change.
JUMP_S = 60.0


class Clock(Protocol):
    """Where the scheduler reads time (tests pass ``tests.helpers.clock.FakeClock``)."""

    def now(self) -> float:
        """Monotonic seconds."""
        ...

    def wall(self) -> float:
        """Wall-clock epoch seconds."""
        ...


class SystemClock:
    """The real clocks."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()

    def wall(self) -> float:
        """Wall-clock epoch seconds."""
        return time.time()


class OneShot(Protocol):
    """The timer as the scheduler uses it (QTimer has this shape)."""

    def start(self, msec: int, /) -> None:
        """Fire once after ``msec`` ms, replacing an earlier shot."""
        ...

    def stop(self) -> None:
        """Disarm."""
        ...

    def isActive(self) -> bool:
        """Whether it is armed."""
        ...


#: Makes the scheduler's one timer: given its parent and the callback.
TimerFactory = Callable[[QObject, Callable[[], None]], OneShot]


class ReminderScheduler(QObject):
    """Arms one timer to the next reminder and reports each one as it comes due.

    Args:
        reminders: The reminders now set (read at each wake-up).
        clock: Wall and monotonic time (:class:`MonotonicClock` when omitted).
        zone: The local time zone, read at each wake-up.
        timer_factory: Makes the one timer (a precise single-shot QTimer by default).
        parent: The QObject parent.
    """

    due = Signal(object)
    """A :class:`~acupress_gui.domain.reminders.Due` came due now (or less than an hour ago)."""

    def __init__(
        self,
        reminders: Callable[[], Sequence[Reminder]],
        *,
        clock: Clock | None = None,
        zone: Callable[[], tzinfo] = local_zone,
        timer_factory: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._zone = zone
        self._timer = (timer_factory or _reminder_timer)(self, self._on_timer_timeout)
        self._last_wall: float | None = None
        self._armed_at: tuple[float, float] | None = None
        self._snoozed: list[Due] = []
        self._next: Due | None = None
        self._watched = False
        self._running = False
        self._checking = False  # inside check(): it arms once at its end
        self._changed_while_checking = False
        self.wakeups = 0
        """How often the timer fired (for tests and the benchmark)."""

    # ---- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: arm the timer to the next reminder (none set: no timer at all)."""
        self._running = True
        self._last_wall = self._clock.wall()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
        self._arm()

    def stop(self) -> None:
        """Disarm for good (the app quits)."""
        self._running = False
        self._timer.stop()

    def reschedule(self) -> None:
        """The reminders changed: arm for the new next one (nothing earlier is said)."""
        if not self._running:
            return
        self._last_wall = self._clock.wall()
        if self._checking:
            self._changed_while_checking = True  # check() arms with the new ones at its end
            return
        self._arm()

    def snooze(self, reminder: Reminder, delay: timedelta) -> datetime:
        """Say ``reminder`` again after ``delay``; returns when."""
        at = self._now() + delay
        self._snoozed.append(Due(at, reminder))
        if not self._checking:  # said from a due reminder: check() arms at its end
            self._arm()
        return at

    def set_wake_signal_connected(self, connected: bool) -> None:
        """Whether the system tells the app when the computer wakes (:meth:`check` then)."""
        self._watched = connected
        if self._running:
            self._arm()

    @property
    def next_due(self) -> Due | None:
        """The next reminder or snooze the timer is armed for (None: none)."""
        return self._next

    @property
    def armed(self) -> bool:
        """Whether the one timer is armed."""
        return self._timer.isActive()

    @Slot()
    def check(self) -> None:
        """Look at what came due since the last look, say it, and arm again."""
        if not self._running:
            return
        now_wall = self._clock.wall()
        since = self._last_wall if self._last_wall is not None else now_wall
        self._log_jump(now_wall)
        self._last_wall = now_wall
        if now_wall < since:
            log.info(
                "The wall clock went back %.0f s; reminders are scheduled anew", since - now_wall
            )
            since = now_wall
        # The zone and the reminders are read once per look, for what came due and the arming.
        zone = self._zone()
        reminders = self._reminders()
        start, now = _moment(since), _moment(now_wall)
        self._checking = True
        self._changed_while_checking = False
        try:
            for due in self._due_between(start, now, reminders, zone):
                log.info("Reminder due at %s (%s)", due.at.isoformat(), due.reminder.time)
                self.due.emit(due)
        finally:
            self._checking = False
        if self._changed_while_checking:
            self._arm()
        else:
            self._arm(reminders, zone)

    # ---- inside -------------------------------------------------------------------------

    def _due_between(
        self, start: datetime, now: datetime, reminders: Sequence[Reminder], zone: tzinfo
    ) -> list[Due]:
        found = missed(reminders, start, now, zone)
        late = [due for due in self._snoozed if due.at <= now]
        self._snoozed = [due for due in self._snoozed if due.at > now]
        found.extend(due for due in late if now - due.at < MISSED_GRACE)
        skipped = [due for due in late if now - due.at >= MISSED_GRACE]
        if skipped:
            log.info("%d snoozed reminder(s) more than an hour late skipped", len(skipped))
        return sorted(found, key=lambda due: due.at)

    def _now(self) -> datetime:
        return _moment(self._clock.wall())

    def _arm(self, reminders: Sequence[Reminder] | None = None, zone: tzinfo | None = None) -> None:
        """Arm for the next one; ``reminders`` and ``zone`` as just read (None: read them)."""
        if not self._running:
            return
        now = self._now()
        candidates = [due for due in self._snoozed]
        if reminders is None:
            reminders = self._reminders()
        upcoming = next_due(reminders, now, zone if zone is not None else self._zone())
        if upcoming is not None:
            candidates.append(upcoming)
        self._next = min(candidates, key=lambda due: due.at) if candidates else None
        if self._next is None:
            self._timer.stop()
            self._armed_at = None
            return
        limit = MAX_WAIT_WATCHED_S if self._watched else MAX_WAIT_S
        wait_s = min(max((self._next.at - now).total_seconds(), 0.0), limit)
        self._armed_at = (self._clock.wall(), self._clock.now())
        self._timer.start(int(wait_s * 1000) + 1)  # never a hair early: the moment is included

    def _log_jump(self, now_wall: float) -> None:
        if self._armed_at is None:
            return
        wall0, mono0 = self._armed_at
        jump = now_wall - (wall0 + (self._clock.now() - mono0))
        if abs(jump) > JUMP_S:
            log.info("The wall clock moved %.0f s against the monotonic clock (suspend?)", jump)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.wakeups += 1
        self.check()

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, _state: Qt.ApplicationState) -> None:
        self.check()


def _moment(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def _reminder_timer(parent: QObject, on_timeout: Callable[[], None]) -> OneShot:
    """A precise single-shot QTimer named ``reminder_timer``."""
    timer = QTimer(parent)
    timer.setObjectName("reminder_timer")
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    timer.timeout.connect(on_timeout)
    return timer
