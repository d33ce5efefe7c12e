"""Settings > Session timing refuses a number out of range at the field, never changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupress_gui.storage.settings import Settings
from acupress_gui.ui.shell.timing_dialog import TimingDialog
from tests.helpers.keys import key_click, key_clicks


def test_a_number_out_of_range_is_refused_and_ok_waits(qtbot: QtBot) -> None:
    settings = Settings()
    dialog = TimingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.switch_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    key_clicks(spin.lineEdit(), "99")
    key_click(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.text() == "99 s" and spin.value() == 5  # not 9, not 60
    assert dialog.problem_label.isVisibleTo(dialog)
    assert dialog.problem_label.text() == (
        "This time must be between 0 and 60 s; it stays 5 s until you type a number in that range."
    )
    assert not dialog.ok_button.isEnabled()
    spin.lineEdit().selectAll()
    key_clicks(spin.lineEdit(), "12")
    assert not dialog.problem_label.isVisibleTo(dialog) and dialog.ok_button.isEnabled()
    key_click(spin.lineEdit(), Qt.Key.Key_Return)
    dialog.apply_to(settings)
    assert settings.switch_seconds == 12
