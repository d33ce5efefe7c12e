"""History > Export report…: the period, an optional name, the notes or not; preview; save.

The preview is Qt's print preview of the very pages the PDF gets (the same drawing on a
printer); Save writes the PDF (atomically, mode 0600) where the person chooses.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog
from acupress_gui.domain.report import Report, default_period
from acupress_gui.storage.history import HistoryError, HistoryStore
from acupress_gui.ui.report.document import ReportDocument, ReportOptions
from acupress_gui.ui.report.export import gather_report, page_size_for, prepare_page, write_report
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.buddy_label import buddy_label

__all__ = ["ReportDialog"]

log = logging.getLogger(__name__)

_CONTEXT = "ReportDialog"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportDialog(QDialog):
    """Make the report for the doctor.

    Signals:
        saved(str): The report was written; carries a sentence for the status bar.

    Args:
        store: The history.
        catalog: Point names and the general cautions.
        locale: Dates, numbers and the paper (A4 or Letter).
        parent: The window.
    """

    saved = Signal(str)

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self._store = store
        self._catalog = catalog
        self._locale = locale if locale is not None else QLocale()
        self._today = store.local_today()
        first, last = default_period(self._today)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name on the report (optional)"))
        self.name_edit.setPlaceholderText(self.tr("Optional: who the report is for"))
        self.name_edit.setMaxLength(120)
        self.date_from = QDateEdit(_qdate(first))
        self.date_from.setAccessibleName(self.tr("Report from date"))
        self.date_to = QDateEdit(_qdate(last))
        self.date_to.setAccessibleName(self.tr("Report to date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")  # as the History filter bar shows dates
            edit.setMinimumDate(QDate(1970, 1, 1))
            edit.dateChanged.connect(self._on_date_changed)
        self.notes_check = QCheckBox(self.tr("Include my &notes (they are private)"))
        self.notes_check.setAccessibleName(self.tr("Include my notes"))
        paper = page_size_for(self._locale).name()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self._paper = paper
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            label = buddy_label(text, widget)
            form.addRow(label, widget)
        form.addRow("", self.notes_check)
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self._show_info()

    # ---- what is chosen -----------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        """The first and last local dates chosen."""
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def options(self) -> ReportOptions:
        """The name, the notes and today's date."""
        return ReportOptions(
            name=self.name_edit.text().strip(),
            include_notes=self.notes_check.isChecked(),
            made_on=self._today,
        )

    def report(self) -> Report | None:
        """The report of the period chosen; None (and the person told) when unreadable."""
        first, last = self.period()
        try:
            return gather_report(self._store, first, last)
        except HistoryError as error:
            log.warning("report not made: %s", error)
            QMessageBox.warning(self, self.tr("Report not made"), str(error))
            return None

    @Slot(QDate)
    def _on_date_changed(self, day: QDate) -> None:
        if self.date_to.date() < self.date_from.date():
            other = self.date_to if self.sender() is self.date_from else self.date_from
            other.blockSignals(True)
            other.setDate(day)
            other.blockSignals(False)
        self._show_info()

    def _show_info(self) -> None:
        first, last = self.period()
        try:
            count = self._store.count_between(first, last)
        except HistoryError as error:
            log.warning("sessions of the report not counted: %s", error)
            self.info.setText(str(error))
            return
        self.info.setText(
            self.tr("{sessions} in this period. Paper: {paper}.").format(
                sessions=counted(
                    QCoreApplication.translate("ReportDialog", "%n session(s)", None, count), count
                ),
                paper=self._paper,
            )
        )

    # ---- preview and save ---------------------------------------------------------------

    @Slot()
    def preview(self) -> QPrintPreviewDialog | None:
        """Show the pages as they will print (returns the preview, open, for tests)."""
        report = self.report()
        if report is None:
            return None
        # The preview's own printer (it lives as long as the preview; one passed in would
        # have to outlive it).
        preview = QPrintPreviewDialog(self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click: not kept
        prepare_page(preview.printer(), self._locale)
        document = ReportDocument(report, self._catalog, self.options(), self._locale, preview)
        preview.setWindowTitle(self.tr("Report preview"))
        preview.paintRequested.connect(lambda device: document.render(device))
        preview.open()
        return preview

    def save_to(self, file: Path) -> bool:
        """Write the report to ``file``; tells the person when it could not be."""
        report = self.report()
        if report is None:
            return False
        try:
            pages = write_report(file, report, self._catalog, self.options(), self._locale)
        except OSError as error:
            log.warning("report not written to %s: %s", file, error)
            QMessageBox.warning(
                self,
                self.tr("Report not saved"),
                self.tr("{file} could not be written: {reason}. Choose another folder.").format(
                    file=file, reason=error.strerror or error
                ),
            )
            return False
        self.saved.emit(
            self.tr("Report saved to {file} ({pages}).").format(
                file=file,
                pages=counted(
                    QCoreApplication.translate("ReportDialog", "%n page(s)", None, pages), pages
                ),
            )
        )
        return True

    @Slot()
    def _on_save_clicked(self) -> None:
        first, last = self.period()
        suggested = Path.home() / f"acupressure-report-{first.isoformat()}-{last.isoformat()}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        file = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        if self.save_to(file):
            self.accept()
