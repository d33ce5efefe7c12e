"""The countdown ring: repaints only what changes, and never on Qt's thread pool."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.ui.widgets.countdown import CountdownRing

BLUE = QColor("#1e88e5")


def _on_screen(ring: CountdownRing) -> QImage:
    """What the window system was last given (the backing store), not a fresh render."""
    screen = QApplication.primaryScreen()
    return screen.grabWindow(ring.winId()).toImage()


def _fresh(ring: CountdownRing) -> QImage:
    """The ring painted whole in its present state."""
    ring.update()
    QApplication.processEvents()
    return _on_screen(ring)


def test_partial_repaints_give_the_same_picture_as_full_ones(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(300, 300)
    ring.show()
    qtbot.waitExposed(ring)
    ring.set_state(125, 125.0, BLUE)
    QApplication.processEvents()
    for seconds in (124, 100, 99, 61, 60, 59, 10, 9, 1, 0):
        ring.set_state(seconds, 125.0, BLUE)
        QApplication.processEvents()
        partial = _on_screen(ring)
        assert partial == _fresh(ring), seconds
    # A short phase: a second is a long step of the ring.
    ring.set_state(6, 6.0, QColor("#43a047"))
    QApplication.processEvents()
    for seconds in (5, 4, 3, 2, 1, 0):
        ring.set_state(seconds, 6.0, QColor("#43a047"))
        QApplication.processEvents()
        assert _on_screen(ring) == _fresh(ring), seconds


def test_a_new_second_repaints_a_small_part_of_the_ring(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    ring.set_state(30, 60.0, BLUE)
    region = ring.changed_region_for(29, 30)
    assert 0 < region.width() * region.height() < 0.5 * 400 * 400


def _pool_thread_switches() -> int:
    """Voluntary context switches of every thread but this one (Linux)."""
    total = 0
    me = threading.get_native_id()
    for status in Path("/proc/self/task").glob("*/status"):
        if status.parent.name == str(me):
            continue
        for line in status.read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches"):
                total += int(line.split()[1])
    return total


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/task")
def test_repaints_wake_no_other_thread(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(500, 500)
    ring.show()
    qtbot.waitExposed(ring)
    ring.set_state(60, 60.0, BLUE)
    ring.repaint()
    before = _pool_thread_switches()
    for seconds in range(59, 0, -1):
        ring.set_state(seconds, 60.0, BLUE)
        ring.repaint()
    # A translucent ring (the old track colour) woke Qt's pool threads about 100 times here.
    assert _pool_thread_switches() - before < 10
