"""What the rows of the point library and of a routine's steps say: badges, tooltips."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Point, Step
from acupress_gui.ui.platform.icons import Badge
from acupress_gui.ui.text.points import caution_kind_label, point_title, timing_text
from acupress_gui.ui.text.sides import step_sides_text

_CONTEXT = "RoutinesPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def badge_tooltip(kind: str) -> str:
    """What a badge means, in words."""
    return {
        Badge.PREGNANCY: _tr("Caution in pregnancy"),
        Badge.PARTNER: _tr("Needs a partner or therapist"),
        Badge.MISSING: _tr("Point not in the catalogue"),
        Badge.BUILTIN: _tr("Built-in, read-only"),
    }.get(kind, kind)


def step_settings_text(step: Step, point: Point | None) -> str:
    """``hold 30 s · rest 10 s · 3× · both sides · prepare 5 s``."""
    return _tr("hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s").format(
        hold=step.hold_seconds,
        rest=step.rest_seconds,
        reps=step.repetitions,
        sides=step_sides_text(step.sides, point),
        prepare=step.prepare_seconds,
    )


def point_tooltip(point: Point) -> str:
    """Rich-text tooltip of a point: name, where it is, what it helps with, flags."""
    parts = [f"<b>{escape(point_title(point))}</b>"]
    parts.append(f"<b>{escape(_tr('Where:'))}</b> {escape(point.location)}")
    parts.append(f"<b>{escape(_tr('Helps with:'))}</b> {escape(', '.join(point.indications))}")
    parts.append(escape(timing_text(point)))
    if point.has_pregnancy_caution:
        texts = [c.text for c in point.cautions if c.kind == "pregnancy"]
        parts.append(f"⚠ <b>{escape(caution_kind_label('pregnancy'))}:</b> {escape(texts[0])}")
    if not point.self_applicable:
        parts.append(f"<b>{escape(_tr('Needs a partner or therapist'))}</b>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def point_badges(point: Point) -> list[str]:
    """The badges of a point: pregnancy caution, partner needed."""
    badges: list[str] = []
    if point.has_pregnancy_caution:
        badges.append(Badge.PREGNANCY)
    if not point.self_applicable:
        badges.append(Badge.PARTNER)
    return badges
