"""The Charts tab: a placeholder until the charts are drawn, then the charts.

Nothing heavy happens before the tab is first shown but the import of pyqtgraph on its own
thread (:mod:`.chart_library`, started by :meth:`ChartsTab.prepare` when the History page is
first shown). When the tab is shown the placeholder says the charts are being drawn, and a
zero timer builds them one part per turn of the event loop (the frame, each of the three
plots, the legend and colours, the weeks): a click or a key is answered between any two
parts. If pyqtgraph cannot be loaded, the tab says so in plain words, with the charts in
words under it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from acupress_gui.domain.stats import WeekTotal
from acupress_gui.storage.history import HistoryError
from acupress_gui.ui.history.chart_library import ChartsLibrary
from acupress_gui.ui.history.charts import HistoryCharts, charts_description

log = logging.getLogger(__name__)

#: How often the tab looks whether the import is over, while it waits for it (ms).
POLL_MS = 20


class ChartsTab(QWidget):
    """The Charts tab.

    Args:
        weeks: Reads the weekly totals from the history (may raise HistoryError).
        parent: The owning widget.
        library: The import of pyqtgraph (a new one by default; tests pass one that fails).
    """

    #: The weekly totals could not be read; the text says why.
    failed = Signal(str)
    #: The charts are built and in the tab (once).
    charts_shown = Signal()

    def __init__(
        self,
        weeks: Callable[[], Sequence[WeekTotal]],
        parent: QWidget | None = None,
        *,
        library: ChartsLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self._weeks = weeks
        self._library = library or ChartsLibrary()
        self.charts: HistoryCharts | None = None
        self._building: HistoryCharts | None = None
        self._given_up = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.placeholder = QLabel(self.tr("Drawing the charts…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    @property
    def library(self) -> ChartsLibrary:
        """The import of pyqtgraph the charts wait for."""
        return self._library

    def prepare(self) -> None:
        """Import pyqtgraph on its thread now, so that the charts need not wait for it."""
        self._library.start()

    def ensure_charts(self) -> HistoryCharts:
        """Build the charts now, all at once, if they are not built yet.

        Waits for pyqtgraph's import (and raises what it raised).
        """
        if self.charts is None:
            self._timer.stop()
            self._library.wait()
            charts = self._building or HistoryCharts(self, in_steps=True)
            while not charts.build_step():
                pass
            self._show(charts)
        assert self.charts is not None
        return self.charts

    def redraw(self) -> None:
        """Read the weekly totals again and draw them, when the charts are built."""
        if self.charts is None:
            return
        try:
            self.charts.set_weeks(self._weeks())
        except HistoryError as error:
            log.warning("The weekly totals could not be read: %s", error)
            self.failed.emit(str(error))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.charts is None and not self._given_up:
            self._library.start()
            self._timer.start(0)

    def _show(self, charts: HistoryCharts) -> None:
        """Draw the weeks into the built charts and put them in the placeholder's place."""
        try:
            charts.set_weeks(self._weeks())
        except HistoryError as error:
            log.warning("The weekly totals could not be read: %s", error)
            charts.description.setText(str(error))
        self._building = None
        self._layout.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self._layout.addWidget(charts)
        charts.show()
        self.charts = charts
        self.charts_shown.emit()

    def _give_up(self, failure: BaseException) -> None:
        """pyqtgraph could not be loaded: say so, and give the charts in words."""
        log.warning("The charts cannot be drawn, pyqtgraph did not load: %r", failure)
        self._given_up = True
        text = self.tr(
            "The charts cannot be drawn: the charting library (pyqtgraph) could not be "
            "loaded. Reinstalling acupress-gui brings it back."
        )
        try:
            text += "\n\n" + charts_description(self._weeks())
        except HistoryError as error:
            log.warning("The weekly totals could not be read: %s", error)
        self.placeholder.setText(text)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.charts is not None or self._given_up:
            return
        if not self._library.ready:
            self._timer.start(POLL_MS)
            return
        failure = self._library.failure
        if failure is not None:
            self._give_up(failure)
            return
        if self._building is None:
            # The frame: pyqtgraph's view, the scroll area, the text.
            self._building = HistoryCharts(self, in_steps=True)
            self._building.hide()
        elif not self._building.built:
            self._building.build_step()  # a plot, or the legend and colours
        else:
            self._show(self._building)
            return
        self._timer.start(0)
