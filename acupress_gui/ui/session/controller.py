"""The session controller: the one QTimer of the app, driving the domain timer machine.

:class:`SessionController` owns a single-shot :class:`~PySide6.QtCore.QTimer`
(``PreciseTimer``). On each timeout it calls ``machine.advance(clock.now())``, turns the
events into Qt signals, and re-arms itself for the next moment the display changes: the next
whole second of the countdown or the phase deadline, whichever comes first. No timer runs
while no session runs (idle, paused, finished, stopped), so an idle app never wakes up.

The timer comes from an injected :data:`TimerFactory` (:func:`qt_timer` by default; tests
pass a fake one and fire it themselves). Time comes from an injected :class:`Clock`;
:class:`MonotonicClock` is the real one (the domain never reads clocks). On each tick the
controller compares how far the wall clock and the monotonic clock moved: a divergence above
:data:`~acupress_gui.domain.timer.SUSPEND_THRESHOLD_SECONDS` means the computer slept (or the
clock was set), and the session pauses and says so instead of silently skipping steps. A
wake-up that comes more than ``late_tick_limit`` seconds after it was due (the process was
stopped, or the computer froze: both clocks moved on) pauses the session where it was when
the wake-up was due (see :class:`~acupress_gui.domain.timer.TimerMachine`), and ``stalled``
says how late it came.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from acupress_gui.domain.timer import (
    LATE_TICK_SECONDS,
    SUSPEND_THRESHOLD_SECONDS,
    InvalidCommandError,
    PauseReason,
    Plan,
    TimerEvent,
    TimerMachine,
    TimerState,
    clock_divergence,
)
from acupress_gui.domain.timer import (
    events as timer_events,
)

__all__ = [
    "Clock",
    "MonotonicClock",
    "SessionController",
    "SessionTimer",
    "TimerFactory",
    "qt_timer",
]

# A wake-up computed as 300.0000000001 ms must arm 300 ms, not 301: float noise, not time.
_MS_SLACK = 1e-6


class Clock(Protocol):
    """Where the controller reads time."""

    def now(self) -> float:
        """Monotonic time in seconds (only differences matter)."""
        ...

    def wall(self) -> float:
        """Wall-clock time in epoch seconds (for suspend detection and history)."""
        ...


class MonotonicClock:
    """The real clock: :func:`time.monotonic` and :func:`time.time`."""

    def now(self) -> float:
        """Monotonic time in seconds."""
        return time.monotonic()

    def wall(self) -> float:
        """Wall-clock time in epoch seconds."""
        return time.time()


class SessionTimer(Protocol):
    """A single-shot timer as the controller uses it (QTimer has this shape)."""

    def start(self, msec: int, /) -> None:
        """Fire once after ``msec`` milliseconds (re-arming replaces the previous shot)."""
        ...

    def stop(self) -> None:
        """Disarm."""
        ...

    def isActive(self) -> bool:
        """Whether it is armed."""
        ...

    def interval(self) -> int:
        """The milliseconds it was last armed with."""
        ...


#: Makes the controller's timer: given its parent and the callback for each timeout.
TimerFactory = Callable[[QObject, Callable[[], None]], SessionTimer]


def qt_timer(parent: QObject, on_timeout: Callable[[], None]) -> SessionTimer:
    """The real timer: a single-shot, precise QTimer named ``session_timer``."""
    timer = QTimer(parent)
    timer.setObjectName("session_timer")
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    timer.timeout.connect(on_timeout)
    return timer


class SessionController(QObject):
    """Runs a session plan in real time and reports it as Qt signals.

    Signals:
        phase_changed(Phase): a phase began.
        remaining_changed(int): whole seconds left in the current phase; emitted only when
            the shown value changes.
        step_started(int, str): a step (re)started: its index and point id.
        side_switched(Side): the person moves to the other side (of the same step).
        countdown(int): 3, 2, 1 in the last seconds of a hold.
        hold_ended(HoldRecord): a hold ended; commit the record.
        paused(PauseReason): the session paused (by the user, or because of a suspend).
        resumed(): the session resumed.
        session_finished(): the last phase ended.
        session_stopped(): the user stopped the session.
        suspend_detected(float): the clocks diverged by this many seconds; the session paused.
        stalled(float): a wake-up came this many seconds late (the app did not run); the
            session paused where it was when the wake-up was due.
        state_changed(TimerState): the machine's state changed.
        events_emitted(list[TimerEvent]): every batch of machine events (one tick or command),
            in order, before the signals above (for views that handle them all in one place).

    Args:
        clock: Time source; :class:`MonotonicClock` when omitted.
        parent: Qt parent.
        timer_factory: Makes the one timer; :func:`qt_timer` when omitted.
        late_tick_limit: Seconds a wake-up may come late before the session pauses; None:
            never (a late wake-up walks through every phase that ended meanwhile).
    """

    phase_changed = Signal(object)
    remaining_changed = Signal(int)
    step_started = Signal(int, str)
    side_switched = Signal(object)
    countdown = Signal(int)
    hold_ended = Signal(object)
    paused = Signal(object)
    resumed = Signal()
    session_finished = Signal()
    session_stopped = Signal()
    suspend_detected = Signal(float)
    stalled = Signal(float)
    state_changed = Signal(object)
    events_emitted = Signal(list)

    def __init__(
        self,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        timer_factory: TimerFactory | None = None,
        late_tick_limit: float | None = LATE_TICK_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._late_tick_limit = late_tick_limit
        self._clock: Clock = clock if clock is not None else MonotonicClock()
        self._machine: TimerMachine | None = None
        make_timer = timer_factory if timer_factory is not None else qt_timer
        self._timer = make_timer(self, self._on_timer_timeout)
        self._wakeups = 0
        self._shown_seconds: int | None = None
        self._last_state: TimerState | None = None
        # The (wall, monotonic) pair of the previous reading, for suspend detection.
        self._last_reading: tuple[float, float] | None = None

    # ---- properties ---------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The injected clock."""
        return self._clock

    @property
    def machine(self) -> TimerMachine | None:
        """The machine of the loaded plan (for queries), or None before :meth:`load`."""
        return self._machine

    @property
    def state(self) -> TimerState:
        """The session's state (idle before any plan is loaded)."""
        return self._machine.state if self._machine is not None else TimerState.IDLE

    @property
    def timer_active(self) -> bool:
        """True while the QTimer is armed (only while a session is running)."""
        return self._timer.isActive()

    @property
    def next_interval_ms(self) -> int | None:
        """Milliseconds the armed timer was set to, or None when it is not armed."""
        return self._timer.interval() if self._timer.isActive() else None

    @property
    def wakeups(self) -> int:
        """How many times the timer has fired (for tests and benchmarks)."""
        return self._wakeups

    @property
    def shown_seconds(self) -> int | None:
        """The last value sent with ``remaining_changed``."""
        return self._shown_seconds

    # ---- loading ------------------------------------------------------------------------

    def load(self, plan: Plan) -> None:
        """Make ``plan`` the next session (idle until :meth:`start`).

        Raises:
            InvalidCommandError: A session is running or paused; stop it first.
        """
        if self.state in (TimerState.RUNNING, TimerState.PAUSED):
            raise InvalidCommandError("load a plan", self.state)
        self._machine = TimerMachine(plan, late_tick_limit=self._late_tick_limit)
        self._timer.stop()
        self._last_reading = None
        self._publish([], self._clock.now())

    # ---- commands -----------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Start the loaded session.

        Raises:
            RuntimeError: No plan is loaded.
            InvalidCommandError: The session was already started.
        """
        machine = self._require_machine()
        now = self._clock.now()
        events = machine.start(now)
        self._last_reading = (self._clock.wall(), now)
        self._run(events, now)

    @Slot()
    def pause(self) -> None:
        """Pause the running session."""
        self._command(self._require_machine().pause)

    @Slot()
    def resume(self) -> None:
        """Resume the paused session."""
        machine = self._require_machine()
        now = self._clock.now()
        events = machine.resume(now)
        # The machine may have slept while paused: measure divergence from here on.
        self._last_reading = (self._clock.wall(), now)
        self._run(events, now)

    def hold(self) -> bool:
        """Hold a running session still without a word (a question is shown): it pauses, but
        no pause goes out, so no cue and no announcement. True when it was held."""
        machine = self._require_machine()
        if machine.state is not TimerState.RUNNING:
            return False
        now = self._clock.now()
        events = machine.pause(now)
        self._run([event for event in events if not isinstance(event, timer_events.Paused)], now)
        return self.state is TimerState.PAUSED  # (a last step may have ended it instead)

    def release(self) -> None:
        """Go on after :meth:`hold` as it was, as quietly (no resume goes out)."""
        machine = self._require_machine()
        if machine.state is not TimerState.PAUSED:
            return
        now = self._clock.now()
        events = machine.resume(now)
        self._last_reading = (self._clock.wall(), now)
        self._run([event for event in events if not isinstance(event, timer_events.Resumed)], now)

    @Slot()
    def toggle(self) -> None:
        """Start when idle, pause when running, resume when paused.

        Raises:
            InvalidCommandError: The session is finished or stopped.
        """
        state = self.state
        if state is TimerState.IDLE:
            self.start()
        elif state is TimerState.RUNNING:
            self.pause()
        elif state is TimerState.PAUSED:
            self.resume()
        else:
            raise InvalidCommandError("toggle", state)

    @Slot()
    def skip(self) -> None:
        """Skip to the next phase."""
        self._command(self._require_machine().skip)

    @Slot()
    def back(self) -> None:
        """Go back to the start of the step (or the previous step within its first 2 s)."""
        self._command(self._require_machine().back)

    @Slot()
    def stop(self) -> None:
        """Stop the session."""
        self._command(self._require_machine().stop)

    # ---- the timer ----------------------------------------------------------------------

    @Slot()
    def _on_timer_timeout(self) -> None:
        """One wake-up: check for a suspend, advance the machine, re-arm."""
        self._wakeups += 1
        machine = self._machine
        if machine is None:
            return
        now = self._clock.now()
        wall = self._clock.wall()
        previous, self._last_reading = self._last_reading, (wall, now)
        gap = 0.0 if previous is None else clock_divergence(*previous, wall, now)
        if gap > SUSPEND_THRESHOLD_SECONDS:
            events = machine.suspend_detected(now, gap)
        else:
            events = machine.advance(now)
        self._run(events, now)

    # ---- internals ----------------------------------------------------------------------

    def _require_machine(self) -> TimerMachine:
        if self._machine is None:
            raise RuntimeError("no session plan loaded: call load(plan) first")
        return self._machine

    def _command(self, command: Callable[[float], list[TimerEvent]]) -> None:
        now = self._clock.now()
        self._run(command(now), now)

    def _run(self, events: list[TimerEvent], now: float) -> None:
        # Arm before emitting: slow slots (repaints, speech) then cannot delay the next
        # wake-up, and a slot that pauses or stops re-arms (disarms) after us, not before.
        self._rearm()
        self._publish(events, now)

    def _rearm(self) -> None:
        machine = self._machine
        now = self._clock.now()
        wake = machine.next_change(now) if machine is not None else None
        if wake is None:
            self._timer.stop()
            return
        # Round up: Qt never fires early, so the machine sees the boundary already passed
        # and one wake-up per visible change is enough (no early wake + spin).
        self._timer.start(max(0, math.ceil((wake - now) * 1000 - _MS_SLACK)))

    def _publish(self, events: list[TimerEvent], now: float) -> None:
        if events:
            self.events_emitted.emit(list(events))
        for event in events:
            self._emit(event)
        machine = self._machine
        if machine is None:
            return
        if machine.state is not self._last_state:
            self._last_state = machine.state
            self.state_changed.emit(machine.state)
        shown = machine.display_seconds(now)
        if shown != self._shown_seconds:
            self._shown_seconds = shown
            self.remaining_changed.emit(shown)

    def _emit(self, event: TimerEvent) -> None:
        match event:
            case timer_events.PhaseStarted():
                self.phase_changed.emit(event.phase)
            case timer_events.StepStarted():
                self.step_started.emit(event.step_index, event.point_id)
            case timer_events.SideSwitched():
                self.side_switched.emit(event.side)
            case timer_events.Countdown():
                self.countdown.emit(event.seconds_left)
            case timer_events.HoldEnded():
                self.hold_ended.emit(event.record)
            case timer_events.Paused():
                if event.reason is PauseReason.SUSPEND:
                    self.suspend_detected.emit(event.gap_seconds or 0.0)
                elif event.reason is PauseReason.LATE_TICK:
                    self.stalled.emit(event.gap_seconds or 0.0)
                self.paused.emit(event.reason)
            case timer_events.Resumed():
                self.resumed.emit()
            case timer_events.SessionFinished():
                self.session_finished.emit()
            case timer_events.SessionStopped():
                self.session_stopped.emit()
            case _:
                # PhaseEnded: the next phase_changed (or the session end) says it all.
                pass
