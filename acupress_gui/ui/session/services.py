"""What the Session page runs, records and asks with, kept together as one bundle.

The window builds one :class:`SessionServices` from the app's context; tests build one with
fakes (a clock, timers, a recorder). Every field has a default that works without a history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from acupress_gui.domain.recording import MemoryRecorder, SessionRecorder
from acupress_gui.ui.session.controller import Clock, TimerFactory
from acupress_gui.ui.session.plan_options import PlanOptions

__all__ = ["SessionServices"]


def _local_now() -> datetime:
    return datetime.now(UTC).astimezone()


def _new_session_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, kw_only=True)
class SessionServices:
    """The Session page's collaborators.

    Attributes:
        recorder: Where sessions are recorded (in memory by default).
        clock: Monotonic and wall time for the timer; the real clock when None.
        timer_factory: Makes the session timer (a fake one in tests); a QTimer when None.
        wall_now: The wall-clock time recorded in the history.
        new_session_id: Makes the id of each new session.
        pregnant: Whether to flag, and ask about, points to avoid in pregnancy.
        safety_gate: Asked before every start; False stops it (the shell shows the notice).
        plan_options: The person's timing settings a plan is built with.
        session_saved: Whether a session is really written to the history file.
        streak: Days in a row with a session, today's included, for the summary (None:
            unknown).
        checkin_due: Whether the summary asks the weekly check-in questions.
    """

    recorder: SessionRecorder = field(default_factory=MemoryRecorder)
    clock: Clock | None = None
    timer_factory: TimerFactory | None = None
    wall_now: Callable[[], datetime] = _local_now
    new_session_id: Callable[[], str] = _new_session_id
    pregnant: Callable[[], bool] = lambda: False
    safety_gate: Callable[[], bool] = lambda: True
    plan_options: Callable[[], PlanOptions] = PlanOptions
    session_saved: Callable[[str], bool] = lambda _session_id: True
    streak: Callable[[], int | None] = lambda: None
    checkin_due: Callable[[], bool] = lambda: False
