"""Voice cues: short phrases spoken with QTextToSpeech, never freezing the window.

:class:`VoiceCues` speaks short texts (the phase and the point name). It is opt-in; the
engine is created lazily on the first ``say`` after enabling. If the engine fails or is not
ready within a few seconds, voice turns itself off and says so once (and logs a warning).

Qt TextToSpeech is not imported at import time: it is imported inside functions, the first
time a phrase is actually spoken, so it costs nothing at start-up.

Why the window can never freeze because of speech: with the speech-dispatcher engine
(Linux), constructing QTextToSpeech (``spd_open`` and module/voice listing), ``say``, ``stop``
and the destructor talk to a daemon over a socket and can block for ever when that daemon has
no sound server. So by default the engine is created,
used and destroyed only in its own daemon thread, which runs a Qt event loop; the GUI thread
only posts requests to it (queued signals) and hears back through queued signals. A watchdog
QTimer in the GUI thread turns voice off when the engine is not ready in time; a thread that
stays stuck is abandoned (it is a daemon thread and holds no lock the GUI needs), and at quit
it is not waited for.
"""

from __future__ import annotations

import enum
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

__all__ = [
    "EngineFactory",
    "SpeechUnavailableError",
    "VoiceCues",
    "VoiceState",
    "qt_engine_factory",
]

log = logging.getLogger(__name__)


class SpeechUnavailableError(Exception):
    """No speech engine can be created here; the message is a readable reason."""


#: Creates a speech engine: an object with QTextToSpeech's ``state()``, ``stateChanged``,
#: ``say``, ``stop`` and ``errorString``. It runs in the thread that will own the engine.
EngineFactory = Callable[[], Any]


def qt_engine_factory(engine: str | None) -> EngineFactory:
    """A factory for QTextToSpeech with the named engine (None: Qt's default engine).

    Raises (when called):
        SpeechUnavailableError: There is no speech engine, or not the named one.
    """

    def create() -> Any:
        # Lazy: Qt TextToSpeech is loaded only when voice is first needed (start-up time).
        from PySide6.QtTextToSpeech import QTextToSpeech

        available = QTextToSpeech.availableEngines()
        if engine is None and not available:
            raise SpeechUnavailableError(
                QCoreApplication.translate("cues", "no speech engine is installed")
            )
        if engine is not None and engine not in available:
            raise SpeechUnavailableError(
                QCoreApplication.translate(
                    "cues", "the speech engine “{engine}” is not installed"
                ).format(engine=engine)
            )
        return QTextToSpeech() if engine is None else QTextToSpeech(engine)

    return create


class VoiceState(enum.Enum):
    """Where the voice's engine is in its life."""

    IDLE = "idle"  # no engine exists (never needed yet, or shut down)
    STARTING = "starting"  # the engine is being created or is not ready yet
    READY = "ready"
    FAILED = "failed"  # it failed or timed out; voice turned itself off


class _Mailbox:
    """What the GUI thread hands to the speech thread: the latest text, and "give up".

    Only the latest text is kept: if the engine is busy when several texts arrive, the stale
    ones are dropped, so speech never lags behind the session.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._text: str | None = None
        self.abandoned = threading.Event()

    def put(self, text: str) -> None:
        with self._lock:
            self._text = text

    def take(self) -> str | None:
        with self._lock:
            text, self._text = self._text, None
            return text


def _state_name(state: object) -> str:
    return str(getattr(state, "name", state))


class _SpeechHost(QObject):
    """Owns the speech engine, in the thread that created it.

    When threaded, this object, the engine and every call to the engine live in the speech
    thread; the GUI thread only reaches them through queued signals.
    """

    engine_ready = Signal(int, str)
    engine_failed = Signal(int, str)
    speaking_changed = Signal(int, bool)

    def __init__(
        self, attempt: int, factory: EngineFactory, mailbox: _Mailbox, loop: QEventLoop | None
    ) -> None:
        super().__init__()
        self._attempt = attempt
        self._factory = factory
        self._mailbox = mailbox
        self._loop = loop
        self._engine: Any = None
        self._ready = False
        self._speaking = False

    @Slot()
    def start(self) -> None:
        """Create the engine (this may block: it runs off the GUI thread)."""
        try:
            engine = self._factory()
        except Exception as error:  # any failure of a third-party engine turns voice off
            self.engine_failed.emit(self._attempt, str(error) or type(error).__name__)
            return
        if self._mailbox.abandoned.is_set():
            del engine  # too late: the GUI gave up on it; destroyed here, in its own thread
            self._quit()
            return
        self._engine = engine
        engine.stateChanged.connect(self._on_engine_state_changed)
        self._on_engine_state_changed(engine.state())

    @Slot()
    def speak(self) -> None:
        """Say the latest text, interrupting whatever is being said."""
        text = self._mailbox.take()
        if text is None or self._engine is None or not self._ready:
            return
        self._stop_engine()
        self._engine.say(text)

    @Slot()
    def silence(self) -> None:
        """Stop talking."""
        self._mailbox.take()
        if self._engine is not None and self._ready:
            self._stop_engine()

    @Slot()
    def shut_down(self) -> None:
        """Stop, destroy the engine in this thread and end the thread's event loop."""
        self.release()
        self._quit()

    def release(self) -> None:
        """Stop and drop the engine (Python owns it, so it is destroyed right here)."""
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.stateChanged.disconnect(self._on_engine_state_changed)
            if self._ready:
                self._stop_engine(engine)
            del engine

    def _quit(self) -> None:
        if self._loop is not None:
            self._loop.quit()

    def _stop_engine(self, engine: Any = None) -> None:
        if engine is None:
            engine = self._engine
        hint = getattr(type(engine), "BoundaryHint", None)
        if hint is not None:
            engine.stop(hint.Immediate)
        else:
            engine.stop()

    @Slot(object)
    def _on_engine_state_changed(self, state: object) -> None:
        name = _state_name(state)
        if name == "Error":
            engine = self._engine
            reason = engine.errorString() if engine is not None else ""
            self.engine_failed.emit(
                self._attempt,
                reason or QCoreApplication.translate("cues", "the speech engine failed"),
            )
            self.release()
            return
        if not self._ready:
            if name == "Ready":
                self._ready = True
                engine = self._engine
                engine_name = engine.engine() if hasattr(engine, "engine") else ""
                self.engine_ready.emit(self._attempt, engine_name or type(engine).__name__)
            return
        speaking = name in ("Speaking", "Synthesizing")
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(self._attempt, speaking)


class VoiceCues(QObject):
    """Speaks short cues (phase and point name); off by default, never freezes the window.

    The engine is created on the first ``say`` after enabling, not before. Until it is ready
    only the latest text is kept; a new ``say`` interrupts the previous utterance. If the
    engine cannot be created, fails or is not ready within ``ready_timeout_ms``, voice turns
    itself off (``enabled_changed(False)``) and ``voice_unavailable`` carries the reason.

    Signals:
        voice_unavailable(str): Voice turned itself off; a readable message. Once per attempt.
        voice_ready(str): The engine (its name) is ready and speaking cues.
        enabled_changed(bool): Voice was switched on or off (also when it turned itself off).
        speaking_changed(bool): The engine started or finished speaking.

    Args:
        parent: The owning QObject.
        enabled: Initial state (the ``voice_enabled`` setting).
        engine: QTextToSpeech engine name ("mock" in tests); None for Qt's default engine.
        engine_factory: Creates the engine instead of QTextToSpeech (tests, other back ends).
        ready_timeout_ms: How long the engine may take to become ready.
        threaded: Create, use and destroy the engine in its own thread. Default: True on
            Linux and other Unix systems, where the speech-dispatcher engine makes blocking
            socket calls in its constructor, ``say``, ``stop`` and destructor; False on
            Windows and macOS, whose engines do not wait on a daemon.
    """

    voice_unavailable = Signal(str)
    voice_ready = Signal(str)
    enabled_changed = Signal(bool)
    speaking_changed = Signal(bool)

    # Requests to the host in the speech thread (queued across threads).
    _speech_requested = Signal()
    _silence_requested = Signal()
    _shutdown_requested = Signal()

    #: How long ``shutdown`` waits for a responsive speech thread to finish.
    SHUTDOWN_WAIT_SECONDS = 1.0

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        enabled: bool = False,
        engine: str | None = None,
        engine_factory: EngineFactory | None = None,
        ready_timeout_ms: int = 4000,
        threaded: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._engine = engine
        self._engine_factory = engine_factory
        self._threaded = (
            threaded if threaded is not None else sys.platform not in ("win32", "darwin")
        )
        self._state = VoiceState.IDLE
        self._engine_name: str | None = None
        self._attempt = 0
        self._mailbox: _Mailbox | None = None
        self._thread: threading.Thread | None = None
        self._direct_host: _SpeechHost | None = None
        self._pending: str | None = None
        self._reported = False
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(ready_timeout_ms)
        self._ready_timer.timeout.connect(self._on_ready_timer_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    @property
    def enabled(self) -> bool:
        """Whether cues are spoken."""
        return self._enabled

    @property
    def state(self) -> VoiceState:
        """The engine's life stage; IDLE means no engine object exists."""
        return self._state

    @property
    def engine_name(self) -> str | None:
        """The name of the ready engine, or None while there is none."""
        return self._engine_name

    @property
    def engine_thread(self) -> threading.Thread | None:
        """The speech thread of the latest engine, or None when none runs or is remembered.

        It stays set after an engine failed or was abandoned while the thread may still be
        running (stuck in the engine), so a caller can see whether it has ended.
        """
        return self._thread

    def set_enabled(self, enabled: bool) -> None:
        """Switch voice on or off. Switching on creates nothing until the first ``say``."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled:
            self._reported = False
            if self._state is VoiceState.FAILED:
                self._state = VoiceState.IDLE
        else:
            self._pending = None
            if self._state is VoiceState.READY:
                self._silence_requested.emit()
        self.enabled_changed.emit(enabled)

    def say(self, text: str) -> None:
        """Speak ``text`` now, interrupting the previous cue; ignored when voice is off."""
        if not self._enabled or not text.strip():
            return
        if self._state is VoiceState.READY and self._mailbox is not None:
            self._mailbox.put(text)
            self._speech_requested.emit()
            return
        self._pending = text  # only the latest: an old cue must not be said late
        if self._state is VoiceState.IDLE:
            self._start_engine()

    def stop(self) -> None:
        """Stop speaking now (e.g. the session was paused)."""
        self._pending = None
        if self._state is VoiceState.READY:
            self._silence_requested.emit()

    def shutdown(self) -> None:
        """Destroy the engine and end its thread (called at quit).

        Waits at most ``SHUTDOWN_WAIT_SECONDS`` for a thread whose engine is ready; a thread
        stuck creating its engine is not waited for (it is a daemon thread).
        """
        self._ready_timer.stop()
        self._pending = None
        was_ready = self._state is VoiceState.READY
        self._abandon_attempt()
        if self._state is not VoiceState.FAILED:
            self._state = VoiceState.IDLE
        thread = self._thread
        if thread is not None and was_ready:
            thread.join(self.SHUTDOWN_WAIT_SECONDS)
        if thread is not None and not thread.is_alive():
            self._thread = None

    def _start_engine(self) -> None:
        if self._thread is not None:
            # A thread that was just told to finish needs a moment; a stuck one is not waited for.
            self._thread.join(0.05)
        if self._thread is not None and self._thread.is_alive():
            # An earlier engine is still stuck being created: a second one would be too.
            self._fail(self.tr("the speech engine is still not responding"))
            return
        self._thread = None
        factory = self._engine_factory
        if factory is None:
            try:
                # Import here, in the GUI thread (it only loads libraries and cannot block),
                # so that the speech thread only ever creates and uses the engine.
                import PySide6.QtTextToSpeech  # noqa: F401
            except (ImportError, OSError) as error:
                self._fail(
                    self.tr("Qt TextToSpeech could not be loaded: {error}").format(error=error)
                )
                return
            factory = qt_engine_factory(self._engine)
        self._attempt += 1
        self._mailbox = _Mailbox()
        self._state = VoiceState.STARTING
        self._ready_timer.start()
        if self._threaded:
            self._thread = threading.Thread(
                target=self._run_speech_thread,
                args=(self._attempt, factory, self._mailbox),
                name="acupress-speech",
                daemon=True,
            )
            self._thread.start()
        else:
            host = _SpeechHost(self._attempt, factory, self._mailbox, None)
            self._connect_host(host)
            self._direct_host = host
            QTimer.singleShot(0, host.start)

    def _run_speech_thread(self, attempt: int, factory: EngineFactory, mailbox: _Mailbox) -> None:
        """The speech thread: create the engine, then serve requests until shut down."""
        loop = QEventLoop()
        host = _SpeechHost(attempt, factory, mailbox, loop)
        try:
            self._connect_host(host)
        except RuntimeError:  # the VoiceCues object is already gone
            return
        if not mailbox.abandoned.is_set():
            host.start()
            if host._engine is not None and not mailbox.abandoned.is_set():
                loop.exec()
        host.release()
        # host and loop are destroyed here, in the thread they belong to.

    def _connect_host(self, host: _SpeechHost) -> None:
        host.engine_ready.connect(self._on_host_engine_ready)
        host.engine_failed.connect(self._on_host_engine_failed)
        host.speaking_changed.connect(self._on_host_speaking_changed)
        self._speech_requested.connect(host.speak)
        self._silence_requested.connect(host.silence)
        self._shutdown_requested.connect(host.shut_down)

    def _abandon_attempt(self) -> None:
        """Tell the current engine's thread to finish, and forget that engine."""
        if self._mailbox is not None:
            self._mailbox.abandoned.set()
            self._mailbox = None
            self._shutdown_requested.emit()
        if self._direct_host is not None:
            self._direct_host.deleteLater()
            self._direct_host = None
        self._engine_name = None

    def _fail(self, reason: str) -> None:
        log.warning("voice is unavailable, spoken cues are turned off: %s", reason)
        self._ready_timer.stop()
        self._pending = None
        self._abandon_attempt()
        self._state = VoiceState.FAILED
        if self._enabled:
            self._enabled = False
            self.enabled_changed.emit(False)
        if not self._reported:
            self._reported = True
            self.voice_unavailable.emit(
                self.tr("Voice is unavailable ({reason}); spoken cues were turned off.").format(
                    reason=reason
                )
            )

    @Slot(int, str)
    def _on_host_engine_ready(self, attempt: int, engine_name: str) -> None:
        if attempt != self._attempt or self._state is not VoiceState.STARTING:
            return
        self._ready_timer.stop()
        self._state = VoiceState.READY
        self._engine_name = engine_name
        self.voice_ready.emit(engine_name)
        pending, self._pending = self._pending, None
        if pending is not None and self._enabled and self._mailbox is not None:
            self._mailbox.put(pending)
            self._speech_requested.emit()

    @Slot(int, str)
    def _on_host_engine_failed(self, attempt: int, reason: str) -> None:
        if attempt != self._attempt or self._state not in (
            VoiceState.STARTING,
            VoiceState.READY,
        ):
            return
        self._fail(reason)

    @Slot(int, bool)
    def _on_host_speaking_changed(self, attempt: int, speaking: bool) -> None:
        if attempt == self._attempt:
            self.speaking_changed.emit(speaking)

    @Slot()
    def _on_ready_timer_timeout(self) -> None:
        if self._state is VoiceState.STARTING:
            seconds = self._ready_timer.interval() / 1000
            self._fail(
                self.tr("the speech engine was not ready within {seconds:g} s").format(
                    seconds=seconds
                )
            )

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.shutdown()
