"""Fonts of the Session page that grow with the window, readable from arm's length."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QWidget

__all__ = ["ScaledFonts", "body_form"]


class ScaledFonts:
    """Gives registered widgets a font some times the base size, times the page's factor.

    Args:
        base: The widget whose font is the base (the page).
    """

    def __init__(self, base: QWidget) -> None:
        self._base = base
        self._factor = 1.0
        self._user_scale = 1.0
        self._widgets: list[tuple[QWidget, float, bool]] = []

    def add(self, widget: QWidget, scale: float, bold: bool = True) -> None:
        """Give ``widget`` a font ``scale`` times the base size, growing with the page."""
        self._widgets.append((widget, scale, bold))
        widget.setFont(self._font(scale * self.factor, bold))

    @property
    def factor(self) -> float:
        """How much larger than the base the registered fonts are now."""
        return self._factor * self._user_scale

    def set_user_scale(self, scale: float) -> None:
        """The person's text size (View > Text size), on top of the window's growth."""
        if scale != self._user_scale:
            self._user_scale = scale
            self._apply()

    def fit(self, width: int, height: int) -> None:
        """The page is now ``width`` x ``height``: 1x at 1000x600, up to 1.9x."""
        factor = min(width / 1000, height / 600)
        factor = round(min(max(factor, 1.0), 1.9), 1)
        if factor != self._factor:
            self._factor = factor
            self._apply()

    def _apply(self) -> None:
        for widget, scale, bold in self._widgets:
            widget.setFont(self._font(scale * self.factor, bold))

    def _font(self, scale: float, bold: bool) -> QFont:
        font = QFont(self._base.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        return font


def body_form(fonts: ScaledFonts, rows: Sequence[tuple[QWidget | None, QWidget]]) -> QFormLayout:
    """A form of labelled fields (a row without a label: ``None``), every label and field in
    the body font of ``fonts``: the base size, not bold, growing with the page."""
    form = QFormLayout()
    for label, field in rows:
        for widget in (label, field):
            if widget is not None:
                fonts.add(widget, 1.0, bold=False)
        if label is None:
            form.addRow("", field)
        else:
            form.addRow(label, field)
    return form
