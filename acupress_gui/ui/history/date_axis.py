"""The charts' date axis, labelled in the app's language.

pyqtgraph's own date axis names months with the C library's English abbreviations ("Oct"),
whatever the app's language; these labels come from QLocale, as every other date does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

_DAY = 24 * 3600


def axis_label(stamp: float, spacing: float) -> str:
    """The label of the tick at ``stamp`` (UTC seconds) when ticks are ``spacing`` apart."""
    locale = QLocale()
    day = QDateTime.fromSecsSinceEpoch(int(stamp), QTimeZone.utc()).date()
    if spacing >= 300 * _DAY:
        return locale.toString(day, "yyyy")
    if spacing >= 28 * _DAY:
        return locale.toString(day, "MMM yyyy" if day.month() == 1 else "MMM")
    if spacing >= _DAY:
        #: Translators: a Qt date format of a day and a short month (German "d. MMM").
        return locale.toString(day, QCoreApplication.translate("DateAxis", "d MMM"))
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def date_axis(pg: Any) -> Any:
    """A pyqtgraph date axis whose labels are :func:`axis_label`'s (``pg``: the pyqtgraph
    module, imported by the charts only when they are first built)."""

    class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            return [axis_label(value, spacing) for value in values]

    return LocaleDateAxis(utcOffset=0)
