"""The one wording of sides: a phase's side, a step's side choice, a history row's side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Laterality, Point, Side, Sides

_CONTEXT = "Sides"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def side_name(side: Side) -> str:
    """Where one hold is pressed: ``left side``, ``right side``, ``midline``."""
    return {
        Side.LEFT: _tr("left side"),
        Side.RIGHT: _tr("right side"),
        Side.MIDLINE: _tr("midline"),
    }[side]


def side_short(side: Side) -> str:
    """A side in a table column: ``left``, ``right``, ``midline``."""
    return {
        Side.LEFT: _tr("left"),
        Side.RIGHT: _tr("right"),
        Side.MIDLINE: _tr("midline"),
    }[side]


def sides_choice_name(sides: Sides) -> str:
    """A step's choice of sides: ``both sides``, ``left side only``, ``right side only``."""
    return {
        Sides.BOTH: _tr("both sides"),
        Sides.LEFT: _tr("left side only"),
        Sides.RIGHT: _tr("right side only"),
    }[sides]


def step_sides_text(sides: Sides, point: Point | None) -> str:
    """How a step's sides read: a midline point is always ``midline``."""
    if point is not None and point.laterality is Laterality.MIDLINE:
        return side_name(Side.MIDLINE)
    return sides_choice_name(sides)


def side_heading(side: Side) -> str:
    """A side as a heading: ``Left side``, ``Right side``, ``Middle of the body``."""
    return {
        Side.LEFT: _tr("Left side"),
        Side.RIGHT: _tr("Right side"),
        Side.MIDLINE: _tr("Middle of the body"),
    }[side]
