"""The window shell: menus in their order, F1 lists every key, the services it is given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.widgets.shortcuts_dialog import ShortcutsDialog

pytestmark = [pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False)]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def history(config_dir: Path) -> Iterator[HistoryStore]:
    store = open_history(config_dir)
    yield store
    store.close()


@pytest.fixture
def window(qtbot: QtBot, config_dir: Path, history: HistoryStore) -> AppWindow:
    win = AppWindow(
        build_context(
            config_dir, history=history, voice_engine="mock", sound_backend=_no_audio_device
        )
    )
    qtbot.addWidget(win)
    return win


def _menu(window: AppWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == title and action.menu() is not None:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no menu {title!r}")


def test_menus_in_desktop_order_with_full_screen_in_view(window: AppWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&View", "&Routine", "His&tory", "&Settings", "&Help"]
    view = [a.text() for a in _menu(window, "&View").actions() if a.text()]
    assert view == [
        "&Session",
        "&Routines",
        "&History",
        "&Points",
        "Full screen",
        "&Text size",
        "T&heme",
    ]


def test_the_default_volume_is_one_of_the_menu_choices(window: AppWindow) -> None:
    volume = next(a.menu() for a in _menu(window, "&Settings").actions() if a.menu())
    assert isinstance(volume, QMenu)
    checked = [a.text() for a in volume.actions() if a.isChecked()]
    assert checked == ["80 %"]
    mnemonics = [a.text() for a in _menu(window, "&Settings").actions() if a.text()]
    letters = [t[t.index("&") + 1].lower() for t in mnemonics if "&" in t]
    assert len(letters) == len(set(letters)), mnemonics


def test_f1_lists_every_key(qtbot: QtBot, window: AppWindow) -> None:
    window.show()
    help_menu = _menu(window, "&Help")
    shortcuts = help_menu.actions()[0]
    assert shortcuts.shortcut().toString() == "F1"
    shortcuts.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    qtbot.addWidget(dialog)
    tree = dialog.tree
    keys = {
        tree.topLevelItem(i).child(j).text(1)  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())  # type: ignore[union-attr]
    }
    for key in ("Space", "Right, N", "Left, B", "Esc", "F", "M", "Ctrl+3", "Ctrl+Shift+E", "F1"):
        assert key in keys, key
    dialog.close()


def test_the_window_takes_its_services_from_the_context(window: AppWindow) -> None:
    context = window.context
    assert window.session_page.session_actions.mute_action.isChecked() == context.settings.muted
    assert {r.id for r in context.all_routines()} >= {r.id for r in context.catalog.routines}
    assert context.history_store is not None


def test_practise_a_point_from_the_points_page(qtbot: QtBot, window: AppWindow) -> None:
    from acupress_gui.ui.points.browser import PointBrowser

    window.context.settings.safety_notice_accepted = True
    window.show()
    window.show_page("points")
    points = window.page("points")
    assert isinstance(points, PointBrowser)
    assert points.select_point("LI4")
    points.practise_button.click()
    assert window.current_page() == "session"
    assert window.session_page.is_running()
    routine = window.session_page.current_routine()
    assert routine is not None
    assert [s.point for s in routine.steps] == ["LI4"]
    window.session_page.stop()


def test_add_a_point_to_my_routine_from_the_points_page(qtbot: QtBot, window: AppWindow) -> None:
    from acupress_gui.ui.points.browser import PointBrowser

    window.show_page("points")
    points = window.page("points")
    assert isinstance(points, PointBrowser)
    assert points.select_point("BL23")
    points.add_button.click()
    assert window.current_page() == "routines"
    routine = window.routines_page.current_routine()
    assert routine is not None and not routine.builtin
    assert [s.point for s in routine.steps] == ["BL23"]
