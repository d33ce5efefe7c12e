"""Plain, readable descriptions of a point: what the browser and the session page show."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from acupress_gui.domain.models import BodyPosition, Catalog, Caution, Laterality, Point, Source


def caution_kind_label(kind: str) -> str:
    """A short heading for a caution kind."""
    labels = {
        "pregnancy": QCoreApplication.translate("PointText", "Pregnancy"),
        #: Translators: headings of the kinds of caution: how hard to press, the skin, a
        #: nerve close by, points a partner must press.
        "pressure": QCoreApplication.translate("PointText", "Pressure"),
        "skin": QCoreApplication.translate("PointText", "Skin"),
        "nerve": QCoreApplication.translate("PointText", "Nerve"),
        "blood_pressure": QCoreApplication.translate("PointText", "Blood pressure"),
        "partner": QCoreApplication.translate("PointText", "Partner"),
        "general": QCoreApplication.translate("PointText", "Caution"),
    }
    return labels.get(kind, kind.capitalize())


def point_name(point: Point) -> str:
    """The name a point is shown with: ``Shenshu``; in Chinese ``肾俞 Shenshu``."""
    characters = point.names.characters
    if characters and QLocale().language() == QLocale.Language.Chinese:
        return f"{characters} {point.display_name}"
    return point.display_name


def point_title(point: Point) -> str:
    """``BL23 · Shenshu (Kidney Shu)``: the standard name first, an English name after.

    In Chinese the standard name is written in its characters: ``BL23 · 肾俞 Shenshu``.
    """
    names = point.names
    if names.characters and QLocale().language() == QLocale.Language.Chinese:
        return f"{point.id} · {names.characters} {names.pinyin}"
    if names.english and names.pinyin and names.english != names.pinyin:
        return f"{point.id} · {names.pinyin} ({names.english})"
    return f"{point.id} · {point.display_name}"


def needs_partner_text() -> str:
    """What a point that cannot be pressed on one's own needs."""
    return QCoreApplication.translate("PointText", "Needs a partner or therapist")


def position_name(position: BodyPosition) -> str:
    """How to lie or sit, as an instruction: ``Lie on your back``."""
    return {
        #: Translators: how to lie, sit or stand for a point, as an instruction.
        BodyPosition.LYING_ON_BACK: QCoreApplication.translate("PointText", "Lie on your back"),
        BodyPosition.SEATED: QCoreApplication.translate("PointText", "Sit"),
        BodyPosition.LYING_ON_ABDOMEN: QCoreApplication.translate("PointText", "Lie on your front"),
        BodyPosition.STANDING: QCoreApplication.translate("PointText", "Stand"),
    }[position]


def source_citation(source: Source) -> str:
    """A source as people cite it: ``Title (Publisher, 2024)``; never its file name."""
    details = [part for part in (source.publisher, source.author) if part]
    if source.latest_date is not None:
        details.append(str(source.latest_date.year))
    return f"{source.title} ({', '.join(details)})" if details else source.title


def sources_text(catalog: Catalog | None, source_ids: list[str]) -> str:
    """The sources of a point, caution or routine as titles, ``; ``-separated."""
    if catalog is None:
        return ", ".join(source_ids)
    return "; ".join(source_citation(s) for s in catalog.sources_of(source_ids))


def also_called(point: Point, catalog: Catalog | None) -> list[str]:
    """``also called Ling Gu in <title>`` for each name an article gives the point."""
    lines: list[str] = []
    for label in point.names.source_labels:
        if catalog is None:
            lines.append(
                QCoreApplication.translate("PointText", "also called {name}").format(
                    name=label.label
                )
            )
            continue
        titles = ", ".join(s.title for s in catalog.sources_of(label.sources))
        lines.append(
            QCoreApplication.translate("PointText", "also called {name} in {article}").format(
                name=label.label, article=titles
            )
        )
    return lines


def timing_text(point: Point) -> str:
    """``Hold 30 s, rest 10 s, 3 times on each side``."""
    times = (
        QCoreApplication.translate("PointText", "once")
        if point.repetitions == 1
        else QCoreApplication.translate("PointText", "{n} times").format(n=point.repetitions)
    )
    where = (
        QCoreApplication.translate("PointText", "on each side")
        if point.laterality is Laterality.BILATERAL
        else ""
    )
    text = QCoreApplication.translate("PointText", "Hold {hold} s, rest {rest} s, {times}").format(
        hold=point.hold_seconds, rest=point.rest_seconds, times=times
    )
    return f"{text} {where}".strip()


def caution_origin_text(caution: Caution, catalog: Catalog | None) -> str:
    """Whose words a caution is: the articles it cites, or the standard references."""
    if caution.source == "standard":
        return QCoreApplication.translate("PointText", "from standard safety references")
    cited = sources_text(catalog, list(caution.sources))
    return (
        QCoreApplication.translate("PointText", "from {sources}").format(sources=cited)
        if cited
        else QCoreApplication.translate("PointText", "from the source articles")
    )


def cautions_html(cautions: list[Caution], catalog: Catalog | None = None) -> str:
    """A list of cautions as HTML, each saying where it comes from."""
    if not cautions:
        return ""
    items = "".join(
        f"<li><b>{escape(caution_kind_label(c.kind))}:</b> {escape(c.text)} "
        f"<span style='color:gray'>({escape(caution_origin_text(c, catalog))})</span></li>"
        for c in cautions
    )
    return f"<ul style='margin-top:0'>{items}</ul>"


def point_tooltip(point: Point) -> str:
    """Rich-text tooltip of a point: name, where it is, what it helps with, flags."""
    where = QCoreApplication.translate("PointText", "Where:")
    helps = QCoreApplication.translate("PointText", "Helps with:")
    parts = [f"<b>{escape(point_title(point))}</b>"]
    parts.append(f"<b>{escape(where)}</b> {escape(point.location)}")
    parts.append(f"<b>{escape(helps)}</b> {escape(', '.join(point.indications))}")
    parts.append(escape(timing_text(point)))
    if point.has_pregnancy_caution:
        texts = [c.text for c in point.cautions if c.kind == "pregnancy"]
        parts.append(f"⚠ <b>{escape(caution_kind_label('pregnancy'))}:</b> {escape(texts[0])}")
    if not point.self_applicable:
        parts.append(f"<b>{escape(needs_partner_text())}</b>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def point_html(point: Point, catalog: Catalog | None = None, *, show_sources: bool = True) -> str:
    """Everything about a point, as HTML for a QTextBrowser (curator notes are not shown)."""
    parts = [f"<h2 style='margin-bottom:2px'>{escape(point_title(point))}</h2>"]
    names = point.names
    if names.characters:
        standard = QCoreApplication.translate("PointText", "standard name (WHO 2008)")
        parts.append(f"<p style='margin-top:0'>{escape(names.characters)} · {escape(standard)}</p>")
    meta = [point.meridian, point.region]
    if point.aliases:
        meta.append(
            QCoreApplication.translate("PointText", "also written {codes}").format(
                codes=", ".join(point.aliases[:6])
            )
        )
    parts.append(f"<p style='margin-top:0'>{escape(' · '.join(meta))}</p>")
    called = also_called(point, catalog)
    if called:
        parts.append(f"<p style='margin-top:0'><i>{escape('; '.join(called))}</i></p>")
    flags: list[str] = []
    if point.needs_helper:
        flags.append(needs_partner_text())
    if point.has_pregnancy_caution:
        flags.append(QCoreApplication.translate("PointText", "Avoid in pregnancy"))
    if flags:
        parts.append(f"<p><b>⚠ {escape(' · '.join(flags))}</b></p>")
    #: Translators: a heading, where on the body the point is.
    where = QCoreApplication.translate("PointText", "Where")
    parts.append(f"<h3>{escape(where)}</h3><p>{escape(point.location)}</p>")
    if point.standard_location:
        press_at = QCoreApplication.translate("PointText", "Where to press:")
        parts.append(f"<p><b>{escape(press_at)}</b> {escape(point.standard_location)}</p>")
    if point.body_position is not None:
        parts.append(f"<p><i>{escape(position_name(point.body_position))}</i></p>")
    elif point.position:
        parts.append(f"<p><i>{escape(point.position)}</i></p>")
    steps = "".join(f"<li>{escape(step)}</li>" for step in point.technique)
    how = QCoreApplication.translate("PointText", "How to press")
    parts.append(f"<h3>{escape(how)}</h3><ol style='margin-top:0'>{steps}</ol>")
    parts.append(f"<p><b>{escape(timing_text(point))}</b></p>")
    if point.helper_technique:
        helper = "".join(f"<li>{escape(step)}</li>" for step in point.helper_technique)
        for_helper = QCoreApplication.translate("PointText", "For the helper")
        parts.append(f"<h3>{escape(for_helper)}</h3><ol style='margin-top:0'>{helper}</ol>")
    if point.partner_alternative:
        alone = QCoreApplication.translate("PointText", "On your own:")
        parts.append(f"<p><b>{escape(alone)}</b> {escape(point.partner_alternative)}</p>")
    if point.cautions:
        cautions = QCoreApplication.translate("PointText", "Cautions")
        parts.append(f"<h3>{escape(cautions)}</h3>{cautions_html(point.cautions, catalog)}")
    helps = QCoreApplication.translate("PointText", "Helps with:")
    parts.append(f"<p><b>{escape(helps)}</b> {escape(', '.join(point.indications))}</p>")
    if show_sources:
        sources = QCoreApplication.translate("PointText", "Sources:")
        parts.append(
            f"<p style='color:gray'>{escape(sources)} "
            f"{escape(sources_text(catalog, list(point.sources)))}</p>"
        )
    return "".join(parts)
