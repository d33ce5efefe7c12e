"""A large countdown with a progress ring, readable from arm's length."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_seconds(seconds: int) -> str:
    """``45`` -> ``"45"``, ``90`` -> ``"1:30"``, ``3725`` -> ``"1:02:05"``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    if minutes:
        return f"{minutes}:{secs:02d}"
    return str(secs)


class CountdownRing(QWidget):
    """Whole seconds left in the middle of a ring that fills as the phase runs.

    It repaints only when the shown second or the phase changes: the ring advances in
    one-second steps, so a running session costs one small repaint per second.
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
        self._seconds = seconds_left
        self._total = phase_seconds
        self._color = QColor(color)
        self.setAccessibleDescription(
            self.tr("{seconds} seconds left").format(seconds=seconds_left)
        )
        self.update()

    @property
    def text(self) -> str:
        """The text in the middle of the ring."""
        return format_seconds(self._seconds)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: object) -> None:
        side = min(self.width(), self.height()) - 12
        if side <= 0:
            return
        width = max(8.0, side * 0.075)
        rect = QRectF(
            (self.width() - side) / 2 + width / 2,
            (self.height() - side) / 2 + width / 2,
            side - width,
            side - width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(rect)
        if self._total > 0:
            fraction = 1.0 - min(max(self._seconds / self._total, 0.0), 1.0)
            pen = QPen(self._color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock; start at 12, go clockwise.
            painter.drawArc(rect, 90 * 16, -round(360 * 16 * (1.0 - fraction)))
        font = QFont(self.font())
        font.setPixelSize(max(18, round(side * (0.34 if len(self.text) <= 2 else 0.24))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()
