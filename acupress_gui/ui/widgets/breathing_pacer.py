"""An optional slow-breathing pacer shown during holds: a ring that fills and empties.

With reduced motion the ring does not move: the words change at each breath instead, so the
pace is still there without anything sliding on screen. The pacer wakes the app only while
it is running (about 20 times a second when animated, twice a breath when not).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from acupress_gui.domain.breathing import Breath, BreathPhase, breath_at

FRAME_MS = 50
BREATH_COLOR = QColor("#1e88e5")


class BreathingPacer(QWidget):
    """Breathe in as the ring grows, out as it shrinks."""

    def __init__(
        self,
        *,
        reduced_motion: bool = False,
        clock: object | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reduced_motion = reduced_motion
        self._clock = clock if callable(clock) else time.monotonic
        self._started: float | None = None
        self._breath = breath_at(0.0)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setAccessibleName(self.tr("Breathing pace"))
        self.setMinimumSize(96, 96)
        self._update_description()

    @property
    def running(self) -> bool:
        """True while the pacer paces."""
        return self._started is not None

    @property
    def breath(self) -> Breath:
        """The breath shown now."""
        return self._breath

    def set_reduced_motion(self, reduced: bool) -> None:
        """Stop (or start) moving the ring; the pace stays."""
        self._reduced_motion = reduced
        self._refresh()

    def start(self) -> None:
        """Start on an empty breath: breathe in."""
        self._started = self._now()
        self._refresh()

    def stop(self) -> None:
        """Stop pacing and stop waking the app."""
        self._started = None
        self._timer.stop()
        self._breath = breath_at(0.0)
        self._update_description()
        self.update()

    def phase_text(self) -> str:
        """``Breathe in`` or ``Breathe out``."""
        if self._breath.phase is BreathPhase.IN:
            return self.tr("Breathe in")
        return self.tr("Breathe out slowly")

    def _now(self) -> float:
        now = self._clock()
        assert isinstance(now, float)
        return now

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self._started is None:
            return
        previous = self._breath.phase
        self._breath = breath_at(self._now() - self._started)
        if self._breath.phase is not previous:
            self._update_description()
        self.update()
        self._schedule()

    def _schedule(self) -> None:
        if self._reduced_motion:
            # Only the words change: wake at the next change of breath.
            self._timer.start(max(20, round(self._breath.seconds_to_next * 1000)))
        else:
            self._timer.start(FRAME_MS)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.phase_text())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer = side / 2 - 4
        text = self.palette().color(QPalette.ColorRole.WindowText)
        guide = QColor(text)
        guide.setAlphaF(0.25)
        painter.setPen(QPen(guide, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, outer, outer)
        fullness = 0.6 if self._reduced_motion or not self.running else self._breath.fullness
        radius = outer * (0.35 + 0.65 * fullness)
        fill = QColor(BREATH_COLOR)
        fill.setAlphaF(0.35)
        painter.setPen(QPen(BREATH_COLOR, 3))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        if self.running:
            font = painter.font()
            font.setPixelSize(max(12, round(side / 9)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, 0, self.width(), self.height()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.phase_text(),
            )
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(180, 180)
