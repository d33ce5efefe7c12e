"""Gathering a report from the history and writing it as a PDF, atomically and privately.

The PDF is drawn into memory first and then written with
:func:`~acupress_gui.storage.atomic.atomic_write` (a temporary file in the same folder,
renamed over the target, mode 0600): a report that fails half-way leaves no half file, and
a report already there is replaced only by a whole one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from acupress_gui.domain.models import Catalog
from acupress_gui.domain.report import Report, build_report
from acupress_gui.storage.atomic import atomic_write
from acupress_gui.storage.history import HistoryStore
from acupress_gui.ui.report.document import ReportDocument, ReportOptions

__all__ = ["gather_report", "page_size_for", "pdf_bytes", "prepare_page", "write_report"]

#: Where paper is Letter rather than A4.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Belize,
    }
)
_MARGIN_MM = 16.0


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where that is the paper (the US, Canada, Mexico, ...), A4 elsewhere."""
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def prepare_page(device: QPagedPaintDevice, locale: QLocale) -> None:
    """The paper of ``locale``, portrait, with the report's margins."""
    device.setPageLayout(
        QPageLayout(
            page_size_for(locale),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def gather_report(store: HistoryStore, first: date, last: date) -> Report:
    """The report of local dates ``first`` to ``last`` from the history.

    Raises:
        HistoryError: The history cannot be read.
        ValueError: ``last`` is before ``first``.
    """
    if last < first:
        raise ValueError(f"the period ends ({last}) before it starts ({first})")
    return build_report(
        store.report_sessions(first, last), store.point_times(first, last), first, last
    )


def pdf_bytes(
    report: Report, catalog: Catalog, options: ReportOptions, locale: QLocale
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle("Acupressure record")
    writer.setCreator("acupress-gui")
    prepare_page(writer, locale)
    pages = ReportDocument(report, catalog, options, locale).render(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def write_report(
    file: Path, report: Report, catalog: Catalog, options: ReportOptions, locale: QLocale
) -> int:
    """Write the report to ``file`` (atomically, mode 0600); returns its number of pages.

    Raises:
        OSError: The file cannot be written (a file already there is left as it was).
    """
    data, pages = pdf_bytes(report, catalog, options, locale)
    atomic_write(file, data)
    return pages
