"""Dates written out for people: day, short month name, year, in the app's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from acupress_gui.ui.text.numbers import format_short_date
from tests.helpers.language import speaking

JUNE_8 = date(2026, 6, 8)


def test_a_date_has_its_month_name_even_in_a_locale_without_its_own_form(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert format_short_date(JUNE_8) == "8 Jun 2026"  # not "8 06 2026"
    finally:
        QLocale.setDefault(before)


def test_a_date_in_german_and_chinese(qtbot: QtBot) -> None:
    with speaking("de"):
        assert format_short_date(JUNE_8) == "8. Juni 2026"
    with speaking("zh_CN"):
        assert format_short_date(JUNE_8) == "2026年6月8日"
