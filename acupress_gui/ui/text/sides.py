"""The one wording of sides: a phase's side, a step's side choice, a history row's side."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Laterality, Point, Side, Sides


class _SideWords(NamedTuple):
    """The ways one side of the body reads."""

    name: str
    """Where one hold is pressed: ``left side``."""
    short: str
    """In a narrow table column: ``left``."""
    heading: str
    """As a heading: ``Left side``."""


def _side_words(side: Side) -> _SideWords:
    """The words of ``side``, in the language of the app now."""
    words = {
        Side.LEFT: _SideWords(
            QCoreApplication.translate("Sides", "left side"),
            #: Translators: the side of the body of one hold, in a narrow table column.
            QCoreApplication.translate("Sides", "left"),
            QCoreApplication.translate("Sides", "Left side"),
        ),
        Side.RIGHT: _SideWords(
            QCoreApplication.translate("Sides", "right side"),
            QCoreApplication.translate("Sides", "right"),
            QCoreApplication.translate("Sides", "Right side"),
        ),
        Side.MIDLINE: _SideWords(
            QCoreApplication.translate("Sides", "midline"),
            QCoreApplication.translate("Sides", "midline"),
            QCoreApplication.translate("Sides", "Middle of the body"),
        ),
    }
    return words[side]


def side_name(side: Side) -> str:
    """Where one hold is pressed: ``left side``, ``right side``, ``midline``."""
    return _side_words(side).name


def side_short(side: Side) -> str:
    """A side in a table column: ``left``, ``right``, ``midline``."""
    return _side_words(side).short


def side_heading(side: Side) -> str:
    """A side as a heading: ``Left side``, ``Right side``, ``Middle of the body``."""
    return _side_words(side).heading


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
