"""What the rows of the point library and of a routine's steps say besides the point texts:
badges and a step's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Point, Step
from acupress_gui.ui.platform.icons import Badge
from acupress_gui.ui.text.points import needs_partner_text
from acupress_gui.ui.text.sides import step_sides_text


def badge_tooltip(kind: str) -> str:
    """What a badge means, in words."""
    if kind == Badge.PARTNER:
        return needs_partner_text()
    texts = {
        Badge.PREGNANCY: QCoreApplication.translate("RoutinesPage", "Caution in pregnancy"),
        Badge.MISSING: QCoreApplication.translate("RoutinesPage", "Point not in the catalogue"),
        Badge.BUILTIN: QCoreApplication.translate("RoutinesPage", "Built-in, read-only"),
    }
    return texts.get(kind, kind)


def step_settings_text(step: Step, point: Point | None) -> str:
    """``hold 30 s · rest 10 s · 3× · both sides · prepare 5 s``."""
    text = QCoreApplication.translate(
        "RoutinesPage", "hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s"
    )
    return text.format(
        hold=step.hold_seconds,
        rest=step.rest_seconds,
        reps=step.repetitions,
        sides=step_sides_text(step.sides, point),
        prepare=step.prepare_seconds,
    )


def point_badges(point: Point) -> list[str]:
    """The badges of a point: pregnancy caution, partner needed."""
    badges: list[str] = []
    if point.has_pregnancy_caution:
        badges.append(Badge.PREGNANCY)
    if not point.self_applicable:
        badges.append(Badge.PARTNER)
    return badges
