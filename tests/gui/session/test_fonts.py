"""The Session page's forms: labels and fields in the body font, growing with the page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.session.fonts import ScaledFonts, body_form
from acupress_gui.ui.widgets.pain_map import PainMap


def test_a_body_form_grows_its_labels_fields_and_what_they_hold(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    base = page.font().pointSizeF()
    fonts = ScaledFonts(page)
    label, pain_map, check = QLabel("&Where:"), PainMap(), QCheckBox("A helper")
    form = body_form(fonts, [(label, pain_map), (None, check)])
    page.setLayout(form)
    box = next(iter(pain_map.boxes.values()))
    assert form.rowCount() == 2 and form.labelForField(pain_map) is label
    item = form.itemAt(1, form.ItemRole.FieldRole)
    assert item is not None and item.widget() is check
    fonts.set_user_scale(1.5)
    for widget in (label, box, check):
        assert widget.font().pointSizeF() == pytest.approx(base * 1.5)
        assert not widget.font().bold()
