"""Weekly charts of the History page, drawn with pyqtgraph (QtCharts is deprecated in Qt 6.10).

pyqtgraph (and numpy under it) is imported inside :class:`HistoryCharts` only, never when
this module is imported. The Charts tab (:mod:`.charts_tab`) has it imported on a thread
first (:mod:`.chart_library`), so that the import here is only a look-up, and builds the
charts in steps, one plot per turn of the event loop: the window never waits for all of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from acupress_gui.domain.stats import WeekTotal
from acupress_gui.ui.history.date_axis import date_axis
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.numbers import format_decimal, format_short_date
from acupress_gui.ui.text.plurals import counted

#: The three plots and the legend take at least this many pixels (they scroll when less).
MIN_CHARTS_HEIGHT = 420
#: The charts show this many weeks at first (drag or wheel to see earlier ones).
VISIBLE_WEEKS = 26
_WEEK = 7 * 24 * 3600
#: Colour-blind safe pair (blue / orange), told apart by symbol and line style too.
BEFORE_COLOR = "#d55e00"
AFTER_COLOR = "#0072b2"
BAR_COLOR = "#56b4e9"
MINUTES_COLOR = "#009e73"
#: Where the pain plot draws its grid lines.
_PAIN_TICKS = range(0, 11, 5)


def _stamp(day: date) -> float:
    """Seconds since the epoch of ``day`` at noon UTC (the axis shows UTC dates)."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


def charts_description(weeks: Sequence[WeekTotal]) -> str:
    """The charts in words, for screen readers: the last weeks' totals and pain."""
    recent = list(weeks)[-VISIBLE_WEEKS:]
    if not recent:
        return QCoreApplication.translate("HistoryCharts", "No sessions yet.")
    sessions = sum(w.sessions for w in recent)
    minutes = sum(w.minutes for w in recent)
    rated = [w for w in recent if w.pain_before is not None and w.pain_after is not None]
    text = QCoreApplication.translate("HistoryCharts", "{weeks}: {sessions}, {length}.").format(
        weeks=counted(
            QCoreApplication.translate("HistoryCharts", "Last %Ln week(s)", None, len(recent)),
            len(recent),
        ),
        sessions=counted(
            QCoreApplication.translate("HistoryCharts", "%Ln session(s)", None, sessions), sessions
        ),
        length=format_duration(minutes * 60.0),
    )
    if rated:
        first, last = rated[0], rated[-1]
        text += " " + QCoreApplication.translate(
            "HistoryCharts",
            "Average pain before and after: {b0} → {a0} in the week of {d0}, "
            "{b1} → {a1} in the week of {d1}.",
        ).format(
            b0=_pain(first.pain_before),
            a0=_pain(first.pain_after),
            d0=format_short_date(first.week_start),
            b1=_pain(last.pain_before),
            a1=_pain(last.pain_after),
            d1=format_short_date(last.week_start),
        )
    return text


class HistoryCharts(QWidget):
    """Sessions per week, minutes per week and weekly pain before/after, stacked.

    The three plots share their time axis; the last :data:`VISIBLE_WEEKS` weeks are shown,
    earlier ones by dragging or with the wheel.

    Args:
        parent: The owning widget.
    """

    def __init__(self, parent: QWidget | None = None, *, in_steps: bool = False) -> None:
        super().__init__(parent)
        # Here, not at module level: pyqtgraph and numpy are heavy, see the module docstring.
        import pyqtgraph as pg

        self._pg: Any = pg
        self.setAccessibleName(self.tr("Weekly charts"))
        self.plots_widget: Any = pg.GraphicsLayoutWidget()
        self.plots_widget.setAccessibleName(self.tr("Charts of sessions, minutes and pain"))
        self.plots_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Each plot keeps a readable height; on a short window the charts scroll instead.
        self.plots_widget.setMinimumHeight(MIN_CHARTS_HEIGHT)
        self.plots_widget.ci.setContentsMargins(4, 4, 8, 4)
        self.plots_widget.ci.setSpacing(2)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Charts in words"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.plots_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(self.tr("Charts, scrolling on a short window"))
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.description)
        self._weeks: list[WeekTotal] = []
        self._built = False
        self._steps = self._build()
        if not in_steps:
            while not self.build_step():
                pass

    @property
    def built(self) -> bool:
        """True when every plot is built (at once, or after the last :meth:`build_step`)."""
        return self._built

    def build_step(self) -> bool:
        """Build the next part (a plot, or the legend and colours); True when all are built.

        Each step is a few milliseconds: the Charts tab runs one per turn of the event loop.
        """
        if not self._built:
            try:
                next(self._steps)
            except StopIteration:
                self._built = True
        return self._built

    def _build(self) -> Iterator[None]:
        """The parts, in order; the last one draws the weeks given so far."""
        self.sessions_plot = self._add_plot(0, self.tr("Sessions per week"))
        yield
        self.minutes_plot = self._add_plot(1, self.tr("Minutes per week"))
        self.minutes_plot.setXLink(self.sessions_plot)
        yield
        self.pain_plot = self._add_plot(2, self.tr("Pain before and after (weekly average, 0–10)"))
        self.pain_plot.setXLink(self.sessions_plot)
        self.pain_plot.setYRange(0, 10, padding=0.02)
        # pyqtgraph drops the labels at the ends of an axis with a grid (they reach past the
        # plot), so this plot draws its grid lines itself and keeps 0 and 10.
        self._fit_pain_ticks()
        self.pain_plot.getViewBox().sigResized.connect(self._fit_pain_ticks)
        self.pain_plot.showGrid(x=False, y=False)
        yield
        # The legend has its own row under the charts: it never covers a point.
        self.legend: Any = self._pg.LegendItem(labelTextSize="8pt", colCount=2)
        self.plots_widget.ci.addItem(self.legend, row=3, col=0)
        self._built = True
        self.apply_palette()

    def _add_plot(self, row: int, title: str) -> Any:
        item = self.plots_widget.addPlot(
            row=row, col=0, title=title, axisItems={"bottom": date_axis(self._pg)}
        )
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=True, y=False)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.getAxis("left").setWidth(34)
        return item

    def set_weeks(self, weeks: Sequence[WeekTotal]) -> None:
        """Draw ``weeks`` (oldest first; from :func:`acupress_gui.domain.stats.weekly_totals`)."""
        pg = self._pg
        self._weeks = list(weeks)
        if not self._built:  # drawn by the last build step
            return
        for item in (self.sessions_plot, self.minutes_plot, self.pain_plot):
            item.clear()
        self.legend.clear()
        text = charts_description(self._weeks)
        self.description.setText(text)
        self.plots_widget.setAccessibleDescription(text)
        self._draw_pain_grid()
        if not self._weeks:
            return
        x = [_stamp(w.week_start + timedelta(days=3)) for w in self._weeks]
        width = _WEEK * 0.7
        bars: list[tuple[Any, Sequence[float], str]] = [
            (self.sessions_plot, [w.sessions for w in self._weeks], BAR_COLOR),
            (self.minutes_plot, [w.minutes for w in self._weeks], MINUTES_COLOR),
        ]
        for bar_plot, heights, brush in bars:
            bar_plot.addItem(
                pg.BarGraphItem(x=x, height=heights, width=width, brush=brush, pen=pg.mkPen(None))
            )
        rated = [(xi, w) for xi, w in zip(x, self._weeks, strict=True) if w.rated]
        if rated:
            xs = [xi for xi, _w in rated]
            lines = [
                (
                    self.tr("before"),
                    [w.pain_before for _xi, w in rated],
                    BEFORE_COLOR,
                    Qt.PenStyle.DashLine,
                    "o",
                ),
                (
                    self.tr("after"),
                    [w.pain_after for _xi, w in rated],
                    AFTER_COLOR,
                    Qt.PenStyle.SolidLine,
                    "s",
                ),
            ]
            for name, values, colour, style, symbol in lines:
                curve = self.pain_plot.plot(
                    xs,
                    values,
                    pen=pg.mkPen(colour, width=2, style=style),
                    symbol=symbol,
                    symbolSize=6,
                    symbolBrush=colour,
                    symbolPen=pg.mkPen(None),
                )
                self.legend.addItem(curve, name)
        first = x[0] - _WEEK / 2
        last = x[-1] + _WEEK / 2
        start = max(first, last - VISIBLE_WEEKS * _WEEK)
        for item in (self.sessions_plot, self.minutes_plot, self.pain_plot):
            item.setLimits(xMin=first, xMax=last)
        self.sessions_plot.setXRange(start, last, padding=0)
        shown = [w for xi, w in zip(x, self._weeks, strict=True) if xi >= start]
        self.sessions_plot.setYRange(0, max(1, max(w.sessions for w in shown)) * 1.1, padding=0)
        self.minutes_plot.setYRange(0, max(1.0, max(w.minutes for w in shown)) * 1.1, padding=0)
        self.pain_plot.setYRange(0, 10, padding=0.02)

    def _fit_pain_ticks(self, *_args: object) -> None:
        """0 and 10 always; 5 and the other whole ratings as far as the plot's height has
        room for them without labels overlapping."""
        height = self.pain_plot.getViewBox().height()
        step = 1 if height >= 150 else 2 if height >= 80 else 5 if height >= 48 else 10
        self.pain_plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, step)]])

    def _draw_pain_grid(self) -> None:
        pg = self._pg
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        colour.setAlpha(64)
        for value in _PAIN_TICKS:
            line = pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen(colour), movable=False)
            line.setZValue(-10)
            self.pain_plot.addItem(line)

    def apply_palette(self) -> None:
        """Follow the widget's palette (light or dark); nothing until the charts are built."""
        if not self._built:
            return
        pg = self._pg
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        self.plots_widget.setBackground(background)
        pen = pg.mkPen(text)
        for item in (self.sessions_plot, self.minutes_plot, self.pain_plot):
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pen)
                axis.setTextPen(pen)
            item.titleLabel.setAttr("color", text.name())
            item.titleLabel.setText(item.titleLabel.text)
        self.legend.setLabelTextColor(text)
        self.legend.setBrush(QColor(background.red(), background.green(), background.blue(), 200))
        self.legend.setPen(pg.mkPen(QColor(text.red(), text.green(), text.blue(), 80)))
        self.set_weeks(self._weeks)  # drawn again in the new colours

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self.apply_palette()
        super().changeEvent(event)


def _pain(value: float | None) -> str:
    """An average pain rating: ``3.5`` / ``3,5``; ``—`` when there is none."""
    return "—" if value is None else format_decimal(value)
