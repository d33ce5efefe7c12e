"""Canary for reference-count bugs in the Qt bindings.

PySide6 6.12 on Python 3.11 corrupts the refcount of None (QTimer.start/stop returned it
without a reference). On the supported Pythons (3.12 and later) None is immortal: its
refcount is a fixed constant that no binding bug can move, so counting None's references
proves nothing there and that check is gone. What a refcount bug still does on 3.12+ is
move the count of a *mortal* object: a reference taken and never given back (a leak), or
given back twice (a crash later). So a fresh sentinel object travels through the same kinds
of calls the app makes (a property holding a Python object, a signal carrying one, a slot
connected and disconnected, a single-shot timer holding a callable), a thousand times each,
and its refcount must come back exactly to where it was.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

ROUNDS = 1000


class _Carrier(QObject):
    carried = Signal(object)


class _Sentinel:
    """A mortal object nobody else refers to."""

    def __call__(self, *args: object) -> None:
        pass


def _drift(sentinel: object, action: Callable[[], None]) -> int:
    """How far ``sentinel``'s refcount moved over ROUNDS calls of ``action``."""
    for _ in range(50):  # warm up lazily created objects (type caches, signal tables) first
        action()
    before = sys.getrefcount(sentinel)
    for _ in range(ROUNDS):
        action()
    return sys.getrefcount(sentinel) - before


def test_python_is_at_least_3_12() -> None:
    assert sys.version_info >= (3, 12), "PySide6 6.12 corrupts None's refcount on 3.11"


def test_a_property_holding_a_python_object(qapp: QCoreApplication) -> None:
    holder = QObject()
    sentinel = _Sentinel()

    def round_trip() -> None:
        holder.setProperty("payload", sentinel)
        assert holder.property("payload") is sentinel
        holder.setProperty("payload", 0)

    assert _drift(sentinel, round_trip) == 0


def test_a_signal_carrying_a_python_object(qapp: QCoreApplication) -> None:
    carrier = _Carrier()
    sentinel = _Sentinel()
    received: list[object] = []
    carrier.carried.connect(received.append)

    def emit() -> None:
        carrier.carried.emit(sentinel)
        assert received.pop() is sentinel

    assert _drift(sentinel, emit) == 0


def test_a_slot_connected_and_disconnected(qapp: QCoreApplication) -> None:
    timer = QTimer()
    slot = _Sentinel()

    def connect_and_disconnect() -> None:
        timer.timeout.connect(slot)
        timer.start(1000)
        timer.stop()
        assert timer.timeout.disconnect(slot)

    assert _drift(slot, connect_and_disconnect) == 0


def test_a_single_shot_timer_lets_go_of_its_callable(qapp: QCoreApplication) -> None:
    callback = _Sentinel()
    QTimer.singleShot(0, callback)  # warm up
    QCoreApplication.processEvents()
    before = sys.getrefcount(callback)
    for _ in range(ROUNDS):
        QTimer.singleShot(0, callback)
    QCoreApplication.processEvents()  # every timer fires and drops its reference
    assert sys.getrefcount(callback) - before == 0
