"""The History page's panels on their own: filter bar, summary strip, relief, messages."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from acupress_gui.domain.periods import Period
from acupress_gui.domain.recording import SessionStatus
from acupress_gui.domain.stats import RoutineRelief, Streaks, WeekTotal, summarize_records
from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.history.detail import empty_hint
from acupress_gui.ui.history.filters import FilterBar
from acupress_gui.ui.history.format import format_pain, status_text
from acupress_gui.ui.history.relief import ReliefPanel, pain_change_text
from acupress_gui.ui.history.session_table import SessionsPanel
from acupress_gui.ui.history.summary import SummaryStrip, streak_text, week_text
from acupress_gui.ui.history.table_model import HistoryTableModel

TODAY = date(2026, 5, 8)


class Calendar:
    """Today and the history's first and last dates, moved by the test."""

    def __init__(self) -> None:
        self.today = TODAY
        self.dates: tuple[date, date] | None = (date(2025, 6, 1), date(2026, 5, 7))

    def now(self) -> date:
        return self.today

    def history_dates(self) -> tuple[date, date] | None:
        return self.dates


@pytest.fixture
def calendar() -> Calendar:
    return Calendar()


@pytest.fixture
def bar(qtbot: QtBot, calendar: Calendar) -> FilterBar:
    widget = FilterBar(calendar.now, calendar.history_dates)
    qtbot.addWidget(widget)
    return widget


def test_filter_bar_starts_with_every_session(bar: FilterBar) -> None:
    assert bar.period() is Period.ALL
    assert not bar.current_filter().active
    assert not bar.clear_filters_button.isEnabled()
    assert bar.date_from.date() == QDate(2025, 6, 1)
    assert bar.date_to.date() == QDate(2026, 5, 8)
    assert [bar.period_combo.itemData(i) for i in range(bar.period_combo.count())] == [
        "all",
        "4w",
        "3m",
        "12m",
        "custom",
    ]


def test_a_period_sets_the_dates_and_tells_once(qtbot: QtBot, bar: FilterBar) -> None:
    with qtbot.waitSignal(bar.filter_changed):
        bar.period_combo.setCurrentIndex(bar.period_combo.findData("3m"))
    history_filter = bar.current_filter()
    assert (history_filter.date_from, history_filter.date_to) == (date(2026, 2, 9), TODAY)
    assert bar.clear_filters_button.isEnabled()
    with qtbot.waitSignal(bar.filter_changed):
        bar.clear_filters_button.click()
    assert bar.period() is Period.ALL and not bar.current_filter().active


def test_routine_names_are_replaced_without_a_signal(qtbot: QtBot, bar: FilterBar) -> None:
    bar.set_routine_names(["Desk break", "Lower back relief"])
    with qtbot.waitSignal(bar.filter_changed):
        bar.routine_combo.setCurrentIndex(bar.routine_combo.findData("Lower back relief"))
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_routine_names(["Lower back relief", "Sciatica and hips"])
    assert bar.current_filter().routine == "Lower back relief"
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.set_routine_names(["Sciatica and hips"])
    assert bar.routine_combo.currentIndex() == 0 and bar.current_filter().routine is None


def test_status_filter(bar: FilterBar) -> None:
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("stopped"))
    assert bar.current_filter().status is SessionStatus.STOPPED
    assert bar.status_combo.currentText() == "Stopped"


def test_a_rolling_period_follows_today_quietly(
    qtbot: QtBot, bar: FilterBar, calendar: Calendar
) -> None:
    bar.period_combo.setCurrentIndex(bar.period_combo.findData("4w"))
    calendar.today = date(2026, 5, 10)
    with qtbot.assertNotEmitted(bar.filter_changed):
        bar.follow_today()
    assert bar.period() is Period.LAST_4_WEEKS
    assert bar.date_to.date() == QDate(2026, 5, 10)
    assert bar.date_from.date() == QDate(2026, 4, 13)


def test_custom_dates_stay_when_today_moves(bar: FilterBar, calendar: Calendar) -> None:
    bar.date_from.setDate(QDate(2026, 1, 1))
    assert bar.period() is Period.CUSTOM
    before = (bar.date_from.date(), bar.date_to.date())
    calendar.today = date(2026, 6, 1)
    bar.follow_today()
    assert (bar.date_from.date(), bar.date_to.date()) == before
    # "To" before "from" moves "from" along.
    bar.date_to.setDate(QDate(2025, 12, 1))
    assert bar.date_from.date() == QDate(2025, 12, 1)


def test_an_empty_history_spans_today(qtbot: QtBot, calendar: Calendar) -> None:
    calendar.dates = None
    bar = FilterBar(calendar.now, calendar.history_dates)
    qtbot.addWidget(bar)
    assert bar.date_from.date() == bar.date_to.date() == QDate(2026, 5, 8)


def test_summary_texts_use_the_one_duration_and_plural_rule(qtbot: QtBot) -> None:
    week = WeekTotal(date(2026, 5, 4), 1, 65.0)
    assert week_text(week) == "1 session · 1 h 5 min"
    assert week_text(WeekTotal(date(2026, 5, 4), 0, 0.0)) == "0 sessions"
    summary = summarize_records([], TODAY)
    assert streak_text(summary) == "No sessions yet"
    strip = SummaryStrip()
    qtbot.addWidget(strip)
    strip.show_summary(summary)
    assert strip.total_label.text() == "0 sessions · —"
    assert strip.objectName() == "historySummary"
    assert strip.streak_label.accessibleName() == "Streak"


def test_streak_text() -> None:
    summary = summarize_records([], TODAY)
    for current, longest, text in (
        (0, 4, "None now · longest 4 days"),
        (1, 1, "1 day · longest 1 day"),
        (3, 9, "3 days · longest 9 days"),
    ):
        changed = dataclasses.replace(summary, streaks=Streaks(current, longest))
        assert streak_text(changed) == text


def test_relief_rows(qtbot: QtBot) -> None:
    assert pain_change_text(None) == "—"
    assert pain_change_text(2.34) == "−2.3"
    assert pain_change_text(-0.4) == "+0.4"
    panel = ReliefPanel()
    qtbot.addWidget(panel)
    panel.show_reliefs([RoutineRelief("Lower back relief", 12, 10, 23)])
    table = panel.table
    items = [table.item(0, c) for c in range(3)]
    texts = [item.text() if item else None for item in items]
    assert texts == ["Lower back relief", "10 of 12", "−2.3"]
    assert table.accessibleName() == "Does it help? Change in pain per routine"


def test_small_texts() -> None:
    assert format_pain(None, None) == ""
    assert format_pain(6, None) == "6 → —"
    assert status_text(SessionStatus.INTERRUPTED) == "Interrupted"
    assert empty_hint(0, 0).startswith("No sessions yet.")
    assert empty_hint(0, 5) == "No session matches these filters."
    assert empty_hint(3, 5) == "Select a session to see its holds, ratings and note."


def test_large_counts_are_grouped_as_the_locale_writes_them(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    store = HistoryStore(None)
    try:
        panel = SessionsPanel(HistoryTableModel(store), QAction(), QAction(), QAction())
        qtbot.addWidget(panel)
        panel.show_count(12_345, 12_345, filtered=False)
        assert panel.count_label.text() == "12,345 sessions"
        panel.show_count(1, 12_345, filtered=True)
        assert panel.count_label.text() == "1 of 12,345 sessions shown"
    finally:
        QLocale.setDefault(before)
        store.close()
