"""The weekly charts: the pain axis from 0 to 10, a legend that covers no point, plurals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.domain.stats import WeekTotal
from acupress_gui.ui.history.charts import HistoryCharts, charts_description

MONDAY = date(2026, 3, 2)


def _weeks(count: int, *, pain: tuple[float, float] = (9.5, 8.0)) -> list[WeekTotal]:
    return [
        WeekTotal(MONDAY + timedelta(days=7 * n), 3, 30.0, 3, pain[0], pain[1])
        for n in range(count)
    ]


def _shown(qtbot: QtBot, weeks: list[WeekTotal]) -> HistoryCharts:
    charts = HistoryCharts()
    qtbot.addWidget(charts)
    charts.resize(700, 520)
    charts.set_weeks(weeks)
    charts.show()
    qtbot.waitExposed(charts)
    QApplication.processEvents()
    return charts


def _axis_labels(charts: HistoryCharts) -> list[tuple[str, QRectF]]:
    """The pain axis' labels as pyqtgraph would draw them, with where."""
    axis = charts.pain_plot.getAxis("left")
    image = QImage(200, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _flags, text in texts]


def test_the_pain_axis_shows_0_and_10(qtbot: QtBot) -> None:
    charts = _shown(qtbot, _weeks(8))
    low, high = charts.pain_plot.getViewBox().viewRange()[1]
    assert low <= 0 and high >= 10 and high - low < 11
    assert [text for text, _rect in _axis_labels(charts)] == ["0", "2", "4", "6", "8", "10"]


def test_a_short_pain_plot_keeps_0_and_10_and_its_labels_apart(qtbot: QtBot) -> None:
    charts = _shown(qtbot, _weeks(8))
    charts.plots_widget.setMinimumHeight(0)  # let the plots shrink as far as they go
    for height in (300, 380, 900):
        charts.resize(700, height)
        QApplication.processEvents()
        labels = _axis_labels(charts)
        texts = [text for text, _rect in labels]
        assert texts[0] == "0" and texts[-1] == "10", (height, texts)
        rects = [rect for _text, rect in labels]
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_the_legend_covers_no_data(qtbot: QtBot) -> None:
    # High ratings in the latest weeks: where a legend in the plot's corner would sit.
    charts = _shown(qtbot, _weeks(30, pain=(10.0, 9.5)))
    legend = charts.legend.sceneBoundingRect()
    assert legend.width() > 0 and legend.height() > 0
    for plot in (charts.sessions_plot, charts.minutes_plot, charts.pain_plot):
        area: QRectF = plot.getViewBox().sceneBoundingRect()
        assert not legend.intersects(area), (legend, area)
    names = [label.text for _sample, label in charts.legend.items]
    assert names == ["before", "after"]


def test_one_week_is_not_weeks() -> None:
    assert charts_description(_weeks(1)).startswith("Last 1 week: 3 sessions")
    assert charts_description(_weeks(2)).startswith("Last 2 weeks: 6 sessions")


def test_on_a_short_window_the_charts_scroll_rather_than_shrink(qtbot: QtBot) -> None:
    charts = _shown(qtbot, _weeks(8))
    charts.resize(700, 300)
    QApplication.processEvents()
    assert charts.scroll_area.verticalScrollBar().maximum() > 0
    for plot in (charts.sessions_plot, charts.minutes_plot, charts.pain_plot):
        assert plot.getViewBox().height() >= 60


def test_the_charts_are_built_in_steps(qtbot: QtBot) -> None:
    charts = HistoryCharts(in_steps=True)
    qtbot.addWidget(charts)
    charts.set_weeks(_weeks(8))  # kept until the last step draws it
    assert not charts.built
    steps = 1
    while not charts.build_step():
        steps += 1
        assert steps < 10
    assert steps == 4  # three plots, then the legend and colours
    assert charts.built and charts.build_step()
    assert len(charts.sessions_plot.listDataItems()) == 1
    assert [label.text for _sample, label in charts.legend.items] == ["before", "after"]
    assert charts.description.text().startswith("Last 8 weeks")
