"""Drawing a report down its pages: headings, paragraphs, tables and blocks, in points.

The painter is scaled so that one unit is one typographic point (1/72 inch) on any paged
device (a PDF writer or a printer), and fonts are sized in those units: what the report
measures is what it draws, on paper and in the preview alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPainter, QPen

__all__ = ["Column", "Flow"]

#: The report's greys: it is read printed in black and white.
INK = QColor(0, 0, 0)
GREY = QColor(110, 110, 110)
LIGHT = QColor(215, 215, 215)
_FOOTER = 22.0


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its title, its share of the width, right-aligned (numbers) or not."""

    title: str
    weight: float
    numeric: bool = False


def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The report's font at ``size`` points (the painter's unit)."""
    chosen = QFont("DejaVu Sans")
    chosen.setStyleHint(QFont.StyleHint.SansSerif)
    chosen.setPixelSize(max(1, round(size)))
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen


class Flow:
    """Places blocks one under the other and starts a new page when one does not fit.

    Args:
        device: The paged device (its page layout gives the size and margins).
        painter: A painter begun on ``device``.
        footer: The text at the foot of every page (left), beside the page number.
        page_text: Makes "Page N" for a page number.
    """

    def __init__(
        self,
        device: QPagedPaintDevice,
        painter: QPainter,
        footer: str,
        page_text: Callable[[int], str],
    ) -> None:
        self._device = device
        self.painter = painter
        self._footer = footer
        self._page_text = page_text
        scale = device.logicalDpiY() / 72.0
        painter.scale(scale, scale)
        area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        self.width = area.width()
        self.bottom = area.height() - _FOOTER
        self.y = 0.0
        self.page = 1

    # ---- pages --------------------------------------------------------------------------

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    def new_page(self) -> None:
        """Finish this page (its footer) and go on at the top of the next."""
        self._draw_footer()
        self._device.newPage()
        self.page += 1
        self.y = 0.0

    def finish(self) -> None:
        """The last page's footer."""
        self._draw_footer()

    def _draw_footer(self) -> None:
        painter = self.painter
        painter.setPen(QPen(GREY, 0.5))
        top = self.bottom + 6
        painter.drawLine(0, int(top), int(self.width), int(top))
        painter.setFont(font(7.5, italic=True))
        box = QRectF(0, top + 3, self.width * 0.85, _FOOTER)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), self._footer
        )
        painter.setFont(font(7.5))
        right = QRectF(self.width * 0.85, top + 3, self.width * 0.15, _FOOTER)
        painter.drawText(right, int(Qt.AlignmentFlag.AlignRight), self._page_text(self.page))

    # ---- text ---------------------------------------------------------------------------

    def measure(self, text: str, size: float, width: float, *, bold: bool = False) -> float:
        """The height ``text`` takes, wrapped to ``width`` points."""
        self.painter.setFont(font(size, bold=bold))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()

    def paragraph(
        self,
        text: str,
        size: float = 10,
        *,
        bold: bool = False,
        italic: bool = False,
        indent: float = 0.0,
        after: float = 5.0,
        color: QColor = INK,
    ) -> None:
        """Wrapped text; a paragraph taller than a page is split at its lines."""
        width = self.width - indent
        height = self.measure(text, size, width, bold=bold)
        if height > self.bottom:  # longer than a page: one line at a time
            for line in text.splitlines() or [""]:
                self.paragraph(line, size, bold=bold, italic=italic, indent=indent, after=0)
            self.y += after
            return
        self.ensure(height)
        painter = self.painter
        painter.setFont(font(size, bold=bold, italic=italic))
        painter.setPen(color)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        painter.drawText(QRectF(indent, self.y, width, height + 1), flags, text)
        self.y += height + after

    def heading(self, text: str, size: float = 13, *, keep: float = 60) -> None:
        """A section heading, kept on the page with at least ``keep`` points after it."""
        self.ensure(size * 1.5 + keep)
        self.y += 6
        self.paragraph(text, size, bold=True, after=4)
        self.painter.setPen(QPen(INK, 0.8))
        self.painter.drawLine(0, int(self.y), int(self.width), int(self.y))
        self.y += 5

    def space(self, points: float) -> None:
        """Empty space (nothing at the top of a page)."""
        if self.y > 0:
            self.y = min(self.y + points, self.bottom)

    # ---- tables and blocks --------------------------------------------------------------

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = 9
    ) -> None:
        """A table with a header row, repeated on every page it runs onto."""
        total = sum(column.weight for column in columns)
        widths = [self.width * column.weight / total for column in columns]
        pad = 3.0

        def row_height(cells: Sequence[str], bold: bool) -> float:
            return (
                max(
                    self.measure(cell, size, width - 2 * pad, bold=bold)
                    for cell, width in zip(cells, widths, strict=True)
                )
                + 2 * pad
            )

        def draw_row(cells: Sequence[str], bold: bool, shade: bool) -> None:
            height = row_height(cells, bold)
            painter = self.painter
            if shade:
                painter.fillRect(QRectF(0, self.y, self.width, height), QColor(238, 238, 238))
            painter.setFont(font(size, bold=bold))
            painter.setPen(INK)
            x = 0.0
            for cell, width, column in zip(cells, widths, columns, strict=True):
                align = (
                    Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
                )
                box = QRectF(x + pad, self.y + pad, width - 2 * pad, height)
                painter.drawText(box, int(align | Qt.TextFlag.TextWordWrap), cell)
                x += width
            self.y += height
            painter.setPen(QPen(LIGHT if not bold else INK, 0.5))
            painter.drawLine(0, int(self.y), int(self.width), int(self.y))

        header = [column.title for column in columns]
        self.ensure(row_height(header, True) + (row_height(rows[0], False) if rows else 0))
        draw_row(header, True, False)
        for index, cells in enumerate(rows):
            if self.y + row_height(cells, False) > self.bottom:
                self.new_page()
                draw_row(header, True, False)
            draw_row(cells, False, index % 2 == 1)
        self.y += 8

    def block(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        """A drawing of ``height`` points across the page (a chart), on one page."""
        self.ensure(height)
        self.painter.save()
        draw(self.painter, QRectF(0, self.y, self.width, height))
        self.painter.restore()
        self.y += height + 6
