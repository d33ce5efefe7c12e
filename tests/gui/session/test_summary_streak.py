"""The session summary says how many days in a row there has been a session."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.domain.recording import SessionRecord, SessionStatus
from acupress_gui.domain.session_summary import SessionSummary
from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import build_context
from acupress_gui.ui.session.fonts import ScaledFonts
from acupress_gui.ui.session.summary_panel import SummaryPanel
from tests.helpers.history_data import BERLIN, TODAY, fixed_clock

SUMMARY = SessionSummary(holds=4, points=2, held_seconds=120, planned_seconds=120, reached_end=True)


def test_the_streak_reads_in_days_from_two_on(qtbot: QtBot) -> None:
    base = QWidget()
    qtbot.addWidget(base)
    panel = SummaryPanel(ScaledFonts(base), base)
    for streak, text in [(2, "2 days in a row with a session."), (21, "21 days in a row")]:
        panel.show_result(SUMMARY, "Evening", elapsed_seconds=300, saved=True, streak=streak)
        assert not panel.streak_label.isHidden()
        assert panel.streak_label.text().startswith(text)
    for gone in (None, 0, 1):
        panel.show_result(SUMMARY, "Evening", elapsed_seconds=300, saved=True, streak=gone)
        assert panel.streak_label.isHidden() and panel.streak_label.text() == ""


def _session(day_offset: int) -> SessionRecord:
    start = datetime.combine(TODAY - timedelta(days=day_offset), time(8), BERLIN)
    return SessionRecord(
        session_id=f"s{day_offset}",
        routine_id="desk-break",
        routine_name="Desk break",
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        status=SessionStatus.COMPLETED,
        pain_before=None,
        pain_after=None,
        note="",
    )


def test_the_context_reads_the_streak_from_the_history(config_dir: Path) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    store = HistoryStore(
        history_file(config_dir),
        clock=fixed_clock,
        to_local=lambda moment: moment.astimezone(BERLIN),
    )
    try:
        store.add_records([_session(1), _session(2), _session(4)])
        context = build_context(config_dir, history=store)
        assert context.session_streak() == 3  # the day before yesterday, yesterday, today
    finally:
        store.close()
    assert build_context(config_dir).session_streak() is None  # no history: unknown
