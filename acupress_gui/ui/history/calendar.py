"""The practice calendar: a month of days practised, and the weekly goal's streak.

Days with a session are drawn bold on a tint of the highlight colour (the palette's, so it
reads in a light and a dark theme); the calendar is a QCalendarWidget, moved through with the arrow
keys, Page Up and Page Down (months) like any date picker. Under it: this week against the
goal, and how many weeks in a row met it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from acupress_gui.domain.goals import goal_streak, week_progress
from acupress_gui.storage.history import HistoryError, HistoryStore
from acupress_gui.ui.text.numbers import format_short_date
from acupress_gui.ui.text.plurals import counted

log = logging.getLogger(__name__)

_CONTEXT = "PracticeCalendar"


def progress_text(done: int, goal: int) -> str:
    """ "3 of 5 days this week"."""
    return counted(
        QCoreApplication.translate("PracticeCalendar", "{done} of %n day(s) this week", None, goal),
        goal,
    ).format(done=done)


def streak_text(weeks: int, goal: int) -> str:
    """The weekly goal's streak, in words."""
    if weeks == 0:
        return counted(
            QCoreApplication.translate(
                "PracticeCalendar", "No week in a row at your goal of %n day(s) yet.", None, goal
            ),
            goal,
        )
    return counted(
        QCoreApplication.translate(
            "PracticeCalendar", "Goal met %n week(s) in a row.", None, weeks
        ),
        weeks,
    )


class PracticeCalendar(QWidget):
    """A month calendar of the days practised and the weekly goal's progress.

    Args:
        store: The history.
        weekly_goal: The goal in days a week (read at each refresh).
        parent: The owning widget.
    """

    def __init__(
        self,
        store: HistoryStore,
        weekly_goal: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._goal = weekly_goal
        self._days: set[date] = set()
        self._marked: list[QDate] = []
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("practiceCalendar")
        self.calendar.setAccessibleName(self.tr("Days practised"))
        self.calendar.setAccessibleDescription(
            self.tr("Days with a session are bold and highlighted")
        )
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(self._on_calendar_current_page_changed)
        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("This week's progress toward your goal"))
        self.streak_label = QLabel()
        self.streak_label.setAccessibleName(self.tr("Weeks in a row at your goal"))
        self.day_label = QLabel()
        self.day_label.setAccessibleName(self.tr("The selected day"))
        for label in (self.week_label, self.streak_label, self.day_label):
            label.setWordWrap(True)
        bold = QFont(self.week_label.font())
        bold.setBold(True)
        self.week_label.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(self.week_label)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.day_label)
        self.setFocusProxy(self.calendar)
        self.refresh()

    @property
    def practised(self) -> set[date]:
        """Every day with a session (as last read)."""
        return set(self._days)

    def refresh(self) -> None:
        """Read the days again and redraw the month and the goal."""
        try:
            self._days = set(self._store.session_days())
            today = self._store.local_today()
        except HistoryError as error:
            log.warning("The practice calendar could not be read: %s", error)
            self.week_label.setText(str(error))
            return
        goal = self._goal()
        progress = week_progress(self._days, today, goal)
        self.week_label.setText(progress_text(progress.done, goal))
        self.streak_label.setText(streak_text(goal_streak(self._days, today, goal), goal))
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        self._mark_month()
        self._on_calendar_selection_changed()

    def _mark_month(self) -> None:
        plain = QTextCharFormat()
        for qdate in self._marked:
            self.calendar.setDateTextFormat(qdate, plain)
        self._marked = []
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1) - timedelta(days=7)
        last = first + timedelta(days=50)  # the month and the neighbours' days shown with it
        # A tint of the highlight colour: practised days stand out, and the selected day
        # (solid highlight) stays told apart from them, in a light and a dark theme.
        tint = QColor(self.calendar.palette().highlight().color())
        tint.setAlpha(80)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(tint))
        for day in sorted(d for d in self._days if first <= d <= last):
            qdate = QDate(day.year, day.month, day.day)
            self.calendar.setDateTextFormat(qdate, marked)
            self._marked.append(qdate)

    @Slot(int, int)
    def _on_calendar_current_page_changed(self, _year: int, _month: int) -> None:
        self._mark_month()

    @Slot()
    def _on_calendar_selection_changed(self) -> None:
        chosen = self.calendar.selectedDate()
        day = date(chosen.year(), chosen.month(), chosen.day())
        shown = format_short_date(day)
        text = (
            self.tr("{day}: practised").format(day=shown)
            if day in self._days
            else self.tr("{day}: no session").format(day=shown)
        )
        self.day_label.setText(text)
