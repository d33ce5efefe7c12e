"""The Qt user interface: the only floor that imports PySide6."""
