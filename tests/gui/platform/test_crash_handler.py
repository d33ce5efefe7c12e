"""The one handler for unexpected exceptions: logged with the traceback, told once."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from acupress_gui.storage.logfile import setup_logging
from acupress_gui.ui.platform.crash_handler import CrashHandler


def _raise_and_handle(handler: CrashHandler, message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        handler.handle(kind, error, trace)


def _open_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.mark.expect_log("acupress_gui.ui.platform.crash_handler", "Unexpected error")
def test_traceback_goes_to_the_log_file_and_one_dialog_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_file = setup_logging(tmp_path / "logs")
    assert log_file is not None
    handler = CrashHandler(log_file)
    caught: list[str] = []
    handler.exception_caught.connect(caught.append)
    _raise_and_handle(handler, "first problem")
    _raise_and_handle(handler, "second problem")
    qtbot.waitUntil(lambda: len(caught) == 2)
    assert caught == ["RuntimeError: first problem", "RuntimeError: second problem"]
    for record_handler in logging.getLogger("acupress_gui").handlers:
        record_handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL acupress_gui.ui.platform.crash_handler: Unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "raise RuntimeError(message)" in text
    assert "second problem" in text
    boxes = _open_boxes()
    assert len(boxes) == 1, "one dialog, however many exceptions"
    box = boxes[0]
    assert str(log_file) in box.informativeText()
    assert "keeps running" in box.text()
    box.close()
    # Later exceptions are still logged, never shown again.
    _raise_and_handle(handler, "third problem")
    qtbot.waitUntil(lambda: len(caught) == 3)
    assert _open_boxes() == []
    assert handler.count == 3


def test_installs_as_the_excepthooks_and_gives_them_back(qtbot: QtBot) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    handler = CrashHandler(None, show_dialog=False)
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        assert threading.excepthook != before_thread
    finally:
        handler.uninstall()
    assert sys.excepthook is before
    assert threading.excepthook is before_thread


@pytest.mark.expect_log("acupress_gui.ui.platform.crash_handler", "ZeroDivisionError")
def test_an_exception_in_a_thread_is_handled(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = CrashHandler(None, show_dialog=False)
    caught: list[str] = []
    handler.exception_caught.connect(caught.append)
    handler.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: caught == ["ZeroDivisionError: division by zero"])
    finally:
        handler.uninstall()
    # Without a log file the traceback still reaches the terminal.
    assert "ZeroDivisionError" in capsys.readouterr().err
