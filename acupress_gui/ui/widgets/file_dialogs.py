"""The one way a page asks for a file to open or a place to save one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["ask_open_file", "ask_save_file"]


def ask_open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    """The file the person chose to open, starting in the home folder; None: cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def ask_save_file(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    """Where the person chose to save, ``suggested`` first; None: cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None
