"""A spin box that refuses an out-of-range number openly instead of changing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

#: Shown in a box that has no value to show (no step selected).
NO_VALUE = "–"


class BoundedSpinBox(QSpinBox):
    """A spin box that says so when the typed number is out of its range.

    A number out of range is never changed into another (999 does not become 99, 1 does not
    quietly go back to the last value): it stays in the box as typed, the box is marked, and
    :attr:`range_problem` carries a message until the text is a number in range again (typed,
    stepped with the arrows, or another step shown). The value of the box stays the last
    valid one meanwhile, so nothing out of range is ever used.

    Args:
        low: The smallest value.
        high: The largest value.
        message: The message while out of range; ``{kept}`` becomes the value kept.

    Signals:
        range_problem: The message while the typed number is out of range, "" once it is not.
    """

    range_problem = Signal(str)

    def __init__(self, low: int, high: int, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = message
        self._problem = ""
        self.setRange(low, high)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    @property
    def problem(self) -> str:
        """The message shown for this box now ("" when its text is fine)."""
        return self._problem

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, fixed, position = super().validate(text, pos)
        typed = self._typed_number(text)
        if typed is not None and not self.minimum() <= typed <= self.maximum():
            self._set_problem(self._message.format(kept=self.value()))
            # Kept as typed: Intermediate so the key is not swallowed (999 stays 999).
            return QValidator.State.Intermediate, text, pos
        if typed is not None or not text.strip():
            self._set_problem("")
        return state, fixed, position

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._problem and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter on a refused number: keep it for correcting, never put another one in.
            self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        typed = self.lineEdit().text() if self._problem else None
        super().focusOutEvent(event)  # this puts the last valid value back in the text
        if typed is not None:
            self.lineEdit().setText(typed)  # ... so show what was typed again, still refused
            self._set_problem(self._message.format(kept=self.value()))

    def clear_problem(self) -> None:
        """Forget a refused number: the box shows its value again (another step shown)."""
        if self._problem:
            self.interpretText()  # the refused text gives way to the value
        self._set_problem("")

    def show_value(self, value: int | None) -> None:
        """Show ``value`` without signals; None shows :data:`NO_VALUE` (nothing selected)."""
        self.clear_problem()
        self.blockSignals(True)
        self.setSpecialValueText(NO_VALUE if value is None else "")
        self.setValue(self.minimum() if value is None else value)
        self.blockSignals(False)

    def _typed_number(self, text: str) -> int | None:
        digits = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if self.specialValueText() and digits == self.specialValueText():
            return None
        try:
            return int(digits)
        except ValueError:
            return None

    def _set_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        palette = QPalette()  # no role set: the box follows the window's palette again
        if message:
            palette.setColor(QPalette.ColorRole.Base, QColor("#5c1a16" if dark else "#fde7e5"))
        self.setPalette(palette)
        self.setAccessibleDescription(message)
        self.range_problem.emit(message)
