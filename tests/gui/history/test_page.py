"""The History page: the lazy table, filters, details, summaries, delete with undo, charts."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from acupress_gui.domain.recording import SessionRecord, SessionStatus
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.history import table_model
from acupress_gui.ui.history.format import format_pain
from acupress_gui.ui.history.page import HistoryPage
from acupress_gui.ui.history.timing import build_history_page_timed
from acupress_gui.ui.text.durations import format_duration
from tests.helpers.clock import FakeClock, FakeTimers
from tests.helpers.history_data import BERLIN, TODAY, fixed_clock
from tests.helpers.keys import key_click, mouse_click

ROOT = Path(__file__).resolve().parents[3]


def make_page(qtbot: QtBot, context: AppContext, store: HistoryStore) -> HistoryPage:
    page = HistoryPage(store, context.catalog)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    return page


def shown(page: HistoryPage, row: int, column: int) -> str:
    """The text the session table shows in a cell."""
    text = page.model.data(page.model.index(row, column))
    assert isinstance(text, str), (row, column, text)
    return text


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell of a table widget (the cell must exist)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def stored(store: HistoryStore, session_id: str) -> SessionRecord:
    """The stored record of ``session_id`` (the test fails when there is none)."""
    record = store.get(session_id)
    assert record is not None, session_id
    return record


def select_rows(page: HistoryPage, *rows: int) -> None:
    """Select table rows (not QTableView.selectRow, which depends on the modifier keys)."""
    flags = QItemSelectionModel.SelectionFlag
    selection = page.table.selectionModel()
    selection.setCurrentIndex(page.model.index(rows[0], 0), flags.ClearAndSelect | flags.Rows)
    for row in rows[1:]:
        selection.select(page.model.index(row, 0), flags.Select | flags.Rows)


def show_active(qtbot: QtBot, page: HistoryPage) -> None:
    """Show the page as the active window: shortcuts only fire in the active window."""
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()


def test_empty_history_shows_an_empty_table(
    qtbot: QtBot, context: AppContext, store: HistoryStore
) -> None:
    page = make_page(qtbot, context, store)
    assert page.model.rowCount() == 0
    assert page.sessions.count_label.text() == "0 sessions"
    assert page.summary_strip.streak_label.text() == "No sessions yet"
    assert page.detail.session_id is None
    assert page.detail.empty_label.isVisibleTo(page.detail)
    assert not page.delete_action.isEnabled()


def test_a_session_run_through_the_window_appears_with_its_holds(
    qtbot: QtBot, context: AppContext, config_dir: Path
) -> None:
    """The Session page (FakeClock) records into the store; the table shows it with its holds."""
    from acupress_gui.ui.session.page import SessionPage
    from acupress_gui.ui.session.services import SessionServices

    clock = FakeClock(monotonic=500.0, wall=fixed_clock(TODAY, 8).timestamp())

    def wall() -> datetime:
        return datetime.fromtimestamp(clock.wall(), UTC)

    store = HistoryStore(
        history_file(config_dir), clock=wall, to_local=lambda m: m.astimezone(BERLIN)
    )
    timers = FakeTimers()
    services = SessionServices(recorder=store, clock=clock, wall_now=wall, timer_factory=timers)
    session = SessionPage(context.catalog, services)
    qtbot.addWidget(session)
    history = make_page(qtbot, context, store)
    assert history.model.rowCount() == 0

    session.set_routines(context.catalog.routines)
    assert session.select_routine("Sciatica and hips")
    session.setup_panel.pain_before.setValue(6)
    assert session.start_session()
    for _ in range(2000):
        if not session.is_running():
            break
        controller = session.controller
        assert controller is not None
        interval = controller.next_interval_ms
        timers.advance(clock, (interval or 1000) / 1000.0)
    assert session.panel() == "summary"
    session.summary_panel.pain_after.setValue(3)
    session.summary_panel.note_edit.setPlainText("Better.")
    session.save_rating()

    history.refresh()  # what the main window does when a session ends
    routine = next(r for r in context.catalog.routines if r.name == "Sciatica and hips")
    expected_holds = sum(2 * s.repetitions for s in routine.steps)
    assert history.model.rowCount() == 1
    texts = [shown(history, 0, c) for c in range(6)]
    assert texts[0] == "Fri 8 May 2026, 08:30"
    assert texts[1] == "Sciatica and hips  ✎"
    assert texts[3] == "Completed"
    assert texts[4] == str(expected_holds)
    assert texts[5] == "6 → 3"
    detail = history.detail
    assert detail.session_id is not None
    assert detail.holds.rowCount() == expected_holds
    first = [cell(detail.holds, 0, c) for c in range(6)]
    assert first[0] == "1" and first[1].startswith("BL53") and first[2] == "left"
    assert first[3:] == ["1", "120 s", "120 s"]
    assert detail.note.toPlainText() == "Better."
    record = store.get(detail.session_id)
    assert record is not None and record.status is SessionStatus.COMPLETED
    assert len(record.holds) == expected_holds
    assert record.ended_at is not None
    assert texts[2] == format_duration((record.ended_at - record.started_at).total_seconds())
    assert history.summary_strip.this_week_label.text().startswith("1 session")
    store.close()


def test_table_counts_every_row_and_reads_blocks_on_demand(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = 8  # small blocks, so the year's sessions are many of them
    monkeypatch.setattr(table_model, "BLOCK_SIZE", block)
    monkeypatch.setattr(table_model, "MAX_BLOCKS", 10)
    page = make_page(qtbot, context, year_store)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    total = year_store.count()
    assert total > 2 * table_model.MAX_BLOCKS * block
    # The whole count at once, nothing to fetch; only the blocks shown were read.
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())
    visible = page.table.viewport().height() // page.table.rowHeight(0) + 1
    assert 0 < model.blocks_read <= visible // block + 2
    assert model.blocks_kept == list(range(model.blocks_read))
    by_date = [row.session_id for row in year_store.rows(limit=total)]
    # Scrolling to the end reads the last block (and maybe the one above it), not the middle.
    page.table.setFocus()
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
    key_click(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == total - 1)
    shown_blocks = set(range((total - visible) // block, (total - 1) // block + 1))
    assert shown_blocks <= set(model.blocks_kept)
    assert set(model.blocks_kept) - shown_blocks <= set(range(visible // block + 2))
    assert model.session_id(total - 1) == by_date[-1]
    # Every row, read block by block from either end, is the store's row in that order.
    assert [model.session_id(r) for r in range(total)] == by_date
    assert [model.session_id(r) for r in reversed(range(total))] == by_date[::-1]
    assert len(model.blocks_kept) == table_model.MAX_BLOCKS
    assert model.session_id(total) is None
    # A session's row is found where it was not read yet.
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert (total // 2) // block not in model.blocks_kept
    assert model.row_of(by_date[total // 2]) == total // 2
    assert model.row_of("no such session") is None
    # Newest first by default.
    assert shown(page, 0, 0).startswith("Fri 8 May 2026")
    # Sort by pain (ascending): unrated first, then by pain before; the blocks are dropped.
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == total
    assert model.blocks_read == 0
    assert shown(page, 0, 5) == ""
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    worst = max(r.pain_before or 0 for r in year_store.records())
    assert shown(page, 0, 5).startswith(f"{worst} →")
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    counts = [int(shown(page, r, 4)) for r in range(total)]
    assert counts == sorted(counts, reverse=True)


def test_filters_by_routine_dates_and_status(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page = make_page(qtbot, context, year_store)
    total = year_store.count()
    assert page.filters.routine_combo.count() == 6  # "All routines" + 5
    page.filters.routine_combo.setCurrentIndex(
        page.filters.routine_combo.findData("Sciatica and hips")
    )
    rows = page.model.rowCount()
    assert 0 < rows < total
    assert {shown(page, r, 1).removesuffix("  ✎") for r in range(rows)} == {"Sciatica and hips"}
    assert page.sessions.count_label.text() == f"{rows} of {total} sessions shown"

    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("interrupted"))
    interrupted = page.model.rowCount()
    assert all(shown(page, r, 3) == "Interrupted" for r in range(interrupted))

    page.filters.clear_filters_button.click()
    assert page.model.total == total
    assert not page.filters.clear_filters_button.isEnabled()

    page.filters.period_combo.setCurrentIndex(page.filters.period_combo.findData("4w"))
    assert page.filters.date_to.date() == QDate(2026, 5, 8)
    assert page.filters.date_from.date() == QDate(2026, 4, 11)
    four_weeks = page.model.total
    assert 5 < four_weeks < 40

    page.filters.date_from.setDate(QDate(2026, 5, 4))
    assert page.filters.period_combo.currentData() == "custom"
    this_week = [r for r in year_store.records() if r.started_at.date() >= date(2026, 5, 4)]
    assert page.model.total == len(this_week) > 0
    # A "from" after "to" moves "to" along.
    page.filters.date_from.setDate(QDate(2026, 5, 9))
    assert page.filters.date_to.date() == QDate(2026, 5, 9)
    assert page.model.total == 0
    assert page.detail.session_id is None


def test_detail_edits_ratings_and_note(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page = make_page(qtbot, context, year_store)
    show_active(qtbot, page)
    first = page.detail.session_id
    assert first is not None
    record = year_store.get(first)
    assert record is not None
    assert page.detail.holds.rowCount() == len(record.holds)

    detail = page.detail
    assert not detail.save_button.isEnabled()
    detail.pain_before.setValue(8)
    detail.pain_after.setValue(-1)  # "not rated"
    assert detail.pain_after.currentText() == "not rated"
    detail.note.setPlainText("Edited note")
    assert detail.save_button.isEnabled()
    mouse_click(detail.save_button)
    saved = year_store.get(first)
    assert saved is not None
    assert (saved.pain_before, saved.pain_after, saved.note) == (8, None, "Edited note")
    assert shown(page, 0, 5) == format_pain(8, None)

    # Unsaved edits are saved when another session is selected.
    detail.note.setPlainText("Moved on")
    select_rows(page, 1)
    assert stored(year_store, first).note == "Moved on"

    # Revert forgets unsaved edits.
    second = detail.session_id
    assert second is not None and second != first
    before = stored(year_store, second)
    detail.note.setPlainText("scratch")
    detail.revert_button.click()
    assert detail.note.toPlainText() == before.note

    # Ctrl+S saves.
    detail.note.setFocus()
    detail.note.setPlainText("via keyboard")
    key_click(detail.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(year_store, second).note == "via keyboard"


def test_delete_key_and_undo(qtbot: QtBot, context: AppContext, year_store: HistoryStore) -> None:
    page = make_page(qtbot, context, year_store)
    show_active(qtbot, page)
    total = year_store.count()
    page.table.setFocus()
    select_rows(page, 0, 1)
    doomed = page.selected_session_ids()
    assert len(doomed) == 2
    holds_before = [len(stored(year_store, s).holds) for s in doomed]
    key_click(page.table, Qt.Key.Key_Delete)
    assert year_store.count() == total - 2
    assert all(year_store.get(s) is None for s in doomed)
    assert page.notice.isVisibleTo(page) and page.notice.objectName() == "historyNotice"
    assert page.notice.label.text() == "Deleted 2 sessions."
    assert page.notice.undo_button.isVisibleTo(page)
    assert page.notice.undo_button.accessibleName() == "Undo delete"

    mouse_click(page.notice.undo_button)
    assert year_store.count() == total
    assert [len(stored(year_store, s).holds) for s in doomed] == holds_before
    assert page.detail.session_id == doomed[0]

    # Ctrl+Z / Ctrl+Shift+Z from the keyboard.
    page.table.setFocus()
    select_rows(page, 0)
    key_click(page.table, Qt.Key.Key_Delete)
    assert year_store.count() == total - 1
    key_click(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert year_store.count() == total
    key_click(
        page.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert year_store.count() == total - 1


def test_summaries_and_relief(qtbot: QtBot, context: AppContext, year_store: HistoryStore) -> None:
    page = make_page(qtbot, context, year_store)
    summary = page.summary
    assert summary is not None
    assert summary.sessions == year_store.count()
    assert summary.streaks.current >= 1
    streak = summary.streaks
    assert page.summary_strip.streak_label.text() == (
        f"{streak.current} day{'s' if streak.current > 1 else ''} · longest {streak.longest} days"
    )
    table = page.relief.table
    assert table.rowCount() == 5
    rows = {cell(table, r, 0): [cell(table, r, c) for c in range(4)] for r in range(5)}
    lower_back = next(r for r in summary.routines if r.routine == "Lower back relief")
    assert rows["Lower back relief"][1] == f"{lower_back.rated} of {lower_back.sessions}"
    assert rows["Lower back relief"][2].startswith("−2")
    assert rows["Lower back relief"][3] == "Seems to help"
    assert rows["Desk break: hands and feet"][3] == "No clear change"


@pytest.mark.expect_log("acupress_gui.ui.history.csv_actions", "is not a")
def test_import_and_export_from_the_page(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore, tmp_path: Path
) -> None:
    page = make_page(qtbot, context, year_store)
    out = tmp_path / "out.csv"
    message = page.export_to(out)
    assert message.startswith(f"Exported {year_store.count()} sessions")
    with out.open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "session_id"
    assert page.notice.isVisibleTo(page)

    bad = tmp_path / "bad.csv"
    bad.write_text(out.read_text().replace(",completed,", ",done,", 1))
    message = page.import_from(bad)
    assert "bad.csv line 2: status 'done'" in message and "nothing was imported" in message

    total = year_store.count()
    message = page.import_from(out)
    assert message == f"Imported 0 sessions; skipped {total} already in the history."


def test_charts_are_built_when_their_tab_is_first_shown(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page = make_page(qtbot, context, year_store)
    assert page.charts is None
    page.show()
    # The page's first show has pyqtgraph imported (on its thread), but builds no charts.
    qtbot.waitUntil(lambda: page.charts_tab.library.ready, timeout=10_000)
    qtbot.wait(100)
    assert page.charts is None
    with qtbot.waitSignal(page.charts_tab.charts_shown, timeout=5000):
        page.tabs.setCurrentWidget(page.charts_tab)
        # Not at once: the tab says what is happening, the charts come in steps.
        assert page.charts is None
        assert page.charts_tab.placeholder.text() == "Drawing the charts…"
    charts = page.charts
    assert charts is not None and charts.built and charts.isVisible()
    assert "Last 26 weeks" in charts.description.text()
    assert len(charts.sessions_plot.listDataItems()) == 1
    assert not page.grab().isNull()


@pytest.mark.expect_log("acupress_gui.ui.history.charts_tab", "pyqtgraph did not load")
def test_charts_without_pyqtgraph_say_so_in_the_tab(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyqtgraph", None)  # `import pyqtgraph` fails
    page = make_page(qtbot, context, year_store)
    page.show()
    page.tabs.setCurrentWidget(page.charts_tab)
    message = page.charts_tab.placeholder
    qtbot.waitUntil(lambda: message.text().startswith("The charts cannot be drawn"), timeout=10_000)
    assert "Reinstalling acupress-gui brings it back." in message.text()
    assert "Last 26 weeks" in message.text()  # the charts in words, still
    assert page.charts is None and page.isVisible() and message.isVisible()
    page.tabs.setCurrentWidget(page.detail)
    page.tabs.setCurrentWidget(page.charts_tab)  # shown again: the same message, no new try
    qtbot.wait(50)
    assert page.charts is None and message.text().startswith("The charts cannot be drawn")


def test_history_page_does_not_import_pyqtgraph() -> None:
    """Importing the page (and building it, not shown) leaves pyqtgraph unloaded."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import acupress_gui.ui.history.page, acupress_gui.ui.history.charts\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["False", "False"]


def test_accessible_names(qtbot: QtBot, context: AppContext, store: HistoryStore) -> None:
    page = make_page(qtbot, context, store)
    assert page.table.accessibleName() == "Sessions"
    interactive = (
        page.filters.routine_combo,
        page.filters.period_combo,
        page.filters.date_from,
        page.filters.date_to,
        page.filters.status_combo,
        page.filters.clear_filters_button,
        page.sessions.export_button,
        page.sessions.import_button,
        page.sessions.delete_button,
        page.notice.undo_button,
        page.notice.close_button,
        page.tabs,
        page.relief.table,
        page.detail.holds,
        page.detail.pain_before,
        page.detail.pain_after,
        page.detail.note,
        page.detail.save_button,
        page.detail.revert_button,
    )
    assert all(widget.accessibleName() for widget in interactive)


def test_build_history_page_timed(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page, ms = build_history_page_timed(year_store, context.catalog)
    qtbot.addWidget(page)
    assert page.model.rowCount() == year_store.count() > 200
    assert 0 < ms < 5000
    assert QApplication.instance() is not None


@pytest.mark.expect_log("acupress_gui.ui.history", "is damaged")
def test_a_history_damaged_while_open_is_told_not_raised(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore, tmp_path: Path
) -> None:
    assert year_store.path is not None
    with closing(sqlite3.connect(year_store.path)) as db, db:
        db.execute(
            "UPDATE sessions SET started_at = 'garbage' WHERE local_date > ?", ("2026-04-01",)
        )
    page = make_page(qtbot, context, year_store)
    assert page.model.rowCount() == 0
    assert page.notice.isVisibleTo(page)
    assert "history.sqlite3 is damaged" in page.notice.label.text()
    message = page.export_to(tmp_path / "out.csv")
    assert "is damaged" in message
    assert not (tmp_path / "out.csv").exists()


def test_an_empty_history_says_what_to_do(qtbot: QtBot, config_dir: Path) -> None:
    from acupress_gui.storage.history import open_history

    context = build_context(config_dir)
    store = open_history(config_dir)
    page = HistoryPage(store, context.catalog)
    qtbot.addWidget(page)
    assert "No sessions yet" in page.detail.empty_label.text()
    store.close()


def test_a_rolling_period_ends_today_on_refresh(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    page = HistoryPage(year_store, context.catalog)
    qtbot.addWidget(page)
    page.filters.period_combo.setCurrentIndex(page.filters.period_combo.findData("4w"))
    # The dates the period had when it was picked, long ago (the app stayed open).
    with QSignalBlocker(page.filters.date_to):
        page.filters.date_to.setDate(QDate(2000, 1, 1))
    assert page.filters.period_combo.currentData() == "4w"
    page.refresh()
    assert page.filters.date_to.date().toPython() == year_store.local_today()
    assert page.filters.period_combo.currentData() == "4w"


def test_a_routine_recorded_in_two_languages_is_one_row_of_does_it_help(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    moment = fixed_clock()
    store = HistoryStore(tmp_path / "two-languages.sqlite3", clock=lambda: moment)
    names = ["Lower back relief", "Entlastung des unteren Rückens"]
    store.add_records(
        [
            SessionRecord(
                session_id=f"s{day}",
                routine_id="lower-back-relief",
                routine_name=names[day % 2],
                started_at=datetime(2026, 3, day, 8, 0, tzinfo=UTC),
                ended_at=datetime(2026, 3, day, 8, 20, tzinfo=UTC),
                status=SessionStatus.COMPLETED,
                pain_before=6,
                pain_after=3,
                note="",
            )
            for day in range(1, 7)
        ]
    )
    page = make_page(qtbot, context, store)
    table = page.relief.table
    assert table.rowCount() == 1
    assert cell(table, 0, 0) == "Lower back relief"  # the name the app shows now
    assert cell(table, 0, 1) == "6 of 6"
    store.close()
