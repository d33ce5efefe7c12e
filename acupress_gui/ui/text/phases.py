"""The words the session page shows and speaks for each phase."""

from __future__ import annotations

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


def phase_title(phase: Phase) -> str:
    """The phase in large words: "Find the point", "Press", "Release", ..."""
    if phase.kind is PhaseKind.PREPARE:
        return QCoreApplication.translate("SessionText", "Find the point")
    if phase.kind is PhaseKind.HOLD:
        #: Translators: a phase shown in large letters: press the point now (an instruction).
        return QCoreApplication.translate("SessionText", "Press")
    if phase.kind is PhaseKind.REST:
        #: Translators: a phase shown in large letters: stop pressing and rest (an instruction).
        return QCoreApplication.translate("SessionText", "Release")
    if phase.kind is PhaseKind.SWITCH:
        if phase.side is Side.LEFT:
            return QCoreApplication.translate("SessionText", "Switch to the left side")
        return QCoreApplication.translate("SessionText", "Switch to the right side")
    if phase.kind is PhaseKind.POSITION:
        return QCoreApplication.translate("SessionText", "Change position")
    return QCoreApplication.translate("SessionText", "Next point")


def position_instruction(phase: Phase) -> str:
    """How to lie or sit for the coming points: ``Lie on your front``."""
    if phase.body_position is None:
        return QCoreApplication.translate("SessionText", "Get comfortable for the next point")
    return position_name(phase.body_position)


def phase_speech(phase: Phase, point: Point | None, *, helper: bool = False) -> str:
    """What the voice says when a phase starts; with ``helper`` (partner mode), a point
    that needs a partner is spoken to the helper."""
    name = point_name(point) if point else phase.point_id
    if phase.kind is PhaseKind.POSITION:
        return QCoreApplication.translate("SessionText", "Change position: {how}.").format(
            how=position_instruction(phase)
        )
    if helper and point is not None and point.needs_helper:
        return _helper_speech(phase, name)
    if phase.kind is PhaseKind.PREPARE:
        if phase.side is Side.MIDLINE:
            return QCoreApplication.translate("SessionText", "Find {name}.").format(name=name)
        return QCoreApplication.translate("SessionText", "Find {name}, {side}.").format(
            name=name, side=side_name(phase.side)
        )
    if phase.kind is PhaseKind.HOLD:
        return QCoreApplication.translate("SessionText", "Press.")
    if phase.kind is PhaseKind.REST:
        return QCoreApplication.translate("SessionText", "Release.")
    if phase.kind is PhaseKind.SWITCH:
        return phase_title(phase) + "."
    return QCoreApplication.translate("SessionText", "Next: {name}.").format(name=name)


def _helper_speech(phase: Phase, name: str) -> str:
    """The phase spoken to the helper who presses."""
    if phase.kind is PhaseKind.PREPARE:
        return QCoreApplication.translate("SessionText", "Helper: find {name}.").format(name=name)
    if phase.kind is PhaseKind.HOLD:
        return QCoreApplication.translate("SessionText", "Helper: press now.")
    if phase.kind is PhaseKind.REST:
        return QCoreApplication.translate("SessionText", "Helper: release.")
    if phase.kind is PhaseKind.SWITCH:
        return QCoreApplication.translate("SessionText", "Helper: the other side.")
    return QCoreApplication.translate("SessionText", "Next: {name}.").format(name=name)
