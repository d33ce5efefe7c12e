"""The log file: in the log folder, private, rotating, and never a reason not to start."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from acupress_gui.storage.logfile import MAX_LOG_BYTES, setup_logging
from acupress_gui.storage.paths import resolve_log_dir


def _flush() -> None:
    for handler in logging.getLogger("acupress_gui").handlers:
        handler.flush()


def test_records_go_to_a_private_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "log")
    assert path == tmp_path / "log" / "acupress-gui.log"
    logging.getLogger("acupress_gui.storage.example").info("hello %s", "there")
    _flush()
    assert "INFO acupress_gui.storage.example: hello there" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_file_rotates_and_every_file_stays_private(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert path is not None
    logger = logging.getLogger("acupress_gui.test")
    for _ in range(3):
        logger.info("x" * (MAX_LOG_BYTES // 2))
    _flush()
    rotated = tmp_path / "acupress-gui.log.1"
    assert rotated.exists()
    for file in (path, rotated):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


@pytest.mark.expect_log("acupress_gui.storage.logfile", "cannot be written")
def test_a_folder_that_cannot_be_made_gives_none(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert setup_logging(blocker / "log") is None


def test_setting_up_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    setup_logging(tmp_path / "a")
    setup_logging(tmp_path / "b")
    handlers = logging.getLogger("acupress_gui").handlers
    files = [h for h in handlers if isinstance(h, logging.FileHandler)]
    assert len(files) == 1
    assert files[0].baseFilename == str(tmp_path / "b" / "acupress-gui.log")


def test_log_dir_from_the_environment_or_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_log_dir({"ACUPRESS_LOG_DIR": "/x/y"}) == Path("/x/y")
    monkeypatch.setenv("XDG_STATE_HOME", "/state")
    assert resolve_log_dir({}) == Path("/state/acupress-gui/log")
