"""Sound and voice cues, so a session can be followed with eyes closed, with a silent fallback.

Two independent parts:

* :class:`CuePlayer` plays the short WAV cues from ``resources/sounds`` with QSoundEffect.
  When Qt Multimedia cannot be loaded, there is no audio output device or the sounds never
  load, it says so once (``sound_unavailable``) and asks for a visual flash instead
  (``flash_requested``) on every cue.
* :class:`VoiceCues` speaks short texts (the phase and the point name) with QTextToSpeech.
  It is opt-in; the engine is created lazily on the first ``say`` after enabling. If the
  engine fails or is not ready within a few seconds, voice turns itself off and says so once.

Neither Qt Multimedia nor Qt TextToSpeech is imported by this module: both are imported
inside functions, the first time a cue actually needs them, so they cost nothing at start-up.

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
import math
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from acupress_gui.ui.resources import sound_path

_CONTEXT = "cues"


def _tr(text: str) -> str:
    """Translate a string that is not built inside a QObject method."""
    return QCoreApplication.translate(_CONTEXT, text)


class Cue(enum.Enum):
    """The moments of a session that have a sound."""

    HOLD_START = "hold_start"
    RELEASE = "release"
    SWITCH_SIDE = "switch_side"
    COUNT_TICK = "count_tick"
    NEXT_POINT = "next_point"
    SESSION_DONE = "session_done"

    @property
    def file_name(self) -> str:
        """The WAV file of this cue in ``resources/sounds``."""
        return f"{self.value}.wav"


# --------------------------------------------------------------------------------------------
# Sound
# --------------------------------------------------------------------------------------------


class SoundUnavailableError(Exception):
    """Sound cannot be played here; the message is a readable reason."""


class CueSound(QObject):
    """One loaded sound, as :class:`CuePlayer` sees it.

    The Qt Multimedia implementation wraps a QSoundEffect; tests and other back ends
    subclass this.

    Signals:
        loaded: The sound is ready to play.
        failed(str): The sound can never be played; a readable reason.
    """

    loaded = Signal()
    failed = Signal(str)

    def is_loaded(self) -> bool:
        """Whether ``play`` would be heard now."""
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        """Set the loudness, 0 (silent) to 1 (full), on a perceptual scale."""
        raise NotImplementedError

    def play(self) -> None:
        """Start playing from the beginning."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop playing."""
        raise NotImplementedError


#: Makes one sound from a WAV file, parented to the given QObject.
SoundFactory = Callable[[Path, QObject], CueSound]
#: Prepares sound output and returns a SoundFactory. Raises SoundUnavailableError (or
#: ImportError/OSError) when there is no way to play sound here.
SoundBackend = Callable[[], SoundFactory]


class _QtCueSound(CueSound):
    """A CueSound backed by QSoundEffect on a given audio output device."""

    def __init__(self, path: Path, device: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._status = QSoundEffect.Status
        self._name = path.name
        self._effect = QSoundEffect(device, self)
        self._effect.statusChanged.connect(self._on_effect_status_changed)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))

    def is_loaded(self) -> bool:
        return self._effect.status() == self._status.Ready

    def set_volume(self, volume: float) -> None:
        from PySide6.QtMultimedia import QtAudio

        # A volume slider feels even on a logarithmic scale; QSoundEffect wants linear.
        linear = QtAudio.convertVolume(
            volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )
        self._effect.setVolume(linear)

    def play(self) -> None:
        self._effect.play()

    def stop(self) -> None:
        self._effect.stop()

    @Slot()
    def _on_effect_status_changed(self) -> None:
        status = self._effect.status()
        if status == self._status.Ready:
            self.loaded.emit()
        elif status == self._status.Error:
            self.failed.emit(
                _tr("{name} cannot be played on this audio device").format(name=self._name)
            )


def qt_sound_backend() -> SoundFactory:
    """Load Qt Multimedia and check for an audio output device.

    Returns:
        A factory that makes QSoundEffect-backed sounds on the default output device.

    Raises:
        SoundUnavailableError: Qt Multimedia cannot be loaded or there is no output device.
    """
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError) as error:
        raise SoundUnavailableError(
            _tr("Qt Multimedia could not be loaded: {error}").format(error=error)
        ) from error
    if not QMediaDevices.audioOutputs():
        raise SoundUnavailableError(_tr("no audio output device was found"))
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        raise SoundUnavailableError(_tr("no default audio output device is set"))

    def make(path: Path, parent: QObject) -> CueSound:
        return _QtCueSound(path, device, parent)

    return make


class CuePlayer(QObject):
    """Plays the session's sound cues; falls back to a visual flash when there is no sound.

    Nothing is loaded until the first ``play`` that should be heard: then Qt Multimedia is
    imported, the output device checked and one sound per cue created and kept.

    Signals:
        sound_unavailable(str): Sound cannot be played; a readable message for the user.
            Emitted at most once per player.
        flash_requested(Cue): Show this cue visually, because it could not be heard.
            Emitted for every cue while sound is unavailable, and while muted if the player
            was made with ``flash_when_muted=True``.

    Args:
        parent: The owning QObject.
        volume: Initial volume, 0 to 1.
        muted: Initial mute state.
        flash_when_muted: Also ask for a flash for cues that are not played because muted.
        backend: Prepares sound output; defaults to :func:`qt_sound_backend`.
        resolve: Maps a file name to its path; defaults to ``resources.sound_path``.
        ready_timeout_ms: Sound is declared unavailable if no cue has loaded by then.
    """

    sound_unavailable = Signal(str)
    flash_requested = Signal(object)

    #: A cue that loads later than this after it was asked for is dropped, not played late.
    STALE_AFTER_SECONDS = 1.0

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        volume: float = 0.8,
        muted: bool = False,
        flash_when_muted: bool = False,
        backend: SoundBackend | None = None,
        resolve: Callable[[str], Path] = sound_path,
        ready_timeout_ms: int = 3000,
    ) -> None:
        super().__init__(parent)
        self._volume = _clamp_volume(volume)
        self._muted = muted
        self._flash_when_muted = flash_when_muted
        self._backend = backend or qt_sound_backend
        self._resolve = resolve
        self._sounds: dict[Cue, CueSound] = {}
        self._available: bool | None = None
        self._pending: tuple[Cue, float] | None = None
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(ready_timeout_ms)
        self._ready_timer.timeout.connect(self._on_ready_timer_timeout)

    @property
    def sound_available(self) -> bool | None:
        """None until sound was first needed; then whether cues can be heard."""
        return self._available

    @property
    def volume(self) -> float:
        """The volume, 0 to 1."""
        return self._volume

    @property
    def muted(self) -> bool:
        """Whether cues are silenced by the user."""
        return self._muted

    def set_volume(self, volume: float) -> None:
        """Set the volume of every cue, 0 (silent) to 1 (full); values outside are clamped."""
        self._volume = _clamp_volume(volume)
        for sound in self._sounds.values():
            sound.set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        """Silence (or unsilence) the cues; muting also stops a cue that is playing."""
        self._muted = muted
        if muted:
            self._pending = None
            for sound in self._sounds.values():
                sound.stop()

    def play(self, cue: Cue) -> None:
        """Play a cue now, or ask for a flash when it cannot be heard."""
        if self._muted:
            if self._flash_when_muted:
                self.flash_requested.emit(cue)
            return
        if self._available is None and not self._sounds:
            self._load()
        if self._available is False:
            self.flash_requested.emit(cue)
            return
        sound = self._sounds[cue]
        if sound.is_loaded():
            sound.play()
        else:
            # Still loading (only right after start-up): play it when it is ready.
            self._pending = (cue, time.monotonic())

    def _load(self) -> None:
        try:
            make = self._backend()
            for cue in Cue:
                path = self._resolve(cue.file_name)
                if not path.is_file():
                    raise SoundUnavailableError(
                        self.tr("the sound file {name} is missing").format(name=cue.file_name)
                    )
                sound = make(path, self)
                sound.set_volume(self._volume)
                sound.loaded.connect(self._on_sound_loaded)
                sound.failed.connect(self._on_sound_failed)
                self._sounds[cue] = sound
        except SoundUnavailableError as error:
            self._give_up(str(error))
        except (ImportError, OSError, RuntimeError) as error:
            # RuntimeError covers ResourcesNotFoundError and Qt objects that failed to build.
            self._give_up(self.tr("sound could not be set up: {error}").format(error=error))
        else:
            if any(sound.is_loaded() for sound in self._sounds.values()):
                self._available = True
            else:
                self._ready_timer.start()

    def _give_up(self, reason: str) -> None:
        if self._available is False:
            return
        self._available = False
        self._ready_timer.stop()
        for sound in self._sounds.values():
            sound.deleteLater()
        self._sounds.clear()
        self.sound_unavailable.emit(
            self.tr("Sound is unavailable ({reason}); cues are shown as a flash instead.").format(
                reason=reason
            )
        )
        if self._pending is not None:
            cue, _asked = self._pending
            self._pending = None
            self.flash_requested.emit(cue)

    @Slot()
    def _on_sound_loaded(self) -> None:
        if self._available is False:
            return
        self._available = True
        self._ready_timer.stop()
        if self._pending is None:
            return
        cue, asked = self._pending
        sound = self._sounds[cue]
        if not sound.is_loaded():
            return
        self._pending = None
        if time.monotonic() - asked <= self.STALE_AFTER_SECONDS:
            sound.play()

    @Slot(str)
    def _on_sound_failed(self, reason: str) -> None:
        self._give_up(reason)

    @Slot()
    def _on_ready_timer_timeout(self) -> None:
        if self._available is None:
            seconds = self._ready_timer.interval() / 1000
            self._give_up(
                self.tr("the sounds did not load within {seconds:g} s").format(seconds=seconds)
            )


def _clamp_volume(volume: float) -> float:
    if math.isnan(volume):  # keep cues audible rather than guessing silence
        return 1.0
    return min(1.0, max(0.0, float(volume)))


# --------------------------------------------------------------------------------------------
# Voice
# --------------------------------------------------------------------------------------------


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
        from PySide6.QtTextToSpeech import QTextToSpeech

        available = QTextToSpeech.availableEngines()
        if engine is None and not available:
            raise SpeechUnavailableError(_tr("no speech engine is installed"))
        if engine is not None and engine not in available:
            raise SpeechUnavailableError(
                _tr("the speech engine “{engine}” is not installed").format(engine=engine)
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
            self.engine_failed.emit(self._attempt, reason or _tr("the speech engine failed"))
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
