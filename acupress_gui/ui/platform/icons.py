"""Small icons drawn in code, so they look the same on every desktop and need no font."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap


class Badge:
    """Names of the little icons shown on a row (see :func:`badge_icon`)."""

    PREGNANCY = "pregnancy"
    PARTNER = "partner"
    MISSING = "missing"
    BUILTIN = "builtin"


@cache
def badge_icon(kind: str) -> QIcon:
    """A small drawn icon for a badge; drawn, not an emoji, so it looks the same everywhere."""
    scale = 3
    size = 16 * scale
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    if kind == Badge.PREGNANCY:
        path = QPainterPath()
        path.moveTo(8, 1.5)
        path.lineTo(15, 14.5)
        path.lineTo(1, 14.5)
        path.closeSubpath()
        painter.setPen(QPen(QColor("#8a5a00"), 1))
        painter.setBrush(QColor("#f2b01e"))
        painter.drawPath(path)
        pen = QPen(QColor("#3b2600"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(8, 6), QPointF(8, 10))
        painter.drawPoint(QPointF(8, 12.6))
    elif kind == Badge.PARTNER:
        painter.setPen(Qt.PenStyle.NoPen)
        for dx, color in ((4.5, "#7fa7e0"), (0.0, "#2f6fc7")):
            painter.setBrush(QColor(color))
            painter.drawEllipse(QRectF(3.5 + dx, 2, 5, 5))
            painter.drawPie(QRectF(1.5 + dx, 8, 9, 12), 0, 180 * 16)
    elif kind == Badge.MISSING:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d64545"))
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.drawText(QRectF(1, 1, 14, 14), Qt.AlignmentFlag.AlignCenter, "?")
    elif kind == Badge.BUILTIN:
        painter.setPen(QPen(QColor("#808890"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)
        painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5))
        painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#808890"))
        painter.drawRoundedRect(QRectF(3, 7, 10, 8), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)


@cache
def badges_icon(pregnancy: bool, partner: bool, size: int = 18) -> QIcon:
    """The pregnancy and partner badges side by side, as one icon for a list row."""
    kinds = [k for k, on in ((Badge.PREGNANCY, pregnancy), (Badge.PARTNER, partner)) if on]
    pixmap = QPixmap(max(1, len(kinds)) * (size + 2), size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if kinds:
        painter = QPainter(pixmap)
        for index, kind in enumerate(kinds):
            painter.drawPixmap(index * (size + 2), 0, badge_icon(kind).pixmap(size, size))
        painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """The app icon (resources/icons/acupress-gui.svg), or a drawn fallback."""
    from acupress_gui.ui.resources import resources_dir

    path = resources_dir() / "icons" / "acupress-gui.svg"
    if path.is_file():
        return QIcon(str(path))
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(8, 8, 48, 48))
    painter.end()
    return QIcon(pixmap)
