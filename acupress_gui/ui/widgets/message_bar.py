"""The one message bar: a dismissable line of information, warning or error above a page's
content, with an optional Undo button for what the message is about."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QFrame):
    """One message at a time, hidden until the first; the user can dismiss it.

    Signals:
        undo_requested(): The user pressed the Undo button (shown only with ``undo=True``).

    Args:
        parent: The owning widget.
        object_name: The bar's object name (its style sheet is scoped to it).
        undo_name: The accessible name of the Undo button (what it undoes), e.g. "Undo delete".
    """

    KINDS: ClassVar[dict[str, str]] = {"info": "#2f6fc7", "warning": "#d99a00", "error": "#d64545"}

    undo_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        object_name: str = "messageBar",
        undo_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Message"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(undo_name or self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info", *, undo: bool = False) -> None:
        """Show ``text``; ``kind`` is ``info``, ``warning`` or ``error``; ``undo`` adds Undo."""
        self.kind = kind
        color = QColor(self.KINDS.get(kind, self.KINDS["info"]))
        rgb = f"{color.red()}, {color.green()}, {color.blue()}"
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: rgba({rgb}, 40);"
            f" border: 1px solid rgba({rgb}, 150); border-radius: 6px; }}"
        )
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.show()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.hide()
