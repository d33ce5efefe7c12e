"""The file dialogs of the Routines page: which file to import, where to export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from acupress_gui.domain.models import Routine
from acupress_gui.ui.widgets.file_dialogs import ask_open_file, ask_save_file


def ask_import_path(parent: QWidget) -> Path | None:
    """The routine file the user chose to import, or None."""
    return ask_open_file(
        parent,
        QCoreApplication.translate("RoutinesPage", "Import routine"),
        QCoreApplication.translate("RoutinesPage", "Routine files (*.json);;All files (*)"),
    )


def ask_export_path(parent: QWidget, routine: Routine) -> Path | None:
    """Where the user chose to export ``routine`` (always ending in ``.json``), or None."""
    path = ask_save_file(
        parent,
        QCoreApplication.translate("RoutinesPage", "Export routine"),
        Path.home() / f"{routine.id}.json",
        QCoreApplication.translate("RoutinesPage", "Routine files (*.json)"),
    )
    if path is None or path.name.lower().endswith(".json"):
        return path
    return path.with_name(path.name + ".json")
