"""The one wording of sides: a phase's side, a step's side choice, a history row's side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Laterality, Point, Side, Sides


def side_name(side: Side) -> str:
    """Where one hold is pressed: ``left side``, ``right side``, ``midline``."""
    return {
        Side.LEFT: QCoreApplication.translate("Sides", "left side"),
        Side.RIGHT: QCoreApplication.translate("Sides", "right side"),
        Side.MIDLINE: QCoreApplication.translate("Sides", "midline"),
    }[side]


def side_short(side: Side) -> str:
    """A side in a table column: ``left``, ``right``, ``midline``."""
    return {
        #: Translators: the side of the body of one hold, in a narrow table column.
        Side.LEFT: QCoreApplication.translate("Sides", "left"),
        Side.RIGHT: QCoreApplication.translate("Sides", "right"),
        Side.MIDLINE: QCoreApplication.translate("Sides", "midline"),
    }[side]


def sides_choice_name(sides: Sides) -> str:
    """A step's choice of sides: ``both sides``, ``left side only``, ``right side only``."""
    return {
        Sides.BOTH: QCoreApplication.translate("Sides", "both sides"),
        Sides.LEFT: QCoreApplication.translate("Sides", "left side only"),
        Sides.RIGHT: QCoreApplication.translate("Sides", "right side only"),
    }[sides]


def step_sides_text(sides: Sides, point: Point | None) -> str:
    """How a step's sides read: a midline point is always ``midline``."""
    if point is not None and point.laterality is Laterality.MIDLINE:
        return side_name(Side.MIDLINE)
    return sides_choice_name(sides)


def side_heading(side: Side) -> str:
    """A side as a heading: ``Left side``, ``Right side``, ``Middle of the body``."""
    return {
        Side.LEFT: QCoreApplication.translate("Sides", "Left side"),
        Side.RIGHT: QCoreApplication.translate("Sides", "Right side"),
        Side.MIDLINE: QCoreApplication.translate("Sides", "Middle of the body"),
    }[side]
