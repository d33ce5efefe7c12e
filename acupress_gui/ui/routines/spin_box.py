"""A spin box that says so when the typed value is out of its range."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class BoundedSpinBox(QSpinBox):
    """A spin box that says so when the typed value is out of its range.

    Signals:
        range_problem: A message while the typed value is out of range, "" once it is not.
    """

    range_problem = Signal(str)

    def __init__(self, low: int, high: int, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = message
        self._shown = ""
        self.setRange(low, high)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        result = super().validate(text, pos)
        digits = self.cleanText() if text == self.text() else text
        digits = digits.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            value = int(digits)
        except ValueError:
            return result
        if not self.minimum() <= value <= self.maximum():
            problem = self._message
        elif self.hasFocus():
            problem = ""  # corrected while typing
        else:
            # The box put back its last valid value: the message stays until the next edit.
            return result
        if problem != self._shown:
            self._shown = problem
            self.range_problem.emit(problem)
        return result

    def clear_problem(self) -> None:
        """Forget a shown out-of-range message (another step was selected)."""
        self._shown = ""
