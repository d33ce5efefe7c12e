"""Fixtures of the History page tests: English dates, a history in Berlin time, a year of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import AppContext, build_context
from tests.helpers.history_data import BERLIN, fixed_clock, year_of_sessions


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates are shown with the default locale: make it English whatever the machine's is."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def context(config_dir: Path) -> AppContext:
    return build_context(config_dir)


@pytest.fixture
def store(config_dir: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(
        history_file(config_dir),
        clock=fixed_clock,
        to_local=lambda moment: moment.astimezone(BERLIN),
    )
    yield history
    history.close()


@pytest.fixture
def year_store(store: HistoryStore, context: AppContext) -> HistoryStore:
    store.add_records(year_of_sessions(context.catalog))
    return store
