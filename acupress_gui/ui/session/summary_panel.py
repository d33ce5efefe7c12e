"""The summary panel of the Session page: what was done, pain after, a note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.timer import HoldRecord
from acupress_gui.ui.session.fonts import ScaledFonts
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import plural
from acupress_gui.ui.widgets.pain_rating import PainRating

__all__ = ["SummaryPanel"]

_CONTEXT = "SessionPage"


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
        self.pain_after = PainRating()
        self.pain_after.setAccessibleName(self.tr("Pain after, 0 to 10"))
        pain_label = QLabel(self.tr("P&ain now (0–10, optional):"))
        pain_label.setBuddy(self.pain_after)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional: how did it go?"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(160)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        self.save_rating_button = QPushButton(self.tr("Sav&e"))
        self.save_rating_button.setAccessibleName(self.tr("Save rating and note"))
        self.new_session_button = QPushButton(self.tr("Ne&w session"))
        self.new_session_button.setAccessibleName(self.tr("New session"))
        for widget in (self.pain_after, self.note_edit, pain_label, note_label):
            fonts.add(widget, 1.0, bold=False)
        form = QFormLayout()
        form.addRow(pain_label, self.pain_after)
        form.addRow(note_label, self.note_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_rating_button)
        buttons.addWidget(self.new_session_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(self, completed: bool, routine: str, holds: Sequence[HoldRecord]) -> None:
        """Show what was done (``holds``: the finished holds), with an empty rating and note."""
        self.summary_title.setText(
            self.tr("Well done") if completed else self.tr("Session stopped")
        )
        self.summary_text.setText(
            self.tr(
                "{routine}: {holds} on {points}, {held} of pressing in total. "
                "It is saved in your history."
            ).format(
                routine=routine,
                holds=plural(_CONTEXT, "%n hold(s)", len(holds)),
                points=plural(_CONTEXT, "%n point(s)", len({h.step_index for h in holds})),
                held=format_duration(sum(h.held_seconds for h in holds)),
            )
        )
        self.pain_after.setValue(-1)
        self.note_edit.clear()

    def typed(self) -> tuple[int, str]:
        """The rating (-1: none) and the note as typed now."""
        return self.pain_after.value(), self.note_edit.toPlainText().strip()
