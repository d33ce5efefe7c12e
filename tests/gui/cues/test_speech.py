"""Voice cues: lazy loading, the silent fallback and speech that never blocks.

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

import enum
import logging
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from pytestqt.qtbot import QtBot

from acupress_gui.ui.cues import (
    VoiceCues,
    VoiceState,
)
from tests.helpers.qt_audio import REAL_QT_AUDIO

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False),
]

ROOT = Path(__file__).resolve().parents[3]


def _recorder(signal: Any) -> list[Any]:
    seen: list[Any] = []
    signal.connect(seen.append)
    return seen


# --------------------------------------------------------------------------------------------
# Voice
# --------------------------------------------------------------------------------------------


class FakeState(enum.Enum):
    """Stands in for QTextToSpeech.State: the voice code only reads the names."""

    Ready = 0
    Speaking = 1
    Error = 4
    Loading = 9


class FakeEngine(QObject):
    """A QTextToSpeech look-alike that records calls and the thread it was made in."""

    stateChanged = Signal(object)

    def __init__(self, state: FakeState = FakeState.Ready) -> None:
        super().__init__()
        self._state = state
        self.calls: list[tuple[str, str]] = []
        self.thread_name = threading.current_thread().name
        self.said = threading.Event()

    def engine(self) -> str:
        return "fake"

    def state(self) -> FakeState:
        return self._state

    def errorString(self) -> str:
        return "fake engine broke" if self._state is FakeState.Error else ""

    def say(self, text: str) -> None:
        self.calls.append(("say", text))
        self.said.set()

    def stop(self) -> None:
        self.calls.append(("stop", ""))


class EngineFactory:
    """Makes FakeEngines; can block like a speech-dispatcher that never answers."""

    def __init__(self, state: FakeState = FakeState.Ready, *, blocked: bool = False) -> None:
        self.state = state
        self.release = threading.Event()
        if not blocked:
            self.release.set()
        self.engines: list[FakeEngine] = []

    def __call__(self) -> FakeEngine:
        self.release.wait(10)
        engine = FakeEngine(self.state)
        self.engines.append(engine)
        return engine

    @property
    def engine(self) -> FakeEngine:
        return self.engines[-1]


@pytest.fixture
def make_voice(qtbot: QtBot) -> Iterator[Callable[..., VoiceCues]]:
    """Builds VoiceCues and, afterwards, ends their speech threads."""
    made: list[tuple[VoiceCues, object]] = []

    def make(**kwargs: Any) -> VoiceCues:
        voice = VoiceCues(**kwargs)
        made.append((voice, kwargs.get("engine_factory")))
        return voice

    yield make
    for voice, factory in made:
        if isinstance(factory, EngineFactory):
            factory.release.set()
        voice.shutdown()
        thread = voice.engine_thread
        if thread is not None:
            thread.join(5)
            assert not thread.is_alive()


def test_voice_is_off_by_default_and_creates_no_engine(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory()
    voice = make_voice(engine_factory=factory)
    voice.say("Press the point")
    assert voice.enabled is False
    assert voice.state is VoiceState.IDLE
    assert voice.engine_name is None
    assert voice.engine_thread is None
    assert factory.engines == []


def test_enabling_alone_creates_no_engine(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory()
    voice = make_voice(engine_factory=factory)
    with qtbot.waitSignal(voice.enabled_changed) as changed:
        voice.set_enabled(True)
    assert changed.args == [True]
    assert voice.state is VoiceState.IDLE
    assert factory.engines == []


def test_cues_module_imports_no_multimedia_or_speech_until_needed() -> None:
    """Start-up cost: building both cue objects (voice off, sound muted) loads neither."""
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from acupress_gui.ui.cues import Cue, CuePlayer, VoiceCues
        player = CuePlayer(muted=True)
        player.play(Cue.HOLD_START)
        voice = VoiceCues(engine="mock")
        voice.say("Hold")
        loaded = [name for name in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
                  if name in sys.modules]
        print("LOADED:", loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED: []" in result.stdout, result.stdout + result.stderr


@REAL_QT_AUDIO
@pytest.mark.parametrize("threaded", [True, False], ids=["threaded", "gui-thread"])
def test_mock_engine_speaks(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues], threaded: bool
) -> None:
    voice = make_voice(enabled=True, engine="mock", ready_timeout_ms=2000, threaded=threaded)
    ready = _recorder(voice.voice_ready)
    speaking = _recorder(voice.speaking_changed)
    with qtbot.waitSignals(
        [voice.voice_ready, voice.speaking_changed], order="strict", timeout=2000
    ):
        voice.say("Hold")
    assert ready == ["mock"]
    assert speaking == [True]
    assert voice.state is VoiceState.READY
    assert voice.engine_name == "mock"
    with qtbot.waitSignal(voice.speaking_changed, timeout=2000) as finished:
        pass  # the mock engine takes 100 ms per word
    assert finished.args == [False]


@REAL_QT_AUDIO
def test_unknown_engine_turns_voice_off_with_one_message(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    voice = make_voice(enabled=True, engine="no-such-engine", ready_timeout_ms=500)
    messages = _recorder(voice.voice_unavailable)
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000):
        voice.say("Hold")
    voice.say("Release")
    assert len(messages) == 1
    assert "no-such-engine" in messages[0]
    assert voice.enabled is False
    assert voice.state is VoiceState.FAILED


def test_engine_is_created_and_used_off_the_gui_thread(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory()
    voice = make_voice(enabled=True, engine_factory=factory, threaded=True)
    with qtbot.waitSignal(voice.voice_ready, timeout=2000):
        voice.say("Hold")
    assert factory.engine.said.wait(2)
    assert factory.engine.thread_name == "acupress-speech"
    assert threading.current_thread().name != "acupress-speech"


def test_only_the_latest_text_is_said_when_the_engine_is_late(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory(blocked=True)
    voice = make_voice(enabled=True, engine_factory=factory, ready_timeout_ms=2000)
    voice.say("Find the point")
    voice.say("Hold")
    voice.say("Release")
    assert voice.state is VoiceState.STARTING
    with qtbot.waitSignal(voice.voice_ready, timeout=2000):
        factory.release.set()
    assert factory.engine.said.wait(2)
    assert [text for call, text in factory.engine.calls if call == "say"] == ["Release"]


def test_say_interrupts_the_previous_utterance(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory()
    voice = make_voice(enabled=True, engine_factory=factory)
    with qtbot.waitSignal(voice.voice_ready, timeout=2000):
        voice.say("Hold")
    engine = factory.engine
    assert engine.said.wait(2)
    engine.said.clear()
    voice.say("Other side")
    assert engine.said.wait(2)
    assert engine.calls == [("stop", ""), ("say", "Hold"), ("stop", ""), ("say", "Other side")]


def test_a_hanging_engine_times_out_without_freezing_the_window(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory(blocked=True)  # like QTextToSpeech("speechd") with no sound server
    voice = make_voice(enabled=True, engine_factory=factory, ready_timeout_ms=150)
    messages = _recorder(voice.voice_unavailable)
    switched = _recorder(voice.enabled_changed)
    ready = _recorder(voice.voice_ready)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000):
        voice.say("Hold")  # returns at once although the engine never answers
    heartbeat.stop()
    assert len(ticks) >= 5, "the GUI thread kept running its event loop"
    assert len(messages) == 1
    assert "not ready within 0.15 s" in messages[0]
    assert switched == [False]
    assert voice.enabled is False
    assert voice.state is VoiceState.FAILED

    # Trying again while the old engine is still stuck fails at once, with a new message.
    voice.set_enabled(True)
    voice.say("Hold")
    assert len(messages) == 2
    assert "still not responding" in messages[1]

    # When the stuck engine finally returns it is thrown away, in its own thread.
    thread = voice.engine_thread
    assert thread is not None
    factory.release.set()
    thread.join(2)
    assert not thread.is_alive()
    QCoreApplication.processEvents()  # deliver anything the old thread (wrongly) queued
    assert ready == []
    assert voice.state is VoiceState.FAILED


def test_an_engine_that_never_becomes_ready_times_out_once(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory(FakeState.Loading)
    voice = make_voice(enabled=True, engine_factory=factory, ready_timeout_ms=100)
    messages = _recorder(voice.voice_unavailable)
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000):
        voice.say("Hold")
        voice.say("Release")
    voice.say("Other side")
    assert len(messages) == 1
    assert voice.enabled is False
    assert [call for call in factory.engine.calls if call[0] == "say"] == []
    thread = voice.engine_thread
    assert thread is not None
    thread.join(2)
    assert not thread.is_alive(), "the abandoned engine's thread ended"


@pytest.mark.parametrize("threaded", [True, False], ids=["threaded", "gui-thread"])
def test_an_engine_in_error_turns_voice_off(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues], threaded: bool
) -> None:
    factory = EngineFactory(FakeState.Error)
    voice = make_voice(enabled=True, engine_factory=factory, threaded=threaded)
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000) as failed:
        voice.say("Hold")
    assert "fake engine broke" in failed.args[0]
    assert voice.enabled is False


def test_a_factory_that_raises_turns_voice_off(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    def broken() -> FakeEngine:
        raise OSError("speech-dispatcher socket refused")

    voice = make_voice(enabled=True, engine_factory=broken)
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000) as failed:
        voice.say("Hold")
    assert "socket refused" in failed.args[0]


def test_unavailable_voice_is_logged_as_a_warning(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues], caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> FakeEngine:
        raise OSError("speech-dispatcher socket refused")

    voice = make_voice(enabled=True, engine_factory=broken)
    with (
        caplog.at_level(logging.WARNING, logger="acupress_gui.ui.cues.speech"),
        qtbot.waitSignal(voice.voice_unavailable, timeout=2000),
    ):
        voice.say("Hold")
    assert any(
        r.levelno == logging.WARNING and "socket refused" in r.getMessage() for r in caplog.records
    )


def test_voice_can_be_switched_on_again_after_a_failure(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory(FakeState.Error)
    voice = make_voice(enabled=True, engine_factory=factory)
    with qtbot.waitSignal(voice.voice_unavailable, timeout=2000):
        voice.say("Hold")
    factory.state = FakeState.Ready
    voice.set_enabled(True)
    with qtbot.waitSignal(voice.voice_ready, timeout=2000):
        voice.say("Hold")
    assert factory.engine.said.wait(2)
    assert len(factory.engines) == 2


def test_switching_voice_off_silences_it(
    qtbot: QtBot, make_voice: Callable[..., VoiceCues]
) -> None:
    factory = EngineFactory()
    voice = make_voice(enabled=True, engine_factory=factory, threaded=False)
    with qtbot.waitSignal(voice.voice_ready, timeout=2000):
        voice.say("Hold")
    assert factory.engine.calls == [("stop", ""), ("say", "Hold")]
    voice.set_enabled(False)
    voice.say("Release")
    assert factory.engine.calls == [("stop", ""), ("say", "Hold"), ("stop", "")]
