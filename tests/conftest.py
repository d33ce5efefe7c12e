"""Shared test set-up: Qt runs offscreen and no test touches the real config folder."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Keep the speech engine from talking to a sound server in tests.
os.environ.setdefault("QT_TTS_ENGINE", "mock")
# The app as a process speaks English in tests, whatever the language of the desktop.
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]

# The log watch: a test fails on an unexpected warning from the acupress_gui loggers
# (declare expected ones with @pytest.mark.expect_log or the expect_warnings fixture).
# pytester runs small test files in the tests of that watch.
pytest_plugins = ["tests.helpers.log_watch", "pytester"]


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty config folder, also through ACUPRESS_CONFIG_DIR."""
    folder = tmp_path / "config"
    monkeypatch.setenv("ACUPRESS_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # The log file of any app start in a test goes here, never to the user's log folder.
    monkeypatch.setenv("ACUPRESS_LOG_DIR", str(tmp_path / "logs"))
    yield folder


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_the_main_thread() -> Iterator[None]:
    """Collect each test's cyclic garbage here, on the GUI thread.

    A Qt object caught in a reference cycle is freed by whichever thread the cyclic collector
    happens to run on; a later test that runs Python code in worker threads (the kill and
    single-instance tests) would otherwise free widgets off the GUI thread and crash.
    """
    yield
    gc.collect()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move what collection imported out of the collector's sight: each test's collect then
    walks only the objects made since."""
    gc.collect()
    gc.freeze()
