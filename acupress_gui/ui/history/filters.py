"""The filter bar above the session table: routine, period (or custom dates), status and
where it hurt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton, QWidget

from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.periods import Period, date_filter, period_range
from acupress_gui.domain.recording import SessionStatus
from acupress_gui.storage.history import HistoryFilter
from acupress_gui.ui.history.format import status_text
from acupress_gui.ui.text.regions import region_name
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.flow_layout import FlowLayout, labelled_group

_PERIODS = tuple(Period)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterBar(QWidget):
    """Which sessions the table shows.

    Args:
        today: The local date now (rolling periods end on it).
        history_dates: The first and last local dates in the history, None when it is empty
            ("All time" spans them).
        parent: The owning widget.
    """

    #: The user changed a filter; :meth:`current_filter` says what it is now.
    filter_changed = Signal()

    def __init__(
        self,
        today: Callable[[], date],
        history_dates: Callable[[], tuple[date, date] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._history_dates = history_dates
        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(self.tr("Filter by routine"))
        self.routine_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.routine_combo.setMinimumContentsLength(12)
        self.routine_combo.addItem(self.tr("All routines"), None)
        self.routine_combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Filter by period"))
        texts = {
            Period.ALL: self.tr("All time"),
            Period.LAST_4_WEEKS: self.tr("Last 4 weeks"),
            Period.LAST_3_MONTHS: self.tr("Last 3 months"),
            Period.LAST_12_MONTHS: self.tr("Last 12 months"),
            Period.CUSTOM: self.tr("Custom dates"),
        }
        for period in _PERIODS:
            self.period_combo.addItem(texts[period], period.value)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.date_from = QDateEdit()
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QDateEdit()
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            #: Translators: a Qt date format (d, M, MMM, yyyy) for the filter's dates,
            #: "3 Mar 2025" in English.
            edit.setDisplayFormat(self.tr("d MMM yyyy"))
            edit.setMinimumDate(QDate(1970, 1, 1))
            edit.dateChanged.connect(self._on_date_changed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in (
            SessionStatus.COMPLETED,
            SessionStatus.STOPPED,
            SessionStatus.INTERRUPTED,
            SessionStatus.RUNNING,
        ):
            self.status_combo.addItem(status_text(status), str(status))
        self.status_combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Filter by where it hurt"))
        self.region_combo.addItem(self.tr("Anywhere"), None)
        for region in PainRegion:
            self.region_combo.addItem(region_name(region), str(region))
        self.region_combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.clear_filters_button = QPushButton(self.tr("&Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)

        # The fields wrap onto a second row where the window (or the language) needs it.
        bar = FlowLayout(self)
        for text, widget in (
            (self.tr("&Routine:"), self.routine_combo),
            (self.tr("&Period:"), self.period_combo),
            (self.tr("&From:"), self.date_from),
            (self.tr("T&o:"), self.date_to),
            (self.tr("&Status:"), self.status_combo),
            (self.tr("&Where:"), self.region_combo),
        ):
            bar.addWidget(labelled_group(buddy_label(text, widget), widget))
        bar.addWidget(self.clear_filters_button)
        self._show_period(Period.ALL)
        self._update_clear_button()

    # ---- state ------------------------------------------------------------------------

    def period(self) -> Period:
        """The period chosen."""
        return Period(self.period_combo.currentData())

    def current_filter(self) -> HistoryFilter:
        """The filter the widgets describe."""
        routine = self.routine_combo.currentData()
        status = self.status_combo.currentData()
        region = self.region_combo.currentData()
        date_from, date_to = date_filter(
            self.period(), _pydate(self.date_from.date()), _pydate(self.date_to.date())
        )
        return HistoryFilter(
            routine=routine if isinstance(routine, str) else None,
            date_from=date_from,
            date_to=date_to,
            status=SessionStatus(status) if isinstance(status, str) else None,
            region=PainRegion(region) if isinstance(region, str) else None,
        )

    def set_routine_names(self, names: Sequence[str]) -> None:
        """Offer these routines (keeping the one chosen when it is still there); no signal."""
        current = self.routine_combo.currentData()
        with QSignalBlocker(self.routine_combo):
            self.routine_combo.clear()
            self.routine_combo.addItem(self.tr("All routines"), None)
            for name in names:
                self.routine_combo.addItem(name, name)
            index = self.routine_combo.findData(current) if current is not None else 0
            self.routine_combo.setCurrentIndex(max(0, index))

    def follow_today(self) -> None:
        """Move a rolling period ("Last 4 weeks") to end today; no signal.

        Also when the app stayed open past midnight.
        """
        period = self.period()
        if period.rolling:
            self._show_period(period)
        self._update_clear_button()

    def clear(self) -> None:
        """Every session: all routines, all time, any status."""
        with (
            QSignalBlocker(self.routine_combo),
            QSignalBlocker(self.status_combo),
            QSignalBlocker(self.region_combo),
        ):
            self.routine_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(0)
            self.region_combo.setCurrentIndex(0)
        self._set_period(Period.ALL)

    def _set_period(self, period: Period) -> None:
        self._show_period(period)
        self._changed()

    def _show_period(self, period: Period) -> None:
        span = period_range(period, self._today(), self._history_dates())
        blockers = [QSignalBlocker(w) for w in (self.period_combo, self.date_from, self.date_to)]
        try:
            self.period_combo.setCurrentIndex(_PERIODS.index(period))
            if span is not None:
                self.date_from.setDate(_qdate(span.first))
                self.date_to.setDate(_qdate(span.last))
        finally:
            for blocker in blockers:
                blocker.unblock()

    def _changed(self) -> None:
        self._update_clear_button()
        self.filter_changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_filters_button.setEnabled(self.current_filter().active)

    # ---- slots ------------------------------------------------------------------------

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        self._changed()

    @Slot(int)
    def _on_period_combo_current_index_changed(self, index: int) -> None:
        self._set_period(_PERIODS[index])

    @Slot(QDate)
    def _on_date_changed(self, day: QDate) -> None:
        blockers = [QSignalBlocker(w) for w in (self.period_combo, self.date_from, self.date_to)]
        try:
            self.period_combo.setCurrentIndex(_PERIODS.index(Period.CUSTOM))
            if self.date_to.date() < self.date_from.date():
                other = self.date_to if self.sender() is self.date_from else self.date_from
                other.setDate(day)
        finally:
            for blocker in blockers:
                blocker.unblock()
        self._changed()

    @Slot()
    def _on_clear_filters_button_clicked(self) -> None:
        self.clear()
