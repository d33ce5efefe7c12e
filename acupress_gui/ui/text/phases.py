"""The words the session page shows and speaks for each phase."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from acupress_gui.domain.models import Point, Side
from acupress_gui.domain.timer import Phase, PhaseKind
from acupress_gui.ui.text.points import point_name, position_name
from acupress_gui.ui.text.sides import side_name

PHASE_COLORS = {
    PhaseKind.PREPARE: QColor("#8e24aa"),
    PhaseKind.HOLD: QColor("#e53935"),
    PhaseKind.REST: QColor("#43a047"),
    PhaseKind.SWITCH: QColor("#fb8c00"),
    PhaseKind.TRANSITION: QColor("#1e88e5"),
    PhaseKind.POSITION: QColor("#00897b"),
}


class _PhaseWords(NamedTuple):
    """What a phase is called and what the voice says when it starts."""

    title: str
    """In large words: ``Press``."""
    speech: str
    """Said when the phase starts: ``Press.``"""
    helper: str
    """Said instead to the helper who presses a point that needs one: ``Helper: press now.``"""


def _phase_words(phase: Phase, name: str) -> _PhaseWords:
    """The words of ``phase`` on the point called ``name``, in the language of the app now."""
    if phase.kind is PhaseKind.PREPARE:
        if phase.side is Side.MIDLINE:
            find = QCoreApplication.translate("SessionText", "Find {name}.").format(name=name)
        else:
            find = QCoreApplication.translate("SessionText", "Find {name}, {side}.").format(
                name=name, side=side_name(phase.side)
            )
        return _PhaseWords(
            QCoreApplication.translate("SessionText", "Find the point"),
            find,
            QCoreApplication.translate("SessionText", "Helper: find {name}.").format(name=name),
        )
    if phase.kind is PhaseKind.HOLD:
        return _PhaseWords(
            #: Translators: a phase shown in large letters: press the point now (an instruction).
            QCoreApplication.translate("SessionText", "Press"),
            QCoreApplication.translate("SessionText", "Press."),
            QCoreApplication.translate("SessionText", "Helper: press now."),
        )
    if phase.kind is PhaseKind.REST:
        return _PhaseWords(
            #: Translators: a phase shown in large letters: stop pressing and rest (an instruction).
            QCoreApplication.translate("SessionText", "Release"),
            QCoreApplication.translate("SessionText", "Release."),
            QCoreApplication.translate("SessionText", "Helper: release."),
        )
    if phase.kind is PhaseKind.SWITCH:
        if phase.side is Side.LEFT:
            switch = QCoreApplication.translate("SessionText", "Switch to the left side")
        else:
            switch = QCoreApplication.translate("SessionText", "Switch to the right side")
        helper = QCoreApplication.translate("SessionText", "Helper: the other side.")
        return _PhaseWords(switch, switch + ".", helper)
    if phase.kind is PhaseKind.POSITION:
        change = QCoreApplication.translate("SessionText", "Change position: {how}.").format(
            how=position_instruction(phase)
        )
        title = QCoreApplication.translate("SessionText", "Change position")
        return _PhaseWords(title, change, change)
    after = QCoreApplication.translate("SessionText", "Next: {name}.").format(name=name)
    return _PhaseWords(QCoreApplication.translate("SessionText", "Next point"), after, after)


def phase_title(phase: Phase) -> str:
    """The phase in large words: "Find the point", "Press", "Release", ..."""
    return _phase_words(phase, phase.point_id).title


def position_instruction(phase: Phase) -> str:
    """How to lie or sit for the coming points: ``Lie on your front``."""
    if phase.body_position is None:
        return QCoreApplication.translate("SessionText", "Get comfortable for the next point")
    return position_name(phase.body_position)


def phase_speech(phase: Phase, point: Point | None, *, helper: bool = False) -> str:
    """What the voice says when a phase starts; with ``helper`` (partner mode), a point
    that needs a partner is spoken to the helper."""
    words = _phase_words(phase, point_name(point) if point else phase.point_id)
    return words.helper if helper and point is not None and point.needs_helper else words.speech
