"""The one message bar of the Routines and History pages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from acupress_gui.ui.widgets.message_bar import MessageBar


def test_message_bar_shows_one_message_with_an_optional_undo(qtbot: QtBot) -> None:
    bar = MessageBar(object_name="historyNotice", undo_name="Undo delete")
    qtbot.addWidget(bar)
    assert bar.isHidden() and bar.objectName() == "historyNotice" and bar.text() == ""
    bar.show_message("Deleted 2 sessions.", undo=True)
    assert bar.isVisibleTo(bar.parentWidget() or bar) and bar.undo_button.isVisibleTo(bar)
    assert bar.undo_button.accessibleName() == "Undo delete"
    with qtbot.waitSignal(bar.undo_requested):
        bar.undo_button.click()
    bar.show_message("Restored 2 sessions.")
    assert not bar.undo_button.isVisibleTo(bar)
    assert bar.text() == "Restored 2 sessions." and bar.kind == "info"
    bar.close_button.click()
    assert bar.isHidden() and bar.text() == ""


def test_message_bar_kinds(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    assert bar.objectName() == "messageBar"
    bar.show_message("bad.json was not imported", "error")
    assert bar.kind == "error" and "#messageBar" in bar.styleSheet()
    assert bar.close_button.accessibleName() == "Dismiss message"
