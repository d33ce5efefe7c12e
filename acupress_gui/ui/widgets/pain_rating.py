"""A pain rating, 0 to 10 or not rated, shared by the Session and History pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class PainRating(QComboBox):
    """A 0-10 pain rating or "not rated" (-1), picked with arrows or by typing a digit.

    A list rather than a spin box: nothing blinks while it has the focus, so a window left
    on the summary wakes nobody up.
    """

    value_changed = Signal(int)
    """The rating changed (-1: not rated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("not rated"), -1)
        for value in range(11):
            label = str(value)
            if value == 0:
                label = self.tr("0 (no pain)")
            elif value == 10:
                label = self.tr("10 (worst)")
            self.addItem(label, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("0 = no pain, 10 = the worst pain imaginable"))
        self.currentIndexChanged.connect(lambda _index: self.value_changed.emit(self.value()))

    def value(self) -> int:
        """The rating, -1 when not rated."""
        return int(self.currentData())

    def setValue(self, value: int) -> None:
        """Select a rating (-1: not rated)."""
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)
