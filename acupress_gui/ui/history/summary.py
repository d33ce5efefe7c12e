"""The summary strip: this week, last week, the streak of days and all time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from acupress_gui.domain.stats import HistorySummary, WeekTotal
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted


def _sessions(count: int) -> str:
    return counted(
        QCoreApplication.translate("HistorySummary", "%Ln session(s)", None, count), count
    )


def week_text(week: WeekTotal) -> str:
    """A week's total: "3 sessions · 24 min"."""
    text = _sessions(week.sessions)
    if week.sessions:
        text += " · " + format_duration(week.minutes * 60.0)
    return text


def streak_text(summary: HistorySummary) -> str:
    """The streak of days with a session: "2 days · longest 9 days"."""
    streaks = summary.streaks
    if streaks.longest == 0:
        return QCoreApplication.translate("HistorySummary", "No sessions yet")
    current = (
        counted(
            QCoreApplication.translate("HistorySummary", "%Ln day(s)", None, streaks.current),
            streaks.current,
        )
        if streaks.current
        else QCoreApplication.translate("HistorySummary", "None now")
    )
    longest = counted(
        QCoreApplication.translate("HistorySummary", "longest %Ln day(s)", None, streaks.longest),
        streaks.longest,
    )
    return f"{current} · {longest}"


def total_text(summary: HistorySummary) -> str:
    """Every session: "120 sessions · 25 h 10 min"."""
    minutes = summary.minutes * 60.0 if summary.sessions else None
    return _sessions(summary.sessions) + " · " + format_duration(minutes)


class SummaryStrip(QFrame):
    """Four figures side by side, each under a bold caption.

    Args:
        parent: The owning widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historySummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(24)
        self.this_week_label = QLabel()
        self.last_week_label = QLabel()
        self.streak_label = QLabel()
        self.total_label = QLabel()
        captions = (
            self.tr("This week"),
            self.tr("Last week"),
            self.tr("Streak"),
            self.tr("All time"),
        )
        labels = (self.this_week_label, self.last_week_label, self.streak_label, self.total_label)
        for column, (caption, label) in enumerate(zip(captions, labels, strict=True)):
            title = QLabel(caption)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            label.setAccessibleName(caption)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, 0, column)
            grid.addWidget(label, 1, column)
            grid.setColumnStretch(column, 1)

    def show_summary(self, summary: HistorySummary) -> None:
        """Show the figures of ``summary``."""
        self.this_week_label.setText(week_text(summary.this_week))
        self.last_week_label.setText(week_text(summary.last_week))
        self.streak_label.setText(streak_text(summary))
        self.total_label.setText(total_text(summary))
