"""The History page in the main window: Ctrl+3, the History menu, refreshes after sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.application import open_main_window
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.history.page import HistoryPage
from tests.helpers.keys import key_click


def _menu(window: QMainWindow, text: str) -> QMenu:
    """The menu of the menu bar titled ``text``."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == text)
    assert isinstance(menu, QMenu), text
    return menu


def test_the_main_window_opens_it_with_ctrl_3(
    qtbot: QtBot, context: AppContext, year_store: HistoryStore
) -> None:
    from acupress_gui.ui.main_window import AppWindow

    window = AppWindow(build_context(context.config_dir, history=year_store))
    qtbot.addWidget(window)
    window.show_page("session")
    assert [a.text() for a in window.page_bar.actions()] == [
        "&Session",
        "&Routines",
        "&History",
        "&Points",
    ]
    view_menu = _menu(window, "&View")
    assert [a.text() for a in view_menu.actions() if a.text()] == [
        "&Session",
        "&Routines",
        "&History",
        "&Points",
        "Full screen",
        "&Text size",
        "T&heme",
    ]
    assert "history" not in window.built_pages()  # built when first shown
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    key_click(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "history"
    page = window.page("history")
    assert isinstance(page, HistoryPage)
    # Opened with Ctrl held: the newest session is still selected (not toggled off).
    assert page.selected_session_ids() == [page.model.session_id(0)]
    assert page.sessions.delete_button.isEnabled()
    history_menu = _menu(window, "His&tory")
    assert [a.text() for a in history_menu.actions()] == [
        "E&xport history as CSV…",
        "&Import history from CSV…",
        "Export &report…",
    ]
    assert [a.shortcut().toString() for a in history_menu.actions()] == [
        "Ctrl+Shift+E",
        "Ctrl+Shift+I",
        "Ctrl+Shift+R",
    ]


def test_the_history_menu_works_before_the_page_is_built(
    qtbot: QtBot,
    context: AppContext,
    year_store: HistoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export from the History menu on another page: the page is built, shown and exports."""
    from PySide6.QtWidgets import QFileDialog

    from acupress_gui.ui.main_window import AppWindow

    out = tmp_path / "menu.csv"
    asked: list[str] = []

    def save_name(_parent: object, caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(caption)
        assert Path(suggested).name == f"acupress-history-{year_store.local_today()}.csv"
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    window = AppWindow(build_context(context.config_dir, history=year_store))
    qtbot.addWidget(window)
    window.show_page("session")
    history_menu = _menu(window, "His&tory")
    export, imported, _report = history_menu.actions()
    assert "history" not in window.built_pages()
    export.trigger()
    assert window.current_page() == "history"
    assert asked == ["Export history"]
    assert out.exists()
    page = window.page("history")
    assert isinstance(page, HistoryPage)
    assert page.notice.label.text().startswith(f"Exported {year_store.count()} sessions")
    window.show_page("session")
    imported.trigger()  # cancelled in the file dialog: nothing happens but showing the page
    assert window.current_page() == "history"
    assert page.notice.label.text().startswith("Exported")


def test_a_hidden_page_reads_the_history_once_when_shown(
    qtbot: QtBot, config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(config_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_page("history")
    page = window.page("history")
    assert isinstance(page, HistoryPage)
    window.show_page("session")
    calls: list[int] = []
    original = page.refresh

    def refresh() -> None:
        calls.append(1)
        original()

    monkeypatch.setattr(page, "refresh", refresh)
    window.session_page.session_ended.emit("x")
    window.session_page.session_rated.emit("x")
    assert calls == [] and page.stale
    window.show_page("history")
    assert calls == [1] and not page.stale
