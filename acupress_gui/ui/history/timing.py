"""The History page built and drawn once, timed: the self-test's and the benchmark's figure."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize

from acupress_gui.domain.models import Catalog
from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.history.page import HistoryPage


def build_history_page_timed(
    store: HistoryStore, catalog: Catalog, size: QSize | None = None
) -> tuple[HistoryPage, float]:
    """Build the History page with its first screen of rows and summaries, timed.

    This is the self-test's ``history_ms``: the page is built (count, first page of rows,
    routine list, summaries, relief per routine, the newest session's details), laid out at
    ``size`` (1024x640 by default) and rendered once. The charts are not included: they are
    built when the Charts tab is first shown.

    Returns:
        (the page, not shown; milliseconds).
    """
    started = time.perf_counter()
    page = HistoryPage(store, catalog)
    page.resize(size or QSize(1024, 640))
    page.grab()
    return page, (time.perf_counter() - started) * 1000.0
