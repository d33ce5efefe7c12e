"""The history as a service: whether a session is really saved, and the background check."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.storage.history import open_history
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
