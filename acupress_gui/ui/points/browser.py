"""The point browser: every point, its illustration with markers, and how to press it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog, Point
from acupress_gui.domain.search import search_points
from acupress_gui.ui.platform.icons import badges_icon
from acupress_gui.ui.resources import image_path
from acupress_gui.ui.text.points import point_html, point_name
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.illustration import IllustrationView

_POINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PointBrowser(QWidget):
    """List of points with a search box; the selected point's drawing and instructions."""

    point_selected = Signal(str)
    practise_requested = Signal(str)
    """Practise the selected point now (a one-point session); carries its id."""
    add_requested = Signal(str)
    """Add the selected point to a routine of the person's own; carries its id."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._illustrations = {ill.file: ill for ill in catalog.illustrations}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: code (B54, UB40), name or complaint"))
        self.search.setAccessibleName(self.tr("Search points"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)

        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Points"))
        self.points.setSpacing(2)
        self.points.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.points.currentItemChanged.connect(self._on_points_current_item_changed)
        self.empty_label = QLabel(self.tr("No point matches your search."))
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = buddy_label(self.tr("&Find a point:"), self.search)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.points, 1)
        left_layout.addWidget(self.empty_label)

        self.illustration = IllustrationView()
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Point instructions"))
        self.details.setOpenLinks(False)

        self.practise_button = QPushButton(self.tr("&Practise this point"))
        self.practise_button.setAccessibleName(self.tr("Practise this point"))
        self.practise_button.clicked.connect(self._on_practise_button_clicked)
        self.add_button = QPushButton(self.tr("&Add to my routine"))
        self.add_button.setAccessibleName(self.tr("Add to my routine"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        details_panel = QWidget()
        details_layout = QVBoxLayout(details_panel)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.practise_button)
        buttons.addWidget(self.add_button)
        details_layout.addLayout(buttons)

        right = QSplitter(Qt.Orientation.Horizontal)
        right.addWidget(self.illustration)
        right.addWidget(details_panel)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        focus_search.activated.connect(self.search.setFocus)
        self.setFocusProxy(self.points)
        self._fill(catalog.points)

    def _fill(self, points: list[Point]) -> None:
        current = self.current_point_id()
        self.points.clear()
        for point in points:
            item = QListWidgetItem(f"{point.id}  {point_name(point)}\n{point.region}")
            item.setData(_POINT_ID_ROLE, point.id)
            flags = []
            if point.has_pregnancy_caution:
                flags.append(self.tr("avoid in pregnancy"))
            if not point.self_applicable:
                flags.append(self.tr("needs a partner"))
            if flags:
                item.setIcon(badges_icon(point.has_pregnancy_caution, not point.self_applicable))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, ", ".join(flags))
            item.setToolTip(f"{point.location}\n{', '.join(flags)}".strip())
            self.points.addItem(item)
        self.empty_label.setVisible(not points)
        if not points:
            self.illustration.clear()
            self.details.clear()
            return
        ids = [p.id for p in points]
        self.points.setCurrentRow(ids.index(current) if current in ids else 0)

    def current_point_id(self) -> str | None:
        """The id of the selected point."""
        item = self.points.currentItem()
        return str(item.data(_POINT_ID_ROLE)) if item else None

    def select_point(self, point_id: str) -> bool:
        """Select a point by id; False when it is not listed."""
        for row in range(self.points.count()):
            if self.points.item(row).data(_POINT_ID_ROLE) == point_id:
                self.points.setCurrentRow(row)
                return True
        return False

    @Slot()
    def _on_practise_button_clicked(self) -> None:
        point_id = self.current_point_id()
        if point_id is not None:
            self.practise_requested.emit(point_id)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        point_id = self.current_point_id()
        if point_id is not None:
            self.add_requested.emit(point_id)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._fill(search_points(self._catalog.points, text))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_points_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        point = self._catalog.point(str(current.data(_POINT_ID_ROLE)))
        if point is None:
            return
        illustration = self._illustrations[point.image]
        self.illustration.show_point(point, illustration, image_path(point.image), None)
        self.details.setHtml(point_html(point, self._catalog))
        self.point_selected.emit(point.id)
