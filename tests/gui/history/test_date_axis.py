"""The charts' date axis speaks the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication

from acupress_gui.ui.history.date_axis import axis_label
from tests.helpers.language import speaking

DAY = 24 * 3600
OCTOBER = datetime(2026, 10, 5, tzinfo=UTC).timestamp()
JANUARY = datetime(2027, 1, 4, tzinfo=UTC).timestamp()


@pytest.fixture
def german() -> Iterator[None]:
    """The app in German: its translators and the German locale."""
    with speaking("de"):
        yield


@pytest.mark.usefixtures("qapp", "german")
def test_months_are_named_in_the_language() -> None:
    assert axis_label(OCTOBER, 30 * DAY) == "Okt."
    assert axis_label(JANUARY, 30 * DAY) == "Jan. 2027"


@pytest.mark.usefixtures("qapp", "german")
def test_weeks_and_years() -> None:
    assert axis_label(OCTOBER, 7 * DAY) == "5. Okt."
    assert axis_label(OCTOBER, 365 * DAY) == "2026"


def test_english_by_default(qapp: QCoreApplication) -> None:
    assert axis_label(OCTOBER, 30 * DAY) in {"Oct", "Oct."}
