"""The list views of the Routines page: a list with an empty-list hint, and the steps list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QDrag, QDropEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from acupress_gui.ui.routines.delegate import RowDelegate
from acupress_gui.ui.routines.roles import Role
from acupress_gui.ui.text.plurals import counted


class HintListView(QListView):
    """A list view that shows a hint in its empty area when it has no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""
        self.setItemDelegate(RowDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_hint(self, text: str) -> None:
        """The text shown while the list is empty."""
        self._hint = text
        self.viewport().update()

    def hint(self) -> str:
        """The empty-list hint."""
        return self._hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self._hint:
            return
        painter = QPainter(self.viewport())
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            self._hint,
        )
        painter.end()


class StepsView(HintListView):
    """The routine's steps. Drops go to the model's ``dropMimeData``, which moves or inserts;
    a drag of steps never removes them here (dropping them on the library does)."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803
        indexes = sorted(self.selectedIndexes(), key=lambda i: i.row())
        model = self.model()
        if not indexes or model is None:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData(indexes))
        drag.setPixmap(self._drag_pixmap(indexes))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        first = str(indexes[0].data(Role.TITLE) or "")
        text = (
            first
            if len(indexes) == 1
            else counted(
                QCoreApplication.translate("RoutinesPage", "%n step(s)", None, len(indexes)),
                len(indexes),
            )
        )
        metrics = self.fontMetrics()
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 20, metrics.height() + 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(pixmap.rect(), 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        return pixmap

    def dropEvent(self, event: QDropEvent) -> None:
        # QListView's own dropEvent would try moveRows() for internal moves and then have
        # startDrag() remove the "moved" rows; the model's dropMimeData does it all instead.
        QAbstractItemView.dropEvent(self, event)
