"""Plays the cue of each timer event the Session page reports: a sound, and words."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from acupress_gui.domain.models import Point
from acupress_gui.domain.timer import TimerEvent
from acupress_gui.ui.cues.sound import CuePlayer
from acupress_gui.ui.cues.speech import VoiceCues
from acupress_gui.ui.session.cue_mapping import cue_for

__all__ = ["CueRouter"]

log = logging.getLogger(__name__)


class CueRouter(QObject):
    """Connect the page's ``cue`` signal to :meth:`route`.

    Signals:
        cue_failed(str): A cue could not be played; a readable message (the session goes on).

    Args:
        player: Plays the sounds.
        voice: Speaks the words (only while it is enabled).
        parent: Qt parent.
    """

    cue_failed = Signal(str)

    def __init__(
        self,
        player: CuePlayer,
        voice: VoiceCues,
        parent: QObject | None = None,
        *,
        helper: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._player = player
        self._voice = voice
        self._helper = helper

    @Slot(object, object)
    def route(self, event: TimerEvent, point: Point | None) -> None:
        """Play the sound and say the words of ``event``."""
        action = cue_for(event, point, helper=self._helper())
        if action is None:
            return
        try:
            if action.sound is not None:
                self._player.play(action.sound)
            if action.phrase is not None and self._voice.enabled:
                self._voice.say(action.phrase)
            if action.silence:
                self._voice.stop()
        except Exception as error:  # a cue must never cost the session an event
            log.warning("a cue failed for %r", event, exc_info=True)
            self.cue_failed.emit(self.tr("A cue failed: {error}").format(error=error))
