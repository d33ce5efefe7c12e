"""Wiring written as a table: every (signal, slot) pair of an object in one list, connected
in one place (the window, the Session page's run)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import SignalInstance

__all__ = ["Wiring", "connect_all"]

#: (signal, slot) pairs, connected in order.
Wiring = Iterable[tuple[SignalInstance, Callable[..., object] | SignalInstance]]


def connect_all(wiring: Wiring) -> None:
    """Connect every signal of ``wiring`` to its slot (Qt's automatic connection type)."""
    for signal, slot in wiring:
        signal.connect(slot)
