"""Which sound and which words each timer event gets (no Qt objects, no side effects)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Point
from acupress_gui.domain.timer import (
    Countdown,
    Paused,
    PhaseKind,
    PhaseStarted,
    SessionFinished,
    SessionStopped,
    TimerEvent,
)
from acupress_gui.ui.cues.cue import Cue
from acupress_gui.ui.text.phases import phase_speech

__all__ = ["CueAction", "cue_for"]


@dataclass(frozen=True, slots=True)
class CueAction:
    """What to play for one event.

    Attributes:
        sound: The sound to play, or None.
        phrase: What the voice says (when voice is on), or None.
        silence: Stop the voice (nothing keeps talking over a pause or a stop).
    """

    sound: Cue | None = None
    phrase: str | None = None
    silence: bool = False


_PHASE_SOUNDS = {
    PhaseKind.HOLD: Cue.HOLD_START,
    PhaseKind.REST: Cue.RELEASE,
    PhaseKind.SWITCH: Cue.SWITCH_SIDE,
    PhaseKind.TRANSITION: Cue.NEXT_POINT,
    PhaseKind.POSITION: Cue.CHANGE_POSITION,
}


def cue_for(event: TimerEvent, point: Point | None, *, helper: bool = False) -> CueAction | None:
    """The cue of ``event`` (``point`` is the point of its phase), or None for no cue;
    with ``helper`` (partner mode) points that need a partner are spoken to the helper."""
    match event:
        case PhaseStarted(phase=phase):
            sound = _PHASE_SOUNDS.get(phase.kind)
            if phase.kind is PhaseKind.PREPARE and phase.index == 0:
                sound = Cue.NEXT_POINT  # the very first point; later ones follow a TRANSITION
            return CueAction(sound=sound, phrase=phase_speech(phase, point, helper=helper))
        case Countdown():
            return CueAction(sound=Cue.COUNT_TICK)
        case SessionFinished():
            return CueAction(
                sound=Cue.SESSION_DONE,
                phrase=QCoreApplication.translate("SessionPage", "Session complete. Well done."),
            )
        case Paused() | SessionStopped():
            return CueAction(silence=True)
        case _:
            return None
