"""A normal start: the first frame (and --exit-after-first-frame), pages built when needed,
the command line read without argparse when it is plain."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from acupress_gui import app as app_module
from acupress_gui.app import Arguments, build_parser, parse_arguments
from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.ui import application
from acupress_gui.ui.context import build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow

ROOT = Path(__file__).resolve().parents[3]
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


def test_exit_after_first_frame_starts_paints_and_exits_0(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"safety_notice_accepted": True}))
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    command = [sys.executable, "-m", "acupress_gui", "--exit-after-first-frame"]
    result = subprocess.run(
        [*command, "--config-dir", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert (config / "history.sqlite3").exists()  # the history was opened, as a start does
    assert not (config / "acupress-gui.lock").exists()  # and released on the way out


def test_only_the_session_page_is_built_at_start(window: AppWindow) -> None:
    assert window.built_pages() == ["session"]
    assert window.page_keys() == ["session", "routines", "history", "points"]


def test_the_routine_menu_builds_the_routines_page_when_it_opens(
    qtbot: QtBot, window: AppWindow
) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Routine" and a.menu())
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    titles = [a.text() for a in menu.actions() if a.text()]
    assert "&New routine" in titles and "&Export routine…" in titles
    assert "routines" in window.built_pages()
    menu.aboutToShow.emit()  # a second opening adds nothing
    assert [a.text() for a in menu.actions() if a.text()] == titles


def test_closing_without_the_routines_page_does_not_build_it(
    qtbot: QtBot, window: AppWindow
) -> None:
    window.show()
    window.close()
    assert "routines" not in window.built_pages()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--config-dir", "/tmp/x", "--start", "--routine", "Lower back"],
        ["--routine=Six essentials", "--exit-after-first-frame"],
        ["--self-test"],
        ["--import-history", "a.csv", "--export-history=b.csv"],
        ["--config-dir="],
    ],
)
def test_a_plain_command_line_reads_as_argparse_reads_it(argv: list[str]) -> None:
    assert parse_arguments(argv) == Arguments(**vars(build_parser().parse_args(argv)))


def test_anything_else_goes_to_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_arguments(["--conf", "/tmp/y"]).config_dir == "/tmp/y"  # an abbreviation
    with pytest.raises(SystemExit):
        parse_arguments(["--routine"])
    assert "expected one argument" in capsys.readouterr().err


def test_warnings_of_a_start_without_a_window_are_shown_when_it_first_opens(
    qtbot: QtBot, window: AppWindow
) -> None:
    """``--background`` shows no window: what could not be used is told once it opens."""
    problem = "Reminder 2 was left out: its time “25:00” is not a time of day."
    window.show_warnings_when_shown([problem])
    assert window.findChildren(QMessageBox) == []
    window.show()
    qtbot.waitExposed(window)
    boxes = window.findChildren(QMessageBox)
    assert len(boxes) == 1 and problem in boxes[0].text()
    boxes[0].accept()
    window.hide()
    window.show()
    assert len(window.findChildren(QMessageBox)) == 1, "told once, not at every opening"


def test_a_normal_start_ends_start_up_once(
    config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done: list[str] = []

    def startup_done() -> None:
        done.append("done")
        gc.enable()  # what it does besides freezing what start-up built

    def run_gui(_config_dir: Path, *, started: Callable[[], None], **_options: object) -> int:
        started()  # the window is shown
        done.append("ran")  # the window was used, then closed
        return 0

    monkeypatch.setattr(app_module, "_startup_done", startup_done)
    monkeypatch.setattr(app_module, "setup_logging", lambda _folder: tmp_path / "log")
    monkeypatch.setattr(application, "run_gui", run_gui)
    try:
        assert app_module.main(["--config-dir", str(config_dir)]) == 0
    finally:
        gc.enable()
    assert done == ["done", "ran"]
