"""The report's two charts, drawn for black-and-white printing.

Pain before and after each session: before is a hollow circle, after a filled square; the
weekly averages are a dashed line (before) and a solid line (after). The weekly check-in:
how much pain got in the way (solid line, triangles) and sleep (dashed line, diamonds), with
the weekly average pain after as a thin dotted line. Shapes and dashes tell the series apart,
never colour alone. With many sessions the dots are each day's average (one per day).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF

from acupress_gui.domain.report import Report
from acupress_gui.ui.report.flow import GREY, INK, LIGHT, font

__all__ = ["ChartTexts", "draw_checkin_chart", "draw_pain_chart"]

type DateText = Callable[[date], str]
"""How a chart writes a day on its axis."""


#: Above this many rated sessions, the dots are per day.
MAX_DOTS = 400
_LEFT = 26.0
_BOTTOM = 18.0
_TOP = 16.0


@dataclass(frozen=True, slots=True)
class ChartTexts:
    """The words of the charts (translated by the caller)."""

    before: str
    after: str
    before_week: str
    after_week: str
    interference: str
    sleep: str
    pain_week: str


@dataclass(frozen=True, slots=True)
class _Series:
    """One series of a chart, as drawn and as its legend shows it.

    Attributes:
        text: The legend's words.
        marker: The shape of its marks ("" for none).
        pen: Its line (none by default).
    """

    text: str
    marker: str = ""
    pen: QPen = field(default_factory=lambda: QPen(Qt.PenStyle.NoPen))


class _Axes:
    def __init__(self, area: QRectF, first: date, last: date) -> None:
        self.plot = QRectF(
            area.left() + _LEFT,
            area.top() + _TOP,
            area.width() - _LEFT - 4,
            area.height() - _TOP - _BOTTOM,
        )
        self.first = first
        self.last = last
        self.days = max(1, (last - first).days + 1)

    def x(self, day: date, fraction: float = 0.5) -> float:
        return (
            self.plot.left() + self.plot.width() * ((day - self.first).days + fraction) / self.days
        )

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / 10.0

    def week(self, monday: date, value: float) -> QPointF:
        """The point of a week's ``value``: mid-week, kept inside the period."""
        middle = min(max(monday + timedelta(days=3), self.first), self.last)
        return QPointF(self.x(middle), self.y(value))


def _grid(painter: QPainter, axes: _Axes, date_text: DateText, last: date) -> None:
    plot = axes.plot
    painter.setFont(font(7))
    for value in range(0, 11, 2):
        y = axes.y(value)
        painter.setPen(QPen(LIGHT, 0.4))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        painter.drawText(
            QRectF(plot.left() - _LEFT, y - 5, _LEFT - 4, 10),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(value),
        )
    painter.setPen(QPen(INK, 0.7))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    # A date under the axis every few weeks, as many as fit.
    label_width = 62.0
    weeks = max(1, axes.days // 7)
    every = max(1, int(weeks * label_width / max(plot.width(), 1.0)) + 1)
    day, index = axes.first, 0
    while day <= last:
        x = axes.x(day, 0.0)
        painter.setPen(QPen(GREY, 0.4))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        if index % every == 0 and x + label_width / 2 <= plot.right() + label_width / 2:
            painter.setPen(INK)
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 3, label_width, 12),
                int(Qt.AlignmentFlag.AlignHCenter),
                date_text(day),
            )
        day += timedelta(days=7)
        index += 1


def _marker(painter: QPainter, shape: str, at: QPointF, size: float = 2.4) -> None:
    if shape == "circle":
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawEllipse(at, size, size)
    elif shape == "square":
        painter.setBrush(QBrush(INK))
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    elif shape == "triangle":
        painter.setBrush(QBrush(INK))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - size * 1.3),
                    QPointF(at.x() - size * 1.2, at.y() + size),
                    QPointF(at.x() + size * 1.2, at.y() + size),
                ]
            )
        )
    else:  # diamond
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - size * 1.4),
                    QPointF(at.x() + size * 1.4, at.y()),
                    QPointF(at.x(), at.y() + size * 1.4),
                    QPointF(at.x() - size * 1.4, at.y()),
                ]
            )
        )


def _line(painter: QPainter, points: Sequence[QPointF], pen: QPen) -> None:
    if not points:
        return
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawPath(path)


def _legend(painter: QPainter, area: QRectF, items: Sequence[_Series]) -> None:
    painter.setFont(font(7.5))
    x = area.left() + _LEFT
    for item in items:
        y = area.top() + 6
        style = item.pen.style()
        if style != Qt.PenStyle.NoPen:
            painter.setPen(QPen(INK, 1.0, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 16, y))
        if item.marker:
            painter.setPen(QPen(INK, 0.7))
            _marker(painter, item.marker, QPointF(x + 8, y))
        painter.setPen(INK)
        width = painter.fontMetrics().horizontalAdvance(item.text) + 4
        painter.drawText(
            QRectF(x + 20, y - 6, width, 12), int(Qt.AlignmentFlag.AlignVCenter), item.text
        )
        x += 20 + width + 12


def _frame(
    painter: QPainter,
    area: QRectF,
    report: Report,
    legend: Sequence[_Series],
    date_text: DateText,
) -> _Axes:
    """The legend and the grid of a chart over the report's days; its axes."""
    axes = _Axes(area, report.first, report.last)
    _legend(painter, area, legend)
    _grid(painter, axes, date_text, report.last)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return axes


def draw_pain_chart(
    painter: QPainter, area: QRectF, report: Report, texts: ChartTexts, date_text: DateText
) -> None:
    """Pain before and after each session, with the weekly averages."""
    before, after = _Series(texts.before, "circle"), _Series(texts.after, "square")
    before_week = _Series(texts.before_week, pen=QPen(GREY, 1.4, Qt.PenStyle.DashLine))
    after_week = _Series(texts.after_week, pen=QPen(INK, 1.6, Qt.PenStyle.SolidLine))
    axes = _frame(painter, area, report, [before, after, before_week, after_week], date_text)
    dots: list[tuple[date, float, float, float]] = []  # day, before, after, place in the day
    if len(report.ratings) <= MAX_DOTS:
        per_day: dict[date, int] = {}
        for day, _b, _a in report.ratings:
            per_day[day] = per_day.get(day, 0) + 1
        seen: dict[date, int] = {}
        for day, low, high in report.ratings:
            seen[day] = seen.get(day, 0) + 1
            dots.append((day, float(low), float(high), seen[day] / (per_day[day] + 1)))
    else:
        sums: dict[date, list[int]] = {}
        for day, low, high in report.ratings:
            found = sums.setdefault(day, [0, 0, 0])
            found[0] += 1
            found[1] += low
            found[2] += high
        dots = [(day, b / n, a / n, 0.5) for day, (n, b, a) in sorted(sums.items())]
    # Smaller marks the more there are, so the weekly lines stay readable over them.
    size = 2.4 if len(dots) <= 120 else 1.6 if len(dots) <= MAX_DOTS else 0.9
    painter.setPen(QPen(INK, 0.7 if size > 1 else 0.3))
    for day, pain_before, pain_after, place in dots:
        _marker(painter, before.marker, QPointF(axes.x(day, place), axes.y(pain_before)), size)
        _marker(painter, after.marker, QPointF(axes.x(day, place), axes.y(pain_after)), size * 0.8)
    weeks = [week for week in report.weeks if week.pain_before is not None]
    _line(painter, [axes.week(w.week_start, w.pain_before or 0.0) for w in weeks], before_week.pen)
    _line(painter, [axes.week(w.week_start, w.pain_after or 0.0) for w in weeks], after_week.pen)


def draw_checkin_chart(
    painter: QPainter, area: QRectF, report: Report, texts: ChartTexts, date_text: DateText
) -> None:
    """The weekly check-in answers, with the weekly average pain after."""
    interference = _Series(texts.interference, "triangle", QPen(INK, 1.4, Qt.PenStyle.SolidLine))
    sleep = _Series(texts.sleep, "diamond", QPen(INK, 1.2, Qt.PenStyle.DashLine))
    pain_week = _Series(texts.pain_week, pen=QPen(GREY, 1.0, Qt.PenStyle.DotLine))
    axes = _frame(painter, area, report, [interference, sleep, pain_week], date_text)
    pain = [axes.week(w.week_start, w.pain_after) for w in report.weeks if w.pain_after is not None]
    _line(painter, pain, pain_week.pen)
    weeks = [w for w in report.weeks if w.interference is not None and w.sleep is not None]
    size = 2.4 if len(weeks) <= 30 else 1.2 if len(weeks) <= 80 else 0.0
    interference_line = [axes.week(w.week_start, w.interference or 0.0) for w in weeks]
    sleep_line = [axes.week(w.week_start, w.sleep or 0.0) for w in weeks]
    _line(painter, interference_line, interference.pen)
    _line(painter, sleep_line, sleep.pen)
    painter.setPen(QPen(INK, 0.7))
    for point in interference_line if size else ():
        _marker(painter, interference.marker, point, size)
    for point in sleep_line if size else ():
        _marker(painter, sleep.marker, point, size)
