"""Small icons drawn in code, so they look the same on every desktop and need no font."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

PREGNANCY_COLOR = QColor("#ef6c00")
PARTNER_COLOR = QColor("#5e35b1")


def _warning(painter: QPainter, box: QRectF) -> None:
    path = QPainterPath()
    path.moveTo(box.center().x(), box.top() + 1)
    path.lineTo(box.right() - 1, box.bottom() - 1)
    path.lineTo(box.left() + 1, box.bottom() - 1)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PREGNANCY_COLOR)
    painter.drawPath(path)
    painter.setPen(
        QPen(QColor("white"), box.width() * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    )
    x = box.center().x()
    painter.drawLine(
        QPointF(x, box.top() + box.height() * 0.38), QPointF(x, box.top() + box.height() * 0.66)
    )
    painter.drawPoint(QPointF(x, box.top() + box.height() * 0.8))


def _partner(painter: QPainter, box: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PARTNER_COLOR)
    w = box.width()
    for dx, scale in ((-0.18, 0.9), (0.2, 1.0)):
        cx = box.center().x() + dx * w
        r = w * 0.14 * scale
        painter.drawEllipse(QPointF(cx, box.top() + w * 0.3), r, r)
        body = QRectF(cx - w * 0.22 * scale, box.top() + w * 0.5, w * 0.44 * scale, w * 0.6)
        painter.drawChord(body, 0, 180 * 16)


@cache
def badges_icon(pregnancy: bool, partner: bool, size: int = 18) -> QIcon:
    """One icon with a warning triangle (pregnancy) and/or two people (needs a partner)."""
    count = int(pregnancy) + int(partner)
    pixmap = QPixmap(max(1, count) * (size + 2), size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if count:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 0.0
        if pregnancy:
            _warning(painter, QRectF(x, 0, size, size))
            x += size + 2
        if partner:
            _partner(painter, QRectF(x, 0, size, size))
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
