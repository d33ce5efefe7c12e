"""The point library of the Routines page: search, filters and the list of points to add."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog
from acupress_gui.ui.platform.icons import Badge, badge_icon
from acupress_gui.ui.routines.actions import action_button, make_action
from acupress_gui.ui.routines.labels import heading
from acupress_gui.ui.routines.library_model import LibraryFilter, PointLibraryModel
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.routines.views import HintListView
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.buddy_label import buddy_label


class LibraryPanel(QWidget):
    """The catalogue's points, searchable and filtered; Enter or a double click adds them.

    Signals:
        points_chosen: The user asked to add these points (ids) to the routine.

    Args:
        catalog: The point catalogue.
        steps_model: The routine's model: its steps dropped on the library are removed.
        hide_pregnancy_cautioned: Start with pregnancy-cautioned points hidden.
        parent: The Qt parent.

    Attributes:
        library_view: The list (object name "pointLibrary", accessible name "Point library").
        library_model: Its model.
        add_action: Add the selected points (Enter, Return in the list).
    """

    points_chosen = Signal(list)

    def __init__(
        self,
        catalog: Catalog,
        steps_model: RoutineStepsModel,
        *,
        hide_pregnancy_cautioned: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._total = len(catalog.points)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code (B54, UB40), name or complaint"))
        self.search.setAccessibleName(self.tr("Search points"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self.library_model = PointLibraryModel(catalog, steps_model, self)
        self.region_filter = QComboBox()
        self.region_filter.setAccessibleName(self.tr("Region filter"))
        self.region_filter.addItem(self.tr("All regions"), "")
        for region in self.library_model.regions():
            self.region_filter.addItem(region, region)
        self.region_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.indication_filter = QComboBox()
        self.indication_filter.setAccessibleName(self.tr("Complaint filter"))
        self.indication_filter.addItem(self.tr("All complaints"), "")
        for indication in self.library_model.indications():
            self.indication_filter.addItem(indication, indication)
        self.indication_filter.currentIndexChanged.connect(self._on_filter_changed)
        for combo in (self.region_filter, self.indication_filter):
            combo.view().setAccessibleName(combo.accessibleName())
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.self_only_filter = QCheckBox(self.tr("Self-applicable &only"))
        self.self_only_filter.setAccessibleName(self.tr("Self-applicable only"))
        self.self_only_filter.setToolTip(self.tr("Hide points that need a partner or therapist"))
        self.self_only_filter.toggled.connect(self._on_filter_changed)
        self.pregnancy_filter = QCheckBox(self.tr("Hide pregnanc&y cautions"))
        self.pregnancy_filter.setAccessibleName(self.tr("Hide pregnancy-cautioned points"))
        self.pregnancy_filter.setToolTip(
            self.tr("Hide points that sources advise against during pregnancy")
        )
        self.pregnancy_filter.setChecked(hide_pregnancy_cautioned)
        self.pregnancy_filter.toggled.connect(self._on_filter_changed)

        self.library_view = HintListView()
        self.library_view.setObjectName("pointLibrary")
        self.library_view.setAccessibleName(self.tr("Point library"))
        self.library_view.setAccessibleDescription(
            self.tr("Drag points into the routine, or press Enter to add the selected points.")
        )
        self.library_view.setModel(self.library_model)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.library_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.library_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.library_view.setDropIndicatorShown(False)
        self.library_view.set_hint(self.tr("No point matches your search and filters."))
        self.library_view.doubleClicked.connect(self._on_library_view_double_clicked)
        self.add_action = make_action(
            self.tr("&Add to routine"),
            self._on_add_action_triggered,
            ["Return", "Enter"],
            self.library_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.clear_filters_button = QPushButton(self.tr("Clear search and filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)
        self.clear_filters_button.hide()
        self.add_button = action_button(self.add_action, self.tr("Add to routine  ⏎"))
        self.library_count = QLabel()
        self.library_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.library_count.setAccessibleName(self.tr("Points shown"))
        self._lay_out()
        self.setMinimumWidth(250)
        self._apply_filter()

    def _lay_out(self) -> None:
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for kind, text in (
            (Badge.PREGNANCY, self.tr("caution in pregnancy")),
            (Badge.PARTNER, self.tr("needs a partner")),
        ):
            icon = QLabel()
            icon.setPixmap(badge_icon(kind).pixmap(16, 16))
            legend.addWidget(icon)
            words = buddy_label(text, muted=True)
            words.setWordWrap(False)
            legend.addWidget(words)
            legend.addSpacing(8)
        legend.addStretch(1)

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        filters.addWidget(self.region_filter, 0, 0)
        filters.addWidget(self.indication_filter, 0, 1)
        filters.addWidget(self.self_only_filter, 1, 0, 1, 2)
        filters.addWidget(self.pregnancy_filter, 2, 0, 1, 2)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Point &library"), self.library_view))
        top.addStretch(1)
        top.addWidget(self.library_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.library_view, 1)
        layout.addWidget(self.clear_filters_button)
        layout.addLayout(legend)
        layout.addWidget(self.add_button)

    @Slot()
    def focus_search(self) -> None:
        """Put the focus in the search field with its text selected (Ctrl+F)."""
        self.search.setFocus()
        self.search.selectAll()

    def _apply_filter(self) -> None:
        library_filter = LibraryFilter(
            query=self.search.text(),
            region=str(self.region_filter.currentData() or ""),
            indication=str(self.indication_filter.currentData() or ""),
            self_applicable_only=self.self_only_filter.isChecked(),
            hide_pregnancy_cautioned=self.pregnancy_filter.isChecked(),
        )
        self.library_model.set_filter(library_filter)
        shown = self.library_model.rowCount()
        self.library_count.setText(
            counted(
                QCoreApplication.translate("LibraryPanel", "all %n point(s)", None, self._total),
                self._total,
            )
            if shown == self._total
            else counted(
                QCoreApplication.translate(
                    "LibraryPanel", "{shown} of %n point(s)", None, self._total
                ),
                self._total,
            ).format(shown=shown)
        )
        self.clear_filters_button.setVisible(shown == 0 and not library_filter.is_default)
        if shown and not self.library_view.currentIndex().isValid():
            self.library_view.setCurrentIndex(self.library_model.index(0))

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._apply_filter()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._apply_filter()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        count = self.library_model.rowCount()
        if count == 1:
            # The search found the one point meant: Enter adds it, as in the library list.
            point = self.library_model.point_at(0)
            if point is not None:
                self.points_chosen.emit([point.id])
            return
        if count:
            self.library_view.setFocus()
            self.library_view.setCurrentIndex(self.library_model.index(0))

    @Slot()
    def _on_clear_filters_button_clicked(self) -> None:
        widgets = (
            self.search,
            self.region_filter,
            self.indication_filter,
            self.self_only_filter,
            self.pregnancy_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.region_filter.setCurrentIndex(0)
        self.indication_filter.setCurrentIndex(0)
        self.self_only_filter.setChecked(False)
        self.pregnancy_filter.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filter()
        self.library_view.setFocus()

    @Slot()
    def _on_add_action_triggered(self) -> None:
        rows = sorted({i.row() for i in self.library_view.selectionModel().selectedRows()})
        if not rows and self.library_view.currentIndex().isValid():
            rows = [self.library_view.currentIndex().row()]
        points = (self.library_model.point_at(r) for r in rows)
        ids = [p.id for p in points if p is not None]
        if ids:
            self.points_chosen.emit(ids)

    @Slot(QModelIndex)
    def _on_library_view_double_clicked(self, index: QModelIndex) -> None:
        point = self.library_model.point_at(index.row())
        if point is not None:
            self.points_chosen.emit([point.id])
