"""History-specific wording: start dates and times, pain before -> after, session status.

Lengths of time, counts and sides are not here: they go through :mod:`acupress_gui.ui.text`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from acupress_gui.domain.recording import SessionStatus

#: Shown for a rating not given.
NOT_GIVEN = "—"


def format_date(moment: datetime) -> str:
    """A start time as people read it, in the local time of that moment: "Mon 3 Mar 2025, 08:15"."""
    #: Translators: a Qt date format (d, ddd, M, MMM, yyyy) for the day of a session,
    #: "Mon 3 Mar 2025" in English; the day and month names come from the language.
    pattern = QCoreApplication.translate("HistoryFormat", "ddd d MMM yyyy")
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
    return QCoreApplication.translate("HistoryFormat", "{day}, {time}").format(
        day=day, time=format_time(moment)
    )


def format_time(moment: datetime) -> str:
    """The time of day of ``moment``: "08:15"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_date_sample() -> str:
    """The widest date the table shows, to size its column."""
    return format_date(datetime(2025, 9, 24, 23, 58))


def format_pain(before: int | None, after: int | None) -> str:
    """Pain before and after: "6 → 3"; "—" for a rating not given, "" when neither was."""
    if before is None and after is None:
        return ""
    left = NOT_GIVEN if before is None else str(before)
    right = NOT_GIVEN if after is None else str(after)
    return f"{left} → {right}"


def status_text(status: SessionStatus) -> str:
    """The status as a word."""
    words = {
        #: Translators: the status of a session in the history table: still going on, ran to
        #: its end, stopped by the person, cut off (the app was closed or crashed).
        SessionStatus.RUNNING: QCoreApplication.translate("HistoryFormat", "Running"),
        SessionStatus.COMPLETED: QCoreApplication.translate("HistoryFormat", "Completed"),
        SessionStatus.STOPPED: QCoreApplication.translate("HistoryFormat", "Stopped"),
        SessionStatus.INTERRUPTED: QCoreApplication.translate("HistoryFormat", "Interrupted"),
    }
    return words[status]
