"""The file dialogs of the Routines page: which file to import, where to export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from acupress_gui.domain.models import Routine


def ask_import_path(parent: QWidget) -> Path | None:
    """The routine file the user chose to import, or None."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RoutinesPage", "Import routine"),
        str(Path.home()),
        QCoreApplication.translate("RoutinesPage", "Routine files (*.json);;All files (*)"),
    )
    return Path(path) if path else None


def ask_export_path(parent: QWidget, routine: Routine) -> Path | None:
    """Where the user chose to export ``routine`` (always ending in ``.json``), or None."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RoutinesPage", "Export routine"),
        str(Path.home() / f"{routine.id}.json"),
        QCoreApplication.translate("RoutinesPage", "Routine files (*.json)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".json"):
        path += ".json"
    return Path(path)
