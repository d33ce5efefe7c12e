"""A dismissable line of information, warning or error above the routine."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class MessageBar(QFrame):
    """A dismissable line of information, warning or error above the routine."""

    KINDS: ClassVar[dict[str, str]] = {"info": "#2f6fc7", "warning": "#d99a00", "error": "#d64545"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Message"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text``; ``kind`` is ``info``, ``warning`` or ``error``."""
        self.kind = kind
        color = QColor(self.KINDS.get(kind, self.KINDS["info"]))
        rgb = f"{color.red()}, {color.green()}, {color.blue()}"
        self.setStyleSheet(
            f"#messageBar {{ background: rgba({rgb}, 40); border: 1px solid rgba({rgb}, 150);"
            " border-radius: 6px; }"
        )
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.hide()
