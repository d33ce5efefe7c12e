"""Settings > Session timing: time to find a point, to switch sides, to find it again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from acupress_gui.domain.models import PREPARE_SECONDS
from acupress_gui.storage.settings import Settings


class TimingDialog(QDialog):
    """Three lengths, in seconds; OK keeps them, Cancel or Esc leaves them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session timing"))
        self.prepare_spin = self._spin(
            settings.prepare_seconds, PREPARE_SECONDS[0], PREPARE_SECONDS[1]
        )
        self.prepare_spin.setAccessibleName(self.tr("Time to find the point, for new steps"))
        self.switch_spin = self._spin(settings.switch_seconds, 0, 60)
        self.switch_spin.setAccessibleName(self.tr("Time to switch sides"))
        self.side_prepare_spin = self._spin(settings.side_prepare_seconds, 0, 60)
        self.side_prepare_spin.setAccessibleName(
            self.tr("Time to find the point again on the new side")
        )
        form = QFormLayout(self)
        hint = QLabel(
            self.tr("Lying on the floor, a few more seconds between holds make it calmer.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        for text, spin in (
            (self.tr("&Find the point (new steps):"), self.prepare_spin),
            (self.tr("&Switch sides:"), self.switch_spin),
            (self.tr("Find it &again on the new side:"), self.side_prepare_spin),
        ):
            label = QLabel(text)
            label.setBuddy(spin)
            form.addRow(label, spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        return spin

    def apply_to(self, settings: Settings) -> None:
        """Write the chosen lengths into ``settings``."""
        settings.prepare_seconds = self.prepare_spin.value()
        settings.switch_seconds = self.switch_spin.value()
        settings.side_prepare_seconds = self.side_prepare_spin.value()
