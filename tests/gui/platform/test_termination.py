"""TerminationWatch: a quit signal reaches the GUI thread as `requested`, and uninstall gives
the signals back."""

from __future__ import annotations

import os
import signal

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.ui.platform.termination import TERMINATING_SIGNALS, TerminationWatch


def test_sigterm_is_heard_on_the_gui_thread_and_the_handlers_are_given_back(
    qtbot: QtBot,
) -> None:
    before = {number: signal.getsignal(number) for number in TERMINATING_SIGNALS}
    watch = TerminationWatch()
    assert watch.install()
    try:
        with qtbot.waitSignal(watch.requested, timeout=2000) as heard:
            os.kill(os.getpid(), signal.SIGTERM)
        assert heard.args == [signal.SIGTERM]
    finally:
        watch.uninstall()
    assert {number: signal.getsignal(number) for number in TERMINATING_SIGNALS} == before


@pytest.mark.expect_log("acupress_gui.ui.platform.termination", "quit signals are not caught")
def test_when_signals_cannot_be_caught_nothing_is_changed_or_left_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_fd: int, **_options: object) -> int:
        raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")

    before = {number: signal.getsignal(number) for number in TERMINATING_SIGNALS}
    watch = TerminationWatch()
    monkeypatch.setattr(signal, "set_wakeup_fd", refuse)
    assert not watch.install()
    monkeypatch.undo()
    assert {number: signal.getsignal(number) for number in TERMINATING_SIGNALS} == before
