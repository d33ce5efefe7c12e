"""The moments of a session that have a sound."""

from __future__ import annotations

import enum

__all__ = ["Cue"]


class Cue(enum.Enum):
    """The moments of a session that have a sound."""

    HOLD_START = "hold_start"
    RELEASE = "release"
    SWITCH_SIDE = "switch_side"
    COUNT_TICK = "count_tick"
    NEXT_POINT = "next_point"
    CHANGE_POSITION = "change_position"
    SESSION_DONE = "session_done"

    @property
    def file_name(self) -> str:
        """The WAV file of this cue in ``resources/sounds``."""
        return f"{self.value}.wav"
