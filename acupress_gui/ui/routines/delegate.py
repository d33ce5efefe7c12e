"""The two-line rows of the Routines page's lists: a bold title with a value on the right, a
muted subtitle with badges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from acupress_gui.ui.platform.icons import badge_icon
from acupress_gui.ui.routines.roles import Role

_PAD = 6
_BADGE = 16


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def is_dark(palette: QPalette) -> bool:
    """True when the palette has a dark base (light text on dark)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class RowDelegate(QStyledItemDelegate):
    """Two-line rows: a bold title with a value on the right, a muted subtitle with badges.

    Reads :class:`~acupress_gui.ui.routines.roles.Role` ``TITLE``, ``SUBTITLE``, ``TRAILING``,
    ``BADGES`` and ``MISSING``; falls back to the display text.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        title_h = QFontMetrics(bold).height()
        sub_h = option.fontMetrics.height()
        return QSize(200, _PAD * 2 + title_h + 3 + max(sub_h, _BADGE))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(group, text_role)
        back_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        muted = _mix(text_color, palette.color(group, back_role), 0.38)
        missing = bool(index.data(Role.MISSING))
        if missing and not selected:
            text_color = QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")

        title = index.data(Role.TITLE) or ""
        subtitle = index.data(Role.SUBTITLE) or ""
        if not title:
            lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n", 1)
            title, subtitle = lines[0], (lines[1] if len(lines) > 1 else "")
        trailing = index.data(Role.TRAILING) or ""
        badges = index.data(Role.BADGES) or []

        rect: QRect = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD - 2, -_PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.save()
        painter.setClipRect(opt.rect)
        bold_metrics = QFontMetrics(bold)
        metrics = QFontMetrics(opt.font)
        title_h = bold_metrics.height()
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_h)
        if trailing:
            width = metrics.horizontalAdvance(trailing)
            painter.setFont(opt.font)
            painter.setPen(muted if not missing else text_color)
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                trailing,
            )
            title_rect.setRight(title_rect.right() - width - 12)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        sub_top = rect.top() + title_h + 3
        sub_h = max(metrics.height(), _BADGE)
        sub_rect = QRect(rect.left(), sub_top, rect.width(), sub_h)
        x = sub_rect.right()
        for kind in reversed(badges):
            x -= _BADGE
            where = QRect(x, sub_top + (sub_h - _BADGE) // 2, _BADGE, _BADGE)
            if selected:
                # Keep the coloured icons readable on the selection colour.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(where.adjusted(-2, -2, 2, 2), 4, 4)
            badge_icon(kind).paint(painter, where)
            x -= 6
        sub_rect.setRight(x - 4)
        painter.setFont(opt.font)
        painter.setPen(muted)
        painter.drawText(
            sub_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, sub_rect.width()),
        )
        # A hairline between rows keeps long lists readable.
        line = QColor(palette.color(QPalette.ColorRole.Text))
        line.setAlpha(28)
        painter.setPen(line)
        bottom = opt.rect.bottom()
        painter.drawLine(opt.rect.left() + _PAD, bottom, opt.rect.right() - _PAD, bottom)
        if opt.state & QStyle.StateFlag.State_HasFocus and not selected:
            focus = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(opt.rect.adjusted(1, 1, -2, -2))
        painter.restore()
