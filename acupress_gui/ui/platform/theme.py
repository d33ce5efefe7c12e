"""Light and dark palettes that follow the desktop's colour scheme.

Platform themes (GNOME, KDE, Windows, macOS) usually hand Qt a dark palette when the desktop
is dark. Where the platform reports a dark scheme but still gives a light palette (some
window managers, Fusion without a platform theme), the app applies its own dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast to read from arm's length."""
    palette = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, QColor("#26282b"))
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, QColor("#2d2f33"))
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.ToolTipBase, QColor("#303134"))
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.Highlight, QColor("#1a73e8"))
        palette.setColor(group, role.HighlightedText, QColor("white"))
        palette.setColor(group, role.Link, QColor("#8ab4f8"))
        palette.setColor(group, role.PlaceholderText, QColor("#9aa0a6"))
        palette.setColor(group, role.Mid, QColor("#3c4043"))
        palette.setColor(group, role.Dark, QColor("#111214"))
        palette.setColor(group, role.Light, QColor("#3c4043"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#6f7378"))
    palette.setColor(disabled, role.Window, window)
    palette.setColor(disabled, role.Base, base)
    palette.setColor(disabled, role.Button, QColor("#26282b"))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeFollower(QObject):
    """Keeps the app's palette in step with the desktop's light/dark scheme."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._own_palette = False
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self._on_style_hints_color_scheme_changed(hints.colorScheme())

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        apply_scheme(self._app, scheme)


def apply_scheme(app: QGuiApplication, scheme: Qt.ColorScheme) -> None:
    """Use a dark palette for a dark scheme unless the platform already gave one."""
    if scheme == Qt.ColorScheme.Dark:
        if not is_dark(app.palette()):
            app.setPalette(dark_palette())
    elif is_dark(app.palette()) and scheme == Qt.ColorScheme.Light:
        app.setPalette(QPalette())
