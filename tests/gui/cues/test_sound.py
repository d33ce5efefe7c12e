"""Sound cues: lazy loading and the silent fallback (a flash).

Sound tests inject a back end (fake sounds, or one that fails like a machine without
Qt Multimedia or without an audio device). Voice tests use Qt's "mock" engine or fake
engines; the fakes can block in their constructor the way speech-dispatcher sometimes does.

Qt logs warnings the first time Qt Multimedia or Qt TextToSpeech is loaded in a process
(missing optional pipewire/VA-API libraries, no PulseAudio server).
They say nothing about our code, so the tests that load those modules for real ignore
exactly these messages with ``REAL_QT_AUDIO`` (tests/helpers/qt_audio.py); every other
test keeps failing on
any Qt warning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from acupress_gui.ui.cues import (
    Cue,
    CuePlayer,
    CueSound,
    SoundFactory,
    SoundUnavailableError,
)
from acupress_gui.ui.resources import sound_path
from tests.helpers.qt_audio import REAL_QT_AUDIO

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
]

ROOT = Path(__file__).resolve().parents[3]


# --------------------------------------------------------------------------------------------
# Sound
# --------------------------------------------------------------------------------------------


class FakeSound(CueSound):
    """A sound that loads when told to, and records what it was asked to do."""

    def __init__(self, path: Path, parent: QObject, *, loaded: bool) -> None:
        super().__init__(parent)
        self.path = path
        self._loaded = loaded
        self.volume: float | None = None
        self.plays = 0
        self.stops = 0

    def is_loaded(self) -> bool:
        return self._loaded

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def play(self) -> None:
        self.plays += 1

    def stop(self) -> None:
        self.stops += 1

    def finish_loading(self) -> None:
        self._loaded = True
        self.loaded.emit()


class FakeBackend:
    """Counts how often sound output was prepared and keeps every sound it made."""

    def __init__(self, *, loaded: bool = True) -> None:
        self.loaded = loaded
        self.calls = 0
        self.sounds: dict[str, FakeSound] = {}

    def __call__(self) -> SoundFactory:
        self.calls += 1

        def make(path: Path, parent: QObject) -> CueSound:
            sound = FakeSound(path, parent, loaded=self.loaded)
            self.sounds[path.stem] = sound
            return sound

        return make

    def sound(self, cue: Cue) -> FakeSound:
        return self.sounds[cue.value]


def _failing_backend(error: Exception) -> Callable[[], SoundFactory]:
    def backend() -> SoundFactory:
        raise error

    return backend


def _recorder(signal: Any) -> list[Any]:
    seen: list[Any] = []
    signal.connect(seen.append)
    return seen


def test_every_cue_has_its_file() -> None:
    for cue in Cue:
        assert sound_path(cue.file_name).is_file(), cue


def test_nothing_is_loaded_before_the_first_cue(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player = CuePlayer(backend=backend)
    assert backend.calls == 0
    assert player.sound_available is None
    player.play(Cue.HOLD_START)
    assert backend.calls == 1
    assert player.sound_available is True
    assert backend.sound(Cue.HOLD_START).plays == 1
    player.play(Cue.HOLD_START)
    player.play(Cue.RELEASE)
    assert backend.calls == 1, "sounds are created once and reused"
    assert backend.sound(Cue.HOLD_START).plays == 2
    assert backend.sound(Cue.RELEASE).plays == 1


def test_missing_qt_multimedia_says_so_once_and_flashes_every_cue(qtbot: QtBot) -> None:
    player = CuePlayer(backend=_failing_backend(ImportError("libpulse.so.0: no such file")))
    messages = _recorder(player.sound_unavailable)
    flashes = _recorder(player.flash_requested)
    cues = [Cue.HOLD_START, Cue.COUNT_TICK, Cue.RELEASE, Cue.SESSION_DONE, Cue.HOLD_START]
    for cue in cues:
        player.play(cue)
    assert len(messages) == 1
    assert "libpulse" in messages[0]
    assert "flash" in messages[0]
    assert flashes == cues
    assert player.sound_available is False


def test_no_audio_device_says_so_once_and_flashes(qtbot: QtBot) -> None:
    player = CuePlayer(
        backend=_failing_backend(SoundUnavailableError("no audio output device was found"))
    )
    messages = _recorder(player.sound_unavailable)
    flashes = _recorder(player.flash_requested)
    for cue in Cue:
        player.play(cue)
    assert messages == [
        "Sound is unavailable (no audio output device was found); "
        "cues are shown as a flash instead."
    ]
    assert flashes == list(Cue)


def test_unavailable_sound_is_logged_once_as_a_warning(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    player = CuePlayer(
        backend=_failing_backend(SoundUnavailableError("no audio output device was found"))
    )
    with caplog.at_level(logging.WARNING, logger="acupress_gui.ui.cues.sound"):
        player.play(Cue.HOLD_START)
        player.play(Cue.RELEASE)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "no audio output device was found" in warnings[0].getMessage()


@REAL_QT_AUDIO
def test_real_backend_without_audio_outputs_falls_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real Qt Multimedia path, with the device list emptied (as on this CI machine)."""
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    player = CuePlayer()
    messages = _recorder(player.sound_unavailable)
    flashes = _recorder(player.flash_requested)
    player.play(Cue.SWITCH_SIDE)
    player.play(Cue.COUNT_TICK)
    assert player.sound_available is False
    assert len(messages) == 1
    assert "no audio output device" in messages[0]
    assert flashes == [Cue.SWITCH_SIDE, Cue.COUNT_TICK]


def test_sounds_that_never_load_time_out_once(qtbot: QtBot) -> None:
    backend = FakeBackend(loaded=False)
    player = CuePlayer(backend=backend, ready_timeout_ms=50)
    messages = _recorder(player.sound_unavailable)
    flashes = _recorder(player.flash_requested)
    with qtbot.waitSignal(player.sound_unavailable, timeout=1000):
        player.play(Cue.HOLD_START)
        assert player.sound_available is None
    assert flashes == [Cue.HOLD_START], "the cue that could not be heard is flashed"
    player.play(Cue.RELEASE)
    assert flashes == [Cue.HOLD_START, Cue.RELEASE]
    assert len(messages) == 1
    assert "did not load" in messages[0]
    assert all(sound.plays == 0 for sound in backend.sounds.values())


def test_a_sound_that_errors_makes_sound_unavailable(qtbot: QtBot) -> None:
    backend = FakeBackend(loaded=False)
    player = CuePlayer(backend=backend)
    messages = _recorder(player.sound_unavailable)
    flashes = _recorder(player.flash_requested)
    player.play(Cue.NEXT_POINT)
    backend.sound(Cue.NEXT_POINT).failed.emit("next_point.wav cannot be played")
    backend.sound(Cue.RELEASE).failed.emit("release.wav cannot be played")
    player.play(Cue.RELEASE)
    assert len(messages) == 1
    assert "next_point.wav" in messages[0]
    assert flashes == [Cue.NEXT_POINT, Cue.RELEASE]


def test_a_cue_asked_for_while_loading_plays_when_loaded(qtbot: QtBot) -> None:
    backend = FakeBackend(loaded=False)
    player = CuePlayer(backend=backend, ready_timeout_ms=5000)
    player.play(Cue.HOLD_START)
    assert backend.sound(Cue.HOLD_START).plays == 0
    for sound in backend.sounds.values():
        sound.finish_loading()
    assert backend.sound(Cue.HOLD_START).plays == 1
    assert player.sound_available is True


def test_a_missing_sound_file_makes_sound_unavailable(qtbot: QtBot, tmp_path: Path) -> None:
    player = CuePlayer(backend=FakeBackend(), resolve=lambda name: tmp_path / name)
    messages = _recorder(player.sound_unavailable)
    player.play(Cue.HOLD_START)
    assert player.sound_available is False
    assert "hold_start.wav is missing" in messages[0]


def test_muted_plays_nothing_and_loads_nothing(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player = CuePlayer(backend=backend, muted=True)
    flashes = _recorder(player.flash_requested)
    player.play(Cue.HOLD_START)
    assert backend.calls == 0
    assert flashes == []
    player.set_muted(False)
    player.play(Cue.HOLD_START)
    player.set_muted(True)
    player.play(Cue.RELEASE)
    assert backend.sound(Cue.HOLD_START).plays == 1
    assert backend.sound(Cue.HOLD_START).stops == 1, "muting stops a playing cue"
    assert backend.sound(Cue.RELEASE).plays == 0
    assert flashes == []


def test_muted_can_ask_for_a_flash(qtbot: QtBot) -> None:
    player = CuePlayer(backend=FakeBackend(), muted=True, flash_when_muted=True)
    flashes = _recorder(player.flash_requested)
    player.play(Cue.COUNT_TICK)
    assert flashes == [Cue.COUNT_TICK]


def test_volume_is_applied_to_every_sound(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player = CuePlayer(backend=backend, volume=0.3)
    player.play(Cue.COUNT_TICK)
    assert {sound.volume for sound in backend.sounds.values()} == {0.3}
    player.set_volume(0.55)
    assert {sound.volume for sound in backend.sounds.values()} == {0.55}
    player.set_volume(1.7)
    assert player.volume == 1.0
    player.set_volume(-1)
    assert {sound.volume for sound in backend.sounds.values()} == {0.0}


_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from acupress_gui.ui.cues.sound import SoundUnavailableError, qt_sound_backend
app = QApplication([])
try:
    qt_sound_backend()
except SoundUnavailableError:
    pass  # no audio device here: Qt Multimedia was still loaded and asked
from PySide6.QtGui import QImageReader
assert b"svg" in [bytes(f) for f in QImageReader.supportedImageFormats()]
maps = open("/proc/self/maps").read()
loaded = sorted({line.rsplit("/", 1)[-1] for line in maps.splitlines() if ".so" in line})
print("\\n".join(loaded))
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc/self/maps")
def test_sound_cues_load_no_media_back_end(tmp_path: Path) -> None:
    """QSoundEffect needs audio only: no FFmpeg, Qt Quick or crypto library in the process,
    and the other plugins (image formats) are still found afterwards."""
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    libraries = result.stdout.split()
    assert "libQt6Multimedia.so.6" in libraries
    for unwanted in ("libavcodec", "libQt6Quick", "libffmpegmediaplugin", "libcrypto.so"):
        assert not any(name.startswith(unwanted) for name in libraries), unwanted
