"""A large countdown with a progress ring, readable from arm's length."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_gui.ui.text.durations import format_clock

#: The coloured arc is drawn through a point every this many degrees (a chord of 3 degrees
#: is 0.03 % of the radius off the circle: invisible).
ARC_STEP_DEGREES = 3.0


class CountdownRing(QWidget):
    """Whole seconds left in the middle of a ring that fills as the phase runs.

    It repaints only when the shown second or the phase changes, and then only what
    changed (the numbers and the step of the ring): a running session costs one small
    repaint per second. Every colour it paints is opaque: Qt's raster engine blends
    translucent fills of this size on its thread pool, which would wake two threads
    dozens of times a second.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Countdown"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 150)
        self._seconds = 0
        self._total = 0.0
        self._color = QColor("#1e88e5")

    def set_state(self, seconds_left: int, phase_seconds: float, color: QColor) -> None:
        """Show ``seconds_left`` of a phase of ``phase_seconds`` in ``color``."""
        if (seconds_left, phase_seconds, color) == (self._seconds, self._total, self._color):
            return
        same_phase = (phase_seconds, color) == (self._total, self._color)
        shown = self._seconds
        self._seconds = seconds_left
        self._total = phase_seconds
        self._color = QColor(color)
        self.setAccessibleDescription(
            self.tr("{seconds} seconds left").format(seconds=seconds_left)
        )
        if same_phase:
            self.update(self.changed_region_for(seconds_left, shown))
        else:
            self.update()

    @property
    def text(self) -> str:
        """The text in the middle of the ring."""
        return format_clock(self._seconds, seconds_alone=True)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def _ring(self) -> tuple[QRectF, float, int] | None:
        """The ring's rectangle (the middle of its stroke), its width and the widget's
        usable side; None when there is no room."""
        side = min(self.width(), self.height()) - 12
        if side <= 0:
            return None
        width = max(8.0, side * 0.075)
        rect = QRectF(
            (self.width() - side) / 2 + width / 2,
            (self.height() - side) / 2 + width / 2,
            side - width,
            side - width,
        )
        return rect, width, side

    def _font(self, side: int, text: str) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(18, round(side * (0.34 if len(text) <= 2 else 0.24))))
        font.setBold(True)
        return font

    def _span_degrees(self, seconds: int) -> float:
        """How far the coloured arc reaches, clockwise from 12 o'clock, in degrees."""
        if self._total <= 0:
            return 0.0
        return 360.0 * min(max(seconds / self._total, 0.0), 1.0)

    def _point(self, rect: QRectF, degrees: float) -> QPointF:
        """The point of the ring ``degrees`` clockwise from 12 o'clock."""
        angle = math.radians(90.0 - degrees)
        centre, radius = rect.center(), rect.width() / 2
        return QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))

    def _arc(self, rect: QRectF, span: float) -> QPainterPath:
        """The coloured arc as a line through fixed points every few degrees, so a shorter
        or longer arc paints exactly the same pixels as before except near its end."""
        path = QPainterPath(self._point(rect, 0.0))
        degrees = ARC_STEP_DEGREES
        while degrees < span:
            path.lineTo(self._point(rect, degrees))
            degrees += ARC_STEP_DEGREES
        path.lineTo(self._point(rect, span))
        return path

    def changed_region_for(self, seconds: int, before: int | None = None) -> QRect:
        """What changes when the ring goes from ``before`` (the shown second when None) to
        ``seconds`` in the same phase: the numbers and the arc between the two ends."""
        ring = self._ring()
        if ring is None:
            return QRect()
        rect, width, side = ring
        region = QRect()
        for shown in {seconds, self._seconds if before is None else before}:
            text = format_clock(shown, seconds_alone=True)
            metrics = QFontMetrics(self._font(side, text))
            box = metrics.boundingRect(rect.toRect(), Qt.AlignmentFlag.AlignCenter, text)
            region = region.united(box.adjusted(-2, -2, 2, 2))
        low, high = sorted(
            (
                self._span_degrees(seconds),
                self._span_degrees(self._seconds if before is None else before),
            )
        )
        degrees = [0.0, low, high]
        step = low - low % ARC_STEP_DEGREES
        while step < high:
            degrees.append(step)
            step += ARC_STEP_DEGREES
        for angle in degrees:
            point = self._point(rect, angle)
            region = region.united(
                QRectF(point.x() - width, point.y() - width, 2 * width, 2 * width).toAlignedRect()
            )
        return region

    def paintEvent(self, event: object) -> None:
        ring = self._ring()
        if ring is None:
            return
        rect, width, side = ring
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        track = _mix(self.palette().color(QPalette.ColorRole.Window), text_color, 0.12)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(rect)
        span = self._span_degrees(self._seconds)
        if span > 0:
            color = QColor(self._color)
            color.setAlpha(255)
            pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(self._arc(rect, span))
        painter.setFont(self._font(side, self.text))
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def _mix(background: QColor, foreground: QColor, amount: float) -> QColor:
    """``foreground`` laid over ``background`` at ``amount`` opacity, as one opaque colour."""

    def channel(back: float, fore: float) -> float:
        return back + (fore - back) * amount

    return QColor.fromRgbF(
        channel(background.redF(), foreground.redF()),
        channel(background.greenF(), foreground.greenF()),
        channel(background.blueF(), foreground.blueF()),
    )
