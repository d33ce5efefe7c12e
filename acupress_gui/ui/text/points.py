"""Plain, readable descriptions of a point: what the browser and the session page show."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.models import Caution, Laterality, Point


def tr(text: str) -> str:
    """Translate in the context of this module."""
    return QCoreApplication.translate("PointText", text)


def caution_kind_label(kind: str) -> str:
    """A short heading for a caution kind."""
    labels = {
        "pregnancy": tr("Pregnancy"),
        "pressure": tr("Pressure"),
        "skin": tr("Skin"),
        "nerve": tr("Nerve"),
        "blood_pressure": tr("Blood pressure"),
        "partner": tr("Partner"),
        "general": tr("Caution"),
    }
    return labels.get(kind, kind.capitalize())


def point_title(point: Point) -> str:
    """``BL23 · Kidney Shu (Shenshu)``."""
    names = point.names
    if names.english and names.pinyin:
        return f"{point.id} · {names.english} ({names.pinyin})"
    return f"{point.id} · {point.display_name}"


def timing_text(point: Point) -> str:
    """``Hold 30 s, rest 10 s, 3 times on each side``."""
    times = tr("once") if point.repetitions == 1 else tr("{n} times").format(n=point.repetitions)
    where = tr("on each side") if point.laterality is Laterality.BILATERAL else ""
    text = tr("Hold {hold} s, rest {rest} s, {times}").format(
        hold=point.hold_seconds, rest=point.rest_seconds, times=times
    )
    return f"{text} {where}".strip()


def cautions_html(cautions: list[Caution]) -> str:
    """A list of cautions as HTML."""
    if not cautions:
        return ""
    items = "".join(
        f"<li><b>{escape(caution_kind_label(c.kind))}:</b> {escape(c.text)}</li>" for c in cautions
    )
    return f"<ul style='margin-top:0'>{items}</ul>"


def point_html(point: Point, *, show_sources: bool = True) -> str:
    """Everything about a point, as HTML for a QTextBrowser."""
    parts = [f"<h2 style='margin-bottom:2px'>{escape(point_title(point))}</h2>"]
    meta = [point.meridian, point.region]
    if point.aliases:
        meta.append(tr("also written {codes}").format(codes=", ".join(point.aliases[:6])))
    parts.append(f"<p style='margin-top:0'>{escape(' · '.join(meta))}</p>")
    flags: list[str] = []
    if not point.self_applicable:
        flags.append(tr("Needs a partner or therapist"))
    if point.has_pregnancy_caution:
        flags.append(tr("Avoid in pregnancy"))
    if flags:
        parts.append(f"<p><b>⚠ {escape(' · '.join(flags))}</b></p>")
    parts.append(f"<h3>{escape(tr('Where'))}</h3><p>{escape(point.location)}</p>")
    if point.position:
        parts.append(f"<p><i>{escape(point.position)}</i></p>")
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.technique)
    parts.append(f"<h3>{escape(tr('How to press'))}</h3><ol style='margin-top:0'>{steps}</ol>")
    parts.append(f"<p><b>{escape(timing_text(point))}</b></p>")
    if point.partner_alternative:
        parts.append(
            f"<p><b>{escape(tr('On your own:'))}</b> {escape(point.partner_alternative)}</p>"
        )
    if point.cautions:
        parts.append(f"<h3>{escape(tr('Cautions'))}</h3>{cautions_html(point.cautions)}")
    parts.append(
        f"<p><b>{escape(tr('Helps with:'))}</b> {escape(', '.join(point.indications))}</p>"
    )
    if point.note:
        parts.append(f"<p><i>{escape(tr('Note:'))} {escape(point.note)}</i></p>")
    if show_sources:
        parts.append(
            f"<p style='color:gray'>{escape(tr('Sources:'))} {escape(', '.join(point.sources))}</p>"
        )
    return "".join(parts)
