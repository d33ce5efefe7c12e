"""Where it hurts: the pain map's body regions as toggles, laid out like the back.

Neck and upper back on top, the lower back left and right below, then hips and legs; each
is a check box (Tab to move, Space to toggle), with the region's name as its accessible
name. Shared by the Session page's setup and summary panels and the History filter.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from acupress_gui.domain.pain_map import PainRegion, sorted_regions
from acupress_gui.ui.text.regions import region_name

__all__ = ["PainMap"]

#: (row, column) of each region: the back seen from behind, the person's left on the left.
_PLACES = {
    PainRegion.NECK: (0, 0),
    PainRegion.UPPER_BACK: (0, 1),
    PainRegion.LOWER_BACK_LEFT: (1, 0),
    PainRegion.LOWER_BACK_RIGHT: (1, 1),
    PainRegion.HIPS: (2, 0),
    PainRegion.LEGS: (2, 1),
}


class RegionBox(QCheckBox):
    """A region's toggle: Space marks it, even where Space is a window shortcut (Start)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # the key goes to the box, not to the shortcut
            return True
        return super().event(event)


class PainMap(QWidget):
    """Toggles for the body regions where it hurts (none by default).

    Signals:
        changed(): A region was marked or unmarked by the person.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Where it hurts"))
        self.boxes: dict[PainRegion, RegionBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        for region in PainRegion:  # tab order: the map order
            name = region_name(region)
            box = RegionBox(name[:1].upper() + name[1:])
            box.setAccessibleName(self.tr("Pain in the {region}").format(region=name))
            box.toggled.connect(self._on_box_toggled)
            row, column = _PLACES[region]
            grid.addWidget(box, row, column)
            self.boxes[region] = box
        grid.setColumnStretch(2, 1)  # the two columns stay together, the rest is space

    def regions(self) -> tuple[PainRegion, ...]:
        """The regions marked, in map order."""
        return tuple(region for region, box in self.boxes.items() if box.isChecked())

    def set_regions(self, regions: Iterable[PainRegion]) -> None:
        """Mark exactly these regions (no signal)."""
        marked = set(sorted_regions(regions))
        for region, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(region in marked)
            box.blockSignals(False)

    @Slot(bool)
    def _on_box_toggled(self, _checked: bool) -> None:
        self.changed.emit()
