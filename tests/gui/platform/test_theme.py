"""The theme choice: follow the desktop by default, or stay light or dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupress_gui.ui.platform.theme import ThemeFollower, is_dark


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    yield app
    app.setPalette(palette)


def test_dark_and_light_choices_set_the_palette(app: QApplication) -> None:
    follower = ThemeFollower(app, "dark")
    assert follower.choice == "dark"
    assert is_dark(app.palette())
    follower.set_choice("light")
    assert not is_dark(app.palette())
    follower.set_choice("system")
    assert follower.choice == "system"


def test_an_unknown_choice_is_refused_and_a_bad_saved_one_follows_the_system(
    app: QApplication,
) -> None:
    follower = ThemeFollower(app, "purple")
    assert follower.choice == "system"
    with pytest.raises(ValueError, match="unknown theme"):
        follower.set_choice("purple")
