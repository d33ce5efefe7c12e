"""Settings > Session timing: time to find a point, to switch sides, to find it again."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from acupress_gui.domain.models import PREPARE_SECONDS
from acupress_gui.storage.settings import Settings
from acupress_gui.ui.platform.theme import is_dark
from acupress_gui.ui.widgets.bounded_spin_box import BoundedSpinBox
from acupress_gui.ui.widgets.buddy_label import buddy_label


class TimingDialog(QDialog):
    """Three lengths, in seconds; OK keeps them, Cancel or Esc leaves them.

    A number out of range is refused with a message under the boxes, and OK waits until it
    is corrected (nothing is changed into another number).
    """

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
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Session timing problem"))
        palette = self.problem_label.palette()
        red = "#ff8a80" if is_dark(palette) else "#b3261e"
        palette.setColor(QPalette.ColorRole.WindowText, QColor(red))
        self.problem_label.setPalette(palette)
        self.problem_label.hide()
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
            label = buddy_label(text, spin)
            form.addRow(label, spin)
        form.addRow(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _spin(self, value: int, low: int, high: int) -> BoundedSpinBox:
        unit = self.tr(" s")
        message = self.tr(
            "This time must be between {low} and {high}{unit}; it stays {kept}{unit} until you "
            "type a number in that range."
        ).format(low=low, high=high, unit=unit, kept="{kept}")
        spin = BoundedSpinBox(low, high, message)
        spin.setSuffix(unit)
        spin.setValue(value)
        spin.range_problem.connect(self._on_spin_range_problem)
        return spin

    def _on_spin_range_problem(self, _message: str) -> None:
        spins = (self.prepare_spin, self.switch_spin, self.side_prepare_spin)
        problems = [spin.problem for spin in spins if spin.problem]
        self.problem_label.setText(problems[0] if problems else "")
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)

    def apply_to(self, settings: Settings) -> None:
        """Write the chosen lengths into ``settings``."""
        settings.prepare_seconds = self.prepare_spin.value()
        settings.switch_seconds = self.switch_spin.value()
        settings.side_prepare_seconds = self.side_prepare_spin.value()
