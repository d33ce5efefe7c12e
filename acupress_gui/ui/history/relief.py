""" "Does it help?": the average change in pain per routine, and what it suggests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.stats import MIN_RATED_FOR_VERDICT, RoutineRelief, Verdict
from acupress_gui.ui.text.numbers import format_count, format_signed

_NO_AVERAGE = "—"


def pain_change_text(average: float | None) -> str:
    """The change in pain from before to after, signed: "−2.3", "+0.4"; "—" when unknown.

    ``average`` is the relief (before minus after), so less pain after reads negative.
    """
    if average is None:
        return _NO_AVERAGE
    return format_signed(-average)


class ReliefPanel(QWidget):
    """An introduction and a table: routine, sessions rated, pain change, verdict.

    Args:
        parent: The owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(
            self.tr(
                "The average change in pain from before to after a session, over the sessions "
                "rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated "
                "sessions before it can be judged."
            ).format(n=MIN_RATED_FOR_VERDICT)
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        table = self.table
        table.setAccessibleName(self.tr("Does it help? Change in pain per routine"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Routine"),
                self.tr("Rated"),
                self.tr("Pain change"),
                self.tr("What it suggests"),
            ]
        )
        tips = {
            1: self.tr("Sessions rated before and after, of all the routine's sessions"),
            2: self.tr("Pain after minus pain before, on average (negative: less pain after)"),
        }
        for column, tip in tips.items():
            item = table.horizontalHeaderItem(column)
            assert item is not None  # set by setHorizontalHeaderLabels
            item.setToolTip(tip)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(table, 1)

    def show_reliefs(self, reliefs: Sequence[RoutineRelief]) -> None:
        """One row per routine."""
        verdicts = {
            Verdict.HELPS: self.tr("Seems to help"),
            Verdict.NO_CLEAR_CHANGE: self.tr("No clear change"),
            Verdict.WORSE: self.tr("Pain is higher after"),
            Verdict.TOO_FEW_RATINGS: self.tr("Too few ratings yet"),
        }
        table = self.table
        table.setRowCount(len(reliefs))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, relief in enumerate(reliefs):
            rated = self.tr("{rated} of {sessions}").format(
                rated=format_count(relief.rated), sessions=format_count(relief.sessions)
            )
            texts = (
                relief.routine,
                rated,
                pain_change_text(relief.average),
                verdicts[relief.verdict],
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(right)
                table.setItem(row, column, item)
