"""TerminationWatch: a quit signal reaches the GUI thread as `requested`, and uninstall gives
the signals back."""

from __future__ import annotations

import os
import signal

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
