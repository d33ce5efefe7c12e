"""connect_all: a table of (signal, slot) pairs, each connected once, signal to signal too."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from acupress_gui.ui.signals import connect_all


class _Source(QObject):
    number = Signal(int)
    word = Signal(str)
    relayed = Signal(int)


def test_every_pair_is_connected_once_and_a_signal_can_be_the_slot() -> None:
    source = _Source()
    numbers: list[int] = []
    words: list[str] = []
    relayed: list[int] = []
    source.relayed.connect(relayed.append)
    connect_all(
        [
            (source.number, numbers.append),
            (source.word, words.append),
            (source.number, source.relayed),
        ]
    )
    source.number.emit(3)
    source.word.emit("hold")
    assert (numbers, words, relayed) == ([3], ["hold"], [3])
