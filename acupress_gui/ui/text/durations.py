"""The one rule for lengths of time shown to people.

``45 s`` under a minute; ``12 min`` under an hour; ``1 h 5 min`` beyond. Session lengths
that are estimates read ``about 12 min``. A single hold's measured length reads ``27.5 s``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.ui.text.numbers import format_decimal

UNKNOWN = "—"


def format_duration(seconds: float | None, *, approximate: bool = False) -> str:
    """A length for people: ``45 s``, ``12 min``, ``1 h 5 min``; ``—`` when unknown.

    ``approximate`` puts ``about`` in front of lengths of a minute or more (an estimate).
    """
    if seconds is None:
        return UNKNOWN
    total = max(0, round(seconds))
    if total < 60:
        return QCoreApplication.translate("Durations", "{s} s").format(s=total)
    minutes = round(total / 60)
    if minutes < 60:
        text = QCoreApplication.translate("Durations", "{m} min").format(m=minutes)
    else:
        hours, rest = divmod(minutes, 60)
        if rest == 0:
            text = QCoreApplication.translate("Durations", "{h} h").format(h=hours)
        else:
            text = QCoreApplication.translate("Durations", "{h} h {m} min").format(h=hours, m=rest)
    return (
        QCoreApplication.translate("Durations", "about {duration}").format(duration=text)
        if approximate
        else text
    )


def format_clock(seconds: float, *, seconds_alone: bool = False) -> str:
    """Time left as a clock reads it: ``26:59``, ``1:02:03``.

    ``seconds_alone`` shows a time under a minute as its seconds alone (``45``, not ``0:45``),
    as the countdown ring does.
    """
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    if minutes or not seconds_alone:
        return f"{minutes}:{secs:02d}"
    return str(secs)


def format_seconds(seconds: float) -> str:
    """A hold's or a setting's length in seconds: ``30 s``, ``27.5 s``."""
    text = format_decimal(seconds, 1, drop_zero=True)
    return QCoreApplication.translate("Durations", "{s} s").format(s=text)
