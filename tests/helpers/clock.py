"""A fake clock for timer tests: time moves only when a test says so."""

from __future__ import annotations

from collections.abc import Callable


class FakeClock:
    """Monotonic and wall clocks under test control.

    ``advance`` moves both clocks together (normal time passing). ``jump_wall`` moves only the
    wall clock, which is what a laptop suspend looks like on Linux: the monotonic clock stops
    while the machine sleeps, the wall clock does not.

    Args:
        monotonic: Initial monotonic time in seconds (not 0, so code that treats 0 as
            "unset" is caught).
        wall: Initial wall time in epoch seconds.
    """

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_750_000_000.0) -> None:
        self._monotonic = monotonic
        self._wall = wall
        #: Fake timers on this clock's time: pass ``clock.timers`` as a ``timer_factory``.
        self.timers = FakeTimers()

    def now(self) -> float:
        """Monotonic time in seconds."""
        return self._monotonic

    def wall(self) -> float:
        """Wall-clock time in epoch seconds."""
        return self._wall

    def advance(self, seconds: float) -> float:
        """Let ``seconds`` pass on both clocks; returns the new monotonic time."""
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._monotonic += seconds
        self._wall += seconds
        return self._monotonic

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (suspend, or the user setting the time)."""
        self._wall += seconds


class FakeTimer:
    """A single-shot timer that fires only when a test says so (the controller's timer).

    It has the shape the session controller needs from a QTimer (``start``, ``stop``,
    ``isActive``, ``interval``). :meth:`fire` delivers one timeout, as Qt would when the
    interval has passed; firing a timer that is not armed is a stray wake-up.
    """

    def __init__(self, on_timeout: Callable[[], None]) -> None:
        self._on_timeout = on_timeout
        self._interval = 0
        self._active = False
        self.fired = 0

    def start(self, msec: int, /) -> None:
        """Arm (again) for ``msec`` milliseconds."""
        self._interval = msec
        self._active = True

    def stop(self) -> None:
        """Disarm."""
        self._active = False

    def isActive(self) -> bool:
        """Whether it is armed."""
        return self._active

    def interval(self) -> int:
        """The milliseconds it was last armed with."""
        return self._interval

    def fire(self) -> None:
        """Deliver one timeout now (a single-shot timer is disarmed first, as in Qt)."""
        self._active = False
        self.fired += 1
        self._on_timeout()


class FakeTimers:
    """A timer factory for the session controller that keeps every timer it made.

    Pass it as ``timer_factory``; :meth:`fire` fires the newest timer (the session's).
    """

    def __init__(self) -> None:
        self.timers: list[FakeTimer] = []

    def __call__(self, _parent: object, on_timeout: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(on_timeout)
        self.timers.append(timer)
        return timer

    @property
    def latest(self) -> FakeTimer:
        """The newest timer."""
        if not self.timers:
            raise LookupError("no timer was made yet: start a session first")
        return self.timers[-1]

    def fire(self) -> None:
        """Fire the newest timer once."""
        self.latest.fire()

    def advance(self, clock: FakeClock, seconds: float) -> None:
        """Let ``seconds`` pass on ``clock`` as on a computer that runs: on time.

        Each wake-up the newest timer is armed for within ``seconds`` is delivered when it is
        due (counted from now, then from each wake-up: the session re-arms on every wake-up
        and command), then one more at the end unless the last one fell there. A test that
        wants a late wake-up (the process stopped) moves the clock itself and calls
        :meth:`fire`.
        """
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        target = clock.now() + seconds
        fired_at: float | None = None
        for _ in range(1_000_000):  # a timer that re-arms for 0 ms forever is a bug
            timer = self.latest
            due = clock.now() + timer.interval() / 1000
            if not timer.isActive() or due > target:
                break
            clock.advance(due - clock.now())
            self.fire()
            fired_at = clock.now()
        else:
            raise RuntimeError("the timer keeps re-arming without time passing")
        if fired_at is None or target - fired_at > 1e-9:
            clock.advance(max(target - clock.now(), 0.0))
            self.fire()
