"""The words the session page shows and speaks for each phase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from acupress_gui.domain.models import Point, Side
from acupress_gui.domain.timer import Phase, PhaseKind
from acupress_gui.ui.text.sides import side_name


def tr(text: str) -> str:
    """Translate in the context of this module."""
    return QCoreApplication.translate("SessionText", text)


PHASE_COLORS = {
    PhaseKind.PREPARE: QColor("#8e24aa"),
    PhaseKind.HOLD: QColor("#e53935"),
    PhaseKind.REST: QColor("#43a047"),
    PhaseKind.SWITCH: QColor("#fb8c00"),
    PhaseKind.TRANSITION: QColor("#1e88e5"),
}


def phase_title(phase: Phase) -> str:
    """The phase in large words: "Find the point", "Press", "Release", ..."""
    if phase.kind is PhaseKind.PREPARE:
        return tr("Find the point")
    if phase.kind is PhaseKind.HOLD:
        return tr("Press")
    if phase.kind is PhaseKind.REST:
        return tr("Release")
    if phase.kind is PhaseKind.SWITCH:
        if phase.side is Side.LEFT:
            return tr("Switch to the left side")
        return tr("Switch to the right side")
    return tr("Next point")


def phase_speech(phase: Phase, point: Point | None) -> str:
    """What the voice says when a phase starts."""
    name = point.display_name if point else phase.point_id
    if phase.kind is PhaseKind.PREPARE:
        if phase.side is Side.MIDLINE:
            return tr("Find {name}.").format(name=name)
        return tr("Find {name}, {side}.").format(name=name, side=side_name(phase.side))
    if phase.kind is PhaseKind.HOLD:
        return tr("Press.")
    if phase.kind is PhaseKind.REST:
        return tr("Release.")
    if phase.kind is PhaseKind.SWITCH:
        return phase_title(phase) + "."
    return tr("Next: {name}.").format(name=name)
