"""One session being run: its controller (the timer) and its log (the recording)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Signal, Slot

from acupress_gui.domain.models import Point
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.session_log import SessionLog
from acupress_gui.domain.timer import Countdown, Paused, PhaseStarted, TimerEvent
from acupress_gui.ui.session.controller import SessionController

__all__ = ["SessionRun"]

log = logging.getLogger(__name__)


class SessionRun(QObject):
    """Hands each timer event to the log and reports it, in order, as signals.

    Signals:
        cue(TimerEvent, Point | None): Every event, with the point of its phase.
        phase_started(Phase, Point | None): A phase began.
        paused(PauseReason, float): The session paused, and why; for a suspend or a late tick,
            the gap in seconds (else 0).
        ended(SessionStatus): The session finished or was stopped (after it was recorded).
        changed(): The display changed (after a batch of events, or a new whole second).
        record_failed(str): The history could not be written; a readable message.

    Args:
        controller: The session's controller, with its plan loaded.
        session_log: The session's recording.
        points: The catalogue's points by id.
        wall_now: The wall-clock time for the history.
        parent: Qt parent.
    """

    cue = Signal(object, object)
    phase_started = Signal(object, object)
    paused = Signal(object, float)
    ended = Signal(object)
    changed = Signal()
    record_failed = Signal(str)

    def __init__(
        self,
        controller: SessionController,
        session_log: SessionLog,
        points: Mapping[str, Point],
        wall_now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._log = session_log
        self._points = points
        self._wall_now = wall_now
        self._started_at: datetime | None = None
        self._failed = False
        controller.setParent(self)
        controller.events_emitted.connect(self._on_controller_events_emitted)
        controller.remaining_changed.connect(self._on_controller_remaining_changed)

    @property
    def controller(self) -> SessionController:
        """The session's controller."""
        return self._controller

    @property
    def session_log(self) -> SessionLog:
        """The session's recording."""
        return self._log

    @property
    def saved(self) -> bool:
        """True while every recording of this session got through."""
        return not self._failed

    def elapsed_seconds(self) -> float:
        """Wall-clock seconds since the session started (0 before)."""
        if self._started_at is None:
            return 0.0
        return max(0.0, (self._wall_now() - self._started_at).total_seconds())

    def start(self, pain_before: int | None, pain_regions: tuple[PainRegion, ...] = ()) -> None:
        """Record the start (with where it hurts), then start the timer."""
        self._started_at = self._wall_now()
        started = self._started_at
        self.record(lambda: self._log.begin(started, pain_before, pain_regions))
        self._controller.start()

    def record(self, action: Callable[[], None]) -> bool:
        """Call the recorder; a failure is reported, never stops the session."""
        try:
            action()
        except Exception as error:  # the session must go on whatever the recorder does
            log.warning("the session could not be recorded", exc_info=True)
            self._failed = True
            self.record_failed.emit(
                self.tr("History could not be written: {error}").format(error=error)
            )
            return False
        return True

    @Slot(list)
    def _on_controller_events_emitted(self, events: list[TimerEvent]) -> None:
        for event in events:
            self._handle(event)
        self.changed.emit()

    @Slot(int)
    def _on_controller_remaining_changed(self, _seconds: int) -> None:
        self.changed.emit()

    def _handle(self, event: TimerEvent) -> None:
        point = None
        if isinstance(event, PhaseStarted | Countdown):
            point = self._points.get(event.phase.point_id)
        self.cue.emit(event, point)
        self.record(lambda: self._log.on_event(event, self._wall_now()))
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event.phase, point)
        elif isinstance(event, Paused):
            self.paused.emit(event.reason, event.gap_seconds or 0.0)
        else:
            status = SessionLog.ending(event)
            if status is not None:
                self.ended.emit(status)
