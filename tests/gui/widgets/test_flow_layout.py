"""The flow layout wraps a bar of labelled fields instead of cutting it off."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.ui.widgets.flow_layout import FlowLayout, labelled_group


def _bar(qtbot: QtBot) -> tuple[QWidget, list[QWidget]]:
    bar = QWidget()
    qtbot.addWidget(bar)
    layout = FlowLayout(bar)
    items: list[QWidget] = []
    for number in range(4):
        item = labelled_group(QLabel(f"Field {number}:"), QPushButton("A long enough value"))
        layout.addWidget(item)
        items.append(item)
    return bar, items


def test_a_wide_bar_is_one_row(qtbot: QtBot) -> None:
    bar, items = _bar(qtbot)
    bar.resize(2000, 200)
    bar.show()
    qtbot.waitExposed(bar)
    assert len({item.y() for item in items}) == 1
    assert items[0].x() < items[1].x() < items[2].x() < items[3].x()


def test_a_narrow_bar_wraps_every_item_into_view(qtbot: QtBot) -> None:
    bar, items = _bar(qtbot)
    width = items[0].sizeHint().width() * 2 + 30
    bar.resize(width, 400)
    bar.show()
    qtbot.waitExposed(bar)
    rows = sorted({item.y() for item in items})
    assert len(rows) == 2
    assert all(item.geometry().right() <= width for item in items)
    layout = bar.layout()
    assert isinstance(layout, FlowLayout)
    assert layout.heightForWidth(width) > layout.heightForWidth(2000)
