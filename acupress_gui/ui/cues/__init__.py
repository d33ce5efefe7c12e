"""Session cues: sounds (:mod:`.sound`) and spoken phrases (:mod:`.speech`).

The public names are re-exported here; neither Qt Multimedia nor Qt TextToSpeech is loaded
by importing this package (both are imported the first time a cue needs them).
"""

from acupress_gui.ui.cues.cue import Cue
from acupress_gui.ui.cues.sound import (
    CuePlayer,
    CueSound,
    SoundBackend,
    SoundFactory,
    SoundUnavailableError,
    qt_sound_backend,
)
from acupress_gui.ui.cues.speech import (
    EngineFactory,
    SpeechUnavailableError,
    VoiceCues,
    VoiceState,
    qt_engine_factory,
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
