"""What Qt logs when Qt Multimedia or Qt TextToSpeech is loaded for real, to be ignored."""

from __future__ import annotations

import pytest

#: Deliberately ignored: what Qt logs the first time Qt Multimedia (also loaded by
#: Qt TextToSpeech) is loaded or asked for devices on a machine without pipewire, VA-API or a
#: PulseAudio server, and the note that no media back end is loaded (the sound cues keep
#: Qt Multimedia to audio on purpose, see ui/cues/sound.py). Nothing else is ignored.
REAL_QT_AUDIO = pytest.mark.qt_log_ignore(
    r"^Couldn't (load|resolve) .*(library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed",
    r"^No QtMultimedia backends found\. Only QMediaDevices",
)
