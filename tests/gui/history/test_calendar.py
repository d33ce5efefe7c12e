"""The practice calendar on the History page: days practised marked, the weekly goal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.history.calendar import PracticeCalendar, progress_text, streak_text
from acupress_gui.ui.history.page import HistoryPage
from acupress_gui.ui.text.numbers import format_short_date
from tests.helpers.history_data import TODAY
from tests.helpers.keys import key_click


def _bold(calendar: PracticeCalendar, day: date) -> bool:
    fmt = calendar.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
    return fmt.fontWeight() == QFont.Weight.Bold


def test_texts() -> None:
    assert progress_text(3, 5) == "3 of 5 days this week"
    assert progress_text(1, 1) == "1 of 1 day this week"
    assert streak_text(0, 5) == "No week in a row at your goal of 5 days yet."
    assert streak_text(1, 5) == "Goal met 1 week in a row."
    assert streak_text(4, 3) == "Goal met 4 weeks in a row."


def test_days_practised_are_marked_and_the_goal_counted(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    calendar = PracticeCalendar(year_store, lambda: 3)
    qtbot.addWidget(calendar)
    days = set(year_store.session_days())
    assert calendar.practised == days
    assert calendar.calendar.monthShown() == TODAY.month
    month = [d for d in days if (d.year, d.month) == (TODAY.year, TODAY.month)]
    assert month, "the year of sessions has days this month"
    for day in month:
        assert _bold(calendar, day)
    missing = [
        date(TODAY.year, TODAY.month, n)
        for n in range(1, TODAY.day + 1)
        if date(TODAY.year, TODAY.month, n) not in days
    ]
    for day in missing:
        assert not _bold(calendar, day)
    monday = TODAY.toordinal() - TODAY.weekday()
    done = len({d for d in days if monday <= d.toordinal() <= TODAY.toordinal()})
    assert calendar.week_label.text() == progress_text(done, 3)
    assert calendar.streak_label.text().startswith(("Goal met", "No week"))


def test_page_up_shows_last_month_marked(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    calendar = PracticeCalendar(year_store, lambda: 5)
    qtbot.addWidget(calendar)
    grid = calendar.calendar.findChild(QTableView)  # the calendar's keyboard-driven grid
    assert grid is not None
    grid.setFocus()
    key_click(grid, Qt.Key.Key_PageUp)
    assert calendar.calendar.monthShown() == TODAY.month - 1
    last_month = [d for d in calendar.practised if d.month == TODAY.month - 1]
    assert last_month
    assert all(_bold(calendar, day) for day in last_month)
    assert calendar.day_label.text().endswith(("practised", "no session"))
    # The day as the app's dates read (format_short_date), not Qt's English "Tue Jun 8 2026".
    chosen = calendar.calendar.selectedDate()
    shown = format_short_date(date(chosen.year(), chosen.month(), chosen.day()))
    assert calendar.day_label.text().startswith(f"{shown}: ")


def test_the_history_page_has_a_calendar_tab_with_the_goal(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page = HistoryPage(year_store, context.catalog, weekly_goal=lambda: 2)
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Calendar" in tabs
    assert page.calendar.week_label.text().endswith("of 2 days this week")
    assert page.calendar.calendar.accessibleName() == "Days practised"


def test_an_empty_history(qtbot: QtBot, context: AppContext, store: HistoryStore) -> None:
    calendar = PracticeCalendar(store, lambda: 5)
    qtbot.addWidget(calendar)
    assert calendar.practised == set()
    assert calendar.week_label.text() == "0 of 5 days this week"
    assert calendar.streak_label.text() == "No week in a row at your goal of 5 days yet."
