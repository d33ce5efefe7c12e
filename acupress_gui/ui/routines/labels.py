"""Small labels of the Routines page: headings, muted hints, problem lines."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from acupress_gui.ui.routines.delegate import is_dark
from acupress_gui.ui.widgets.buddy_label import buddy_label

__all__ = ["heading", "problem_label"]


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold, slightly larger label heading a column."""
    label = buddy_label(text, buddy)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def problem_label(accessible_name: str) -> QLabel:
    """A hidden, word-wrapped line in the error colour that says what is wrong."""
    line = QLabel()
    line.setWordWrap(True)
    line.setAccessibleName(accessible_name)
    palette = line.palette()
    dark = is_dark(palette)
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    line.setPalette(palette)
    line.hide()
    return line
