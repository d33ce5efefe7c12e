"""The weekly check-in: two questions of the app's own, each answered 0 to 10 or not at all.

Not a copy of a published questionnaire (see :mod:`acupress_gui.domain.checkin`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.ui.widgets.buddy_label import buddy_label

__all__ = ["CheckinForm"]


class CheckinForm(QWidget):
    """How much pain got in the way this week, and how well the person slept.

    Signals:
        changed(): An answer was picked.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Weekly check-in (optional, once a week):"))
        self.interference = self._scale(self.tr("not at all"), self.tr("completely"))
        self.interference.setAccessibleName(
            self.tr("This week, how much did pain get in the way of your daily activities, 0 to 10")
        )
        self.sleep = self._scale(self.tr("very badly"), self.tr("very well"))
        self.sleep.setAccessibleName(self.tr("This week, how well did you sleep, 0 to 10"))
        interference_label = buddy_label(
            self.tr("How much did pain get in the way of your &daily activities this week?"),
            self.interference,
        )
        interference_label.setWordWrap(True)
        sleep_label = buddy_label(self.tr("How well did you s&leep this week?"), self.sleep)
        form = QFormLayout(self)
        form.setContentsMargins(0, 6, 0, 0)
        form.addRow(self.title)
        form.addRow(interference_label, self.interference)
        form.addRow(sleep_label, self.sleep)

    def _scale(self, low: str, high: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("not answered"), -1)
        for value in range(11):
            label = str(value)
            if value == 0:
                label = f"0 ({low})"
            elif value == 10:
                label = f"10 ({high})"
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        return combo

    def answers(self) -> WeeklyCheckin | None:
        """Both answers, or None while either is not answered."""
        interference, sleep = self.interference.currentData(), self.sleep.currentData()
        if not isinstance(interference, int) or not isinstance(sleep, int):
            return None
        if interference < 0 or sleep < 0:
            return None
        return WeeklyCheckin(interference, sleep)

    def clear(self) -> None:
        """Both not answered (no signal)."""
        for combo in (self.interference, self.sleep):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.changed.emit()
