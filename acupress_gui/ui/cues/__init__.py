"""Session cues: sounds and spoken phrases (see :mod:`.sound`)."""

from acupress_gui.ui.cues.sound import (
    Cue,
    CuePlayer,
    CueSound,
    EngineFactory,
    SoundBackend,
    SoundFactory,
    SoundUnavailableError,
    SpeechUnavailableError,
    VoiceCues,
    VoiceState,
    qt_engine_factory,
    qt_sound_backend,
)

__all__ = [
    "Cue",
    "CuePlayer",
    "CueSound",
    "EngineFactory",
    "SoundBackend",
    "SoundFactory",
    "SoundUnavailableError",
    "SpeechUnavailableError",
    "VoiceCues",
    "VoiceState",
    "qt_engine_factory",
    "qt_sound_backend",
]
