"""Fonts of the Session page that grow with the window, readable from arm's length."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

__all__ = ["ScaledFonts"]


class ScaledFonts:
    """Gives registered widgets a font some times the base size, times the page's factor.

    Args:
        base: The widget whose font is the base (the page).
    """

    def __init__(self, base: QWidget) -> None:
        self._base = base
        self._factor = 1.0
        self._widgets: list[tuple[QWidget, float, bool]] = []

    def add(self, widget: QWidget, scale: float, bold: bool = True) -> None:
        """Give ``widget`` a font ``scale`` times the base size, growing with the page."""
        self._widgets.append((widget, scale, bold))
        widget.setFont(self._font(scale * self._factor, bold))

    def fit(self, width: int, height: int) -> None:
        """The page is now ``width`` x ``height``: 1x at 1000x600, up to 1.9x."""
        factor = min(width / 1000, height / 600)
        factor = round(min(max(factor, 1.0), 1.9), 1)
        if factor != self._factor:
            self._factor = factor
            for widget, scale, bold in self._widgets:
                widget.setFont(self._font(scale * factor, bold))

    def _font(self, scale: float, bold: bool) -> QFont:
        font = QFont(self._base.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        return font
