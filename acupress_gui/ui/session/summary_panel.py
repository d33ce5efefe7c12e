"""The summary panel of the Session page: what was done, pain after, a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.session_summary import SessionSummary, pain_change
from acupress_gui.ui.session.fonts import ScaledFonts, body_form
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.checkin_form import CheckinForm
from acupress_gui.ui.widgets.pain_map import PainMap
from acupress_gui.ui.widgets.pain_rating import PainRating

__all__ = ["SummaryPanel"]


class SummaryPanel(QWidget):
    """How the session went, and the rating of it.

    Args:
        fonts: The page's growing fonts.
    """

    def __init__(self, fonts: ScaledFonts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_title = QLabel()
        fonts.add(self.summary_title, 2.0)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        fonts.add(self.summary_text, 1.15, bold=False)
        self.summary_text.setAccessibleName(self.tr("Session summary"))
        self._summary: SessionSummary | None = None
        self.streak_label = QLabel()
        self.streak_label.setAccessibleName(self.tr("Streak"))
        fonts.add(self.streak_label, 1.15, bold=False)
        self.pain_change_label = QLabel()
        self.pain_change_label.setAccessibleName(self.tr("Pain before and after"))
        fonts.add(self.pain_change_label, 1.4)
        self.pain_after = PainRating()
        self.pain_after.setAccessibleName(self.tr("Pain after, 0 to 10"))
        # The same key as on the setup panel: Alt+P always reaches the pain rating.
        pain_label = buddy_label(self.tr("&Pain now (0–10, optional):"), self.pain_after)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional: how did it go?"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(160)
        note_label = buddy_label(self.tr("&Note:"), self.note_edit)
        self.pain_map = PainMap()
        first_box = next(iter(self.pain_map.boxes.values()))
        map_label = buddy_label(self.tr("Where it &hurts (optional):"), first_box)
        self.checkin = CheckinForm()
        self.checkin.setVisible(False)
        self.save_rating_button = QPushButton(self.tr("Sav&e"))
        self.save_rating_button.setAccessibleName(self.tr("Save rating and note"))
        self.new_session_button = QPushButton(self.tr("Ne&w session"))
        self.new_session_button.setAccessibleName(self.tr("New session"))
        self.pain_after.value_changed.connect(lambda _value: self._show_pain_change())
        for widget in self.checkin.findChildren(QWidget):
            fonts.add(widget, 1.0, bold=False)
        form = body_form(
            fonts,
            [
                (pain_label, self.pain_after),
                (map_label, self.pain_map),
                (note_label, self.note_edit),
            ],
        )
        form.addRow(self.checkin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_rating_button)
        buttons.addWidget(self.new_session_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.pain_change_label)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(
        self,
        summary: SessionSummary,
        routine: str,
        *,
        elapsed_seconds: float,
        saved: bool,
        streak: int | None = None,
    ) -> None:
        """Show what was done, with an empty rating and note; ``streak`` is the days in a
        row with a session, today's included (shown from 2 on)."""
        self._summary = summary
        if summary.well_done:
            title = self.tr("Well done")
        elif summary.reached_end:
            title = self.tr("Session ended")
        else:
            title = self.tr("Session stopped")
        self.summary_title.setText(title)
        lines = [
            self.tr("{routine}: {holds} on {points}, {held} of pressing in {spent}.").format(
                routine=routine,
                holds=counted(
                    QCoreApplication.translate("SessionPage", "%n hold(s)", None, summary.holds),
                    summary.holds,
                ),
                points=counted(
                    QCoreApplication.translate("SessionPage", "%n point(s)", None, summary.points),
                    summary.points,
                ),
                held=format_duration(summary.held_seconds),
                spent=format_duration(elapsed_seconds),
            )
        ]
        if summary.reached_end and summary.mostly_skipped:
            lines.append(
                self.tr(
                    "Most holds were skipped ({held} of {planned} held); it is kept in your "
                    "history as it was."
                ).format(
                    held=format_duration(summary.held_seconds),
                    planned=format_duration(summary.planned_seconds),
                )
            )
        lines.append(
            self.tr("It is saved in your history.")
            if saved
            else self.tr("It could not be written to your history yet; it is kept in memory.")
        )
        self.summary_text.setText(" ".join(lines))
        days = streak or 0
        self.streak_label.setVisible(days >= 2)
        self.streak_label.setText(
            counted(self.tr("%n day(s) in a row with a session.", "", days), days)
            if days >= 2
            else ""
        )
        self.pain_after.setValue(-1)
        self.note_edit.clear()
        self._show_pain_change()

    def _show_pain_change(self) -> None:
        summary = self._summary
        before = summary.pain_before if summary is not None else None
        after = self.pain_after.value()
        change = pain_change(before, after if after >= 0 else None)
        # No rating before: nothing to compare, and no empty line in the summary.
        self.pain_change_label.setVisible(before is not None)
        if before is None:
            self.pain_change_label.setText("")
        elif change is None:
            self.pain_change_label.setText(
                self.tr("Pain before: {before}. How is it now?").format(before=before)
            )
        else:
            self.pain_change_label.setText(
                self.tr("Pain {before} → {after} ({change:+d})").format(
                    before=before, after=after, change=change
                )
            )

    def show_details(self, regions: tuple[PainRegion, ...], *, ask_checkin: bool) -> None:
        """Where it hurt as marked before the session; the check-in when one is due."""
        self.pain_map.set_regions(regions)
        self.checkin.clear()
        self.checkin.setVisible(ask_checkin)

    def details(self) -> tuple[tuple[PainRegion, ...], WeeklyCheckin | None]:
        """Where it hurts and the check-in (None unless both asked and answered) as now."""
        answers = self.checkin.answers() if self.checkin.isVisibleTo(self) else None
        return self.pain_map.regions(), answers

    def typed(self) -> tuple[int, str]:
        """The rating (-1: none) and the note as typed now."""
        return self.pain_after.value(), self.note_edit.toPlainText().strip()
