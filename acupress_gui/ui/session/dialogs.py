"""The Session page's questions: skip points to avoid in pregnancy, stop the session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["ask_pregnancy", "confirm_stop"]


def ask_pregnancy(parent: QWidget, codes: list[str]) -> set[str] | None:
    """Ask whether to skip the points to avoid in pregnancy (default: skip them).

    Returns:
        The points to leave out (all of ``codes``, or none); None when the user cancelled.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SessionPage", "Points to avoid in pregnancy"),
        QCoreApplication.translate(
            "SessionPage",
            "This routine includes {codes}. The sources say these points can induce labour "
            "and should be avoided in pregnancy.",
        ).format(codes=", ".join(codes)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    skip_button = box.addButton(
        QCoreApplication.translate("SessionPage", "&Skip them"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_button = box.addButton(
        QCoreApplication.translate("SessionPage", "&Keep them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(skip_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is skip_button:
        return set(codes)
    return set() if clicked is keep_button else None


def confirm_stop(parent: QWidget) -> bool:
    """Ask before stopping a session (default: stop)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("SessionPage", "Stop the session?"),
        QCoreApplication.translate(
            "SessionPage", "Stop now? What you have done so far is kept in your history."
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    stop = box.addButton(
        QCoreApplication.translate("SessionPage", "&Stop session"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("SessionPage", "&Continue"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(stop)
    box.exec()
    return box.clickedButton() is stop
