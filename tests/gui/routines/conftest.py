"""Fixtures of the Routines page tests: a context on the test's config folder, pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.routines.page import RoutinesPage
from tests.gui.routines.helpers import build_page


@pytest.fixture
def context(config_dir: Path) -> AppContext:
    return build_context(config_dir)


@pytest.fixture
def make_page(qtbot: QtBot, context: AppContext) -> Iterator[Callable[..., RoutinesPage]]:
    def make(ctx: AppContext | None = None) -> RoutinesPage:
        page = build_page(ctx or context)
        qtbot.addWidget(page)
        page.resize(1180, 760)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        return page

    yield make


@pytest.fixture
def page(make_page: Callable[..., RoutinesPage]) -> RoutinesPage:
    built = make_page()
    built.new_routine("Evening")
    return built
