"""Body-region illustrations with the point markers drawn over them.

The SVG is rendered once per (file, size, mirrored) into a pixmap cache. The view composes
the drawing, its markers and the caption once per state into a frame of its own and paints
by copying that frame: the translucent markers and halo are blended once, not at every
repaint (Qt's raster engine blends translucent fills on its thread pool, which would wake
two threads at every pulse of a session).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from acupress_gui.domain.models import Illustration, Point, Side

MARKER_COLOR = QColor("#d32f2f")
#: Rendered drawings kept, in bytes: a few window sizes' worth, not every size a resize passed.
_CACHE_BYTES = 48 * 1024 * 1024


class IllustrationError(RuntimeError):
    """An SVG could not be rendered."""


class _SvgCache:
    """Renderers by file, rendered pixmaps by (file, size, mirrored); least recently used out."""

    def __init__(self) -> None:
        self._renderers: dict[Path, QSvgRenderer] = {}
        self._pixmaps: OrderedDict[tuple[Path, int, int, bool, float], QPixmap] = OrderedDict()
        self._bytes = 0
        self.renders = 0

    def clear(self) -> None:
        """Forget every rendered pixmap (the parsed drawings are kept)."""
        self._pixmaps.clear()
        self._bytes = 0

    @property
    def cached_bytes(self) -> int:
        """Memory held by rendered pixmaps."""
        return self._bytes

    def renderer(self, path: Path) -> QSvgRenderer:
        renderer = self._renderers.get(path)
        if renderer is None:
            renderer = QSvgRenderer(str(path))
            if not renderer.isValid():
                raise IllustrationError(f"The illustration {path.name} could not be read.")
            self._renderers[path] = renderer
        return renderer

    def pixmap(self, path: Path, size: QSize, mirrored: bool, ratio: float) -> QPixmap:
        key = (path, size.width(), size.height(), mirrored, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer(path).render(painter, QRectF(0, 0, pixels.width(), pixels.height()))
        painter.end()
        if mirrored:
            image = image.transformed(QTransform().scale(-1, 1))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.renders += 1
        self._pixmaps[key] = pixmap
        self._bytes += _size_of(pixmap)
        while self._bytes > _CACHE_BYTES and len(self._pixmaps) > 1:
            _key, old = self._pixmaps.popitem(last=False)
            self._bytes -= _size_of(old)
        return pixmap


def _size_of(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


SVG_CACHE = _SvgCache()


@dataclass(frozen=True)
class MarkerSpot:
    """A marker to draw: where (0..1 of the drawing) and its label."""

    x: float
    y: float
    label: str
    current: bool = True


def markers_for(point: Point, illustration: Illustration, side: Side | None) -> list[MarkerSpot]:
    """The markers to draw for ``point`` shown for ``side`` (None: every side).

    On a mirrored single-limb drawing only the marker of the side shown is drawn.
    """
    labels = {
        #: Translators: the one-letter badge on the marker of the left side's point.
        Side.LEFT: QCoreApplication.translate("IllustrationView", "L"),
        #: Translators: the one-letter badge on the marker of the right side's point.
        Side.RIGHT: QCoreApplication.translate("IllustrationView", "R"),
        Side.MIDLINE: "",
    }
    spots: list[MarkerSpot] = []
    for marker in point.markers:
        if illustration.mirror_for_left:
            shown = side if side in (Side.LEFT, Side.RIGHT) else Side.RIGHT
            if marker.side != shown:
                continue
            spots.append(MarkerSpot(marker.x, marker.y, labels[marker.side]))
        else:
            current = side is None or side is Side.MIDLINE or marker.side == side
            spots.append(MarkerSpot(marker.x, marker.y, labels[marker.side], current))
    return spots


class IllustrationView(QWidget):
    """Draws one body region and the markers of one point.

    ``pulse`` (0..1) grows a halo around the current marker; the session page animates it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Point illustration"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self._path: Path | None = None
        self._mirrored = False
        self._aspect = 1.0
        self._spots: list[MarkerSpot] = []
        self._pulse = 0.0
        self._caption = ""
        #: Composed frames by state (the pulse alternates between two): see _frame().
        self._frames: dict[tuple[object, ...], QPixmap] = {}

    def show_point(
        self, point: Point, illustration: Illustration, image_file: Path, side: Side | None
    ) -> None:
        """Show ``point`` on its drawing, for one side or (None) all of them."""
        renderer = SVG_CACHE.renderer(image_file)
        view_box = renderer.viewBoxF()
        self._aspect = view_box.width() / view_box.height() if view_box.height() else 1.0
        self._path = image_file
        self._mirrored = illustration.mirror_for_left and side is Side.LEFT
        self._spots = markers_for(point, illustration, side)
        self._caption = self._caption_for(point, illustration, side)
        self.setAccessibleDescription(
            self.tr("{title}, with {code} marked. {caption}").format(
                title=illustration.title, code=point.id, caption=self._caption
            )
        )
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self._path = None
        self._spots = []
        self._caption = ""
        self.update()

    def _caption_for(self, point: Point, illustration: Illustration, side: Side | None) -> str:
        if illustration.mirror_for_left and side is None:
            return self.tr("Right side shown; the left is its mirror image")
        return ""

    @property
    def caption(self) -> str:
        """The side caption drawn under the illustration."""
        return self._caption

    def set_pulse(self, value: float) -> None:
        """Halo size of the current marker, 0..1 (repaints only when it changes)."""
        pulse = max(0.0, min(1.0, value))
        if pulse != self._pulse:
            self._pulse = pulse
            self.update()

    def image_rect(self) -> QRectF:
        """Where the drawing goes inside the widget, keeping its proportions."""
        caption_height = self.fontMetrics().height() + 6 if self._caption else 0
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8 - caption_height)
        if area.width() <= 0 or area.height() <= 0:
            return QRectF()
        if area.width() / area.height() > self._aspect:
            width = area.height() * self._aspect
            return QRectF(area.center().x() - width / 2, area.top(), width, area.height())
        height = area.width() / self._aspect
        return QRectF(area.left(), area.center().y() - height / 2, area.width(), height)

    def paintEvent(self, event: object) -> None:
        if self._path is None or self.image_rect().isEmpty():
            return
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._frame())
        painter.end()

    def _frame(self) -> QPixmap:
        """The whole view in its present state, composed once and kept while only the
        pulse changes."""
        ratio = self.devicePixelRatioF()
        text = self.palette().color(QPalette.ColorRole.WindowText).rgba()
        look = (self._path, self._mirrored, tuple(self._spots), self._caption, self.size())
        key = (*look, ratio, text, self.font().key(), self._pulse)
        frame = self._frames.get(key)
        if frame is None:
            if any(other[:-1] != key[:-1] for other in self._frames):
                self._frames.clear()
            frame = QPixmap(self.size() * ratio)
            frame.setDevicePixelRatio(ratio)
            frame.fill(Qt.GlobalColor.transparent)
            painter = QPainter(frame)
            painter.setFont(self.font())
            self._compose(painter)
            painter.end()
            self._frames[key] = frame
        return frame

    def _compose(self, painter: QPainter) -> None:
        assert self._path is not None
        target = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = QSize(round(target.width()), round(target.height()))
        pixmap = SVG_CACHE.pixmap(self._path, size, self._mirrored, self.devicePixelRatioF())
        painter.drawPixmap(target.topLeft(), pixmap)
        radius = max(7.0, min(target.width(), target.height()) * 0.028)
        for spot in self._spots:
            self._paint_marker(painter, target, spot, radius)
        if self._caption:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            caption_rect = QRectF(self.rect()).adjusted(8, 0, -8, -4)
            painter.drawText(
                caption_rect,
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                self._fitted_caption(painter, caption_rect.width()),
            )

    def _fitted_caption(self, painter: QPainter, width: float) -> str:
        """The caption in a font small enough for ``width`` (longer in some languages),
        down to two thirds of the size, then shortened with an ellipsis."""
        metrics = QFontMetricsF(painter.font())
        wide = metrics.horizontalAdvance(self._caption)
        if wide > width > 0:
            font = QFont(painter.font())
            factor = max(2 / 3, width / wide)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * factor)
            else:
                font.setPixelSize(max(1, round(font.pixelSize() * factor)))
            painter.setFont(font)
            metrics = QFontMetricsF(font)
        return metrics.elidedText(self._caption, Qt.TextElideMode.ElideRight, width)

    def _paint_marker(
        self, painter: QPainter, target: QRectF, spot: MarkerSpot, radius: float
    ) -> None:
        centre = QPointF(
            target.left() + spot.x * target.width(), target.top() + spot.y * target.height()
        )
        color = QColor(MARKER_COLOR)
        if not spot.current:
            color.setAlphaF(0.35)
        if spot.current and self._pulse > 0:
            halo = QColor(MARKER_COLOR)
            halo.setAlphaF(0.45 * (1.0 - self._pulse))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(halo)
            painter.drawEllipse(
                centre, radius * (1.4 + 1.6 * self._pulse), radius * (1.4 + 1.6 * self._pulse)
            )
        painter.setPen(QPen(QColor("white"), max(2.0, radius * 0.3)))
        painter.setBrush(color)
        painter.drawEllipse(centre, radius, radius)
        if spot.label:
            self._paint_label(painter, centre, radius, spot.label, color)

    def _paint_label(
        self, painter: QPainter, centre: QPointF, radius: float, label: str, color: QColor
    ) -> None:
        """The side letter on a plate of the marker's colour: white on red reads on pale
        skin, on a light page and on a dark one alike."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(11, round(radius * 1.5)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        pad = max(2.0, radius * 0.25)
        width = metrics.horizontalAdvance(label) + 2 * pad
        height = metrics.height() + pad
        plate = QRectF(centre.x() + radius * 1.2, centre.y() - radius - height, width, height)
        painter.setPen(QPen(QColor("white"), max(1.0, radius * 0.15)))
        painter.setBrush(color)
        painter.drawRoundedRect(plate, height * 0.3, height * 0.3)
        painter.setPen(QPen(QColor("white")))
        painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, label)

    def sizeHint(self) -> QSize:
        return QSize(360, 420)
