"""The history as a service: whether a session is really saved, and the background check."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionStart
from acupress_gui.storage.history import HistoryStore, open_history
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.services.history_keeper import HistoryKeeper


def test_a_sound_history_passes_the_background_check(qtbot: QtBot, config_dir: Path) -> None:
    keeper = HistoryKeeper(open_history(config_dir))
    damaged: list[str] = []
    keeper.damaged.connect(damaged.append)
    thread = keeper.check_in_background()
    assert thread is not None
    thread.join(10)
    qtbot.wait(50)
    assert damaged == []
    assert keeper.is_saved("no-such-session")
    assert keeper.close() == []


@pytest.mark.expect_log("acupress_gui", "", required=False)
def test_damage_found_after_start_is_told(qtbot: QtBot, config_dir: Path) -> None:
    keeper = HistoryKeeper(open_history(config_dir))
    path = history_file(config_dir)
    keeper.store.close()
    data = bytearray(path.read_bytes())
    # Wipe every page after the first: the schema page survives, the tables do not.
    for offset in range(4096, len(data)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    damaged: list[str] = []
    keeper.damaged.connect(damaged.append)
    thread = keeper.check_in_background()
    assert thread is not None
    thread.join(10)
    qtbot.waitUntil(lambda: bool(damaged), timeout=3000)
    assert "damaged" in damaged[0].lower() or "history" in damaged[0].lower()


def test_a_history_in_memory_only_never_says_saved() -> None:
    moment = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    keeper = HistoryKeeper(HistoryStore(None, clock=lambda: moment))
    keeper.recorder.begin(SessionStart("s1", "r1", "Evening", moment))
    keeper.recorder.add_hold("s1", HoldResult(0, "BL23", Side.LEFT, 1, 30.0, 30.0))
    assert next(keeper.store.records()).holds  # written to the store...
    assert not keeper.is_saved("s1")  # ...which keeps nothing on disk: never "saved"
    assert keeper.close() == []
