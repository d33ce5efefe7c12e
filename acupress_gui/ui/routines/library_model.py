"""The point library's model: the catalogue's points, filtered, as a drag source of points.

It is also a drop target: steps of its routine model dropped here are removed from the
routine (a drag back to the library).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from acupress_gui.domain.models import Catalog, Point
from acupress_gui.domain.search import search_points
from acupress_gui.ui.routines.mime import POINTS_MIME, STEPS_MIME, encode
from acupress_gui.ui.routines.roles import AnyIndex, Role
from acupress_gui.ui.routines.row_text import badge_tooltip, point_badges
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.text.points import point_name, point_tooltip


@dataclass(frozen=True)
class LibraryFilter:
    """What the library shows.

    Attributes:
        query: Search text: a code in any spelling, a name, a complaint.
        region: Only points of this region ("" for all).
        indication: Only points that help with this ("" for all).
        self_applicable_only: Hide points that need a partner.
        hide_pregnancy_cautioned: Hide points with a pregnancy caution.
    """

    query: str = ""
    region: str = ""
    indication: str = ""
    self_applicable_only: bool = False
    hide_pregnancy_cautioned: bool = False

    @property
    def is_default(self) -> bool:
        """True when nothing is filtered."""
        return self == LibraryFilter()


class PointLibraryModel(QAbstractListModel):
    """The catalogue's points, filtered; a drag source of points and a drop target for steps.

    Args:
        catalog: The point catalogue.
        removal_target: The routine model whose steps, dropped here, are removed.
        parent: The Qt parent.
    """

    filter_changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        removal_target: RoutineStepsModel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._filter = LibraryFilter()
        self._points: list[Point] = list(catalog.points)
        self._removal_target = removal_target

    # -- filtering ------------------------------------------------------------------------

    def regions(self) -> list[str]:
        """Every region, in catalogue order."""
        return list(dict.fromkeys(p.region for p in self._catalog.points))

    def indications(self) -> list[str]:
        """Every indication, sorted."""
        return sorted({i for p in self._catalog.points for i in p.indications}, key=str.casefold)

    def current_filter(self) -> LibraryFilter:
        """The filter in effect."""
        return self._filter

    def set_filter(self, library_filter: LibraryFilter) -> None:
        """Show only the points that pass ``library_filter``."""
        if library_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = library_filter
        found = search_points(list(self._catalog.points), library_filter.query)
        self._points = [p for p in found if self._passes(p)]
        self.endResetModel()
        self.filter_changed.emit()

    def _passes(self, point: Point) -> bool:
        f = self._filter
        if f.region and point.region != f.region:
            return False
        if f.indication and f.indication not in point.indications:
            return False
        if f.self_applicable_only and not point.self_applicable:
            return False
        return not (f.hide_pregnancy_cautioned and point.has_pregnancy_caution)

    def points(self) -> list[Point]:
        """The points shown, in order."""
        return list(self._points)

    def point_at(self, row: int) -> Point | None:
        """The point shown at ``row``."""
        return self._points[row] if 0 <= row < len(self._points) else None

    def row_of(self, point_id: str) -> int:
        """The row showing ``point_id``, or -1."""
        for row, point in enumerate(self._points):
            if point.id == point_id:
                return row
        return -1

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        point = self.point_at(index.row()) if index.isValid() else None
        if point is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            flags = [badge_tooltip(b) for b in point_badges(point)]
            text = f"{point.id} · {point_name(point)}\n{point.region}"
            return text + (f" ({', '.join(flags)})" if flags else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return point_tooltip(point)
        if role == Role.POINT_ID:
            return point.id
        if role == Role.TITLE:
            if point.display_name == point.id:
                return point.id
            return f"{point.id} · {point_name(point)}"
        if role == Role.SUBTITLE:
            return point.region
        if role == Role.BADGES:
            return point_badges(point)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # The empty area of the list: steps dragged here are removed from the routine.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop --------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [POINTS_MIME, STEPS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._points[r].id for r in rows if 0 <= r < len(self._points)]
        data = QMimeData()
        data.setData(POINTS_MIME, encode({"points": ids}))
        data.setText(" ".join(ids))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._removal_target
        if target is None or action != Qt.DropAction.MoveAction:
            return False
        return target.owns_steps_mime(data)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._removal_target
        if target is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        return target.remove_dragged_out(data)
