"""History > Export report… (Ctrl+Shift+R): period, name, notes; the preview; the saved PDF."""

from __future__ import annotations

import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import build_context, load_catalog
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.report.dialog import ReportDialog
from tests.helpers.history_data import BERLIN, TODAY, fixed_clock, year_of_sessions
from tests.helpers.keys import key_click
from tests.helpers.report_data import with_pain_details

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def store(config_dir: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(
        history_file(config_dir), clock=fixed_clock, to_local=lambda m: m.astimezone(BERLIN)
    )
    history.add_records(with_pain_details(year_of_sessions(load_catalog())))
    yield history
    history.close()


def open_dialog(qtbot: QtBot, config_dir: Path, store: HistoryStore) -> ReportDialog:
    window = AppWindow(build_context(config_dir, history=store))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    key_click(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = window.findChildren(ReportDialog)
    assert len(dialogs) == 1, "Ctrl+Shift+R opens the report dialog"
    return dialogs[0]


def test_ctrl_shift_r_offers_the_last_eight_weeks_and_saves_the_pdf(
    qtbot: QtBot, config_dir: Path, store: HistoryStore, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, config_dir, store)
    assert dialog.period() == (date(2026, 3, 14), TODAY)
    assert not dialog.notes_check.isChecked()  # private notes stay out unless asked for
    count = store.count_between(*dialog.period())
    assert dialog.info.text().startswith(f"{count} sessions in this period.")
    for widget in (dialog.name_edit, dialog.date_from, dialog.date_to, dialog.notes_check):
        assert widget.accessibleName()
    dialog.name_edit.setText("  Alex Example ")
    out = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.saved) as said:
        assert dialog.save_to(out)
    assert said.args is not None and str(out) in said.args[0]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "For: Alex Example" in text
        assert f"{count} sessions on" in " ".join(text.split())


def test_the_dates_stay_in_order(qtbot: QtBot, config_dir: Path, store: HistoryStore) -> None:
    dialog = open_dialog(qtbot, config_dir, store)
    dialog.date_from.setDate(QDate(2026, 6, 1))
    assert dialog.period() == (date(2026, 6, 1), date(2026, 6, 1))
    assert dialog.info.text().startswith("0 sessions in this period.")


def test_the_preview_shows_the_pages(qtbot: QtBot, config_dir: Path, store: HistoryStore) -> None:
    dialog = open_dialog(qtbot, config_dir, store)
    preview = dialog.preview()
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() >= 2, timeout=10_000)
    preview.close()
