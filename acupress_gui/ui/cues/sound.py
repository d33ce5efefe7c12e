"""Sound cues: short WAV files played with QSoundEffect, with a visual flash as fallback.

:class:`CuePlayer` plays the cues from ``resources/sounds``. When Qt Multimedia cannot be
loaded, there is no audio output device or the sounds never load, it says so once
(``sound_unavailable``, and a warning in the log) and asks for a visual flash instead
(``flash_requested``) on every cue.

Qt Multimedia is not imported by this module at import time: it is imported inside
functions, the first time a cue is actually played, so it costs nothing at start-up (and an
app whose audio libraries are broken still starts).

QSoundEffect needs only Qt Multimedia's own audio output (PulseAudio, ALSA, ...), not a media
back end. The wheel's only back end is FFmpeg, which Qt would load with Qt Quick and the
crypto library for the first QMediaDevices call (about 20 MiB); :func:`_without_media_backend`
makes that first call with the plugin folders hidden, so Qt settles on its audio-only mode.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from acupress_gui.ui.cues.cue import Cue
from acupress_gui.ui.resources import sound_path

__all__ = [
    "CuePlayer",
    "CueSound",
    "SoundBackend",
    "SoundFactory",
    "SoundUnavailableError",
    "qt_sound_backend",
]

log = logging.getLogger(__name__)


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
        # Lazy: Qt Multimedia is loaded only when the first cue is played (start-up time).
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
        from PySide6.QtMultimedia import QtAudio  # lazy, see __init__

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
                QCoreApplication.translate(
                    "cues", "{name} cannot be played on this audio device"
                ).format(name=self._name)
            )


def qt_sound_backend() -> SoundFactory:
    """Load Qt Multimedia and check for an audio output device.

    Returns:
        A factory that makes QSoundEffect-backed sounds on the default output device.

    Raises:
        SoundUnavailableError: Qt Multimedia cannot be loaded or there is no output device.
    """
    try:
        # Lazy: loading Qt Multimedia costs start-up time and may fail on a broken system.
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError) as error:
        raise SoundUnavailableError(
            QCoreApplication.translate("cues", "Qt Multimedia could not be loaded: {error}").format(
                error=error
            )
        ) from error
    with _without_media_backend():
        outputs = QMediaDevices.audioOutputs()
    if not outputs:
        raise SoundUnavailableError(
            QCoreApplication.translate("cues", "no audio output device was found")
        )
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        raise SoundUnavailableError(
            QCoreApplication.translate("cues", "no default audio output device is set")
        )

    def make(path: Path, parent: QObject) -> CueSound:
        return _QtCueSound(path, device, parent)

    return make


@contextmanager
def _without_media_backend() -> Iterator[None]:
    """Qt Multimedia's first use in here finds no media back-end plugin (FFmpeg): Qt then
    keeps to audio (QSoundEffect, QAudioSink, devices), which is all the cues need. The
    plugin folders are back when this ends (image formats, speech engines, ...)."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        yield
    finally:
        QCoreApplication.setLibraryPaths(paths)


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
        log.warning("sound is unavailable, cues are shown as a flash: %s", reason)
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
