"""The report as a PDF: its words and figures read back with pdftotext, its paper, its file."""

from __future__ import annotations

import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from acupress_gui.domain.models import Catalog
from acupress_gui.domain.report import Report
from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.context import load_catalog
from acupress_gui.ui.report.document import ReportOptions
from acupress_gui.ui.report.export import gather_report, page_size_for, write_report
from tests.helpers.history_data import TODAY, year_of_sessions
from tests.helpers.report_data import with_pain_details

pytestmark = [
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
    ),
    pytest.mark.usefixtures("qapp"),  # Qt draws the PDF
]
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
FIRST = TODAY - timedelta(days=60)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def store(catalog: Catalog) -> Iterator[HistoryStore]:
    history = HistoryStore(None)
    history.add_records(with_pain_details(year_of_sessions(catalog)))
    yield history
    history.close()


def pdf_text(file: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(file), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def one_line(text: str) -> str:
    return " ".join(text.split())


def written(
    store: HistoryStore, catalog: Catalog, file: Path, **options: object
) -> tuple[Report, str, int]:
    report = gather_report(store, FIRST, TODAY)
    made = ReportOptions(made_on=TODAY, **options)  # type: ignore[arg-type]
    pages = write_report(file, report, catalog, made, UK)
    return report, pdf_text(file), pages


def test_the_report_has_the_routines_the_count_and_the_pain_figures(
    store: HistoryStore, catalog: Catalog, tmp_path: Path
) -> None:
    file = tmp_path / "report.pdf"
    report, text, pages = written(store, catalog, file, name="Alex Example")
    flat = one_line(text)
    assert pages >= 2
    assert report.sessions > 20
    assert f"{report.sessions} sessions on {report.days} days" in flat
    assert "For: Alex Example" in flat
    assert "Period: 09/03/2026 to 08/05/2026" in flat
    for use in report.routines:
        assert use.name in flat
    # The averages over the period, and each week's, as the table prints them.
    before = sum(b for _d, b, _a in report.ratings) / report.rated
    after = sum(a for _d, _b, a in report.ratings) / report.rated
    assert f"on average {before:.1f} before and {after:.1f} after" in flat
    week = next(w for w in report.weeks if w.pain_before is not None)
    row = next(line for line in text.splitlines() if line.startswith("09/03/2026"))
    assert f"{week.pain_before:.1f}" in row and f"{week.pain_after:.1f}" in row
    assert str(week.sessions) in row.split()
    assert "Does it help?" in flat or "does it help?" in flat
    assert "lower back, right" in flat and "hips and buttocks" in flat
    assert "Weekly check-in" in flat
    assert "not a diagnosis" in flat
    assert "Do not press on open wounds." in flat  # the catalogue's general cautions
    assert "Notes" not in flat.split()  # private: off unless asked for
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".report.pdf.*"))  # no temporary file left


def test_notes_are_in_only_when_asked_for(
    store: HistoryStore, catalog: Catalog, tmp_path: Path
) -> None:
    report, text, _pages = written(store, catalog, tmp_path / "notes.pdf", include_notes=True)
    assert report.notes
    day, routine, note = report.notes[-1]
    assert note in one_line(text)
    assert f"{day:%d/%m/%Y} · {routine}" in one_line(text)
    _report, without, _pages = written(store, catalog, tmp_path / "plain.pdf")
    assert note not in one_line(without)


def test_numbers_and_dates_follow_the_locale(catalog: Catalog, tmp_path: Path) -> None:
    with HistoryStore(None) as store:
        store.add_records(with_pain_details(year_of_sessions(catalog)))
        report = gather_report(store, FIRST, TODAY)
        file = tmp_path / "de.pdf"
        german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        write_report(file, report, catalog, ReportOptions(), german)
    flat = one_line(pdf_text(file))
    assert "09.03.2026" in flat
    week = next(w for w in report.weeks if w.pain_before is not None)
    assert f"{week.pain_before:.1f}".replace(".", ",") in flat


def test_the_paper_is_letter_in_north_america_and_a4_elsewhere(
    catalog: Catalog, tmp_path: Path
) -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert page_size_for(us).id() == QPageSize.PageSizeId.Letter
    assert page_size_for(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)).id() == (
        QPageSize.PageSizeId.Letter
    )
    assert page_size_for(UK).id() == QPageSize.PageSizeId.A4
    if shutil.which("pdfinfo") is None:
        return
    with HistoryStore(None) as empty:
        report = gather_report(empty, date(2026, 1, 1), date(2026, 1, 31))
    for locale, size in ((us, "612 x 792"), (UK, "595")):
        file = tmp_path / "paper.pdf"
        write_report(file, report, catalog, ReportOptions(), locale)
        info = subprocess.run(["pdfinfo", str(file)], capture_output=True, text=True).stdout
        assert size in next(line for line in info.splitlines() if "Page size" in line)


def test_an_unwritable_place_raises_and_leaves_the_old_file(
    store: HistoryStore, catalog: Catalog, tmp_path: Path
) -> None:
    report = gather_report(store, FIRST, TODAY)
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(OSError):
        write_report(tmp_path / "a-file" / "x.pdf", report, catalog, ReportOptions(), UK)
    # A report already there is replaced by a whole one only.
    old = tmp_path / "report.pdf"
    old.write_bytes(b"the old report")
    write_report(old, report, catalog, ReportOptions(), UK)
    assert old.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "report.pdf"]
