"""The safety notice: the sources' general cautions, accepted once, shown again from Help."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Caution


class SafetyNotice(QDialog):
    """Lists the general cautions; "I understand" accepts, Close or Esc declines."""

    def __init__(
        self, cautions: list[Caution], *, accepted_before: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you start"))
        self.setAccessibleName(self.tr("Safety notice"))
        self.setMinimumSize(560, 460)
        intro = QLabel(
            self.tr(
                "Acupressure is gentle, but it is not for every body or every day. "
                "Please read this once before your first session."
            )
        )
        intro.setWordWrap(True)
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Safety cautions"))
        items = "".join(f"<li style='margin-bottom:6px'>{escape(c.text)}</li>" for c in cautions)
        text.setHtml(f"<ul>{items}</ul>")
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("&I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(self.tr("I understand"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        if accepted_before:
            self.accept_button.setText(self.tr("&OK"))
            self.accept_button.setAccessibleName(self.tr("OK"))
            close.hide()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accept_button.setDefault(True)
        self.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
