"""Which sound and which words each timer event gets, and the router that plays them."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Laterality, Step
from acupress_gui.domain.timer import (
    Countdown,
    HoldEnded,
    Paused,
    PauseReason,
    Phase,
    PhaseKind,
    PhaseStarted,
    SessionFinished,
    SessionStopped,
    TimerMachine,
    build_plan,
)
from acupress_gui.ui.cues.cue import Cue
from acupress_gui.ui.cues.sound import CuePlayer
from acupress_gui.ui.cues.speech import VoiceCues
from acupress_gui.ui.session.cue_mapping import CueAction, cue_for
from acupress_gui.ui.session.cue_router import CueRouter

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.ui.session.cue_router", "a cue failed", required=False),
]

PLAN = build_plan(
    [
        Step(point="BL23", hold_seconds=10, rest_seconds=5, repetitions=2),
        Step(point="GV4", hold_seconds=4, rest_seconds=0, repetitions=1),
    ],
    {"BL23": Laterality.BILATERAL, "GV4": Laterality.MIDLINE},
)


def _phase(kind: PhaseKind, *, after: int = 0) -> Phase:
    return [p for p in PLAN.phases if p.kind is kind][after]


def test_phases_get_their_sound_and_their_words() -> None:
    expected = {
        PhaseKind.HOLD: (Cue.HOLD_START, "Press."),
        PhaseKind.REST: (Cue.RELEASE, "Release."),
        PhaseKind.SWITCH: (Cue.SWITCH_SIDE, "Switch to the right side."),
        PhaseKind.TRANSITION: (Cue.NEXT_POINT, "Next: GV4."),
    }
    for kind, (sound, phrase) in expected.items():
        action = cue_for(PhaseStarted(at=0.0, phase=_phase(kind)), None)
        assert action == CueAction(sound=sound, phrase=phrase), kind


def test_only_the_first_prepare_has_a_sound() -> None:
    first = cue_for(PhaseStarted(at=0.0, phase=_phase(PhaseKind.PREPARE)), None)
    assert first is not None and first.sound is Cue.NEXT_POINT
    assert first.phrase == "Find BL23, left side."
    later = cue_for(PhaseStarted(at=0.0, phase=_phase(PhaseKind.PREPARE, after=1)), None)
    assert later == CueAction(sound=None, phrase="Find GV4.")


def test_countdown_end_pause_and_stop() -> None:
    hold = _phase(PhaseKind.HOLD)
    assert cue_for(Countdown(at=0.0, seconds_left=3, phase=hold), None) == CueAction(
        sound=Cue.COUNT_TICK
    )
    assert cue_for(SessionFinished(at=0.0), None) == CueAction(
        sound=Cue.SESSION_DONE, phrase="Session complete. Well done."
    )
    assert cue_for(Paused(at=0.0, reason=PauseReason.USER), None) == CueAction(silence=True)
    assert cue_for(SessionStopped(at=0.0), None) == CueAction(silence=True)


def test_a_hold_ending_has_no_cue() -> None:
    machine = TimerMachine(PLAN)
    events = machine.start(0.0) + machine.advance(100.0)
    ended = [e for e in events if isinstance(e, HoldEnded)]
    assert ended and all(cue_for(e, None) is None for e in ended)


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[CuePlayer]:
    # Muted with a flash: every cue the router plays shows up as flash_requested(cue).
    cues = CuePlayer(muted=True, flash_when_muted=True)
    yield cues
    cues.deleteLater()


@pytest.fixture
def voice(qtbot: QtBot) -> Iterator[VoiceCues]:
    speech = VoiceCues(enabled=True, engine="mock")
    yield speech
    speech.shutdown()
    speech.deleteLater()


def test_the_router_plays_and_says_each_cue(
    player: CuePlayer, voice: VoiceCues, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[object] = []
    said: list[str] = []
    stopped: list[bool] = []
    player.flash_requested.connect(played.append)
    monkeypatch.setattr(voice, "say", said.append)
    monkeypatch.setattr(voice, "stop", lambda: stopped.append(True))
    router = CueRouter(player, voice)
    router.route(PhaseStarted(at=0.0, phase=_phase(PhaseKind.HOLD)), None)
    router.route(SessionStopped(at=1.0), None)
    assert played == [Cue.HOLD_START]
    assert said == ["Press."]
    assert stopped == [True]


def test_the_router_says_nothing_while_voice_is_off(player: CuePlayer, voice: VoiceCues) -> None:
    voice.set_enabled(False)
    router = CueRouter(player, voice)
    router.route(PhaseStarted(at=0.0, phase=_phase(PhaseKind.HOLD)), None)
    assert voice.state.value == "idle"  # no engine was created for words nobody hears


def test_a_failing_cue_is_told_and_logged_and_the_session_goes_on(
    player: CuePlayer,
    voice: VoiceCues,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_cue: Cue) -> None:
        raise RuntimeError("device gone")

    monkeypatch.setattr(player, "play", broken)
    router = CueRouter(player, voice)
    failed: list[str] = []
    router.cue_failed.connect(failed.append)
    with caplog.at_level(logging.WARNING, logger="acupress_gui.ui.session.cue_router"):
        router.route(Countdown(at=0.0, seconds_left=2, phase=_phase(PhaseKind.HOLD)), None)
    assert failed == ["A cue failed: device gone"]
    assert any(r.levelno == logging.WARNING for r in caplog.records)
