"""The one rule for numbers and dates shown to people: as the app's language writes them.

Everything goes through the default QLocale, which ui/platform/translations.py sets to the
chosen language (``1.234`` and ``27,5`` in German, ``1,234`` and ``27.5`` in English). The
history's CSV and the files keep their own fixed formats; this is for the screen (and
reports) only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def format_count(count: int) -> str:
    """A whole number with the language's digit grouping: ``1,234`` / ``1.234``."""
    return QLocale().toString(count)


def format_decimal(value: float, digits: int = 1, *, drop_zero: bool = False) -> str:
    """``value`` with ``digits`` decimals in the language's way: ``27.5`` / ``27,5``.

    ``drop_zero`` writes a whole value without decimals (``30``, not ``30.0``).
    """
    if drop_zero and round(value, digits) == round(value):
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", digits)


def format_signed(value: float, digits: int = 1) -> str:
    """A change with its sign, and a real minus sign: ``+0.4``, ``−2.3``."""
    rounded = round(value, digits)
    text = format_decimal(abs(rounded), digits)
    return ("−" if rounded < 0 else "+") + text


def format_short_date(day: date) -> str:
    """A date written out as the date fields show it: ``8 Jun 2026``, ``8. Juni 2026``,
    ``2026年6月8日`` (never the bare ``8 06 2026`` of a locale without its own form)."""
    #: Translators: a Qt date format (d day, MMM short month name, yyyy year), as the
    #: History filter bar's date fields write dates.
    pattern = QCoreApplication.translate("Dates", "d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
