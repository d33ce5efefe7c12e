"""``--self-test``: build every page and draw every illustration without showing a window."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize

from acupress_gui import __version__
from acupress_gui.domain.models import Catalog, Side
from acupress_gui.errors import StartupError
from acupress_gui.ui.application import (
    create_main_window,
    ensure_platform_for_headless,
    make_application,
)
from acupress_gui.ui.context import build_context
from acupress_gui.ui.history.page import HistoryPage
from acupress_gui.ui.resources import image_path
from acupress_gui.ui.widgets.illustration import SVG_CACHE, IllustrationView


def run_self_test(config_dir: Path, started: float) -> int:
    """Build everything once without showing it; print one JSON line. Returns the exit code."""
    ensure_platform_for_headless()
    make_application()
    context = build_context(config_dir, open_history_file=True)
    window = create_main_window(context)
    for key in window.page_keys():
        if key != "history":
            window.page(key)
    # history_ms: the History page built with its first screen of rows and summaries, laid
    # out at the smallest window size and drawn once (the charts come after first show).
    history_started = time.perf_counter()
    history_page = window.page("history")
    assert isinstance(history_page, HistoryPage)
    history_page.resize(QSize(1024, 640))
    history_page.grab()
    history_ms = (time.perf_counter() - history_started) * 1000.0
    sessions = history_page.store.count()
    startup_ms = (time.perf_counter() - started) * 1000.0
    _draw_every_illustration(context.catalog)
    for warning in context.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    result = {
        "ok": True,
        "points": len(context.catalog.points),
        "routines": len(context.all_routines()),
        "sessions": sessions,
        "startup_ms": round(startup_ms),
        "history_ms": round(history_ms),
        "pages": window.page_keys(),
        "version": __version__,
    }
    print(json.dumps(result), flush=True)
    # Not window.close(): a self-test must not save a window position into the settings.
    window.deleteLater()
    context.close()
    return 0


def _draw_every_illustration(catalog: Catalog) -> None:
    """Every point's illustration once with its markers, every mirrored drawing once as the
    left side shows it; small, and not kept: this checks, it does not cache."""
    view = IllustrationView()
    view.resize(180, 210)
    illustrations = {ill.file: ill for ill in catalog.illustrations}
    mirrored_done: set[str] = set()
    for point in catalog.points:
        illustration = illustrations[point.image]
        sides: list[Side | None] = [None]
        if illustration.mirror_for_left and point.image not in mirrored_done:
            mirrored_done.add(point.image)
            sides.append(Side.LEFT)
        for side in sides:
            view.show_point(point, illustration, image_path(point.image), side)
            if view.grab().isNull():
                raise StartupError(f"The illustration of {point.id} could not be drawn.")
    SVG_CACHE.clear()
